import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";
import type { Diagnostic, LintSummary, TextEdit } from "../diagnostic.js";
import { type EngineOptions, lintSources, type SourceFile } from "./engine.js";

/** Like ESLint: fixes may enable other fixes, so re-lint and repeat, but never loop forever. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies the fixes of these diagnostics that do not overlap (the first by position wins; the
 * others wait for the next pass). Only the edited spans change, so indentation, key order and line
 * endings stay as they were.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { output: string; applied: number } {
  const edits = diagnostics
    .flatMap((d): TextEdit[] => (d.fix ? [d.fix] : []))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let output = "";
  let cursor = 0;
  let applied = 0;
  for (const edit of edits) {
    // As ESLint does, an edit touching the previous one waits for the next pass.
    if (edit.start < cursor || (applied > 0 && edit.start === cursor)) continue;
    if (text.slice(edit.start, edit.end) === edit.text) continue;
    output += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}

export interface FixRun {
  /** The lint result of the fixed texts; `output` is set on each result whose text changed. */
  summary: LintSummary;
  /** How many lint passes ran (at most MAX_FIX_PASSES + 1, the last one confirming the result). */
  passes: number;
}

/** Lints, applies fixes, and re-lints every file until nothing more changes. Nothing is written here. */
export function fixSources(sources: readonly SourceFile[], options: EngineOptions = {}): FixRun {
  const original = new Map(sources.map((s) => [s.file, s.text]));
  let current = sources.map((s) => ({ ...s }));
  let summary = lintSources(current, { ...options, keepSource: true });
  let passes = 1;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let changed = false;
    current = current.map((source, index) => {
      const result = summary.results[index];
      if (!result?.diagnostics.some((d) => d.fix)) return source;
      const { output, applied } = applyFixes(source.text, result.diagnostics);
      if (applied === 0 || output === source.text) return source;
      changed = true;
      return { file: source.file, text: output };
    });
    if (!changed) break;
    summary = lintSources(current, { ...options, keepSource: true });
    passes++;
  }
  for (const [index, result] of summary.results.entries()) {
    const text = current[index]?.text;
    if (text !== undefined && text !== original.get(result.file)) result.output = text;
    if (!options.keepSource) delete result.source;
  }
  return { summary, passes };
}

/** A unified diff of one file's fix, as `--fix-dry-run` prints it (empty when nothing changes). */
export function fixDiff(file: string, before: string, after: string): string {
  if (before === after) return "";
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
