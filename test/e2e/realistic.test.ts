import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.js";

const FOLDER = path.join(ROOT, "test/fixtures/realistic");

interface Entry {
  file: string;
  line: number;
  column: number;
  severity: "error" | "warning";
  ruleId: string;
}

const LINE = /^(\S+\.json):(\d+):(\d+) {2}(error|warning) {2}([a-z0-9-]+): /;

function expectedEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const line of readFileSync(path.join(FOLDER, "EXPECTED.md"), "utf8").split("\n")) {
    const m = LINE.exec(line);
    if (!m) continue;
    entries.push({
      file: m[1] as string,
      line: Number(m[2]),
      column: Number(m[3]),
      severity: m[4] as Entry["severity"],
      ruleId: m[5] as string,
    });
  }
  return entries;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: 1 | 2; line: number; column: number; message: string }[];
}

function key(e: Entry): string {
  return `${e.file}:${e.line}:${e.column} ${e.severity} ${e.ruleId}`;
}

function reported(stdout: string, base: string): Entry[] {
  const results = JSON.parse(stdout) as JsonResult[];
  return results.flatMap((r) =>
    r.messages.map((m) => ({
      file: path.relative(base, path.resolve(base, r.filePath)).split(path.sep).join("/"),
      line: m.line,
      column: m.column,
      severity: m.severity === 2 ? ("error" as const) : ("warning" as const),
      ruleId: m.ruleId,
    })),
  );
}

// Run inside the fixture folder so that the project lookup for providers sees only these files.
describe("lint on realistic broken manifests (the built bin)", () => {
  const expected = expectedEntries();

  it("EXPECTED.md lists the 50 mistakes", () => {
    expect(expected).toHaveLength(50);
  });

  it("reports every EXPECTED.md entry at its line:column with its rule id, and nothing else; exit 1", () => {
    const result = runCli(["lint", ".", "--format", "json"], { cwd: FOLDER });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const actual = reported(result.stdout, FOLDER).map(key).sort();
    expect(actual).toEqual(expected.map(key).sort());
  });

  it("the stylish output names the value and the fix", () => {
    const result = runCli(["lint", "."], { cwd: FOLDER });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "`{{contact.emial}}`: the contact collection has no field `emial`; did you mean `email`?",
    );
    expect(result.stdout).toContain("30 errors, 20 warnings");
  });

  it("resolves the provider of an action passed alone (as a pre-commit hook does) from the project", () => {
    const result = runCli(["lint", "pipeline_log_call.json", "--format", "json"], { cwd: FOLDER });
    const rules = new Set(reported(result.stdout, FOLDER).map((e) => e.ruleId));
    expect(rules.has("known-provider")).toBe(false);
    expect(rules.has("provider-resolvable")).toBe(false);
    expect(rules.has("input-number-format")).toBe(true);
  });
});

describe("lint on the valid examples (the built bin)", () => {
  it("reports nothing and exits 0", () => {
    const result = runCli(["lint", "examples", "--format", "json", "--max-warnings", "0"]);
    expect(result.stderr).toBe("");
    const messages = (JSON.parse(result.stdout) as JsonResult[]).flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(messages).toEqual([]);
    expect(result.code).toBe(0);
  });
});
