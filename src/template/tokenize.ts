/** What can be wrong with the braces of a template (src/rules/checks/template-braces.ts). */
export type BraceProblemCode = "unclosed" | "unopened" | "invalidPlaceholder" | "emptyPlaceholder" | "singleBraces";

/**
 * The one tokenizer for `{{...}}` templates, shared by lint rules (auth `format`, input `format`)
 * and by `render`. Offsets are into the template string.
 */
export interface TextToken {
  type: "text";
  value: string;
  start: number;
  end: number;
}

export interface PlaceholderToken {
  type: "placeholder";
  /** As written, braces included: `{{ contact.email }}`. */
  raw: string;
  /** Trimmed inner text: `contact.email`. */
  expression: string;
  /** `["contact", "email"]` */
  segments: string[];
  start: number;
  end: number;
}

export type TemplateToken = TextToken | PlaceholderToken;

export interface TemplateError {
  /** What is wrong, for lint (which words it itself); `message` is render's wording. */
  code: BraceProblemCode;
  data: { written?: string; suggestion?: string };
  message: string;
  start: number;
  end: number;
}

export interface TokenizedTemplate {
  tokens: TemplateToken[];
  errors: TemplateError[];
}

const EXPRESSION = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
const SINGLE_BRACES = /(?<!\{)\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*\}(?!\})/g;

const HAS_SINGLE_BRACES = new RegExp(SINGLE_BRACES.source);

/**
 * Splits a template into text and placeholders, with the brace mistakes found on the way. Text runs
 * are sliced from the template (every character that is not a well-formed placeholder is text, braces
 * of a mistake included), and each `{{`/`}}` is searched once, so a long template stays linear.
 */
export function tokenize(template: string): TokenizedTemplate {
  const tokens: TemplateToken[] = [];
  const errors: TemplateError[] = [];
  let textStart = 0;
  let i = 0;
  let open = template.indexOf("{{");
  let close = template.indexOf("}}");
  while (open !== -1 || close !== -1) {
    if (open === -1 || (close !== -1 && close < open)) {
      errors.push({ code: "unopened", data: {}, message: "`}}` has no opening `{{`", start: close, end: close + 2 });
      i = close + 2;
      close = template.indexOf("}}", i);
      continue;
    }
    i = open;
    // The `}}` after this `{{`, and the next `{{`: a `{{` before the `}}` leaves this one unclosed.
    if (close !== -1 && close < i + 2) close = template.indexOf("}}", i + 2);
    const reopen = template.indexOf("{{", i + 2);
    if (close === -1 || (reopen !== -1 && reopen < close)) {
      errors.push({
        code: "unclosed",
        data: {},
        message: "`{{` is never closed: add `}}` after the value provider name",
        start: i,
        end: i + 2,
      });
      open = reopen;
      continue;
    }
    const end = close + 2;
    const raw = template.slice(i, end);
    const expression = template.slice(i + 2, close).trim();
    if (!EXPRESSION.test(expression)) {
      errors.push({
        code: expression ? "invalidPlaceholder" : "emptyPlaceholder",
        data: expression ? { written: raw } : {},
        message: expression
          ? `\`${raw}\` is not a valid placeholder: use names made of letters, digits and \`_\`, such as \`{{contact.email}}\``
          : "empty placeholder `{{}}`: put a name inside, such as `{{contact.email}}`",
        start: i,
        end,
      });
    } else {
      if (i > textStart) tokens.push({ type: "text", value: template.slice(textStart, i), start: textStart, end: i });
      tokens.push({ type: "placeholder", raw, expression, segments: expression.split("."), start: i, end });
      textStart = end;
    }
    open = template.indexOf("{{", end);
    close = template.indexOf("}}", end);
  }
  if (template.length > textStart) {
    tokens.push({ type: "text", value: template.slice(textStart), start: textStart, end: template.length });
  }
  if (HAS_SINGLE_BRACES.test(template)) {
    for (const match of template.matchAll(SINGLE_BRACES)) {
      const start = match.index ?? 0;
      errors.push({
        code: "singleBraces",
        data: { written: match[0], suggestion: `{{${match[1]}}}` },
        message: `\`${match[0]}\` uses single braces: write \`{{${match[1]}}}\``,
        start,
        end: start + match[0].length,
      });
    }
  }
  if (errors.length > 1) errors.sort((a, b) => a.start - b.start);
  return { tokens, errors };
}

export function placeholders(template: string): PlaceholderToken[] {
  return tokenize(template).tokens.filter((t): t is PlaceholderToken => t.type === "placeholder");
}

export function hasPlaceholder(template: string): boolean {
  return template.includes("{{");
}
