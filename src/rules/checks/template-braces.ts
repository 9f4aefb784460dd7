import {
  type BraceProblemCode,
  type TemplateError,
  type TokenizedTemplate,
  tokenize,
} from "../../template/tokenize.js";

export type { BraceProblemCode };

/**
 * What can be wrong with the braces of a `{{...}}` template, as codes with the values a message names
 * (the rules word them). Found by the shared tokenizer, so lint and render agree on every template.
 */

export interface BraceProblem {
  code: BraceProblemCode;
  /** `invalidPlaceholder`: the placeholder as written; `singleBraces`: as written and as it should be. */
  data: { written?: string; suggestion?: string };
  /** Offsets into the template. */
  start: number;
  end: number;
}

/** Whether the text can hold a brace problem at all (most formats have no brace). */
export function mayHaveBraces(text: string): boolean {
  return text.includes("{") || text.includes("}");
}

/** The brace problems of a tokenized template, in the order they appear. */
export function braceProblems(template: TokenizedTemplate | string): BraceProblem[] {
  const { errors } = typeof template === "string" ? tokenize(template) : template;
  return errors.map(toProblem);
}

function toProblem(error: TemplateError): BraceProblem {
  return { code: error.code, data: error.data, start: error.start, end: error.end };
}
