import type { Diagnostic, LintSummary } from "../diagnostic.js";
import { escapeControl } from "../util/terminal.js";
import { chalkFor } from "./chalk.js";
import type { Formatter } from "./types.js";

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** Points at the other place of a cross-file problem, unless the message already names it. */
function seeAlso(d: Diagnostic): string {
  const other = d.related?.[0];
  if (!other) return "";
  const where = `${other.file}:${other.line}:${other.column}`;
  return d.message.includes(where) ? "" : ` (see ${where})`;
}

/** A summary line about suppressions: a count, the stale warning, or one stale entry. */
export interface SuppressionLine {
  tone: "count" | "stale" | "entry";
  text: string;
}

/** Problems suppressed by the baseline and by the config, then the baseline's stale entries. */
export function suppressionLines(summary: LintSummary): SuppressionLine[] {
  const lines: SuppressionLine[] = [];
  const counts = { baseline: 0, config: 0 };
  for (const result of summary.results) {
    for (const problem of result.suppressed ?? []) counts[problem.suppressions[0]?.kind ?? "config"]++;
  }
  if (counts.baseline)
    lines.push({ tone: "count", text: `${plural(counts.baseline, "problem")} suppressed by the baseline` });
  if (counts.config)
    lines.push({ tone: "count", text: `${plural(counts.config, "problem")} suppressed by the config` });
  const stale = summary.staleSuppressions ?? [];
  const total = stale.reduce((sum, entry) => sum + entry.count, 0);
  if (total > 0) {
    const one = total === 1;
    lines.push({
      tone: "stale",
      text: `${plural(total, "baseline entry", "baseline entries")} no longer ${one ? "matches" : "match"} a problem (fixed or moved); remove ${one ? "it" : "them"} with --update-baseline:`,
    });
    for (const entry of stale) {
      const times = entry.count > 1 ? ` (${entry.count} problems)` : "";
      lines.push({
        tone: "entry",
        text: `  ${escapeControl(entry.file)}  ${escapeControl(entry.pointer || "(whole file)")}  ${entry.ruleId}${times}`,
      });
    }
  }
  return lines;
}

/** ESLint's default look: a block per file, aligned `line:col  severity  message  rule`, then totals. */
export const stylish: Formatter = (summary, context) => {
  const total = summary.errorCount + summary.warningCount;
  const suppressions = suppressionLines(summary);
  // Nothing to print (and no colours to load) for a clean run.
  if (total === 0 && suppressions.length === 0 && summary.results.every((result) => result.diagnostics.length === 0))
    return "";
  const c = chalkFor(context.color);
  const lines: string[] = [];
  for (const result of summary.results) {
    if (result.diagnostics.length === 0) continue;
    lines.push(c.underline(escapeControl(result.file)));
    const rows = result.diagnostics.map((d) => [
      `${d.line}:${d.column}`,
      d.severity,
      escapeControl(d.message + seeAlso(d)),
      d.ruleId,
    ]);
    const posWidth = Math.max(...rows.map((r) => (r[0] as string).length));
    for (const [index, row] of rows.entries()) {
      const [pos, severity, message, rule] = row as [string, string, string, string];
      const sev = severity === "error" ? c.red("error  ") : c.yellow("warning");
      const diagnostic = result.diagnostics[index];
      lines.push(
        `  ${c.dim(pos.padEnd(posWidth))}  ${sev}  ${message}  ${c.dim(rule)}${diagnostic?.fix ? c.dim(" (fixable)") : ""}`,
      );
    }
    lines.push("");
  }
  if (total > 0) {
    const mark = summary.errorCount > 0 ? c.red.bold("✖") : c.yellow.bold("⚠");
    lines.push(
      `${mark} ${c.bold(`${plural(total, "problem")} (${plural(summary.errorCount, "error")}, ${plural(summary.warningCount, "warning")})`)}`,
    );
    const fixable = summary.fixableErrorCount + summary.fixableWarningCount;
    if (fixable > 0) {
      lines.push(
        `  ${plural(summary.fixableErrorCount, "error")} and ${plural(summary.fixableWarningCount, "warning")} potentially fixable with the \`--fix\` option.`,
      );
    }
  }
  for (const { tone, text } of suppressions) {
    lines.push(tone === "stale" ? `${c.yellow.bold("⚠")} ${c.yellow(text)}` : tone === "entry" ? c.dim(text) : text);
  }
  if (context.maxWarnings !== undefined && summary.errorCount === 0 && summary.warningCount > context.maxWarnings) {
    lines.push(c.red(`td-integration found too many warnings (maximum: ${context.maxWarnings}).`));
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
};
