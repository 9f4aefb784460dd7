import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { tieringFlags } from "../../src/cli/tiering.js";
import { BIN, ROOT, runCli } from "../support/cli.js";

describe("tieringFlags", () => {
  it.each([
    { v8: "11.3.244.8-node.33", execArgv: [], flags: ["--interrupt-budget=135168"] },
    { v8: "11.3.244.8-node.33", execArgv: ["--max-old-space-size=512"], flags: ["--interrupt-budget=135168"] },
    { v8: "11.3.244.8-node.33", execArgv: ["--interrupt-budget=1000"], flags: [] },
    { v8: "11.3.244.8-node.33", execArgv: ["--interrupt_budget=1000"], flags: [] },
    {
      v8: "11.3.244.8-node.33",
      execArgv: ["--interrupt-budget-for-feedback-allocation=10"],
      flags: ["--interrupt-budget=135168"],
    },
    { v8: "12.4.254.21-node.33", execArgv: [], flags: [] },
    { v8: "13.6.233.10-node.20", execArgv: [], flags: [] },
    { v8: "11.30.1", execArgv: [], flags: [] },
  ])("V8 $v8 with $execArgv sets $flags", ({ v8, execArgv, flags }) => {
    expect(tieringFlags(v8, execArgv)).toEqual(flags);
  });
});

describe("the bin's V8 tuning", () => {
  it("is a flag this Node's V8 knows: no warning on stderr, the same report", () => {
    // V8 prints "unrecognized flag" to stderr for a flag it does not have, and carries on.
    const tuned = runCli(["lint", "examples", "test/fixtures/realistic", "-f", "json"]);
    expect(tuned.stderr).toBe("");
    expect(tuned.code).toBe(1);
    const chosen = spawnSync(
      process.execPath,
      ["--interrupt-budget=67584", BIN, "lint", "examples", "test/fixtures/realistic", "-f", "json"],
      { cwd: ROOT, encoding: "utf8", input: "" },
    );
    expect(chosen.stderr).toBe("");
    expect(chosen.stdout).toBe(tuned.stdout);
  });
});
