import { readFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/main.js";
import { lint } from "../../src/index.js";
import { ROOT } from "../support/cli.js";

/** Docs and code agree: every command and flag is in the README, and the examples lint clean. */

const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

function commands(program: Command): Command[] {
  return program.commands.flatMap((c) => [c, ...commands(c)]);
}

const program = buildProgram();
const all = commands(program);

describe("README", () => {
  it("documents every command", () => {
    expect(all.length).toBeGreaterThanOrEqual(7);
    const missing = all.map((c) => c.name()).filter((name) => !readme.includes(`td-integration ${name}`));
    expect(missing).toEqual([]);
  });

  it("documents every flag of every command", () => {
    const missing: string[] = [];
    for (const command of [program, ...all]) {
      for (const option of command.options) {
        const flag = option.long;
        if (!flag || flag === "--help") continue;
        // A flag in a table or in prose, not as the prefix of a longer flag (--action of --actions).
        if (!new RegExp(`${flag.replace(/[-]/g, "\\-")}(?![\\w-])`).test(readme)) {
          missing.push(`${command.name()} ${flag}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("has the sections users look for", () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    for (const heading of [
      "Install",
      "Quick start",
      "Commands",
      "Rules",
      "Configuration",
      "Output formats",
      "Exit codes",
      "CI and pre-commit",
      "Performance",
      "Programmatic API",
    ]) {
      expect(headings).toContain(heading);
    }
  });
});

describe("--help", () => {
  it("ends every command's help with examples", () => {
    const missing = all
      .filter((command) => {
        let help = "";
        command.configureOutput({ writeOut: (text) => (help += text) });
        // outputHelp() also writes the text added with addHelpText("after", ...).
        command.outputHelp();
        return !/\nExamples:\n(?: {2}\$ .+\n?(?: {4,}.+\n?)*)+(?:\nExit codes: .+\n?)?$/.test(help.trimEnd());
      })
      .map((c) => c.name());
    expect(missing).toEqual([]);
  });
});

describe("examples/", () => {
  it("lints clean through the API, with the defaults", async () => {
    const summary = await lint({ cwd: ROOT, files: ["examples"], config: false });
    expect(summary.results.length).toBeGreaterThanOrEqual(10);
    expect(summary.results.filter((r) => r.kind === "skipped" || r.kind === "unparsed")).toEqual([]);
    expect(summary.results.flatMap((r) => r.diagnostics)).toEqual([]);
  });
});
