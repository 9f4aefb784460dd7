import type { DocumentKind, FixSpec, JsonPath, Severity, Target } from "../diagnostic.js";
import type { AuthFieldRef } from "../manifest/auth-fields.js";
import type { AuthenticationType, InputType } from "../manifest/vocabulary.js";
import type { TokenizedTemplate } from "../template/tokenize.js";
import type { Collections } from "./checks/value-provider.js";

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

/** Values a message template names as `{{name}}`. */
export type MessageData = Readonly<Record<string, string | number>>;

/**
 * What a rule reports: where (a JSON path, and which part of the node), which of its messages and the
 * values the message names. The engine writes the text, finds the position and applies the severity.
 */
export interface Report<M extends string = string> {
  path: JsonPath;
  /** Defaults to "value". */
  target?: Target;
  messageId: M;
  data?: MessageData;
  fix?: FixSpec;
  /** Another place involved (cross-file rules); its message is one of the rule's messages too. */
  related?: { file: string; path: JsonPath; target?: Target; messageId: M; data?: MessageData };
  /** Report in another file than the one being checked (cross-file rules). */
  file?: string;
  /** A lower severity for this report only, when the configured one is "error" (a check another file blocked). */
  downgrade?: "warning";
}

/** An action input that is an object (others are reported by value-type). */
export interface InputRef {
  /** 0-based, as in the JSON pointer; messages count from 1. */
  index: number;
  path: JsonPath;
  input: Record<string, unknown>;
  /** The canonical type; Text when `type` is absent, undefined when it is not a known type. */
  type: InputType | undefined;
}

/**
 * The parts of a document several rules ask for, computed by the engine on first request and kept for
 * that document only (rules keep no module-level caches).
 */
export interface DocumentParts {
  /** The integration's auth fields, in either shape. */
  authFields(): readonly AuthFieldRef[];
  /** The action's inputs that are objects. */
  inputs(): readonly InputRef[];
  /**
   * The integration's `authentication_type` read without regard to case (`OAuth2` is `oauth2`), or
   * undefined when it is missing or not one of the five; enum-value reports the case.
   */
  authenticationType(): AuthenticationType | undefined;
  /**
   * A `{{...}}` template of this document, tokenized once however many rules read it (a function
   * property, so it can be handed on as it is).
   */
  readonly tokenized: (template: string) => TokenizedTemplate;
  /** The value-provider collections, built in and configured (merged once per settings, not per document). */
  collections(): Collections;
  /**
   * A rule's own per-document analysis, computed on the first request: `compute` is a module-level
   * function of the context, and is its own key (so asking again allocates nothing).
   */
  memo<T>(compute: (ctx: DocumentContext) => T): T;
}

export interface DocumentContext<M extends string = string> extends DocumentParts {
  file: string;
  kind: DocumentKind;
  value: Record<string, unknown>;
  settings: RuleSettings;
  report(report: Report<M>): void;
}

export interface ProjectDocument {
  file: string;
  kind: DocumentKind;
  value: Record<string, unknown>;
  /** The file's text, for documents found outside the run (so positions can be given for them). */
  text?: string;
  /**
   * Set for an integration found outside the run that cannot be parsed: `value` holds only the `name` a
   * tolerant parse read, if any (the run's own such files are in ProjectContext.blocked).
   */
  unparsed?: true;
}

/**
 * A file of the run that looks like an integration but could not be parsed. Its `name` is read with a
 * tolerant parser when it can be; cross-file rules do not fail actions because of it.
 */
export interface BlockedIntegration {
  file: string;
  /** The name recovered by a tolerant parse, if any. */
  name: string | undefined;
}

export interface ProjectContext<M extends string = string> {
  documents: readonly ProjectDocument[];
  /** Integration files of the run that failed to parse. */
  blocked: readonly BlockedIntegration[];
  /** Integrations found outside the run (configured roots), to resolve providers when a hook passes one file. */
  externalIntegrations: readonly ProjectDocument[];
  settings: RuleSettings;
  report(report: Report<M> & { file: string }): void;
  /** `file:line:column` of a node in any project document, for messages naming the other place. */
  where(doc: ProjectDocument, path: JsonPath, target?: Target): string;
}

export type RuleScope = "integration" | "action" | "manifest" | "project" | "file";

export interface RuleMeta<M extends string = string> {
  id: string;
  /** The default severity. */
  severity: Severity;
  fixable: boolean;
  /** One sentence: what the rule checks (the rules table, `td-integration rules`, SARIF). */
  description: string;
  /** Which documents it checks: one kind, every manifest, the whole run, or the file as read. */
  scope: RuleScope;
  /** Message templates by id; `{{name}}` is replaced with the report's data. */
  messages: Readonly<Record<M, string>>;
  /** The rule cannot be turned off (a file that cannot be read has nothing else to check). */
  alwaysOn?: boolean;
}

export interface DocumentRule<M extends string = string> {
  meta: RuleMeta<M> & { scope: "integration" | "action" | "manifest" };
  check(ctx: DocumentContext<M>): void;
}

export interface ProjectRule<M extends string = string> {
  meta: RuleMeta<M> & { scope: "project" };
  check(ctx: ProjectContext<M>): void;
}

/** Rules the document loader reports while reading and parsing, before any document rule runs. */
export interface FileRule<M extends string = string> {
  meta: RuleMeta<M> & { scope: "file" };
}

export type Rule = DocumentRule | ProjectRule | FileRule;

export const DOCS_BASE_URL = "https://github.com/td-integration/td-integration/blob/main/docs/rules";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}/${ruleId}.md`;
}

/** Defines a rule; the identity function that gives `check` its message ids as types. */
export function defineRule<M extends string>(rule: DocumentRule<M>): DocumentRule<M>;
export function defineRule<M extends string>(rule: ProjectRule<M>): ProjectRule<M>;
export function defineRule<M extends string>(rule: FileRule<M>): FileRule<M>;
export function defineRule(rule: Rule): Rule {
  return rule;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** A message template with its data filled in; placeholders without data stay as written (`{{contact.email}}`). */
export function formatMessage(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}
