import type { BraceProblemCode } from "../rules/checks/template-braces.js";

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

export function tokenize(template: string): TokenizedTemplate {
  const tokens: TemplateToken[] = [];
  const errors: TemplateError[] = [];
  let text = "";
  let textStart = 0;
  const flushText = (end: number) => {
    if (text) tokens.push({ type: "text", value: text, start: textStart, end });
    text = "";
  };
  let i = 0;
  while (i < template.length) {
    if (template.startsWith("{{", i)) {
      const close = template.indexOf("}}", i + 2);
      const reopen = template.indexOf("{{", i + 2);
      if (close === -1 || (reopen !== -1 && reopen < close)) {
        errors.push({
          code: "unclosed",
          data: {},
          message: "`{{` is never closed: add `}}` after the value provider name",
          start: i,
          end: i + 2,
        });
        text += "{{";
        i += 2;
        continue;
      }
      const raw = template.slice(i, close + 2);
      const expression = template.slice(i + 2, close).trim();
      if (!EXPRESSION.test(expression)) {
        errors.push({
          code: expression ? "invalidPlaceholder" : "emptyPlaceholder",
          data: expression ? { written: raw } : {},
          message: expression
            ? `\`${raw}\` is not a valid placeholder: use names made of letters, digits and \`_\`, such as \`{{contact.email}}\``
            : "empty placeholder `{{}}`: put a name inside, such as `{{contact.email}}`",
          start: i,
          end: close + 2,
        });
        text += raw;
        i = close + 2;
        continue;
      }
      flushText(i);
      tokens.push({ type: "placeholder", raw, expression, segments: expression.split("."), start: i, end: close + 2 });
      i = close + 2;
      textStart = i;
      continue;
    }
    if (template.startsWith("}}", i)) {
      errors.push({ code: "unopened", data: {}, message: "`}}` has no opening `{{`", start: i, end: i + 2 });
      text += "}}";
      i += 2;
      continue;
    }
    if (!text) textStart = i;
    text += template[i];
    i++;
  }
  flushText(template.length);
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
  errors.sort((a, b) => a.start - b.start);
  return { tokens, errors };
}

export function placeholders(template: string): PlaceholderToken[] {
  return tokenize(template).tokens.filter((t): t is PlaceholderToken => t.type === "placeholder");
}

export function hasPlaceholder(template: string): boolean {
  return template.includes("{{");
}
