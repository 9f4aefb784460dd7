import { readFileSync } from "node:fs";
import path from "node:path";
import { FORMATTERS } from "../format/index.js";
import { lintSources, type SourceFile } from "../lint/engine.js";
import { FileSelectionError, selectFiles } from "../lint/files.js";
import { findIntegrations } from "../lint/lookup.js";
import type { LintSummary } from "../lint/types.js";
import { VERSION } from "../version.js";
import { shouldColor } from "./color.js";
import type { LintCliOptions } from "./commands/lint.js";
import { UsageError } from "./errors.js";

/** Runs `td-integration lint` and returns the exit code. */
export async function runLint(paths: string[], options: LintCliOptions): Promise<number> {
  const cwd = process.cwd();
  let files: string[];
  try {
    files = await selectFiles(paths, { cwd, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern });
  } catch (error) {
    if (error instanceof FileSelectionError) throw new UsageError(error.message);
    throw error;
  }
  const sources: SourceFile[] = files.map((file) => {
    try {
      return { file, text: readFileSync(path.resolve(cwd, file), "utf8") };
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  });
  const inRun = new Set(files);
  let summary = lintSources(sources, { externalIntegrations: () => findIntegrations(["."], cwd, inRun) });
  if (options.quiet) summary = onlyErrors(summary);
  if (options.verbose) {
    for (const result of summary.results) {
      if (result.kind === "skipped") process.stderr.write(`skipped ${result.file} (not an integration or action)\n`);
    }
  }
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new UsageError(`unknown format ${options.format}`);
  const color = options.format === "stylish" && shouldColor(options.color, process.stdout, process.env);
  process.stdout.write(formatter(summary, { color, cwd, version: VERSION, maxWarnings: options.maxWarnings }));
  if (summary.errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && summary.warningCount > options.maxWarnings) return 1;
  return 0;
}

function onlyErrors(summary: LintSummary): LintSummary {
  const results = summary.results.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.filter((d) => d.severity === "error"),
  }));
  return { ...summary, results, warningCount: 0, fixableWarningCount: 0 };
}
