import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { integration } from "../support/rule-tester.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-one-judge-config-");

describe("a rule that cannot be turned off", () => {
  it("says so when a config turns file-read off, and lints nothing", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "acme.json"), integration());
    writeFileSync(path.join(dir, ".td-integrationrc.json"), JSON.stringify({ rules: { "file-read": "off" } }));
    const result = runCli(["lint", "."], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('rules.file-read: "file-read" cannot be turned off');
    expect(result.stdout).toBe("");
  });

  it("accepts another severity for it", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "acme.json"), integration());
    writeFileSync(path.join(dir, ".td-integrationrc.json"), JSON.stringify({ rules: { "file-read": "warn" } }));
    expect(runCli(["lint", "."], { cwd: dir }).code).toBe(0);
  });
});
