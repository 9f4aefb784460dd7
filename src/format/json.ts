import type { Diagnostic, FileResult, SuppressedDiagnostic, Suppression } from "../diagnostic.js";
import { readSource } from "../document/read.js";
import { absoluteIn } from "../util/absolute-path.js";
import type { FormatContext, Formatter, PieceFormatter } from "./types.js";

/**
 * One diagnostic as `render --json` shows it (docs/render-json.md, versioned there): ESLint's core
 * message fields plus the JSON Pointer as `path`. Lint's `--format json` writes the fuller ESLint 9
 * message of {@link eslintMessage}.
 */
export function messageJson(d: Diagnostic) {
  return {
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
  };
}

const BOM = "\uFEFF";

/**
 * The problems ESLint calls fatal: the file's text could not be read or parsed, so no rule ran on
 * it. ESLint's parsing errors have `ruleId: null`; ours keep their rule id (LintMessage allows a
 * string), so that consumers show them as findings of that rule at their line: a SARIF converter
 * turns a message without a rule into a tool failure notification instead of an alert on the file.
 */
const FATAL_RULES = new Set(["json-syntax", "file-read"]);

function isFatal(d: Diagnostic): boolean {
  return d.severity === "error" && FATAL_RULES.has(d.ruleId);
}

/**
 * ESLint's suppression kinds are "directive" (a comment in the file) and "file" (its suppressions
 * file, eslint-suppressions.json). Ours both live outside the linted file, in a file of their own
 * (the config's `suppress`, the baseline), so they are "file"; which one is kept in `origin`.
 */
function suppressionJson(s: Suppression) {
  return { kind: "file", justification: s.justification, origin: s.kind };
}

/**
 * One message of ESLint 9's LintMessage, field for field and in ESLint's order, then ours
 * (`path`: the JSON Pointer, `docsUrl`, `related`). `bomShift` is 1 for a text that starts with a
 * byte-order mark: ESLint strips it before linting, so its fix ranges count from the character
 * after it, and removing the mark itself is the range [-1, 0] (ESLint's unicode-bom rule).
 */
function eslintMessage(d: Diagnostic, bomShift: number, suppressions?: readonly Suppression[]) {
  const ours = {
    ...(suppressions ? { suppressions: suppressions.map(suppressionJson) } : {}),
    path: d.pointer,
    ...(d.docsUrl ? { docsUrl: d.docsUrl } : {}),
    ...(d.related ? { related: d.related } : {}),
  };
  if (isFatal(d)) {
    // The order of ESLint's parsing-error message (lib/linter/linter.js); the end is ours.
    return {
      ruleId: d.ruleId,
      nodeType: null,
      fatal: true,
      severity: 2,
      message: d.message,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      ...ours,
    };
  }
  return {
    ruleId: d.ruleId,
    severity: d.severity === "error" ? 2 : 1,
    message: d.message,
    line: d.line,
    column: d.column,
    // ESLint writes the AST node type of the report, null for a report at a location: ours are.
    nodeType: null,
    ...(d.messageId ? { messageId: d.messageId } : {}),
    endLine: d.endLine,
    endColumn: d.endColumn,
    ...(d.fix ? { fix: { range: [d.fix.start - bomShift, d.fix.end - bomShift], text: d.fix.text } } : {}),
    ...ours,
  };
}

/** The text ESLint would hold for the result (for `source` and the BOM), read again if it was let go. */
function textOf(result: FileResult, absolute: string): string | undefined {
  if (result.source !== undefined) return result.source;
  const read = readSource(absolute);
  return read.ok ? read.text : undefined;
}

/** One file's entry in ESLint 9's LintResult shape. */
function entry(result: FileResult, filePath: string) {
  let errorCount = 0;
  let fatalErrorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const d of result.diagnostics) {
    if (d.severity === "error") {
      errorCount++;
      if (isFatal(d)) fatalErrorCount++;
      if (d.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (d.fix) fixableWarningCount++;
    }
  }
  const suppressed: readonly SuppressedDiagnostic[] = result.suppressed ?? [];
  // As ESLint: `output` when fixes changed the text, else `source` when problems were found, the
  // suppressed ones included (ESLint's bulk suppressions keep `source` too). The diagnostics left
  // after fixing are positioned in the fixed text, so its BOM is the one that counts.
  const problems = errorCount + warningCount + suppressed.length > 0;
  const text = result.output ?? (problems ? textOf(result, filePath) : undefined);
  const bomShift = text?.startsWith(BOM) ? 1 : 0;
  return {
    filePath,
    messages: result.diagnostics.map((d) => eslintMessage(d, bomShift)),
    suppressedMessages: suppressed.map((d) => eslintMessage(d, bomShift, d.suppressions)),
    errorCount,
    fatalErrorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
    ...(result.output !== undefined
      ? { output: result.output }
      : problems && text !== undefined
        ? { source: text }
        : {}),
    usedDeprecatedRules: [],
  };
}

/**
 * ESLint 9's JSON formatter shape (LintResult[]), indented by two, one file at a time: a run of
 * 40,000 files never holds every entry object, nor every file's text, at once.
 */
export const jsonPieces: PieceFormatter = function* (summary, context: FormatContext) {
  let first = true;
  for (const result of summary.results) {
    if (result.kind === "skipped") continue;
    const absolute = absoluteIn(context.cwd, result.file);
    const separator = first ? "[\n" : ",\n";
    first = false;
    if (result.diagnostics.length === 0 && result.output === undefined && !result.suppressed?.length) {
      yield `${separator}  {\n    "filePath": ${JSON.stringify(absolute)},\n    "messages": [],\n    "suppressedMessages": [],\n    "errorCount": 0,\n    "fatalErrorCount": 0,\n    "warningCount": 0,\n    "fixableErrorCount": 0,\n    "fixableWarningCount": 0,\n    "usedDeprecatedRules": []\n  }`;
    } else {
      // Printed inside a one-element list so JSON.stringify itself indents it one level down; cutting
      // the list's "[\n" and "\n]" is several times cheaper than re-indenting every line afterwards.
      yield `${separator}${JSON.stringify([entry(result, absolute)], null, 2).slice(2, -2)}`;
    }
  }
  yield first ? "[]\n" : "\n]\n";
};

export const json: Formatter = (summary, context) => [...jsonPieces(summary, context)].join("");
