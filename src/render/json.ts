import type { Diagnostic } from "../diagnostic.js";
import { messageJson } from "../format/json.js";
import { actionsFor } from "./links.js";
import type {
  AuthFieldPreview,
  Expansion,
  Feature,
  InputPreview,
  PhrasePreview,
  RenderResult,
  TemplateRender,
} from "./types.js";

/**
 * Version of the JSON shape documented in docs/render-json.md. Adding a key keeps the version;
 * renaming, removing or changing the meaning of one bumps it.
 */
export const RENDER_JSON_VERSION = 2;

// Each object is built key by key (absent values as null) so the output keeps its documented shape
// whatever the internal types grow.

function expansionJson(e: Expansion | undefined) {
  if (!e) return null;
  return {
    template: e.template,
    result: e.result,
    complete: e.complete,
    values: e.values.map((v) => ({ name: v.name, value: v.value ?? null, source: v.source })),
  };
}

/** Lint's JSON shape (`td-integration lint --format json`): messages and counts. */
function diagnosticsJson(diagnostics: readonly Diagnostic[]) {
  return { messages: diagnostics.map(messageJson), ...count(diagnostics) };
}

function phraseJson(p: PhrasePreview | undefined) {
  if (!p) return null;
  return {
    original: p.original,
    rendered: p.rendered,
    steps: p.steps,
    comboBox: p.comboBox ? { text: p.comboBox.text, limit: p.comboBox.limit, truncated: p.comboBox.truncated } : null,
  };
}

function inputJson(i: InputPreview) {
  return {
    pointer: i.pointer,
    key: i.key ?? null,
    name: i.name ?? null,
    mandatory: i.mandatory,
    type: i.type ?? null,
    widget: i.widget,
    widgetLabel: i.widgetLabel,
    options: i.options ?? null,
    default: expansionJson(i.default),
  };
}

function authFieldJson(f: AuthFieldPreview) {
  return {
    pointer: f.pointer,
    name: f.name ?? null,
    display: f.display ?? null,
    help: f.help ?? null,
    mandatory: f.mandatory,
    filledBy: f.filledBy,
    masked: f.masked,
    store: f.store ?? null,
    format: expansionJson(f.format),
  };
}

function featureJson(f: Feature) {
  return { on: f.on, endpoint: f.endpoint ?? null };
}

function resultJson(result: RenderResult, all: readonly RenderResult[]) {
  const base = { file: result.file, kind: result.kind };
  const judged = diagnosticsJson(result.diagnostics);
  if (result.kind === "integration") {
    const i = result.integration;
    const actions = actionsFor(i.name, all).map(({ file, action }) => ({
      file,
      name: action.name ?? null,
      rendered: action.display?.rendered ?? null,
    }));
    return {
      ...base,
      integration: {
        name: i.name ?? null,
        displayName: i.displayName ?? null,
        description: i.description ?? null,
        authenticationType: i.authenticationType ?? null,
        signInForm: i.signInForm,
        authFields: i.authFields.map(authFieldJson),
        features: {
          contactSync: featureJson(i.features.contactSync),
          interactionRetrieval: {
            ...featureJson(i.features.interactionRetrieval),
            interactionTypes: i.features.interactionRetrieval.interactionTypes,
          },
          agentSync: featureJson(i.features.agentSync),
          authValidation: featureJson(i.features.authValidation),
          actions: { on: actions.length > 0, actions },
        },
      },
      ...judged,
    };
  }
  if (result.kind === "action") {
    const a = result.action;
    return {
      ...base,
      action: {
        provider: a.provider ?? null,
        name: a.name ?? null,
        endpoint: a.endpoint ?? null,
        display: phraseJson(a.display),
        description: phraseJson(a.description),
        inputs: a.inputs.map(inputJson),
      },
      ...judged,
    };
  }
  return { ...base, ...judged };
}

function count(diagnostics: readonly Diagnostic[]) {
  return {
    errorCount: diagnostics.filter((d) => d.severity === "error").length,
    warningCount: diagnostics.filter((d) => d.severity === "warning").length,
  };
}

/** The documented, versioned JSON of a render run (docs/render-json.md). */
export function formatRenderJson(results: RenderResult[]): string {
  const output = {
    version: RENDER_JSON_VERSION,
    files: results.map((r) => resultJson(r, results)),
    summary: {
      files: results.length,
      integrations: results.filter((r) => r.kind === "integration").length,
      actions: results.filter((r) => r.kind === "action").length,
      skipped: results.filter((r) => r.kind === "skipped").length,
      invalid: results.filter((r) => r.kind === "invalid").length,
      ...count(results.flatMap((r) => r.diagnostics)),
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** JSON of an ad hoc template (`render --format ... --json`). */
export function formatTemplateJson(render: TemplateRender): string {
  const output = {
    version: RENDER_JSON_VERSION,
    template: expansionJson(render.expansion),
    messages: render.diagnostics.map(messageJson),
    summary: count(render.diagnostics),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
