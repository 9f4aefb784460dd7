import { cpSync, mkdtempSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic, FileResult, LintSummary } from "../../src/diagnostic.js";
import { json, jsonPieces } from "../../src/format/json.js";
import { runCli } from "../support/cli.js";
import { CONTEXT, sampleSummary } from "./fixtures.js";

type Json = Record<string, unknown>;

const REFERENCE_DIR = new URL("../fixtures/eslint-reference/", import.meta.url);
/** ESLint 9's own JSON output for the same files (see the README beside it). */
const ESLINT = JSON.parse(readFileSync(new URL("eslint-9-output.json", REFERENCE_DIR), "utf8")) as Record<
  "lint" | "fixDryRun" | "suppressed",
  Json[]
>;

/** Our fields, written after ESLint's: ESLint consumers read past them. */
const OUR_MESSAGE_FIELDS = ["path", "docsUrl", "related"];

/** ESLint's keys appear in ours in ESLint's order; the others are ESLint's optional ones or our own. */
function expectEslintKeys(ours: Json, eslint: Json, extra: readonly string[]): void {
  const ourKeys = Object.keys(ours);
  expect(ourKeys.filter((k) => k in eslint)).toEqual(Object.keys(eslint));
  for (const key of ourKeys.filter((k) => !(k in eslint))) expect(extra).toContain(key);
}

const messages = (entry: Json | undefined) => (entry?.messages ?? []) as Json[];
const suppressedMessages = (entry: Json | undefined) => (entry?.suppressedMessages ?? []) as Json[];

describe("json format against ESLint 9's own output for the same files", () => {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "td-json-eslint-")));
  cpSync(REFERENCE_DIR, dir, { recursive: true });
  const byName = (entries: Json[]) => new Map(entries.map((e) => [path.basename(String(e.filePath)), e]));
  const lint = (args: string[]) => {
    const result = runCli(["lint", "--no-config", "--format", "json", ...args], { cwd: dir });
    // --fix-dry-run prints its diff on stderr when stdout carries JSON.
    if (!args.includes("--fix-dry-run")) expect(result.stderr).toBe("");
    return byName(JSON.parse(result.stdout) as Json[]);
  };
  const ours = lint(["bom.json", "broken.json", "clean.json"]);
  const eslint = byName(ESLINT.lint);

  it("writes each file's result with ESLint's keys, in ESLint's order, and absolute paths", () => {
    for (const name of ["bom.json", "broken.json", "clean.json"]) {
      const [mine, theirs] = [ours.get(name), eslint.get(name)];
      expect(Object.keys(mine ?? {}), name).toEqual(Object.keys(theirs ?? {}));
      expect(mine?.filePath).toBe(path.join(dir, name));
      for (const key of ["errorCount", "fatalErrorCount", "warningCount", "fixableErrorCount", "fixableWarningCount"]) {
        expect(mine?.[key], `${name} ${key}`).toBe(theirs?.[key]);
      }
      expect(mine?.source, name).toBe(theirs?.source);
      expect(mine?.usedDeprecatedRules).toEqual([]);
      expect(mine?.suppressedMessages).toEqual([]);
    }
  });

  it("counts fix ranges in a file with a byte-order mark from after the mark, as ESLint does", () => {
    const [bom, enumValue] = messages(ours.get("bom.json"));
    const [eslintBom, eslintEnum] = messages(eslint.get("bom.json"));
    expect(bom).toMatchObject({ ruleId: "no-bom", fix: { range: [-1, 0], text: "" } });
    expect(bom?.fix).toEqual(eslintBom?.fix);
    expect(enumValue).toMatchObject({ ruleId: "enum-value", line: 7, column: 26, endLine: 7, endColumn: 34 });
    expect(enumValue?.fix).toEqual(eslintEnum?.fix);
    // The range picks `"Custom"` out of the text without its mark.
    const source = String(ours.get("bom.json")?.source);
    const [start, end] = (enumValue?.fix as { range: [number, number] } | undefined)?.range ?? [0, 0];
    expect(source.slice(1).slice(start, end)).toBe('"Custom"');
    expectEslintKeys(bom ?? {}, eslintBom ?? {}, ["endLine", "endColumn", ...OUR_MESSAGE_FIELDS]);
    expectEslintKeys(enumValue ?? {}, eslintEnum ?? {}, OUR_MESSAGE_FIELDS);
    expect(enumValue?.nodeType).toBeNull();
  });

  it("marks a syntax error fatal, as ESLint marks a parsing error, keeping its rule id", () => {
    const [mine] = messages(ours.get("broken.json"));
    const [theirs] = messages(eslint.get("broken.json"));
    expect(theirs).toMatchObject({ ruleId: null, fatal: true });
    expect(mine).toMatchObject({
      ruleId: "json-syntax",
      nodeType: null,
      fatal: true,
      severity: 2,
      line: 3,
      column: 19,
    });
    expect(mine?.docsUrl).toMatch(/\/json-syntax\.md$/);
    expectEslintKeys(mine ?? {}, theirs ?? {}, ["endLine", "endColumn", ...OUR_MESSAGE_FIELDS]);
  });

  it("writes output instead of source after fixes, the same text ESLint's fixes give", () => {
    const fixed = lint(["--fix-dry-run", "bom.json"]).get("bom.json");
    const theirs = byName(ESLINT.fixDryRun).get("bom.json");
    expect(Object.keys(fixed ?? {})).toEqual(Object.keys(theirs ?? {}));
    expect(fixed?.output).toBe(theirs?.output);
    expect(fixed?.messages).toEqual([]);
  });

  it("writes suppressed problems as ESLint writes those of its suppressions file", () => {
    const text = readFileSync(new URL("bom.json", REFERENCE_DIR), "utf8");
    const [, enumValue] = lintedReference(text);
    if (!enumValue) throw new Error("enum-value is not reported");
    const result: FileResult = {
      file: "suppressed.json",
      kind: "integration",
      diagnostics: [],
      suppressed: [{ ...enumValue, suppressions: [{ kind: "baseline", justification: "" }] }],
      source: text,
    };
    const summary: LintSummary = { ...emptyCounts(), results: [result] };
    const [mine] = JSON.parse(json(summary, { ...CONTEXT, cwd: dir })) as Json[];
    const theirs = byName(ESLINT.suppressed).get("suppressed.json");
    expect(Object.keys(mine ?? {})).toEqual(Object.keys(theirs ?? {}));
    expect(mine?.source).toBe(theirs?.source);
    const [suppressed] = suppressedMessages(mine);
    const [theirSuppressed] = suppressedMessages(theirs);
    expectEslintKeys(suppressed ?? {}, theirSuppressed ?? {}, OUR_MESSAGE_FIELDS);
    expect(suppressed?.fix).toEqual(theirSuppressed?.fix);
    expect(suppressed?.suppressions).toEqual([{ kind: "file", justification: "", origin: "baseline" }]);
  });
});

function emptyCounts(): Omit<LintSummary, "results"> {
  return { errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

/** The diagnostics td-integration gives a text, through the CLI's --stdin (no config). */
function lintedReference(text: string): Diagnostic[] {
  const result = runCli(["lint", "--no-config", "--format", "json", "--stdin", "--stdin-filename", "x.json"], {
    input: text,
  });
  const [entry] = JSON.parse(result.stdout) as Json[];
  // No x.json on disk: the source is the text given on standard input.
  expect(entry?.source).toBe(text);
  return messages(entry).map((m) => {
    const fix = m.fix as { range: [number, number]; text: string } | undefined;
    return {
      file: "suppressed.json",
      ruleId: String(m.ruleId),
      messageId: m.messageId as string,
      severity: m.severity === 2 ? "error" : "warning",
      message: String(m.message),
      pointer: String(m.path),
      line: Number(m.line),
      column: Number(m.column),
      endLine: Number(m.endLine),
      endColumn: Number(m.endColumn),
      // Back to our offsets, which count the byte-order mark.
      ...(fix ? { fix: { start: fix.range[0] + 1, end: fix.range[1] + 1, text: fix.text } } : {}),
    };
  });
}

/** What ESLint 9's JSON formatter would print for the summary, built independently of the formatter. */
function expected(summary: LintSummary, cwd: string): string {
  const entries = summary.results
    .filter((r) => r.kind !== "skipped")
    .map((r) => {
      const count = (severity: string, fixable: boolean) =>
        r.diagnostics.filter((d) => d.severity === severity && (!fixable || d.fix)).length;
      const fatal = (d: Diagnostic) => d.severity === "error" && ["json-syntax", "file-read"].includes(d.ruleId);
      const problems = r.diagnostics.length + (r.suppressed?.length ?? 0) > 0;
      return {
        filePath: path.resolve(cwd, r.file),
        messages: r.diagnostics.map((d) =>
          fatal(d)
            ? {
                ruleId: d.ruleId,
                nodeType: null,
                fatal: true,
                severity: 2,
                message: d.message,
                line: d.line,
                column: d.column,
                endLine: d.endLine,
                endColumn: d.endColumn,
                path: d.pointer,
                ...(d.docsUrl ? { docsUrl: d.docsUrl } : {}),
                ...(d.related ? { related: d.related } : {}),
              }
            : {
                ruleId: d.ruleId,
                severity: d.severity === "error" ? 2 : 1,
                message: d.message,
                line: d.line,
                column: d.column,
                nodeType: null,
                ...(d.messageId ? { messageId: d.messageId } : {}),
                endLine: d.endLine,
                endColumn: d.endColumn,
                ...(d.fix ? { fix: { range: [d.fix.start, d.fix.end], text: d.fix.text } } : {}),
                path: d.pointer,
                ...(d.docsUrl ? { docsUrl: d.docsUrl } : {}),
                ...(d.related ? { related: d.related } : {}),
              },
        ),
        suppressedMessages: [],
        errorCount: count("error", false),
        fatalErrorCount: r.diagnostics.filter(fatal).length,
        warningCount: count("warning", false),
        fixableErrorCount: count("error", true),
        fixableWarningCount: count("warning", true),
        ...(r.output !== undefined
          ? { output: r.output }
          : problems && r.source !== undefined
            ? { source: r.source }
            : {}),
        usedDeprecatedRules: [],
      };
    });
  return `${JSON.stringify(entries, null, 2)}\n`;
}

describe("json format", () => {
  it("prints ESLint's JSON shape, indented by two, skipped files left out", () => {
    const summary = sampleSummary();
    const [first, , third] = summary.results;
    if (first) {
      first.output = '{\n  "fixed": true\n}\n';
      const [d] = first.diagnostics;
      if (d) d.related = [{ file: "integrations/acme.json", line: 2, column: 3, message: "first defined here" }];
    }
    if (third) third.source = `{\n  "authentication_type": "Custom"\n}\n`;
    summary.results.push({ file: "../outside.json", kind: "action", diagnostics: [] });
    const text = json(summary, CONTEXT);
    expect(text).toBe(expected(summary, CONTEXT.cwd));
    expect(JSON.parse(text)).toHaveLength(4);
    expect(JSON.parse(text)[3].filePath).toBe("/outside.json");
    expect([...jsonPieces(summary, CONTEXT)].join("")).toBe(text);
  });

  it("counts a json-syntax error as fatal only when it is an error", () => {
    const summary = sampleSummary();
    const [first] = summary.results;
    const [d] = first?.diagnostics ?? [];
    if (d) d.severity = "warning";
    const [entry] = JSON.parse(json(summary, CONTEXT)) as Json[];
    expect(entry?.fatalErrorCount).toBe(0);
    expect(messages(entry)[0]).toMatchObject({ ruleId: "json-syntax", severity: 1 });
    expect(messages(entry)[0]).not.toHaveProperty("fatal");
  });

  it("reads the source of a file with problems again when lint let it go, and leaves it out when it cannot", () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "td-json-source-")));
    cpSync(new URL("bom.json", REFERENCE_DIR), path.join(dir, "bom.json"));
    const diagnostic: Diagnostic = {
      file: "bom.json",
      ruleId: "enum-value",
      severity: "error",
      message: "m",
      pointer: "/authentication_type",
      line: 7,
      column: 26,
      endLine: 7,
      endColumn: 34,
      fix: { start: 400, end: 408, text: '"custom"' },
    };
    const summary: LintSummary = {
      ...emptyCounts(),
      errorCount: 2,
      results: [
        { file: "bom.json", kind: "integration", diagnostics: [diagnostic] },
        { file: "gone.json", kind: "integration", diagnostics: [{ ...diagnostic, file: "gone.json" }] },
      ],
    };
    const [bom, gone] = JSON.parse(json(summary, { ...CONTEXT, cwd: dir })) as Json[];
    expect(bom?.source).toBe(readFileSync(path.join(dir, "bom.json"), "utf8"));
    expect(messages(bom)[0]?.fix).toEqual({ range: [399, 407], text: '"custom"' });
    expect(gone).not.toHaveProperty("source");
    expect(messages(gone)[0]?.fix).toEqual({ range: [400, 408], text: '"custom"' });
  });

  it("prints an empty list when every file was skipped or there were none", () => {
    const none: LintSummary = { ...sampleSummary(), results: [] };
    expect(json(none, CONTEXT)).toBe("[]\n");
    const skipped: LintSummary = { ...none, results: [{ file: "package.json", kind: "skipped", diagnostics: [] }] };
    expect(json(skipped, CONTEXT)).toBe("[]\n");
  });
});
