import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { integration } from "../support/rule-tester.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-terminal-");

/** What a terminal would act on: ESC (CSI, OSC), CR, BEL, and the C1 CSI. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const RAW_CONTROL = /[\u001b\r\u0007\u009b]/;

/** A project whose values and file names try to drive the terminal of whoever reads the report. */
function hostileProject(): string {
  const dir = tempDir();
  const text = integration({
    authentication_type: "Custom\u001b[2K\r\u001b[1A",
    display_name: "Acme\u001b]0;pwned\u0007\u009b2J",
    logo_url: "http://cdn.example.com/\u001b]8;;https://evil.example\u0007logo.png",
  });
  writeFileSync(path.join(dir, "acme\u001b[2J.json"), text);
  writeFileSync(path.join(dir, "new\nline.json"), text.replace('"acme_helpdesk"', '"other"'));
  return dir;
}

describe("control characters in values and file names never reach the terminal raw", () => {
  for (const format of ["stylish", "compact", "github"]) {
    it(`lint --format ${format}`, () => {
      const result = runCli(["lint", "--format", format, "."], { cwd: hostileProject() });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("\\u001b");
      expect(result.stdout).not.toMatch(RAW_CONTROL);
      expect(result.stderr).not.toMatch(RAW_CONTROL);
    });
  }

  it("lint --format compact keeps one record per line, whatever the file name holds", () => {
    const result = runCli(["lint", "--format", "compact", "."], { cwd: hostileProject() });
    const records = result.stdout
      .split("\n")
      .filter((line) => line.includes(": error ") || line.includes(": warning "));
    for (const line of records) expect(line).toMatch(/^(acme\\u001b\[2J|new\\u000aline)\.json:\d+:\d+: /);
    expect(records.length).toBeGreaterThan(3);
  });

  it("lint --color keeps its own colours and escapes the rest", () => {
    const result = runCli(["lint", "--color", "."], { cwd: hostileProject() });
    expect(result.stdout).toContain("\u001b[31m");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
    expect(result.stdout).not.toMatch(/\u001b\[(2K|1A|2J)|\u001b\]|\r|\u0007|\u009b/);
  });

  it("render", () => {
    const result = runCli(["render", "."], { cwd: hostileProject() });
    expect(result.stdout).toContain("\\u001b");
    expect(result.stdout).not.toMatch(RAW_CONTROL);
  });

  it("a usage error naming a hostile path", () => {
    const result = runCli(["lint", "missing\u001b[2J.json"], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing\\u001b[2J.json");
    expect(result.stderr).not.toMatch(RAW_CONTROL);
  });
});
