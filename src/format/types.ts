import type { LintSummary, Severity } from "../diagnostic.js";

/** What a format may say about a rule (SARIF lists every rule of the tool). */
export interface FormatRule {
  id: string;
  severity: Severity;
  description: string;
  fixable: boolean;
  docsUrl: string;
}

export interface FormatContext {
  /** Emit ANSI colours (only the CLI decides this: TTY, NO_COLOR, FORCE_COLOR, --color). */
  color: boolean;
  /** Working directory: file paths in results are relative to it. */
  cwd: string;
  /** Tool version, for formats that record it. */
  version: string;
  /** --max-warnings, so the summary can say when it was exceeded. */
  maxWarnings?: number;
  /** Repository root, for repository-relative URIs (SARIF); defaults to cwd. */
  root?: string;
  /** The rule catalogue, for formats that describe rules (SARIF). */
  rules?: readonly FormatRule[];
}

export type Formatter = (summary: LintSummary, context: FormatContext) => string;

/** A formatter that hands its text over in pieces, so a large report is written as it is made. */
export type PieceFormatter = (summary: LintSummary, context: FormatContext) => Iterable<string>;
