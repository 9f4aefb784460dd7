import type { JsonPath } from "../lint/types.js";
import { type TokenizedTemplate, tokenize } from "../template/tokenize.js";
import { checkValueProvider, type ProviderProblem } from "../template/value-providers.js";
import { actionInputs, cachedAuthFields, collectionsFor, documentRule, quote } from "./helpers.js";
import type { DocumentContext } from "./types.js";

const MAX_CACHED = 2000;
const tokenCache = new Map<string, TokenizedTemplate>();

/** The shared tokenizer, memoised: the same few templates recur across thousands of files. */
export function tokenized(template: string): TokenizedTemplate {
  let result = tokenCache.get(template);
  if (!result) {
    if (tokenCache.size >= MAX_CACHED) tokenCache.clear();
    result = tokenize(template);
    tokenCache.set(template, result);
  }
  return result;
}

/** Every `format` that is a template: auth fields' and inputs'. */
function* templates(ctx: DocumentContext): Generator<{ path: JsonPath; text: string; input: boolean }> {
  if (ctx.kind === "action") {
    for (const { input, path } of actionInputs(ctx.value)) {
      if (typeof input.format === "string") yield { path: [...path, "format"], text: input.format, input: true };
    }
    return;
  }
  for (const field of cachedAuthFields(ctx.value)) {
    const format = field.field?.format;
    if (typeof format === "string") yield { path: [...field.fieldPath, "format"], text: format, input: false };
  }
}

export const templateSyntax = documentRule({
  id: "template-syntax",
  severity: "error",
  description: "{{...}} placeholders in auth and input formats are well formed (balanced double braces)",
  fixable: false,
  scope: "manifest",
  check(ctx) {
    for (const { path, text } of templates(ctx)) {
      if (!text.includes("{") && !text.includes("}")) continue;
      for (const error of tokenized(text).errors) {
        ctx.report({ path, message: `\`format\` ${quote(text)}: ${error.message}` });
      }
    }
  },
});

function providerProblems(ctx: DocumentContext, kind: "field" | "collection"): void {
  const collections = collectionsFor(ctx.settings);
  for (const { path, text, input } of templates(ctx)) {
    if (!input || !text.includes("{{")) continue;
    for (const token of tokenized(text).tokens) {
      if (token.type !== "placeholder") continue;
      const problem: ProviderProblem | undefined = checkValueProvider(token, collections);
      if (!problem) continue;
      if ((problem.kind === "unknown-collection") === (kind === "collection")) {
        ctx.report({ path, message: problem.message });
      }
    }
  }
}

export const valueProviderField = documentRule({
  id: "value-provider-field",
  severity: "error",
  description: "Value providers in input formats are {{collection.field}} with a field the collection has",
  fixable: false,
  scope: "action",
  check(ctx) {
    providerProblems(ctx, "field");
  },
});

export const valueProviderCollection = documentRule({
  id: "value-provider-collection",
  severity: "warning",
  description: "Value providers in input formats use a known collection (contact, or one declared in the config)",
  fixable: false,
  scope: "action",
  check(ctx) {
    providerProblems(ctx, "collection");
  },
});
