/** The programmatic API: lint without printing or exiting. */

export { FORMATTERS } from "./format/index.js";
export { type EngineOptions, type FileConfig, lintSources, type SourceFile } from "./lint/engine.js";
export type { Diagnostic, FileResult, LintSummary, Severity } from "./lint/types.js";
export { RULES } from "./rules/index.js";
export { VERSION } from "./version.js";
