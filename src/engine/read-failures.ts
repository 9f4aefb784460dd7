import type { Diagnostic, FileResult, LintSummary } from "../diagnostic.js";
import type { ReadFailure } from "../document/read.js";
import { fileRead } from "../rules/file-read.js";
import { docsUrl, formatMessage } from "../rules/types.js";

const FILE_READ_RULE = fileRead.meta.id;

/** The result of a file that could not be read: one `file-read` error at 1:1 naming the reason. */
export function readFailureResult(file: string, reason: string): FileResult {
  const diagnostic: Diagnostic = {
    file,
    ruleId: FILE_READ_RULE,
    severity: "error",
    messageId: "unreadable",
    message: formatMessage(fileRead.meta.messages.unreadable, { reason }),
    pointer: "",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    docsUrl: docsUrl(FILE_READ_RULE),
  };
  return { file, kind: "unparsed", diagnostics: [diagnostic] };
}

/** Adds the results of unreadable files to a summary, keeping results in file order. */
export function withReadFailures(summary: LintSummary, failures: readonly ReadFailure[]): LintSummary {
  if (failures.length === 0) return summary;
  const results = [...summary.results, ...failures.map((f) => readFailureResult(f.file, f.reason))];
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ...summary, results, errorCount: summary.errorCount + failures.length };
}
