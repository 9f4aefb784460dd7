import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANY_FILES, tieringFlags } from "../../src/cli/tiering.js";
import { BIN, runCli } from "../support/cli.js";
import { action, integration } from "../support/rule-tester.js";

const V8_11_3 = "11.3.244.8-node.33";

describe("tieringFlags", () => {
  it.each([
    { v8: V8_11_3, execArgv: [], flags: ["--interrupt-budget=135168"] },
    { v8: V8_11_3, execArgv: ["--max-old-space-size=512"], flags: ["--interrupt-budget=135168"] },
    { v8: V8_11_3, execArgv: ["--interrupt-budget-for-feedback-allocation=9"], flags: ["--interrupt-budget=135168"] },
    { v8: V8_11_3, execArgv: ["--interrupt-budget=1000"], flags: [] },
    { v8: V8_11_3, execArgv: ["--interrupt_budget=1000"], flags: [] },
    { v8: "12.4.254.21-node.33", execArgv: [], flags: [] },
    { v8: "13.6.233.10-node.20", execArgv: [], flags: [] },
    { v8: "11.30.1", execArgv: [], flags: [] },
  ])("V8 $v8 with $execArgv sets $flags", ({ v8, execArgv, flags }) => {
    expect(tieringFlags(v8, execArgv)).toEqual(flags);
  });
});

describe("lint over many files", () => {
  it("sets a flag this Node's V8 knows: no warning on stderr, the same report as with the user's budget", () => {
    // V8 prints "unrecognized flag" to stderr for a flag it does not have, and carries on.
    const dir = mkdtempSync(path.join(tmpdir(), "td-tiering-"));
    writeFileSync(path.join(dir, "crm.json"), integration());
    mkdirSync(path.join(dir, "actions"));
    for (let i = 0; i < MANY_FILES; i++) {
      const text = action({ name: `action_${i}`, display: i % 50 ? "create a ticket" : "Create a ticket" });
      writeFileSync(path.join(dir, "actions", `action_${i}.json`), text);
    }
    const tuned = runCli(["lint", ".", "-f", "json"], { cwd: dir });
    expect(tuned.stderr).toBe("");
    expect(JSON.parse(tuned.stdout)).toHaveLength(MANY_FILES + 1);
    const chosen = spawnSync(process.execPath, ["--interrupt-budget=67584", BIN, "lint", ".", "-f", "json"], {
      cwd: dir,
      encoding: "utf8",
      input: "",
    });
    expect(chosen.stderr).toBe("");
    expect(chosen.stdout).toBe(tuned.stdout);
  });
});
