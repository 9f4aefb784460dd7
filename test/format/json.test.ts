import { describe, expect, it } from "vitest";
import type { LintSummary } from "../../src/diagnostic.js";
import { json, jsonPieces } from "../../src/format/json.js";
import { CONTEXT, sampleSummary } from "./fixtures.js";

/** What ESLint's JSON formatter would print for the summary, built independently of the formatter. */
function expected(summary: LintSummary, cwd: string): string {
  const entries = summary.results
    .filter((r) => r.kind !== "skipped")
    .map((r) => {
      const count = (severity: string, fixable: boolean) =>
        r.diagnostics.filter((d) => d.severity === severity && (!fixable || d.fix)).length;
      return {
        filePath: r.file.startsWith("/") ? r.file : `${cwd}/${r.file}`.replace(/\/[^/]+\/\.\.\//, "/"),
        messages: r.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          severity: d.severity === "error" ? 2 : 1,
          message: d.message,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          path: d.pointer,
          ...(d.fix ? { fix: { range: [d.fix.start, d.fix.end], text: d.fix.text } } : {}),
          ...(d.related ? { related: d.related } : {}),
          ...(d.docsUrl ? { docsUrl: d.docsUrl } : {}),
        })),
        errorCount: count("error", false),
        warningCount: count("warning", false),
        fixableErrorCount: count("error", true),
        fixableWarningCount: count("warning", true),
        ...(r.output !== undefined ? { output: r.output } : {}),
      };
    });
  return `${JSON.stringify(entries, null, 2)}\n`;
}

describe("json format", () => {
  it("prints ESLint's JSON shape, indented by two, skipped files left out", () => {
    const summary = sampleSummary();
    const [first] = summary.results;
    if (first) {
      first.output = '{\n  "fixed": true\n}\n';
      const [d] = first.diagnostics;
      if (d) d.related = [{ file: "integrations/acme.json", line: 2, column: 3, message: "first defined here" }];
    }
    summary.results.push({ file: "../outside.json", kind: "action", diagnostics: [] });
    const text = json(summary, CONTEXT);
    expect(text).toBe(expected(summary, CONTEXT.cwd));
    expect(JSON.parse(text)).toHaveLength(4);
    expect([...jsonPieces(summary, CONTEXT)].join("")).toBe(text);
  });

  it("prints an empty list when every file was skipped or there were none", () => {
    const none: LintSummary = { ...sampleSummary(), results: [] };
    expect(json(none, CONTEXT)).toBe("[]\n");
    const skipped: LintSummary = { ...none, results: [{ file: "package.json", kind: "skipped", diagnostics: [] }] };
    expect(json(skipped, CONTEXT)).toBe("[]\n");
  });
});
