import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { type InitCliOptions, runInit } from "../../src/cli/commands/init.js";
import { lintSources } from "../../src/engine/engine.js";
import type { Asker } from "../../src/scaffold/index.js";

/** One scripted prompt: the message it must show, the answer typed, and optionally the inline error expected. */
export interface Step {
  ask: RegExp;
  answer: string | boolean | string[];
  /** The validate message this answer must get (the prompt then stays, and the next step answers it). */
  rejects?: RegExp;
  /** A warning this answer must get under the prompt (it is taken all the same). */
  warns?: RegExp;
}

/** Prompts that answer from a script, in order, and fail the test on any unexpected question. */
export function scriptedAsker(steps: Step[]): Asker & { asked: string[]; remaining: () => number; warnings: string[] } {
  const queue = [...steps];
  const asked: string[] = [];
  const warnings: string[] = [];
  let expectWarning: { step: Step; seen: boolean } | undefined;
  const settleWarning = () => {
    if (expectWarning && !expectWarning.seen) {
      throw new Error(
        `no warning for ${JSON.stringify(expectWarning.step.answer)}; expected ${expectWarning.step.warns}`,
      );
    }
    expectWarning = undefined;
  };
  const next = (message: string): Step => {
    settleWarning();
    asked.push(message);
    const step = queue.shift();
    if (!step) throw new Error(`unexpected prompt: ${message}`);
    expect(message).toMatch(step.ask);
    return step;
  };
  return {
    asked,
    warnings,
    remaining: () => {
      settleWarning();
      return queue.length;
    },
    warn(list) {
      const text = list.map((w) => `${w.message}  ${w.ruleId}`).join("\n");
      warnings.push(text);
      if (!expectWarning) throw new Error(`unexpected warning: ${text}`);
      expect(text).toMatch(expectWarning.step.warns as RegExp);
      expectWarning.seen = true;
    },
    async input(options) {
      for (;;) {
        const step = next(options.message);
        const answer = step.answer === "" && options.default !== undefined ? options.default : String(step.answer);
        const verdict = options.validate ? options.validate(answer) : true;
        if (step.rejects) {
          expect(verdict).not.toBe(true);
          expect(verdict).toMatch(step.rejects);
          continue;
        }
        expect(verdict, `answer ${JSON.stringify(answer)} to "${options.message}"`).toBe(true);
        if (step.warns) expectWarning = { step, seen: false };
        return answer;
      }
    },
    async select(options) {
      const step = next(options.message);
      const choice =
        options.choices.find((c) => c.value === step.answer) ??
        options.choices.find((c) => typeof step.answer === "string" && c.name.startsWith(step.answer));
      if (!choice) throw new Error(`no choice ${String(step.answer)} in "${options.message}"`);
      return choice.value;
    },
    async checkbox(options) {
      const step = next(options.message);
      const values = step.answer as string[];
      const verdict = options.validate ? options.validate(values) : true;
      expect(verdict).toBe(true);
      return values;
    },
    async confirm(options) {
      const step = next(options.message);
      return step.answer as boolean;
    },
  };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "td-init-"));
}

function sink() {
  let text = "";
  const stream = {
    write: (chunk: string) => {
      text += chunk;
      return true;
    },
    isTTY: false,
    columns: 100,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

export function options(overrides: Partial<InitCliOptions> = {}): InitCliOptions {
  return { out: ".", template: [], set: [], ...overrides };
}

/** Runs init in `cwd` with scripted prompts; returns the exit code, output and written files. */
export async function runScripted(cwd: string, steps: Step[], overrides: Partial<InitCliOptions> = {}) {
  const asker = scriptedAsker(steps);
  const stdout = sink();
  const stderr = sink();
  const code = await runInit(options(overrides), {
    cwd,
    env: {},
    stdout: stdout.stream,
    stderr: stderr.stream,
    isTTY: false,
    prompts: asker,
  });
  expect(asker.remaining(), `unused steps; asked: ${asker.asked.join(" | ")}`).toBe(0);
  return { code, stdout: stdout.text(), stderr: stderr.text(), files: readJsonFiles(cwd) };
}

export function readJsonFiles(dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    out[name] = JSON.parse(readFileSync(path.join(dir, name), "utf8"));
  }
  return out;
}

/** Lints every JSON file of a folder together, as `td-integration lint DIR` does. */
export function lintDir(dir: string): string[] {
  const names = readdirSync(dir).filter((n) => n.endsWith(".json"));
  const summary = lintSources(names.map((file) => ({ file, text: readFileSync(path.join(dir, file), "utf8") })));
  return summary.results.flatMap((r) =>
    r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`),
  );
}
