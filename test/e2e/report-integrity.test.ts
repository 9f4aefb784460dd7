import { spawnSync } from "node:child_process";
import { closeSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-large-");

const HEAD = {
  name: "acme",
  display_name: "Acme",
  description: "Acme tickets",
  logo_url: "https://cdn.example.com/logo.png",
  icon_url: "https://cdn.example.com/icon.png",
  authentication_type: "none",
};

/** Counts the compact records and returns the first and last. */
function records(stdout: string): { count: number; first: string; last: string } {
  const lines = stdout.split("\n").filter((line) => /^\S+\.json:\d+:\d+: /.test(line));
  return { count: lines.length, first: lines[0] ?? "", last: lines[lines.length - 1] ?? "" };
}

describe("files with very many problems are reported whole", () => {
  it("40,000 unknown keys in one object: every one placed at its own key", () => {
    const dir = tempDir();
    const value: Record<string, unknown> = { ...HEAD };
    for (let i = 0; i < 40_000; i++) value[`custom_field_${i}`] = i;
    writeFileSync(path.join(dir, "big.json"), JSON.stringify(value, null, 2));
    const result = runCli(["lint", "--format", "compact", "big.json"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { count, first, last } = records(result.stdout);
    expect(count).toBe(40_000);
    // The keys start at line 8 (after `{` and the 6 keys of HEAD), one a line, at column 3.
    expect(first).toMatch(/^big\.json:8:3: warning unknown key `custom_field_0`/);
    expect(last).toMatch(/^big\.json:40007:3: warning unknown key `custom_field_39999`/);
  });

  it("200,000 repeated keys: no stack overflow, every one reported", () => {
    const dir = tempDir();
    let text = JSON.stringify(HEAD).slice(0, -1);
    for (let i = 0; i < 200_000; i++) text += `,"dup":${i}`;
    writeFileSync(path.join(dir, "dups.json"), `${text}}`);
    const result = runCli(["lint", "--format", "compact", "dups.json"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(records(result.stdout).count).toBeGreaterThanOrEqual(199_999);
  });
});

describe("a report that cannot be written", () => {
  it("is an I/O problem: exit 2 and a message, for lint and render (> /dev/full)", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "acme.json"), JSON.stringify({ ...HEAD, authentication_type: "Custom" }));
    for (const command of [["lint"], ["lint", "--format", "json"], ["render"]]) {
      const full = openSync("/dev/full", "w");
      try {
        const result = spawnSync(process.execPath, [BIN, ...command, "acme.json"], {
          cwd: dir,
          stdio: ["ignore", full, "pipe"],
          encoding: "utf8",
        });
        expect(result.stderr).toBe(
          "td-integration: cannot write the report to standard output: no space left on the device\n",
        );
        expect(result.status).toBe(2);
      } finally {
        closeSync(full);
      }
    }
  });
});
