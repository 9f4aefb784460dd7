import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LintSummary } from "../../src/diagnostic.js";
import { json } from "../../src/format/json.js";
import { shellQuote } from "../../src/util/shell-quote.js";
import { BIN } from "../support/cli.js";
import { expectValidSarif } from "../support/sarif.js";

// Real consumers of ESLint's JSON, fed `td-integration lint --format json` through a shell pipe by
// test/support/run-eslint-formatter.mjs: the glue README shows (ESLint formatters are functions of
// the results and the rules' meta).
const GLUE = fileURLToPath(new URL("../support/run-eslint-formatter.mjs", import.meta.url));
const README = fileURLToPath(new URL("../../README.md", import.meta.url));

it("the glue is the one README shows", () => {
  expect(readFileSync(README, "utf8")).toContain(`\`\`\`js\n${readFileSync(GLUE, "utf8")}\`\`\``);
});
const REFERENCE_DIR = new URL("../fixtures/eslint-reference/", import.meta.url);

interface Position {
  line: number;
  column: number;
}
interface RdDiagnostic {
  message: string;
  location: { path: string; range: { start: Position; end?: Position } };
  severity: string;
  code: { value: string | null; url: string };
  suggestions?: { range: { start: Position; end: Position }; text: string }[];
}

let root: string;
let project: string;
let outside: string;
let rules: string;

beforeAll(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), "td-consumers-")));
  project = path.join(root, "project");
  mkdirSync(path.join(root, "elsewhere"));
  cpSync(REFERENCE_DIR, project, { recursive: true });
  // The same integration without the byte-order mark, under another name, outside the project.
  outside = path.join(root, "elsewhere", "acme outside.json");
  const bom = readFileSync(path.join(project, "bom.json"), "utf8");
  writeFileSync(outside, bom.slice(1).replace('"acme_helpdesk"', '"acme_outside"'));
  rules = path.join(root, "rules.json");
  const catalogue = spawnSync(process.execPath, [BIN, "rules", "--json"], { encoding: "utf8" });
  writeFileSync(rules, catalogue.stdout);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `td-integration lint --format json FILES | node glue FORMATTER rules.json`, in the project folder. */
function pipeLint(formatter: string, files: string[]): string {
  const lint = [process.execPath, BIN, "lint", "--no-config", "--format", "json", ...files].map(shellQuote).join(" ");
  const glue = [process.execPath, GLUE, formatter, rules].map(shellQuote).join(" ");
  const result = spawnSync("sh", ["-c", `${lint} | ${glue}`], { cwd: project, encoding: "utf8", timeout: 60_000 });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The formatter fed a JSON text directly (ESLint's own output, or ours made in-process). */
function feed(formatter: string, text: string): string {
  const result = spawnSync(process.execPath, [GLUE, formatter, rules], { input: text, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

const FILES = ["bom.json", "broken.json", "clean.json", "../elsewhere/acme outside.json"];

describe("reviewdog's eslint-formatter-rdjson reads lint's JSON", () => {
  let diagnostics: RdDiagnostic[];
  beforeAll(() => {
    diagnostics = JSON.parse(pipeLint("eslint-formatter-rdjson", FILES)).diagnostics;
  });
  const of = (file: string) => diagnostics.filter((d) => d.location.path === file);

  it("a fix becomes a suggestion that turns the file into the fixed text, also for a file outside the project", () => {
    const [enumValue] = of(outside);
    expect(enumValue).toMatchObject({
      severity: "ERROR",
      code: { value: "enum-value", url: expect.stringMatching(/\/docs\/rules\/enum-value\.md$/) },
      location: { range: { start: { line: 7, column: 26 }, end: { line: 7, column: 34 } } },
    });
    // rdjson keeps the smallest edit: `"C` becomes `"c`.
    expect(enumValue?.suggestions).toEqual([
      { range: { start: { line: 7, column: 26 }, end: { line: 7, column: 28 } }, text: '"c' },
    ]);
    const lines = readFileSync(outside, "utf8").split("\n");
    const line = lines[6] ?? "";
    lines[6] = `${line.slice(0, 25)}"c${line.slice(27)}`;
    expect(lines.join("\n")).toBe(readFileSync(outside, "utf8").replace('"Custom"', '"custom"'));
  });

  it("a syntax error is a finding of json-syntax at its line, without a suggestion", () => {
    expect(of(path.join(project, "broken.json"))).toEqual([
      expect.objectContaining({
        severity: "ERROR",
        code: { value: "json-syntax", url: expect.stringMatching(/json-syntax\.md$/) },
        location: {
          path: path.join(project, "broken.json"),
          range: { start: { line: 3, column: 19 }, end: { line: 3, column: 19 } },
        },
      }),
    ]);
    expect(of(path.join(project, "broken.json"))[0]).not.toHaveProperty("suggestions");
    expect(of(path.join(project, "clean.json"))).toEqual([]);
  });

  it("a file with a byte-order mark gets the locations and suggestions ESLint's own JSON gives it", () => {
    const eslint = JSON.parse(readFileSync(new URL("eslint-9-output.json", REFERENCE_DIR), "utf8"));
    const reference = JSON.stringify(eslint.lint).split("<dir>").join(project);
    const theirs = (JSON.parse(feed("eslint-formatter-rdjson", reference)).diagnostics as RdDiagnostic[]).filter(
      (d) => d.location.path === path.join(project, "bom.json"),
    );
    const ours = of(path.join(project, "bom.json"));
    expect(ours.map((d) => d.code.value)).toEqual(["no-bom", "enum-value"]);
    expect(theirs.map((d) => d.code.value)).toEqual(["td/no-bom", "td/enum-value"]);
    for (const [index, mine] of ours.entries()) {
      const other = theirs[index];
      expect(mine.location.range.start).toEqual(other?.location.range.start);
      expect(mine.suggestions).toEqual(other?.suggestions);
    }
    expect(ours[1]?.location.range.end).toEqual(theirs[1]?.location.range.end);
  });
});

describe("@microsoft/eslint-formatter-sarif (GitHub's ESLint code scanning workflow) reads lint's JSON", () => {
  it("makes valid SARIF with a result per problem, fatal ones included, at file: URIs of every file", () => {
    const log = expectValidSarif(pipeLint("@microsoft/eslint-formatter-sarif", FILES));
    const run = log.runs[0];
    const results = (run?.results ?? []).map((r) => {
      const physical = r.locations?.[0]?.physicalLocation;
      return [r.ruleId, r.level, physical?.artifactLocation?.uri, physical?.region?.startLine];
    });
    const uri = (file: string) => pathToFileURL(path.resolve(project, file)).href;
    expect(results).toEqual([
      ["enum-value", "error", uri("../elsewhere/acme outside.json"), 7],
      ["no-bom", "warning", uri("bom.json"), 1],
      ["enum-value", "error", uri("bom.json"), 7],
      ["json-syntax", "error", uri("broken.json"), 3],
    ]);
    // A problem without a rule would be a tool failure notification instead of a result.
    expect(run?.invocations).toBeUndefined();
    expect(run?.tool.driver.rules?.find((r) => r.id === "json-syntax")?.helpUri).toMatch(/json-syntax\.md$/);
    expect(run?.artifacts?.map((a) => a.location?.uri)).toContain(uri("clean.json"));
  });

  it("keeps suppressed problems as suppressed results", () => {
    const file = "legacy.json";
    const summary: LintSummary = {
      results: [
        {
          file,
          kind: "integration",
          diagnostics: [],
          suppressed: [
            {
              file,
              ruleId: "enum-value",
              severity: "error",
              message: "`authentication_type` must be one of none, custom",
              pointer: "/authentication_type",
              line: 2,
              column: 26,
              endLine: 2,
              endColumn: 34,
              suppressions: [{ kind: "config", justification: "the old importer reads it" }],
            },
          ],
          source: '{\n  "authentication_type": "Custom"\n}\n',
        },
      ],
      errorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
    const text = json(summary, { color: false, cwd: project, version: "0.0.0" });
    const log = expectValidSarif(feed("@microsoft/eslint-formatter-sarif", text));
    expect(log.runs[0]?.results?.map((r) => [r.ruleId, r.suppressions])).toEqual([
      ["enum-value", [{ kind: "external", justification: "the old importer reads it" }]],
    ]);
  });
});
