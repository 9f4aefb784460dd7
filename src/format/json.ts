import type { Diagnostic, FileResult } from "../diagnostic.js";
import { absoluteIn } from "../util/absolute-path.js";
import type { FormatContext, Formatter, PieceFormatter } from "./types.js";

/** One diagnostic in ESLint's JSON shape: severity 2 is an error, 1 a warning. */
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

/** One file's entry in ESLint's JSON shape. */
function entry(result: FileResult, filePath: string) {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const d of result.diagnostics) {
    if (d.severity === "error") {
      errorCount++;
      if (d.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (d.fix) fixableWarningCount++;
    }
  }
  return {
    filePath,
    messages: result.diagnostics.map(messageJson),
    errorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
    ...(result.output !== undefined ? { output: result.output } : {}),
  };
}

/**
 * ESLint's JSON formatter shape, as `JSON.stringify(entries, null, 2)` would print it, one file at
 * a time: a run of 40,000 files never holds every entry object at once.
 */
export const jsonPieces: PieceFormatter = function* (summary, context: FormatContext) {
  let first = true;
  for (const result of summary.results) {
    if (result.kind === "skipped") continue;
    const absolute = absoluteIn(context.cwd, result.file);
    const filePath = JSON.stringify(absolute);
    const separator = first ? "[\n" : ",\n";
    first = false;
    if (result.diagnostics.length === 0 && result.output === undefined) {
      yield `${separator}  {\n    "filePath": ${filePath},\n    "messages": [],\n    "errorCount": 0,\n    "warningCount": 0,\n    "fixableErrorCount": 0,\n    "fixableWarningCount": 0\n  }`;
    } else {
      // Printed inside a one-element list so JSON.stringify itself indents it one level down; cutting
      // the list's "[\n" and "\n]" is several times cheaper than re-indenting every line afterwards.
      yield `${separator}${JSON.stringify([entry(result, absolute)], null, 2).slice(2, -2)}`;
    }
  }
  yield first ? "[]\n" : "\n]\n";
};

export const json: Formatter = (summary, context) => [...jsonPieces(summary, context)].join("");
