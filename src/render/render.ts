import type { Diagnostic } from "../diagnostic.js";
import { classify } from "../document/classify.js";
import { locate } from "../document/locate.js";
import { ParsedDocument } from "../document/parse.js";
import { DOCS_BASE_URL } from "../rules/types.js";
import { isPlainObject } from "../util/suggest.js";
import { renderAction } from "./action.js";
import { expandTemplate, missingValueProblems, templateSyntaxProblems } from "./expand.js";
import { renderIntegration } from "./integration.js";
import { fromPointer } from "./pointer.js";
import type { RenderOptions, RenderProblem, RenderResult, TemplateRender } from "./types.js";
import { looksLikeUrl, urlProblem } from "./url.js";
import { valueProviderLookup } from "./values.js";

/** Render's own problems have ids `render/<code>`, documented with the JSON shape. */
export const RENDER_RULE_PREFIX = "render/";
export const RENDER_DOCS_URL = `${DOCS_BASE_URL.replace(/\/rules$/, "")}/render-json.md#render-problems`;

function diagnostic(
  file: string,
  problem: RenderProblem,
  at: { line: number; column: number; endLine: number; endColumn: number },
): Diagnostic {
  return {
    file,
    ruleId: `${RENDER_RULE_PREFIX}${problem.code}`,
    severity: problem.severity,
    message: problem.message,
    pointer: problem.pointer,
    ...at,
    docsUrl: RENDER_DOCS_URL,
  };
}

/** A render problem placed as lint places a wrong value: at the value its pointer names. */
function placed(file: string, doc: ParsedDocument, problem: RenderProblem): Diagnostic {
  const span = locate(doc, fromPointer(problem.pointer), "value");
  const start = doc.lines.position(span.offset);
  const end = doc.lines.position(span.offset + span.length);
  return diagnostic(file, problem, {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  });
}

/**
 * Renders one file's text: an integration or action preview and the problems only rendering finds
 * (judging the format is lint's job: the caller adds lint's diagnostics). A text that does not parse
 * is previewed as far as a tolerant parse reads it.
 */
export function renderSource(file: string, text: string, options: RenderOptions = {}): RenderResult {
  const doc = new ParsedDocument(text);
  if (doc.body.trim() === "") return { file, kind: "invalid", diagnostics: [] };
  const value = doc.syntaxError ? doc.tolerantValue() : doc.value;
  if (!isPlainObject(value)) return { file, kind: "invalid", diagnostics: [] };
  const kind = classify(value);
  if (!kind) return { file, kind: doc.syntaxError ? "invalid" : "skipped", diagnostics: [] };
  if (kind === "integration") {
    const { integration, problems } = renderIntegration(value, options);
    return { file, kind, integration, diagnostics: problems.map((p) => placed(file, doc, p)) };
  }
  const { action, problems } = renderAction(value, options);
  return { file, kind, action, diagnostics: problems.map((p) => placed(file, doc, p)) };
}

/** Renders several files (render's own problems only; see renderSource). */
export function renderSources(
  sources: readonly { file: string; text: string }[],
  options: RenderOptions = {},
): RenderResult[] {
  return sources.map((source) => renderSource(source.file, source.text, options));
}

/** An ad hoc template (`render --format '{{contact.email}}'`), expanded like an action input's default. */
export function renderTemplate(template: string, options: RenderOptions = {}): TemplateRender {
  const outcome = expandTemplate(template, valueProviderLookup(options));
  const where = { pointer: "", label: "the template" };
  const problems = [
    ...templateSyntaxProblems(outcome, where),
    ...missingValueProblems(outcome, where, options.allowMissing === true),
  ];
  if (outcome.expansion.complete && looksLikeUrl(template)) {
    const reason = urlProblem(outcome.expansion.result);
    if (reason) {
      problems.push({
        severity: "error",
        code: "invalid-url",
        message: `the template expands to "${outcome.expansion.result}", which is not a usable URL: ${reason}`,
        pointer: "",
      });
    }
  }
  // A template is one line of its own: its problems are about the whole of it.
  const whole = { line: 1, column: 1, endLine: 1, endColumn: template.length + 1 };
  return { expansion: outcome.expansion, diagnostics: problems.map((p) => diagnostic("", p, whole)) };
}
