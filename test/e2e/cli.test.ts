import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.js";
import { action, integration } from "../support/rule-tester.js";

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "td-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("td-integration CLI", () => {
  it("prints help with the commands and exit codes", () => {
    const result = runCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("lint [options] [paths...]");
    expect(result.stdout).toContain("Exit codes");
  });

  it("prints lint help with examples", () => {
    const result = runCli(["lint", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--max-warnings <n>");
    expect(result.stdout).toContain("Examples:");
  });

  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const result = runCli(["--version"]);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it("answers a mistyped flag with exit 2, a suggestion and no stack trace", () => {
    const result = runCli(["lint", "--quite", "examples"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--quite'");
    expect(result.stderr).toContain("--quiet");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("answers a missing path with exit 2 and one line", () => {
    const result = runCli(["lint", "does-not-exist"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("td-integration: no such file or directory: does-not-exist\n");
  });

  it("lints the shipped examples clean", () => {
    const result = runCli(["lint", "examples"]);
    expect(result).toMatchObject({ code: 0, stdout: "" });
  });

  it("skips package.json and other JSON in a mixed folder, reporting only the manifest", () => {
    const dir = project({
      "package.json": '{ "name": "my-bridge", "version": "1.0.0", "description": "bridge" }\n',
      "data.json": '{ "contacts": [] }\n',
      "integration.json": integration({ authentication_type: "Custom" }),
    });
    const result = runCli(["lint", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      filePath: string;
      messages: { ruleId: string; line: number; column: number }[];
    }[];
    expect(report.map((r) => path.basename(r.filePath))).toEqual(["integration.json"]);
    expect(report[0]?.messages.map((m) => [m.ruleId, m.line, m.column])).toContainEqual(["enum-value", 7, 26]);
    expect(result.stdout).not.toMatch(ANSI);
  });

  it("uses ESLint's JSON shape", () => {
    const dir = project({ "a.json": action({ inputs: "none" }), "i.json": integration() });
    const [file] = JSON.parse(runCli(["lint", "-f", "json", "a.json"], { cwd: dir }).stdout) as Record<
      string,
      unknown
    >[];
    expect(Object.keys(file ?? {})).toEqual([
      "filePath",
      "messages",
      "suppressedMessages",
      "errorCount",
      "fatalErrorCount",
      "warningCount",
      "fixableErrorCount",
      "fixableWarningCount",
      "source",
      "usedDeprecatedRules",
    ]);
    expect(((file?.messages ?? []) as Record<string, unknown>[])[0]).toMatchObject({
      ruleId: "value-type",
      severity: 2,
      line: 7,
      column: 13,
      endLine: 7,
      endColumn: 19,
      path: "/inputs",
    });
  });

  it("prints stylish output grouped by file with a summary, coloured only when asked", () => {
    const dir = project({ "a.json": action({ inputs: "none" }), "i.json": integration() });
    const plain = runCli(["lint", "a.json"], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe(
      [
        "a.json",
        '  7:13  error    `inputs` must be a list, not the string "none"  value-type',
        "",
        "✖ 1 problem (1 error, 0 warnings)",
        "",
      ].join("\n"),
    );
    expect(runCli(["lint", "a.json"], { cwd: dir, env: { FORCE_COLOR: "1" } }).stdout).toMatch(ANSI);
    expect(runCli(["lint", "a.json", "--color"], { cwd: dir }).stdout).toMatch(ANSI);
    expect(runCli(["lint", "a.json", "--no-color"], { cwd: dir, env: { FORCE_COLOR: "1" } }).stdout).not.toMatch(ANSI);
  });

  it("keeps lines right with CRLF and a BOM, and the BOM is a warning", () => {
    const text = `\uFEFF${integration({ authentication_type: "Custom" }).replace(/\n/g, "\r\n")}`;
    const dir = project({ "a.json": text });
    const result = runCli(["lint", "-f", "json", "a.json"], { cwd: dir });
    const messages = (
      JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number; severity: number }[] }[]
    )[0]?.messages;
    expect(messages?.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ["no-bom", 1, 1, 1],
      ["enum-value", 2, 7, 26],
    ]);
  });

  it("honours --max-warnings and --quiet", () => {
    const dir = project({ "a.json": `\uFEFF${action()}`, "i.json": integration() });
    expect(runCli(["lint", "a.json"], { cwd: dir }).code).toBe(0);
    const strict = runCli(["lint", "a.json", "--max-warnings", "0"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("too many warnings (maximum: 0)");
    const quiet = runCli(["lint", "a.json", "--quiet"], { cwd: dir });
    expect(quiet).toMatchObject({ code: 0, stdout: "" });
    expect(runCli(["lint", "a.json", "--max-warnings", "many"], { cwd: dir }).code).toBe(2);
  });

  it("reports a syntax error where the mistake is", () => {
    const dir = project({ "a.json": '{\n  "provider": "x",\n  "name": "y",\n}\n' });
    const result = runCli(["lint", "a.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("3:14  error    trailing comma");
  });
});
