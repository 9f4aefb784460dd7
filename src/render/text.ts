import { Chalk, type ChalkInstance } from "chalk";
import stringWidth from "fast-string-width";
import { wrapAnsi } from "fast-wrap-ansi";
import type { Diagnostic } from "../diagnostic.js";
import { actionsFor } from "./links.js";
import type {
  ActionPreview,
  AuthFieldPreview,
  Expansion,
  InputPreview,
  IntegrationPreview,
  PhrasePreview,
  RenderResult,
  TemplateRender,
  TextOptions,
  ValueSource,
} from "./types.js";

const DEFAULT_WIDTH = 80;
/** Below this many columns for a value, the value goes on its own lines under the label. */
const MIN_VALUE_WIDTH = 24;
const LABEL_WIDTH = 10;

const SOURCE_LABELS: Record<ValueSource | "missing", string> = {
  sample: "built-in sample",
  "contact-file": "--contact file",
  set: "--set",
  missing: "no value",
};

const AUTH_TYPE_LABELS: Record<string, string> = {
  none: "no authentication",
  custom: "custom fields",
  oauth2: "OAuth 2.0, authorization code",
  oauth2_password: "OAuth 2.0, password",
  oauth2_client_credentials: "OAuth 2.0, client credentials",
};

const FILLED_BY_LABELS: Record<AuthFieldPreview["filledBy"], string> = {
  user: "the user",
  oauth: "the OAuth 2.0 provider",
  default: "a preset default",
  auth_validation: "the auth validation response",
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Lines of text that wrap to the width with hanging indents, so nothing breaks the layout in 80 columns. */
class Writer {
  readonly lines: string[] = [];

  constructor(
    readonly width: number,
    readonly c: ChalkInstance,
  ) {}

  blank(): void {
    if (this.lines.length > 0 && this.lines.at(-1) !== "") this.lines.push("");
  }

  /** `text` at `indent` (after `lead`, which is never wrapped), continuation lines at `hang`. */
  para(indent: number, text: string, hang = indent, lead = ""): void {
    const first = " ".repeat(indent) + lead;
    const rest = " ".repeat(hang);
    const wrapped = wrapAnsi(text, Math.max(MIN_VALUE_WIDTH, this.width - hang), { hard: true }).split("\n");
    wrapped.forEach((line, i) => {
      this.lines.push(i === 0 ? `${first}${line}`.trimEnd() : line === "" ? "" : `${rest}${line}`);
    });
  }

  /** `label  value` with the value wrapped in its own column. */
  row(indent: number, label: string, value: string, labelWidth = LABEL_WIDTH): void {
    const labelText = label + " ".repeat(Math.max(0, labelWidth - stringWidth(label)));
    const column = indent + stringWidth(labelText) + 2;
    if (this.width - column < MIN_VALUE_WIDTH) {
      if (label !== "") this.para(indent, label);
      if (value !== "") this.para(indent + 4, value);
      return;
    }
    const wrapped = wrapAnsi(value, this.width - column, { hard: true }).split("\n");
    wrapped.forEach((line, i) => {
      // An empty value gets no padding, so no line ends in spaces hidden inside colour codes.
      const shownLabel = this.c.dim(line === "" ? label : labelText);
      const prefix = i === 0 ? `${" ".repeat(indent)}${shownLabel}  ` : " ".repeat(column);
      this.lines.push(`${prefix}${line}`.trimEnd());
    });
  }

  /** Whether `value` fits on one line of a row at `indent`. */
  fits(indent: number, value: string, labelWidth = LABEL_WIDTH): boolean {
    return indent + labelWidth + 2 + stringWidth(value) <= this.width;
  }

  /**
   * Diagnostics as lint's stylish output lists them (`line:column  severity  message  rule-id`), each
   * with its docs link on the next line, never wrapped so it stays one link.
   */
  diagnostics(indent: number, diagnostics: readonly Diagnostic[]): void {
    const c = this.c;
    const positions = diagnostics.map((d) => `${d.line}:${d.column}`);
    const posWidth = Math.max(0, ...positions.map((p) => p.length));
    diagnostics.forEach((d, index) => {
      const pos = (positions[index] as string).padEnd(posWidth);
      const severity = d.severity === "error" ? c.red("error  ") : c.yellow("warning");
      const hang = indent + posWidth + 2 + 7 + 2;
      this.para(indent, `${d.message}  ${c.dim(d.ruleId)}`, hang, `${c.dim(pos)}  ${severity}  `);
      if (d.docsUrl) this.lines.push(`${" ".repeat(hang)}${c.dim(d.docsUrl)}`);
    });
  }
}

function highlightMissing(text: string, c: ChalkInstance): string {
  return text.replace(/⟨missing: [^⟩]*⟩/g, (marker) => c.red.bold(marker));
}

/** template -> values (and where each came from) -> result. */
function writeExpansion(out: Writer, indent: number, expansion: Expansion, resultLabel: string): void {
  const c = out.c;
  if (expansion.values.length > 0 || expansion.template !== expansion.result) {
    out.row(indent, "template", c.dim(expansion.template));
    const nameWidth = Math.max(...expansion.values.map((v) => stringWidth(v.name)), 0);
    expansion.values.forEach((v, i) => {
      const name = v.name + " ".repeat(nameWidth - stringWidth(v.name));
      const shown = v.value === undefined ? c.red("no value") : JSON.stringify(v.value);
      const source = v.source === "missing" ? "" : `  ${c.dim(`(${SOURCE_LABELS[v.source]})`)}`;
      const label = i === 0 ? "values" : "";
      if (out.fits(indent, `${name} = ${shown}${source}`)) out.row(indent, label, `${name} = ${shown}${source}`);
      else {
        // Keep "(built-in sample)" whole rather than wrapping it mid-phrase.
        out.row(indent, label, `${name} = ${shown}`);
        if (source) out.row(indent, "", source.trimStart());
      }
    });
  }
  out.row(indent, resultLabel, highlightMissing(expansion.result, c));
}

function writePhrase(out: Writer, phrase: PhrasePreview): void {
  const c = out.c;
  const [written, ...steps] = phrase.steps;
  out.row(4, phrase.field, written ?? JSON.stringify(phrase.original), 11);
  steps.forEach((step, i) => {
    out.row(4, "", `→ ${i === steps.length - 1 ? c.bold(step) : step}`, 11);
  });
  if (phrase.comboBox) {
    const note = phrase.comboBox.truncated ? c.dim(`  (cut at ${phrase.comboBox.limit} characters)`) : "";
    out.row(4, "combo-box", `"${phrase.comboBox.text}"${note}`, 11);
  }
}

function writeInput(out: Writer, input: InputPreview): void {
  const c = out.c;
  const mark = input.mandatory ? c.bold("*") : " ";
  const title = input.name ?? input.key ?? "(no name)";
  const details = [input.key !== undefined && input.key !== title ? input.key : undefined, input.widgetLabel]
    .filter(Boolean)
    .join(", ");
  out.para(4, `${c.bold(title)}  ${c.dim(`(${details})`)}`, 8, `${mark} `);
  if (input.options) {
    out.row(
      8,
      "options",
      input.options.length ? input.options.map((o) => (o === "" ? '""' : o)).join(" | ") : "(none)",
    );
  } else if (input.default) {
    writeExpansion(out, 8, input.default, "default");
  }
}

function writeAction(out: Writer, result: RenderResult & { kind: "action" }): void {
  const c = out.c;
  const action: ActionPreview = result.action;
  out.para(2, `action ${c.bold(action.name ?? "(no name)")}, provider ${action.provider ?? "(none)"}`, 4);
  out.blank();
  out.para(2, c.bold("Phrasing"));
  if (action.display) writePhrase(out, action.display);
  else out.row(4, "display", c.dim("(none)"), 11);
  if (action.description) writePhrase(out, action.description);
  else out.row(4, "description", c.dim("(none)"), 11);
  out.blank();
  if (action.inputs.length === 0) {
    out.para(2, `${c.bold("Input form")}  ${c.dim("(no inputs)")}`);
  } else {
    out.para(2, `${c.bold("Input form")}  ${c.dim(`(${plural(action.inputs.length, "input")}; * mandatory)`)}`);
    for (const input of action.inputs) writeInput(out, input);
  }
}

function writeAuthField(out: Writer, field: AuthFieldPreview): void {
  const c = out.c;
  const mark = field.mandatory ? c.bold("*") : " ";
  const title = field.display ?? field.name ?? "(no display)";
  const box = field.masked ? "masked text box" : "text box";
  const details =
    field.filledBy === "user"
      ? [field.name !== title ? field.name : undefined, box]
      : [field.name !== title ? field.name : undefined, `filled in by ${FILLED_BY_LABELS[field.filledBy]}`];
  out.para(4, `${c.bold(title)}  ${c.dim(`(${details.filter(Boolean).join(", ")})`)}`, 8, `${mark} `);
  if (field.help !== undefined) out.row(8, "help", field.help);
  if (field.format) writeExpansion(out, 8, field.format, "shows");
}

function writeFeature(out: Writer, on: boolean, name: string, detail: string): void {
  const c = out.c;
  const state = on ? c.green("on ") : c.dim("off");
  out.row(4, `${state}  ${name}`, detail, 27);
}

function writeIntegration(
  out: Writer,
  result: RenderResult & { kind: "integration" },
  all: readonly RenderResult[],
): void {
  const c = out.c;
  const integration: IntegrationPreview = result.integration;
  out.para(2, `integration ${c.bold(integration.name ?? "(no name)")}`, 4);
  out.blank();
  out.para(2, c.bold(integration.displayName ?? "(no display_name)"));
  if (integration.description !== undefined) out.para(4, integration.description);
  out.blank();
  const type = integration.authenticationType;
  // Read without regard to case, as lint's rules read it (lint reports the spelling).
  const typeLabel =
    type === undefined
      ? "no authentication_type"
      : (AUTH_TYPE_LABELS[type.toLowerCase()] ?? `unknown type ${JSON.stringify(type)}`);
  const userFields = integration.authFields.filter((f) => f.filledBy === "user");
  const otherFields = integration.authFields.filter((f) => f.filledBy !== "user");
  if (!integration.signInForm) {
    out.para(2, `${c.bold("Sign-in form")}  ${c.dim("(no sign-in form: authentication_type is none)")}`, 4);
  } else if (userFields.length === 0) {
    out.para(2, `${c.bold("Sign-in form")}  ${c.dim(`(${typeLabel}; nothing for the user to fill)`)}`, 4);
  } else {
    out.para(2, `${c.bold("Sign-in form")}  ${c.dim(`(${typeLabel}; * mandatory)`)}`, 4);
    for (const field of userFields) writeAuthField(out, field);
  }
  if (otherFields.length > 0) {
    out.blank();
    out.para(2, `${c.bold("Other auth fields")}  ${c.dim("(not on the form)")}`, 4);
    for (const field of otherFields) writeAuthField(out, field);
  }
  out.blank();
  out.para(2, c.bold("Features"));
  const { contactSync, interactionRetrieval, agentSync, authValidation } = integration.features;
  writeFeature(out, contactSync.on, "contact sync", contactSync.on ? "" : "no contact_synchronization_endpoint");
  writeFeature(
    out,
    interactionRetrieval.on,
    "interaction retrieval",
    interactionRetrieval.on
      ? interactionRetrieval.interactionTypes.length
        ? `types: ${interactionRetrieval.interactionTypes.join(", ")}`
        : "no interaction_types listed"
      : "no interaction_retrieval_endpoint",
  );
  writeFeature(out, agentSync.on, "agent sync (CTI)", agentSync.on ? "" : "no agent_synchronization_endpoint");
  writeFeature(out, authValidation.on, "auth validation", authValidation.on ? "" : "no auth_validation_endpoint");
  const actions = actionsFor(integration.name, all);
  const described = actions.map(
    ({ action }) => `${action.name ?? "(no name)"}: ${action.display?.rendered ?? "(no display)"}`,
  );
  writeFeature(out, actions.length > 0, "actions", described[0] ?? "none among the rendered files");
  for (const line of described.slice(1)) out.row(4, "", line, 27);
}

function writeDiagnostics(out: Writer, diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  out.blank();
  out.para(2, out.c.bold("Problems"));
  out.diagnostics(4, diagnostics);
}

function counts(results: readonly { diagnostics: Diagnostic[] }[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

function problemSummary(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return "no problems";
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

/** The preview for a terminal or a pipe: one block per file, then a summary line. */
export function formatRenderText(results: RenderResult[], options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out = new Writer(options.width ?? DEFAULT_WIDTH, c);
  const shown = results.filter((r) => r.kind !== "skipped");
  const skipped = results.filter((r) => r.kind === "skipped");
  for (const result of shown) {
    out.blank();
    out.para(0, c.bold.underline(result.file));
    if (result.kind === "action") writeAction(out, result);
    else if (result.kind === "integration") writeIntegration(out, result, results);
    else out.para(2, c.dim("(no preview: the file cannot be read as an integration or an action)"), 4);
    writeDiagnostics(out, result.diagnostics);
  }
  out.blank();
  const { errors, warnings } = counts(results);
  if (shown.length === 0) {
    out.para(0, "Nothing to render: no integration or action among the selected files.");
  } else {
    const integrations = shown.filter((r) => r.kind === "integration").length;
    const actions = shown.filter((r) => r.kind === "action").length;
    const invalid = shown.filter((r) => r.kind === "invalid").length;
    const kinds = [
      integrations ? plural(integrations, "integration") : "",
      actions ? plural(actions, "action") : "",
      invalid ? `${invalid} invalid` : "",
    ].filter(Boolean);
    const summary = `Rendered ${plural(shown.length, "file")} (${kinds.join(", ")}): ${problemSummary(errors, warnings)}.`;
    out.para(0, errors > 0 ? c.red(summary) : warnings > 0 ? c.yellow(summary) : summary, 2);
  }
  if (skipped.length > 0) {
    const names = skipped.slice(0, 3).map((r) => r.file);
    const more = skipped.length > 3 ? ` and ${skipped.length - 3} more` : "";
    out.para(0, c.dim(`Skipped ${names.join(", ")}${more}: not an integration or action.`), 2);
  }
  return `${out.lines.join("\n")}\n`;
}

/** An ad hoc template: template -> values -> result, then its problems. */
export function formatTemplateText(render: TemplateRender, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out = new Writer(options.width ?? DEFAULT_WIDTH, c);
  writeExpansion(out, 0, render.expansion, "result");
  if (render.diagnostics.length > 0) {
    out.blank();
    out.diagnostics(0, render.diagnostics);
  }
  return `${out.lines.join("\n")}\n`;
}
