import type { ResolvedConfig } from "../config/load.js";
import type { Diagnostic, FileResult, LintSummary, SuppressedDiagnostic, Suppression } from "../diagnostic.js";

/** For one file, a judge of its diagnostics (why one is suppressed, or undefined); none when nothing applies. */
export type SuppressionJudge = (
  result: FileResult,
) => ((diagnostic: Diagnostic) => Suppression | undefined) | undefined;

/**
 * Moves the diagnostics a judge suppresses into each result's `suppressed` and takes them out of the
 * counts: a suppressed problem is neither an error nor a warning, and does not decide the exit code.
 */
export function applySuppressions(summary: LintSummary, judgeFor: SuppressionJudge): LintSummary {
  let { errorCount, warningCount, fixableErrorCount, fixableWarningCount } = summary;
  let suppressedCount = summary.suppressedCount ?? 0;
  const results = summary.results.map((result) => {
    const judge = result.diagnostics.length ? judgeFor(result) : undefined;
    if (!judge) return result;
    const kept: Diagnostic[] = [];
    const suppressed: SuppressedDiagnostic[] = [...(result.suppressed ?? [])];
    for (const diagnostic of result.diagnostics) {
      const why = judge(diagnostic);
      if (!why) {
        kept.push(diagnostic);
        continue;
      }
      suppressed.push({ ...diagnostic, suppressions: [why] });
      suppressedCount++;
      if (diagnostic.severity === "error") {
        errorCount--;
        if (diagnostic.fix) fixableErrorCount--;
      } else {
        warningCount--;
        if (diagnostic.fix) fixableWarningCount--;
      }
    }
    return kept.length === result.diagnostics.length ? result : { ...result, diagnostics: kept, suppressed };
  });
  return { ...summary, results, errorCount, warningCount, fixableErrorCount, fixableWarningCount, suppressedCount };
}

/** Whether a pointer is the suppressed one or below it ("/inputs/2" covers "/inputs/2/format"). */
function within(pointer: string, scope: string): boolean {
  return scope === "" || pointer === scope || pointer.startsWith(`${scope}/`);
}

/** The config's `suppress` entries: a problem of the rule, in a file the glob selects, at or below the pointer. */
export function applyConfigSuppressions(summary: LintSummary, config: ResolvedConfig): LintSummary {
  if (!config.config.suppress?.length) return summary;
  return applySuppressions(summary, (result) => {
    const entries = config.suppressionsFor(result.file);
    if (entries.length === 0) return undefined;
    return (diagnostic) => {
      const entry = entries.find((e) => e.rule === diagnostic.ruleId && within(diagnostic.pointer, e.pointer ?? ""));
      return entry ? { kind: "config", justification: entry.reason ?? "" } : undefined;
    };
  });
}
