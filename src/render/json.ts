import { actionsFor } from "./links.js";
import type {
  AuthFieldPreview,
  Expansion,
  Feature,
  InputPreview,
  PhrasePreview,
  RenderProblem,
  RenderResult,
  TemplateRender,
} from "./types.js";

/**
 * Version of the JSON shape documented in docs/render-json.md. Adding a key keeps the version;
 * renaming, removing or changing the meaning of one bumps it.
 */
export const RENDER_JSON_VERSION = 1;

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

function problemJson(p: RenderProblem) {
  return {
    severity: p.severity,
    code: p.code,
    message: p.message,
    pointer: p.pointer,
    line: p.line ?? null,
    column: p.column ?? null,
  };
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
  const problems = result.problems.map(problemJson);
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
      problems,
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
      problems,
    };
  }
  return { ...base, problems };
}

function count(problems: readonly RenderProblem[]) {
  return {
    errorCount: problems.filter((p) => p.severity === "error").length,
    warningCount: problems.filter((p) => p.severity === "warning").length,
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
      ...count(results.flatMap((r) => r.problems)),
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** JSON of an ad hoc template (`render --format ... --json`). */
export function formatTemplateJson(render: TemplateRender): string {
  const output = {
    version: RENDER_JSON_VERSION,
    template: expansionJson(render.expansion),
    problems: render.problems.map(problemJson),
    summary: count(render.problems),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
