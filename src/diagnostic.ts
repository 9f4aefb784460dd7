export type Severity = "error" | "warning";
export type SeveritySetting = Severity | "off";

/** A JSON path: object keys and array indexes from the document root. */
export type JsonPath = readonly (string | number)[];

/** Which part of the node at a path a diagnostic points to. */
export type Target = "value" | "key" | "object";

/** A text replacement on the original file text (offsets in UTF-16 code units). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A fix described against the document, resolved to a TextEdit by the engine. */
export type FixSpec =
  | { kind: "replace-value"; path: JsonPath; json: unknown }
  | { kind: "rename-key"; path: JsonPath; newKey: string }
  | { kind: "remove-bom" };

export interface Diagnostic {
  file: string;
  ruleId: string;
  /** Which of the rule's messages this is (as ESLint reports it). */
  messageId?: string;
  severity: Severity;
  message: string;
  /** JSON Pointer (RFC 6901) of the node, "" for the document. */
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docsUrl?: string;
  fix?: TextEdit;
  /** Other places involved (cross-file rules). */
  related?: { file: string; line: number; column: number; message: string }[];
}

export type DocumentKind = "integration" | "action";

/** Why a problem is not reported: a config `suppress` entry or a baseline entry (ESLint's `suppressions`). */
export interface Suppression {
  kind: "config" | "baseline";
  justification: string;
}

/** A problem that was found but not reported, with why (ESLint's `suppressedMessages`). */
export interface SuppressedDiagnostic extends Diagnostic {
  suppressions: Suppression[];
}

/** A baseline entry that no problem matched any more: fixed, moved, or its file is gone. */
export interface StaleSuppression {
  /** Relative to the working folder, forward slashes. */
  file: string;
  ruleId: string;
  pointer: string;
  /** How many of the recorded problems were not found. */
  count: number;
}

export interface FileResult {
  file: string;
  kind: DocumentKind | "skipped" | "unparsed";
  diagnostics: Diagnostic[];
  /** Problems found but suppressed by config or baseline; not counted, not reported as problems. */
  suppressed?: SuppressedDiagnostic[];
  /** Source text, kept so formatters and fixers can show or edit it. */
  source?: string;
  /** Output after fixes were applied (only when fixing). */
  output?: string;
}

export interface LintSummary {
  results: FileResult[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Number of suppressed problems over all results (config suppressions and baseline). */
  suppressedCount?: number;
  /** Baseline entries no problem matched (with `baseline`): they do not fail the run. */
  staleSuppressions?: StaleSuppression[];
}
