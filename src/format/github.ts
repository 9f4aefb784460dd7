import { escapeCommandData as escapeData, escapeCommandProperty as escapeProperty } from "../util/workflow-command.js";
import { repoPath } from "./paths.js";
import type { Formatter } from "./types.js";

/** GitHub Actions annotations: `::error file=…,line=…::message`, shown on the pull request's diff. */
export const github: Formatter = (summary, context) => {
  const lines: string[] = [];
  for (const result of summary.results) {
    for (const d of result.diagnostics) {
      const properties = [
        `file=${escapeProperty(repoPath(result.file, context))}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(",");
      lines.push(`::${d.severity === "error" ? "error" : "warning"} ${properties}::${escapeData(d.message)}`);
    }
  }
  const files = summary.results.filter((r) => r.diagnostics.length > 0).length;
  const total = summary.errorCount + summary.warningCount;
  lines.push(
    total === 0
      ? "td-integration: no problems found"
      : `td-integration: ${total} problem${total === 1 ? "" : "s"} (${summary.errorCount} error${summary.errorCount === 1 ? "" : "s"}, ${summary.warningCount} warning${summary.warningCount === 1 ? "" : "s"}) in ${files} file${files === 1 ? "" : "s"}`,
  );
  return `${lines.join("\n")}\n`;
};
