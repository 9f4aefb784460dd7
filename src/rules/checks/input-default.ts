import type { InputType } from "../../manifest/vocabulary.js";
import { type TokenizedTemplate, tokenize } from "../../template/tokenize.js";
import { type DatetimeProblem, datetimeProblem } from "./datetime.js";
import { likelyUrl, parseUrl, plainHttpProtocol } from "./url.js";

/**
 * What is wrong with the default (`format`) of a Number, Datetime, URL or Tel input, as a code and the
 * values a message names. Every type also takes a single value provider (`{{contact.phone}}`).
 * - notInteger: a JSON number with a fraction (`rounded` is the nearest integer)
 * - notIntegerText: a string other than digits with an optional leading minus
 * - mixedWithProvider: text and a value provider together, where the type takes one or the other
 * - numberNotString: a JSON number where a string is needed (Datetime, URL)
 * - the Datetime problems of datetime.ts
 * - notAbsoluteUrl: not an absolute URL (`suggestion` when the author plainly meant one: `www.x.com`)
 * - notPhoneNumber: characters other than digits, spaces, `+`, `-`, `(` and `)`, or no digit at all (a JSON
 *   number with a fraction or an exponent too)
 */
export type InputDefaultProblem =
  | { code: "notInteger"; rounded: number }
  | { code: "notIntegerText" }
  | { code: "mixedWithProvider" }
  | { code: "numberNotString" }
  | DatetimeProblem
  | { code: "notAbsoluteUrl"; suggestion?: string }
  | { code: "notPhoneNumber" };

/** How a string default is made: plain text, exactly one value provider, or text mixed with providers. */
type Shape = { kind: "literal" } | { kind: "provider" } | { kind: "mixed"; literal: string };

const LITERAL: Shape = { kind: "literal" };
const PROVIDER: Shape = { kind: "provider" };

function shapeOf(format: string, tokenized: (template: string) => TokenizedTemplate): Shape {
  if (!format.includes("{{")) return LITERAL;
  const { tokens, errors } = tokenized(format.trim());
  if (errors.length > 0) return PROVIDER; // template-syntax reports it; do not guess here
  if (tokens.length === 1 && tokens[0]?.type === "placeholder") return PROVIDER;
  let literal = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as (typeof tokens)[number];
    if (token.type === "text") literal += token.value;
  }
  return { kind: "mixed", literal };
}

/**
 * The problem of an input's default, or undefined when it is fine, absent (`""`, null, missing) or of a
 * type value-type reports. `tokenized` lets a rule share its tokenized templates.
 */
export function inputDefaultProblem(
  type: InputType | undefined,
  format: unknown,
  tokenized: (template: string) => TokenizedTemplate = tokenize,
): InputDefaultProblem | undefined {
  switch (type) {
    case "Number":
      return numberProblem(format, tokenized);
    case "Datetime":
      return datetimeDefaultProblem(format, tokenized);
    case "URL":
      return urlProblem(format, tokenized);
    case "Tel":
      return telProblem(format, tokenized);
    default:
      return undefined;
  }
}

const INTEGER = /^-?\d+$/;

function numberProblem(format: unknown, tokenized: (t: string) => TokenizedTemplate): InputDefaultProblem | undefined {
  if (typeof format === "number") {
    return Number.isInteger(format) ? undefined : { code: "notInteger", rounded: Math.round(format) };
  }
  if (typeof format !== "string" || format === "") return undefined;
  const shape = shapeOf(format, tokenized);
  if (shape.kind === "provider" || (shape.kind === "literal" && INTEGER.test(format))) return undefined;
  return shape.kind === "mixed" ? { code: "mixedWithProvider" } : { code: "notIntegerText" };
}

function datetimeDefaultProblem(
  format: unknown,
  tokenized: (t: string) => TokenizedTemplate,
): InputDefaultProblem | undefined {
  if (typeof format === "number") return { code: "numberNotString" };
  if (typeof format !== "string" || format === "") return undefined;
  const shape = shapeOf(format, tokenized);
  if (shape.kind === "provider") return undefined;
  if (shape.kind === "mixed") return { code: "mixedWithProvider" };
  return datetimeProblem(format);
}

function isAbsoluteUrl(text: string): boolean {
  if (plainHttpProtocol(text)) return true;
  const url = parseUrl(text);
  return url !== undefined && (url.host !== "" || url.protocol === "mailto:" || url.protocol === "tel:");
}

function urlProblem(format: unknown, tokenized: (t: string) => TokenizedTemplate): InputDefaultProblem | undefined {
  if (typeof format === "number") return { code: "numberNotString" };
  if (typeof format !== "string" || format === "") return undefined;
  const shape = shapeOf(format, tokenized);
  if (shape.kind === "provider") return undefined;
  // A template that starts with a provider may well expand to a full URL; only check what is written.
  if (shape.kind === "mixed" && format.trimStart().startsWith("{{")) return undefined;
  const candidate = shape.kind === "mixed" ? format.replace(/\{\{[^}]*\}\}/g, "x") : format;
  if (isAbsoluteUrl(candidate)) return undefined;
  const suggestion = shape.kind === "literal" ? likelyUrl(format) : undefined;
  return suggestion ? { code: "notAbsoluteUrl", suggestion } : { code: "notAbsoluteUrl" };
}

const TEL = /^[0-9 +()-]*$/;
const DIGIT = /\d/;

function telProblem(format: unknown, tokenized: (t: string) => TokenizedTemplate): InputDefaultProblem | undefined {
  // A JSON number is read as the digits it is written with: 5550100 is fine, 555.01 is not.
  if (typeof format === "number") return TEL.test(String(format)) ? undefined : { code: "notPhoneNumber" };
  if (typeof format !== "string" || format === "") return undefined;
  const shape = shapeOf(format, tokenized);
  if (shape.kind === "provider") return undefined;
  const text = shape.kind === "mixed" ? shape.literal : format;
  if (TEL.test(text) && (shape.kind === "mixed" || DIGIT.test(text))) return undefined;
  return { code: "notPhoneNumber" };
}
