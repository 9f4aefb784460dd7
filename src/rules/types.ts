import type { DocumentKind, FixSpec, JsonPath, Severity, Target } from "../lint/types.js";

/** Options rules read; every field has a default (see DEFAULT_RULE_SETTINGS). */
export interface RuleSettings {
  /** Longest `display` a combo-box shows in full. */
  displayMaxLength: number;
  /** The integration needs CTI, so agent synchronization is mandatory. */
  cti: boolean;
  /** Value-provider collections and their fields. */
  collections: Record<string, readonly string[]>;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  displayMaxLength: 30,
  cti: false,
  collections: {},
};

export interface Report {
  path: JsonPath;
  /** Defaults to "value". */
  target?: Target;
  message: string;
  fix?: FixSpec;
  /** Another file involved, for cross-file rules. */
  related?: { file: string; path: JsonPath; target?: Target; message: string };
  /** Report in another file than the one being checked (cross-file rules). */
  file?: string;
}

export interface DocumentContext {
  file: string;
  kind: DocumentKind;
  value: Record<string, unknown>;
  settings: RuleSettings;
  report(report: Report): void;
}

export interface ProjectDocument {
  file: string;
  kind: DocumentKind;
  value: Record<string, unknown>;
  /** The file's text, for documents found outside the run (so positions can be given for them). */
  text?: string;
}

export interface ProjectContext {
  documents: readonly ProjectDocument[];
  /** Integrations found outside the run (configured roots), to resolve providers when a hook passes one file. */
  externalIntegrations: readonly ProjectDocument[];
  settings: RuleSettings;
  report(report: Report & { file: string }): void;
  /** `file:line:column` of a node in any project document, for messages naming the other place. */
  where(doc: ProjectDocument, path: JsonPath, target?: Target): string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  fixable: boolean;
}

export interface DocumentRule extends RuleMeta {
  scope: "integration" | "action" | "manifest";
  check(ctx: DocumentContext): void;
}

export interface ProjectRule extends RuleMeta {
  scope: "project";
  check(ctx: ProjectContext): void;
}

/** Rules the engine reports itself, before any document rule runs (parsing, document shape). */
export interface BuiltinRule extends RuleMeta {
  scope: "file";
}

export type Rule = DocumentRule | ProjectRule | BuiltinRule;

export const DOCS_BASE_URL = "https://github.com/td-integration/td-integration/blob/main/docs/rules";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}/${ruleId}.md`;
}
