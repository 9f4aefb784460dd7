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

/** A template that cannot be rendered (`render --format`; in files lint's template-syntax rule says it). */
export function templateSyntaxProblems(
  outcome: ExpandOutcome,
  where: { pointer: string; label: string },
): RenderProblem[] {
  return outcome.syntaxErrors.map((error) => ({
    severity: "error",
    code: "template-syntax",
    message: `${where.label} cannot be rendered: ${error.message}`,
    pointer: where.pointer,
  }));
}

/** Placeholders without a value: an error, or a warning with `--allow-missing`. */
export function missingValueProblems(
  outcome: ExpandOutcome,
  where: { pointer: string; label: string },
  allowMissing: boolean,
): RenderProblem[] {
  return outcome.missing.map(({ name, hint }) => ({
    severity: allowMissing ? "warning" : "error",
    code: "missing-value",
    message: `${where.label}: \`{{${name}}}\` has no value (${hint}); it is shown as ${missingMarker(name)}`,
    pointer: where.pointer,
  }));
}
