import { beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate.mjs";
import { runCli } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-concurrency-");

/** A seeded corpus of 80 files, 10% with mistakes (cross-file ones included). */
let corpus: string;
beforeAll(() => {
  corpus = tempDir();
  writeCorpus(corpus, { seed: 7, integrations: 20, actions: 60 });
});

// ESLint's --concurrency is accepted (scripts written for ESLint pass it) and changes nothing:
// lint runs on one thread.
describe("lint --concurrency", () => {
  it.each(["off", "auto", "2"])("--concurrency %s gives the same report and exit code as without", (value) => {
    const without = runCli(["lint", ".", "--format", "json"], { cwd: corpus });
    const withIt = runCli(["lint", ".", "--format", "json", "--concurrency", value], { cwd: corpus });
    expect(without.code).toBe(1);
    expect(withIt).toEqual(without);
  });

  it.each(["0", "fast", "-1"])("rejects --concurrency %s with exit 2", (value) => {
    const run = runCli(["lint", ".", "--concurrency", value], { cwd: corpus });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("expected auto, off or a number of threads such as 2.");
    expect(run.stdout).toBe("");
  });

  it("says in --help that it has no effect", () => {
    const run = runCli(["lint", "--help"], { cwd: corpus });
    expect(run.stdout.replace(/\s+/g, " ")).toContain(
      "--concurrency <n|auto|off> accepted as in ESLint (a number of threads, auto or off); lint always runs on one thread",
    );
  });
});
