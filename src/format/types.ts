import type { LintSummary } from "../lint/types.js";

export interface FormatContext {
  /** Emit ANSI colours (only the CLI decides this: TTY, NO_COLOR, FORCE_COLOR, --color). */
  color: boolean;
  /** Working directory, for absolute or repository-relative paths. */
  cwd: string;
  /** Tool version, for formats that record it. */
  version: string;
  /** --max-warnings, so the summary can say when it was exceeded. */
  maxWarnings?: number;
}

export type Formatter = (summary: LintSummary, context: FormatContext) => string;
