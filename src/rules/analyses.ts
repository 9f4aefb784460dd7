import type { JsonPath } from "../diagnostic.js";
import { type PhraseField, type PhraseProblem, phraseProblems } from "./checks/phrase.js";
import { type SelectOptionsProblem, selectOptionsProblems } from "./checks/select-options.js";
import { type ValueProviderProblem, valueProviderProblem } from "./checks/value-provider.js";
import type { DocumentContext, InputRef } from "./types.js";

/**
 * The per-document analyses several rules share, each computed once per document through `ctx.memo`
 * (nothing is kept across documents).
 */

export interface PhraseFinding {
  field: PhraseField;
  original: string;
  problems: PhraseProblem[];
}

const FIELDS: readonly PhraseField[] = ["display", "description"];
const UPPER = /\p{Lu}/u;
const THEN = /^\s*then\b/i;

/**
 * True when no phrasing problem is possible: no capital anywhere (so no uppercase start or Title Case),
 * no leading "then", no trailing period, short enough. Most actions take this path and skip the analysis.
 */
function plainlyClean(text: string, field: PhraseField, limit: number): boolean {
  return (
    !UPPER.test(text) &&
    !text.trimEnd().endsWith(".") &&
    !THEN.test(text) &&
    (field !== "display" || text.length <= limit)
  );
}

/**
 * Reports the phrasing problems of one code, with the fix the analysis found (phrase rules differ only
 * in their code and messages).
 */
export function reportPhraseProblems(ctx: DocumentContext, code: PhraseProblem["code"]): void {
  const findings = phrasesOf(ctx);
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i] as (typeof findings)[number];
    const problems = finding.problems;
    for (let j = 0; j < problems.length; j++) {
      const problem = problems[j] as (typeof problems)[number];
      if (problem.code !== code) continue;
      const path = [finding.field];
      const fixed = "fixed" in problem ? problem.fixed : undefined;
      ctx.report({
        path,
        messageId: problem.messageId,
        data: problem.data,
        fix:
          fixed !== undefined && fixed !== finding.original ? { kind: "replace-value", path, json: fixed } : undefined,
      });
    }
  }
}

/** The phrasing problems of the action's `display` and `description` (an empty one is no-empty-value's). */
function phrasesOf(ctx: DocumentContext): readonly PhraseFinding[] {
  return ctx.memo(findPhrases);
}

function findPhrases(ctx: DocumentContext): readonly PhraseFinding[] {
  const limit = ctx.settings.displayMaxLength;
  const findings: PhraseFinding[] = [];
  for (let i = 0; i < FIELDS.length; i++) {
    const field = FIELDS[i] as (typeof FIELDS)[number];
    const text = ctx.value[field];
    if (typeof text !== "string" || text.trim() === "" || plainlyClean(text, field, limit)) continue;
    const problems = phraseProblems(text, field, limit);
    if (problems.length > 0) findings.push({ field, original: text, problems });
  }
  return findings;
}

export interface SelectFinding {
  ref: InputRef;
  problems: readonly SelectOptionsProblem[];
}

/**
 * The option-list problems of each Select input whose `format` is an option list (a JSON number is a
 * list of one; a value provider is select-value-provider's; a missing format is input-select-options').
 */
export function selectsOf(ctx: DocumentContext): readonly SelectFinding[] {
  return ctx.memo(findSelects);
}

function findSelects(ctx: DocumentContext): readonly SelectFinding[] {
  const findings: SelectFinding[] = [];
  const refs = ctx.inputs();
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as (typeof refs)[number];
    if (ref.type !== "Select") continue;
    const format = ref.input.format;
    if (typeof format !== "string" || format.includes("{{")) continue;
    const problems = selectOptionsProblems(format);
    if (problems.length > 0) findings.push({ ref, problems });
  }
  return findings;
}

export interface ProviderFinding {
  path: JsonPath;
  placeholder: string;
  problem: ValueProviderProblem;
}

/** The value-provider problems of the action's input formats, against the built-in and configured collections. */
export function providersOf(ctx: DocumentContext): readonly ProviderFinding[] {
  return ctx.memo(findProviders);
}

function findProviders(ctx: DocumentContext): readonly ProviderFinding[] {
  const findings: ProviderFinding[] = [];
  const refs = ctx.inputs();
  for (let i = 0; i < refs.length; i++) {
    const { input, path } = refs[i] as (typeof refs)[number];
    const text = input.format;
    if (typeof text !== "string" || !text.includes("{{")) continue;
    const tokens = ctx.tokenized(text).tokens;
    for (let j = 0; j < tokens.length; j++) {
      const token = tokens[j] as (typeof tokens)[number];
      if (token.type !== "placeholder") continue;
      const problem = valueProviderProblem(token.expression, ctx.collections());
      if (problem) findings.push({ path: [...path, "format"], placeholder: token.raw, problem });
    }
  }
  return findings;
}

/** How messages name an input: its key in back quotes, or its number counted from 1 ("input 2"). */
export function inputName(ref: InputRef): string {
  return typeof ref.input.key === "string" && ref.input.key !== "" ? `\`${ref.input.key}\`` : String(ref.index + 1);
}
