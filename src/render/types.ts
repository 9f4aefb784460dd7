/** What `render` produces for one file: plain data, formatted by text.ts and json.ts. */
import type { Diagnostic } from "../diagnostic.js";

export type RenderSeverity = "error" | "warning";

/** Where a sample value came from. */
export type ValueSource = "sample" | "contact-file" | "set";

export interface RenderOptions {
  /** Contact fields overriding the built-in sample contact (from `--contact FILE.json`). */
  contact?: Readonly<Record<string, string>>;
  /** Name of the file `contact` came from, shown as the source of its values. */
  contactFile?: string;
  /** `--set` values by placeholder name: `contact.email`, `account`, `ticket.id`. They win over everything. */
  set?: Readonly<Record<string, string>>;
  /** A placeholder without a value is a warning instead of an error. */
  allowMissing?: boolean;
  /** Longest `display` a combo-box shows in full (default 30). */
  displayMaxLength?: number;
}

/**
 * A problem only rendering finds (lint has no rule for it): a placeholder without a value, an
 * expanded URL that does not parse. Reported as a Diagnostic whose rule id is `render/<code>`.
 */
export interface RenderProblem {
  severity: RenderSeverity;
  /** `missing-value`, `invalid-url`, `template-syntax` (listed in docs/render-json.md). */
  code: string;
  message: string;
  /** JSON Pointer of the value concerned ("" for the document). */
  pointer: string;
}

/** One `{{...}}` of a template and what it was replaced with. */
export interface PlaceholderValue {
  /** The name inside the braces: `contact.email`. */
  name: string;
  /** The value used; absent when there is none. */
  value?: string;
  source: ValueSource | "missing";
}

export interface Expansion {
  template: string;
  /** The expanded text; a placeholder without a value shows as a visible marker. */
  result: string;
  /** Each distinct placeholder, in order of first appearance. */
  values: PlaceholderValue[];
  /** True when every placeholder had a value and the template has no syntax error. */
  complete: boolean;
}

export interface PhrasePreview {
  field: "display" | "description";
  /** JSON Pointer of the phrase. */
  pointer: string;
  original: string;
  /** What the automation shows: "Then create a ticket". */
  rendered: string;
  /** Talkdesk's transformations in order, starting with the text as written. */
  steps: string[];
  /** For `display`: what the combo-box shows, truncated as the combo-box would. */
  comboBox?: { text: string; limit: number; truncated: boolean };
}

export type WidgetKind = "text" | "textarea" | "number" | "tel" | "url" | "datetime" | "select" | "unknown";

export interface InputPreview {
  pointer: string;
  key?: string;
  name?: string;
  mandatory: boolean;
  /** The `type` as written (absent: a Text input). */
  type?: string;
  widget: WidgetKind;
  /** Human wording of the widget: "one-line text box", "dropdown"... */
  widgetLabel: string;
  /** Dropdown options (Select only). */
  options?: string[];
  /** The default the form is pre-filled with (absent when there is none). */
  default?: Expansion;
}

export interface AuthFieldPreview {
  pointer: string;
  name?: string;
  display?: string;
  help?: string;
  mandatory: boolean;
  /** Who provides the value: the user on the form, the OAuth authority, a preset default, the auth validation. */
  filledBy: "user" | "oauth" | "default" | "auth_validation";
  /** Shown as a password box (a secret, judged by its type and name). */
  masked: boolean;
  store?: boolean;
  /** The `format` input mask, expanded with sample values. */
  format?: Expansion;
}

export interface Feature {
  on: boolean;
  endpoint?: string;
}

export interface IntegrationPreview {
  name?: string;
  displayName?: string;
  description?: string;
  /** `logo_url` and `icon_url` as written (the HTML views show them; a broken image shows its alt text). */
  logoUrl?: string;
  iconUrl?: string;
  /** As written. */
  authenticationType?: string;
  /** False when `authentication_type` is `none` (read without regard to case): Talkdesk shows no sign-in form. */
  signInForm: boolean;
  /** Empty when there is no sign-in form. */
  authFields: AuthFieldPreview[];
  features: {
    contactSync: Feature;
    interactionRetrieval: Feature & { interactionTypes: string[] };
    agentSync: Feature;
    authValidation: Feature;
  };
}

export interface ActionPreview {
  provider?: string;
  name?: string;
  endpoint?: string;
  display?: PhrasePreview;
  description?: PhrasePreview;
  inputs: InputPreview[];
}

interface ResultBase {
  file: string;
  /** Lint's diagnostics for the file, then render's own (`render/...`), in file order. */
  diagnostics: Diagnostic[];
}

export type RenderResult =
  | (ResultBase & { kind: "integration"; integration: IntegrationPreview })
  | (ResultBase & { kind: "action"; action: ActionPreview })
  /** A JSON object that is neither an integration nor an action. */
  | (ResultBase & { kind: "skipped" })
  /** Empty, not an object, unreadable, or too broken for a preview: `diagnostics` say why. */
  | (ResultBase & { kind: "invalid" });

/** An ad hoc template from the command line (`render --format '{{contact.email}}'`). */
export interface TemplateRender {
  expansion: Expansion;
  /** Render's own problems (`render/...`), placed on line 1 of the template; `file` is "". */
  diagnostics: Diagnostic[];
}

export interface TextOptions {
  color: boolean;
  /** Terminal width to wrap at (default 80). */
  width?: number;
}
