import type { JsonPath } from "../diagnostic.js";
import type { AuthFieldRef } from "../manifest/auth-fields.js";
import { type TokenizedTemplate, tokenize } from "../template/tokenize.js";
import { checkValueProvider, type ProviderProblem } from "../template/value-providers.js";
import { LatestCache } from "../util/latest-cache.js";
import type { LegacyDocumentContext as DocumentContext } from "./helpers.js";
import { actionInputs, cachedAuthFields, collectionsFor, documentRule, type InputRef, quote } from "./helpers.js";

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

export const templateSyntax = documentRule({
  id: "template-syntax",
  severity: "error",
  description: "{{...}} placeholders in auth and input formats are well formed (balanced double braces)",
  fixable: false,
  scope: "manifest",
  check(ctx) {
    // Every `format` that is a template: inputs' for an action, auth fields' for an integration.
    if (ctx.kind === "action") {
      const refs = actionInputs(ctx.value);
      for (let i = 0; i < refs.length; i++)
        checkSyntax(ctx, (refs[i] as InputRef).path, (refs[i] as InputRef).input.format);
      return;
    }
    const fields = cachedAuthFields(ctx.value);
    for (let i = 0; i < fields.length; i++) {
      checkSyntax(ctx, (fields[i] as AuthFieldRef).fieldPath, (fields[i] as AuthFieldRef).field?.format);
    }
  },
});

function checkSyntax(ctx: DocumentContext, objectPath: JsonPath, text: unknown): void {
  if (typeof text !== "string" || (!text.includes("{") && !text.includes("}"))) return;
  const { errors } = tokenized(text);
  if (errors.length === 0) return;
  const path = [...objectPath, "format"];
  for (const error of errors) ctx.report({ path, message: `\`format\` ${quote(text)}: ${error.message}` });
}

interface ProviderFinding {
  path: JsonPath;
  collection: boolean;
  message: string;
}

const NO_FINDINGS: ProviderFinding[] = [];
const findingsCache = new LatestCache<object, { collections: object; findings: ProviderFinding[] }>();

/** The value-provider problems of an action's input formats, found once for the two rules that report them. */
function providerFindings(ctx: DocumentContext): ProviderFinding[] {
  const collections = collectionsFor(ctx.settings);
  const cached = findingsCache.get(ctx.value);
  if (cached && cached.collections === collections) return cached.findings;
  let findings = NO_FINDINGS;
  for (const { input, path } of actionInputs(ctx.value)) {
    const text = input.format;
    if (typeof text !== "string" || !text.includes("{{")) continue;
    for (const token of tokenized(text).tokens) {
      if (token.type !== "placeholder") continue;
      const problem: ProviderProblem | undefined = checkValueProvider(token, collections);
      if (!problem) continue;
      if (findings === NO_FINDINGS) findings = [];
      findings.push({
        path: [...path, "format"],
        collection: problem.kind === "unknown-collection",
        message: problem.message,
      });
    }
  }
  findingsCache.set(ctx.value, { collections, findings });
  return findings;
}

function providerProblems(ctx: DocumentContext, kind: "field" | "collection"): void {
  for (const finding of providerFindings(ctx)) {
    if (finding.collection === (kind === "collection")) ctx.report({ path: finding.path, message: finding.message });
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
