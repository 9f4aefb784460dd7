import type { Diagnostic, LintSummary } from "../../src/diagnostic.js";
import type { FormatContext, FormatRule } from "../../src/format/types.js";

const docs = (id: string) => `https://example.test/docs/rules/${id}.md`;

export const RULES: FormatRule[] = [
  {
    id: "json-syntax",
    severity: "error",
    description: "The file is valid JSON",
    fixable: false,
    docsUrl: docs("json-syntax"),
  },
  { id: "no-bom", severity: "warning", description: "No byte-order mark", fixable: true, docsUrl: docs("no-bom") },
  {
    id: "enum-value",
    severity: "error",
    description: "Enumerated values are valid",
    fixable: true,
    docsUrl: docs("enum-value"),
  },
];

function diagnostic(file: string, partial: Partial<Diagnostic> & Pick<Diagnostic, "ruleId" | "message">): Diagnostic {
  return {
    file,
    severity: "error",
    pointer: "",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    docsUrl: docs(partial.ruleId),
    ...partial,
  };
}

/** Two files with problems (one message carrying characters every format must escape) and a clean one. */
export function sampleSummary(): LintSummary {
  const bad = "integrations/acme.json";
  const action = "actions/create ticket.json";
  return {
    results: [
      {
        file: action,
        kind: "unparsed",
        diagnostics: [
          diagnostic(action, {
            ruleId: "json-syntax",
            message: "missing comma: add `,` here <between> \"a\" & 'b'\n50% done, key: x",
            line: 3,
            column: 20,
            endLine: 3,
            endColumn: 21,
          }),
        ],
      },
      { file: "actions/clean.json", kind: "action", diagnostics: [] },
      {
        file: bad,
        kind: "integration",
        diagnostics: [
          diagnostic(bad, {
            ruleId: "no-bom",
            severity: "warning",
            message: "the file starts with a BOM",
            fix: { start: 0, end: 1, text: "" },
          }),
          diagnostic(bad, {
            ruleId: "enum-value",
            message: "`authentication_type` must be one of none, custom; found `Custom`",
            pointer: "/authentication_type",
            line: 7,
            column: 26,
            endLine: 7,
            endColumn: 34,
            fix: { start: 120, end: 128, text: '"custom"' },
          }),
        ],
      },
      { file: "package.json", kind: "skipped", diagnostics: [] },
    ],
    errorCount: 2,
    warningCount: 1,
    fixableErrorCount: 1,
    fixableWarningCount: 1,
  };
}

export const CONTEXT: FormatContext = { color: false, cwd: "/repo", root: "/repo", version: "1.2.3", rules: RULES };

export const EMPTY: LintSummary = {
  results: [{ file: "actions/clean.json", kind: "action", diagnostics: [] }],
  errorCount: 0,
  warningCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
};
