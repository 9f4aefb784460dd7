import { classify, isManifestArray } from "../manifest/classify.js";
import { locate } from "../manifest/locate.js";
import { ParsedDocument } from "../manifest/parse.js";
import { syntaxMessage } from "../rules/json-syntax.js";
import { isPlainObject } from "../util/suggest.js";
import { renderAction } from "./action.js";
import { expandTemplate, expansionProblems } from "./expand.js";
import { renderIntegration } from "./integration.js";
import { fromPointer } from "./pointer.js";
import type { RenderOptions, RenderProblem, RenderResult, TemplateRender } from "./types.js";
import { looksLikeUrl, urlProblem } from "./url.js";
import { valueProviderLookup } from "./values.js";

function at(doc: ParsedDocument, offset: number): { line: number; column: number } {
  return doc.lines.position(offset);
}

function invalid(file: string, doc: ParsedDocument, message: string, offset: number): RenderResult {
  return {
    file,
    kind: "invalid",
    problems: [{ severity: "error", code: "invalid-file", message, pointer: "", ...at(doc, offset) }],
  };
}

/** Renders one file's text: an integration or action preview, or why there is none. */
export function renderSource(file: string, text: string, options: RenderOptions = {}): RenderResult {
  const doc = new ParsedDocument(text);
  if (doc.body.trim() === "") {
    return invalid(file, doc, "the file is empty; a manifest holds one JSON object (an integration or an action)", 0);
  }
  if (doc.syntaxError) {
    if (doc.isJsonc && classify(doc.value) === undefined) return { file, kind: "skipped", problems: [] };
    return invalid(file, doc, `invalid JSON: ${syntaxMessage(doc.syntaxError)}`, doc.syntaxError.offset);
  }
  const value = doc.value;
  if (!isPlainObject(value)) {
    return invalid(
      file,
      doc,
      isManifestArray(value)
        ? "the file holds a list of manifests; put each integration or action in a file of its own"
        : `the top level must be a JSON object (an integration or an action), not ${Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`}`,
      0,
    );
  }
  const kind = classify(value);
  if (!kind) return { file, kind: "skipped", problems: [] };
  if (kind === "integration") {
    const { integration, problems } = renderIntegration(value, options);
    return { file, kind, integration, problems: positioned(doc, problems) };
  }
  const { action, problems } = renderAction(value, options);
  return { file, kind, action, problems: positioned(doc, problems) };
}

/** Adds line and column to each problem, computed only for documents that have problems. */
function positioned(doc: ParsedDocument, problems: RenderProblem[]): RenderProblem[] {
  return problems.map((problem) => ({
    ...problem,
    ...at(doc, locate(doc, fromPointer(problem.pointer), "value").offset),
  }));
}

/** Renders several files. */
export function renderSources(
  sources: readonly { file: string; text: string }[],
  options: RenderOptions = {},
): RenderResult[] {
  return sources.map((source) => renderSource(source.file, source.text, options));
}

/** An ad hoc template (`render --format '{{contact.email}}'`), expanded like an action input's default. */
export function renderTemplate(template: string, options: RenderOptions = {}): TemplateRender {
  const outcome = expandTemplate(template, valueProviderLookup(options));
  const problems = expansionProblems(outcome, { pointer: "", label: "the template" }, options.allowMissing === true);
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
  return { expansion: outcome.expansion, problems };
}
