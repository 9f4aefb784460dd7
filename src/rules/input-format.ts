import type { InputType } from "../manifest/vocabulary.js";
import { describeValue } from "../util/describe.js";
import {
  actionInputs,
  documentRule,
  type InputRef,
  type LegacyDocumentContext,
  type LegacyMeta,
  likelyUrl,
  parseUrl,
  plainHttpProtocol,
  quote,
  type SelectOptions,
} from "./helpers.js";
import { tokenized } from "./templates.js";

/** How a string default is made: plain text, exactly one value provider, or text mixed with providers. */
type Shape = { kind: "literal" } | { kind: "provider" } | { kind: "mixed"; literal: string };

const LITERAL: Shape = { kind: "literal" };
const PROVIDER: Shape = { kind: "provider" };

function shapeOf(format: string): Shape {
  if (!format.includes("{{")) return LITERAL;
  const { tokens, errors } = tokenized(format.trim());
  if (errors.length > 0) return PROVIDER; // template-syntax reports it; do not guess here
  if (tokens.length === 1 && tokens[0]?.type === "placeholder") return PROVIDER;
  let literal = "";
  for (const t of tokens) literal += t.type === "text" ? t.value : "";
  return { kind: "mixed", literal };
}

type Check = (ctx: LegacyDocumentContext, ref: InputRef, format: unknown) => void;

function formatRule(meta: LegacyMeta, type: InputType, check: Check) {
  return documentRule({
    ...meta,
    scope: "action",
    check(ctx) {
      for (const ref of actionInputs(ctx.value)) {
        if (ref.type !== type) continue;
        check(ctx, ref, ref.input.format);
      }
    },
  });
}

function label(ref: InputRef): string {
  return typeof ref.input.key === "string" ? `input \`${ref.input.key}\`` : `input ${ref.index}`;
}

function report(ctx: LegacyDocumentContext, ref: InputRef, message: string): void {
  ctx.report({ path: [...ref.path, "format"], message });
}

const INTEGER = /^-?\d+$/;

export const inputNumberFormat = formatRule(
  {
    id: "input-number-format",
    severity: "error",
    description: "A Number input's format default is an integer or a value provider",
    fixable: false,
  },
  "Number",
  (ctx, ref, format) => {
    if (typeof format === "number") {
      if (!Number.isInteger(format)) {
        report(
          ctx,
          ref,
          `Number ${label(ref)} has the default ${format}, which is not an integer: use a whole number such as ${Math.round(format)}`,
        );
      }
      return;
    }
    if (typeof format !== "string" || format === "") return;
    const shape = shapeOf(format);
    if (shape.kind === "provider" || (shape.kind === "literal" && INTEGER.test(format))) return;
    report(
      ctx,
      ref,
      shape.kind === "mixed"
        ? `Number ${label(ref)} mixes text with a value provider in ${quote(format)}: a Number default is an integer or a single value provider`
        : `Number ${label(ref)} has the default ${quote(format)}, which is not an integer: write digits with an optional leading minus (such as \`3\`), or a value provider`,
    );
  },
);

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z|[+-](\d{2}):(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Why a Datetime default is wrong, or undefined when it is a valid timestamp. */
export function datetimeProblem(text: string): string | undefined {
  // Most defaults are valid: check the fixed-width fields in place, and build the match (and the
  // message) only for a problem.
  if (DATETIME.test(text) && fieldsInRange(text)) return undefined;
  const m = DATETIME.exec(text);
  if (!m) return "is not in an accepted format (YYYY-MM-DD, YYYY-MM-DDTHH:mm:ss, or that followed by Z or ±HH:MM)";
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `has month ${m[2]}, which does not exist`;
  if (day < 1 || day > daysInMonth(year, month)) return `is not a real date (${m[1]}-${m[2]} has no day ${m[3]})`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)) {
    return `has the time ${m[4]}:${m[5]}:${m[6]}, which does not exist`;
  }
  if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59))
    return `has the offset ${m[7]}, which does not exist`;
  return undefined;
}

/** Two digits at `at` as a number. */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/** The checks of datetimeProblem on a text DATETIME matches, reading the digits at their fixed places. */
function fieldsInRange(text: string): boolean {
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (text.length === 10) return true;
  if (twoDigits(text, 11) > 23 || twoDigits(text, 14) > 59 || twoDigits(text, 17) > 59) return false;
  // After the seconds: nothing, "Z", or an offset ±HH:MM.
  return text.length <= 20 || (twoDigits(text, 20) <= 23 && twoDigits(text, 23) <= 59);
}

export const inputDatetimeFormat = formatRule(
  {
    id: "input-datetime-format",
    severity: "error",
    description: "A Datetime input's format default is a real date in an accepted format, or a value provider",
    fixable: false,
  },
  "Datetime",
  (ctx, ref, format) => {
    if (typeof format === "number") {
      report(
        ctx,
        ref,
        `Datetime ${label(ref)} has ${describeValue(format)} as default: write a date string such as "2026-03-15"`,
      );
      return;
    }
    if (typeof format !== "string" || format === "") return;
    const shape = shapeOf(format);
    if (shape.kind === "provider") return;
    if (shape.kind === "mixed") {
      report(
        ctx,
        ref,
        `Datetime ${label(ref)} mixes text with a value provider in ${quote(format)}: use a date or a single value provider`,
      );
      return;
    }
    const problem = datetimeProblem(format);
    if (problem) report(ctx, ref, `Datetime ${label(ref)}: the default ${quote(format)} ${problem}`);
  },
);

function isAbsoluteUrl(text: string): boolean {
  if (plainHttpProtocol(text)) return true;
  const url = parseUrl(text);
  return url !== undefined && (url.host !== "" || url.protocol === "mailto:" || url.protocol === "tel:");
}

export const inputUrlFormat = formatRule(
  {
    id: "input-url-format",
    severity: "error",
    description: "A URL input's format default is an absolute URL or a value provider",
    fixable: false,
  },
  "URL",
  (ctx, ref, format) => {
    if (typeof format === "number") {
      report(ctx, ref, `URL ${label(ref)} has ${describeValue(format)} as default: write an absolute URL`);
      return;
    }
    if (typeof format !== "string" || format === "") return;
    const shape = shapeOf(format);
    if (shape.kind === "provider") return;
    // A template that starts with a provider may well expand to a full URL; only check what is written.
    if (shape.kind === "mixed" && format.trimStart().startsWith("{{")) return;
    const candidate = shape.kind === "mixed" ? format.replace(/\{\{[^}]*\}\}/g, "x") : format;
    if (isAbsoluteUrl(candidate)) return;
    const guess = shape.kind === "literal" ? likelyUrl(format) : undefined;
    report(
      ctx,
      ref,
      `URL ${label(ref)} has the default ${quote(format)}, which is not an absolute URL: ${
        guess ? `write \`${guess}\`` : "start it with a scheme such as https://"
      }, or use a value provider`,
    );
  },
);

const TEL = /^[0-9 +()-]*$/;

export const inputTelFormat = formatRule(
  {
    id: "input-tel-format",
    severity: "error",
    description: "A Tel input's format default has only digits, spaces, +, -, ( and ), or is a value provider",
    fixable: false,
  },
  "Tel",
  (ctx, ref, format) => {
    if (typeof format !== "string" || format === "") return;
    const shape = shapeOf(format);
    if (shape.kind === "provider") return;
    const text = shape.kind === "mixed" ? shape.literal : format;
    if (TEL.test(text) && (shape.kind === "mixed" || /\d/.test(text))) return;
    report(
      ctx,
      ref,
      `Tel ${label(ref)} has the default ${quote(format)}, which is not a phone number: use only digits, spaces, +, -, ( and ) (such as \`+1 (555) 010-0199\`), or a value provider such as \`{{contact.phone}}\``,
    );
  },
);

/** The option list of a Select input, split once for the rules that read it. */
function selectOptions(ref: InputRef): SelectOptions | undefined {
  if (ref.select === undefined) ref.select = splitOptions(ref.input.format) ?? null;
  return ref.select ?? undefined;
}

function splitOptions(format: unknown): SelectOptions | undefined {
  if (typeof format === "number") return { format: String(format), options: [String(format)] };
  if (typeof format !== "string" || format.includes("{{")) return undefined;
  return { format, options: format.split(",").map((o) => o.trim()) };
}

export const inputSelectOptions = formatRule(
  {
    id: "input-select-options",
    severity: "error",
    description: "A Select input's format is a comma-separated option list with no empty list or option",
    fixable: false,
  },
  "Select",
  (ctx, ref, format) => {
    if (format === undefined || format === null) {
      ctx.report({
        path: ref.path,
        target: "object",
        message: `Select ${label(ref)} has no \`format\`, so its dropdown has no options: add them as a comma-separated list, such as "low,normal,high"`,
      });
      return;
    }
    const select = selectOptions(ref);
    if (!select) return;
    if (select.format.trim() === "") {
      report(
        ctx,
        ref,
        `Select ${label(ref)} has an empty option list: write the options separated by commas, such as "low,normal,high"`,
      );
      return;
    }
    const empty = select.options.indexOf("");
    if (empty === -1) return;
    report(
      ctx,
      ref,
      `Select ${label(ref)}: the option list ${quote(select.format)} has an empty option (option ${empty + 1}); remove the extra comma`,
    );
  },
);

export const inputSelectDuplicates = formatRule(
  {
    id: "input-select-duplicates",
    severity: "warning",
    description: "A Select input's option list does not repeat an option",
    fixable: false,
  },
  "Select",
  (ctx, ref) => {
    const select = selectOptions(ref);
    if (!select) return;
    for (const option of repeatedOptions(select.options)) {
      report(
        ctx,
        ref,
        `Select ${label(ref)}: the option list ${quote(select.format)} has \`${option}\` more than once; remove the repeat`,
      );
    }
  },
);

const NO_OPTIONS: string[] = [];

/** Each non-empty option written more than once, in the order of its second occurrence. */
function repeatedOptions(options: readonly string[]): string[] {
  let repeated = NO_OPTIONS;
  if (options.length > 64) {
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const option of options) {
      if (option === "") continue;
      if (!seen.has(option)) seen.add(option);
      else if (!reported.has(option)) {
        reported.add(option);
        if (repeated === NO_OPTIONS) repeated = [];
        repeated.push(option);
      }
    }
    return repeated;
  }
  // Option lists are short: comparing with the earlier options allocates nothing.
  for (let i = 1; i < options.length; i++) {
    const option = options[i] as string;
    if (option === "" || occurrencesBefore(options, i, option) !== 1) continue;
    if (repeated === NO_OPTIONS) repeated = [];
    repeated.push(option);
  }
  return repeated;
}

function occurrencesBefore(options: readonly string[], end: number, option: string): number {
  let count = 0;
  for (let j = 0; j < end; j++) if (options[j] === option) count++;
  return count;
}

export const selectValueProvider = formatRule(
  {
    id: "select-value-provider",
    severity: "warning",
    description: "A Select input's format is its option list, not a value provider",
    fixable: false,
  },
  "Select",
  (ctx, ref, format) => {
    if (typeof format !== "string" || !format.includes("{{")) return;
    const shape = shapeOf(format);
    if (shape.kind === "literal") return;
    report(
      ctx,
      ref,
      `Select ${label(ref)} has ${quote(format)} as its option list: a Select's format lists its options ("low,normal,high"), so a value provider would show as one option; list the options, or make the input Text to default it from a value provider`,
    );
  },
);
