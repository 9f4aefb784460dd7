import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate.mjs";
import { runCli } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-concurrency-");

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; column: number; message: string }[];
}

/** A seeded corpus of 2,600 files (11 chunks), 10% with mistakes of every family, cross-file ones included. */
let corpus: string;
beforeAll(() => {
  corpus = tempDir();
  writeCorpus(corpus, { seed: 7, integrations: 650, actions: 1950 });
  // A config with an override, so each thread must apply it as the main thread does.
  writeFileSync(
    path.join(corpus, "td-integration.config.json"),
    JSON.stringify({
      overrides: [{ files: ["00*/**"], rules: { "display-max-length": "off", "no-secrets": "warn" } }],
    }),
  );
  // A file no thread can lint: it is binary.
  mkdirSync(path.join(corpus, "zz"));
  writeFileSync(path.join(corpus, "zz", "action.json"), Buffer.from([0x7b, 0, 0x7d]));
});

function lintJson(...args: string[]) {
  const run = runCli(["lint", ".", "--format", "json", ...args], { cwd: corpus });
  return { code: run.code, stderr: run.stderr, results: JSON.parse(run.stdout) as JsonResult[] };
}

describe("lint --concurrency", () => {
  it("reports exactly the same diagnostics, in the same order, on one thread and on several", () => {
    const single = lintJson("--concurrency", "off");
    expect(single.code).toBe(1);
    expect(single.results.length).toBe(2601);
    const rules = new Set(single.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    // The run exercises cross-file rules, which see every thread's files, and unreadable files.
    for (const rule of ["known-provider", "unique-action-name", "json-syntax", "required-key", "file-read"]) {
      expect(rules).toContain(rule);
    }
    for (const threads of ["3", "auto"]) {
      const parallel = lintJson("--concurrency", threads);
      expect(parallel.code).toBe(1);
      expect(parallel.stderr).toBe("");
      expect(parallel.results).toEqual(single.results);
    }
  });

  it("shares the files between the threads (--verbose says how)", () => {
    const run = runCli(["lint", ".", "--concurrency", "2", "--verbose"], { cwd: corpus });
    const line = /linted (\d+) files on 2 threads \(files per thread: (\d+), (\d+)\)/.exec(run.stderr);
    expect(line).not.toBeNull();
    const [total, main, worker] = (line ?? []).slice(1).map(Number);
    // Every JSON file, the config file included (it is skipped as not a manifest).
    expect(total).toBe(2602);
    expect((main ?? 0) + (worker ?? 0)).toBe(2602);
    // The main thread lints while the worker starts, so the split varies; each takes whole chunks.
    expect(worker).toBeGreaterThan(0);
  });

  it("gives the same stylish report and exit code with --concurrency 2 as without", () => {
    const off = runCli(["lint", ".", "--concurrency", "off"], { cwd: corpus });
    const two = runCli(["lint", ".", "--concurrency", "2"], { cwd: corpus });
    expect(two.code).toBe(off.code);
    expect(two.stdout).toBe(off.stdout);
    expect(two.stdout).toMatch(/\d+ problems? \(\d+ errors?, \d+ warnings?\)/);
  });

  it.each([
    ["0", "expected auto, off or a number of threads such as 2."],
    ["fast", "expected auto, off or a number of threads such as 2."],
    ["-1", "expected auto, off or a number of threads such as 2."],
  ])("rejects --concurrency %s with exit 2", (value, message) => {
    const run = runCli(["lint", ".", "--concurrency", value], { cwd: corpus });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });
});
