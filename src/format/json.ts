import path from "node:path";
import type { Diagnostic } from "../lint/types.js";
import type { Formatter } from "./types.js";

/** ESLint's JSON formatter shape: severity 2 is an error, 1 a warning. */
export const json: Formatter = (summary, context) => {
  const files = summary.results
    .filter((result) => result.kind !== "skipped")
    .map((result) => {
      const count = (severity: Diagnostic["severity"], fixable: boolean) =>
        result.diagnostics.filter((d) => d.severity === severity && (!fixable || d.fix)).length;
      return {
        filePath: path.resolve(context.cwd, result.file),
        messages: result.diagnostics.map((d) => ({
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
        ...(result.output !== undefined ? { output: result.output } : {}),
      };
    });
  return `${JSON.stringify(files, null, 2)}\n`;
};
