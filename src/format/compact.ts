import { escapeControl } from "../util/terminal.js";
import { suppressionLines } from "./stylish.js";
import type { Formatter } from "./types.js";

/** One line per problem, `file:line:col: severity message [rule]`, the shape editors and grep understand. */
export const compact: Formatter = (summary) => {
  const lines: string[] = [];
  for (const result of summary.results) {
    for (const d of result.diagnostics) {
      lines.push(
        `${escapeControl(result.file)}:${d.line}:${d.column}: ${d.severity} ${escapeControl(d.message)} [${d.ruleId}]`,
      );
    }
  }
  const total = summary.errorCount + summary.warningCount;
  const suppressions = suppressionLines(summary).map((line) => line.text);
  if (total === 0 && suppressions.length === 0) return "";
  if (total > 0) lines.push("", `${total} problem${total === 1 ? "" : "s"}`);
  lines.push(...suppressions);
  return `${lines.join("\n")}\n`;
};
