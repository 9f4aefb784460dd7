import { type PlaceholderToken, type TemplateError, tokenize } from "../template/tokenize.js";
import type { Expansion, PlaceholderValue, RenderProblem, ValueSource } from "./types.js";

export type Lookup = (token: PlaceholderToken) => { value: string; source: ValueSource } | { missing: string };

export interface ExpandOutcome {
  expansion: Expansion;
  /** Placeholders without a value, each with a sentence saying why and how to give one. */
  missing: { name: string; hint: string }[];
  syntaxErrors: TemplateError[];
}

/** The visible stand-in for a placeholder that has no value: never an empty string. */
export function missingMarker(name: string): string {
  return `⟨missing: ${name}⟩`;
}

/**
 * Replaces every `{{...}}` of `template` (found by the shared tokenizer) with its value, verbatim:
 * Talkdesk fills plain text boxes, so nothing is HTML-escaped.
 */
export function expandTemplate(template: string, lookup: Lookup): ExpandOutcome {
  const { tokens, errors } = tokenize(template);
  const values = new Map<string, PlaceholderValue>();
  const missing: { name: string; hint: string }[] = [];
  let result = "";
  for (const token of tokens) {
    if (token.type === "text") {
      result += token.value;
      continue;
    }
    const found = lookup(token);
    if ("missing" in found) {
      result += missingMarker(token.expression);
      if (!values.has(token.expression)) {
        missing.push({ name: token.expression, hint: found.missing });
        values.set(token.expression, { name: token.expression, source: "missing" });
      }
      continue;
    }
    result += found.value;
    if (!values.has(token.expression)) values.set(token.expression, { name: token.expression, ...found });
  }
  return {
    expansion: {
      template,
      result,
      values: [...values.values()],
      complete: missing.length === 0 && errors.length === 0,
    },
    missing,
    syntaxErrors: errors,
  };
}

/** Problems of one expansion: a syntax error is always an error; a missing value unless allowed. */
export function expansionProblems(
  outcome: ExpandOutcome,
  where: { pointer: string; label: string },
  allowMissing: boolean,
): RenderProblem[] {
  const problems: RenderProblem[] = [];
  for (const error of outcome.syntaxErrors) {
    problems.push({
      severity: "error",
      code: "template-syntax",
      message: `${where.label} cannot be rendered: ${error.message}`,
      pointer: where.pointer,
    });
  }
  for (const { name, hint } of outcome.missing) {
    problems.push({
      severity: allowMissing ? "warning" : "error",
      code: "missing-value",
      message: `${where.label}: \`{{${name}}}\` has no value (${hint}); it is shown as ${missingMarker(name)}`,
      pointer: where.pointer,
    });
  }
  return problems;
}
