import { didYouMean, isPlainObject } from "../util/suggest.js";
import { type Answers, interpolate, isEmpty } from "./render.js";
import type { GroupQuestion, LeafQuestion, Question } from "./template.js";

/** A wrong answer: which question, the value given, and what is wrong with it. */
export interface AnswerProblem {
  id: string;
  message: string;
}

/** Thrown for answers that cannot be used (from flags, an answers file or a bad template). */
export class AnswerError extends Error {
  override name = "AnswerError";
  constructor(readonly problems: AnswerProblem[]) {
    super(problems.map((p) => p.message).join("\n"));
  }
}

/** Whether a question applies, given the answers so far; undefined while the answer it depends on is unknown. */
export function isActive(question: Question, answers: Answers): boolean | undefined {
  const when = question.when;
  if (!when) return true;
  const value = answers[when.id];
  if (value === undefined) return undefined;
  if (when.equals !== undefined && !same(value, when.equals)) return false;
  if (when.notEquals !== undefined && same(value, when.notEquals)) return false;
  if (when.includes !== undefined && !(Array.isArray(value) && value.includes(when.includes))) return false;
  return true;
}

/** Equal, strings without regard to case (as lint reads an input's `type`). */
function same(value: unknown, expected: string | boolean): boolean {
  return typeof value === "string" && typeof expected === "string"
    ? value.toLowerCase() === expected.toLowerCase()
    : value === expected;
}

/** The question's default with placeholders filled, or undefined when it names an unanswered question. */
export function defaultOf(question: Question, answers: Answers, item?: Answers): unknown {
  const value = question.default;
  if (typeof value !== "string") return value;
  const resolved = interpolate(value, (ref) =>
    ref.startsWith(".") ? { key: ref, value: item?.[ref.slice(1)] } : { key: ref, value: answers[ref] },
  );
  return resolved === "" ? undefined : resolved;
}

export function flagName(question: Question): string {
  return question.flag ?? question.id.replace(/_/g, "-");
}

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function label(question: Question, where: string): string {
  return `${where} (${question.message.replace(/[:?]\s*$/, "")})`;
}

/**
 * How a message names one item of a group answer, counted from 1: `--input 1` for a repeated flag
 * (the first `--input` given), `answers.json: inputs: input 1` for an answers file.
 */
export function itemLabel(where: string, itemName: string, index: number): string {
  return where.startsWith("--") ? `${where} ${index + 1}` : `${where}: ${itemName} ${index + 1}`;
}

/** An answer given before asking (a flag, an answers file, an API option) and where it came from. */
export interface GivenAnswer {
  raw: unknown;
  where: string;
}

/** Coerces the given answers of these questions, in question order, each id once. */
export function coerceGivenAnswers(
  questions: readonly Question[],
  given: (id: string) => GivenAnswer | undefined,
  answers: Answers,
): Answers {
  const out: Answers = {};
  for (const question of questions) {
    const entry = given(question.id);
    if (!entry || out[question.id] !== undefined) continue;
    out[question.id] = coerceAnswer(question, entry.raw, entry.where, answers);
  }
  return out;
}

/**
 * Turns a raw value (a flag's text, or any JSON from an answers file) into the answer's type.
 * Throws AnswerError with a message naming the value and what to give instead.
 */
export function coerceAnswer(
  question: Question,
  raw: unknown,
  where: string,
  answers: Answers = {},
  item?: { id: string; label: string },
): unknown {
  const fail = (message: string): never => {
    throw new AnswerError([
      { id: item?.id ?? question.id, message: `${item ? item.label : label(question, where)}: ${message}` },
    ]);
  };
  switch (question.type) {
    case "input":
    case "provider":
    case "value": {
      if (question.type === "value" && typeof raw === "number") return raw;
      if (typeof raw !== "string") return fail(`expected text, got ${JSON.stringify(raw)}`);
      const text = question.type === "value" ? raw : raw.trim();
      if (question.required && text === "") return fail("an answer is required");
      return text;
    }
    case "select": {
      if (typeof raw !== "string") return fail(`expected one of ${values(question).join(", ")}`);
      // An item's value is written into the file as given: lint judges it (`number` is a Number input).
      // Only a choice that steers init itself (which template) must be one of the choices.
      if (!values(question).includes(raw) && !item) {
        const suggestion = didYouMean(raw, values(question));
        return fail(
          `\`${raw}\` is not one of ${values(question).join(", ")}${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`,
        );
      }
      return raw;
    }
    case "checkbox": {
      const list = typeof raw === "string" ? splitList(raw) : raw;
      if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) {
        return fail(`expected a comma-separated list of ${values(question).join(", ")}`);
      }
      for (const v of list as string[]) {
        if (!values(question).includes(v)) {
          const suggestion = didYouMean(v, values(question));
          fail(
            `\`${v}\` is not one of ${values(question).join(", ")}${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`,
          );
        }
      }
      return [...new Set(list as string[])];
    }
    case "confirm": {
      if (typeof raw === "boolean") return raw;
      if (typeof raw === "string" && TRUE.has(raw.toLowerCase())) return true;
      if (typeof raw === "string" && FALSE.has(raw.toLowerCase())) return false;
      return fail(`expected true or false, got ${JSON.stringify(raw)}`);
    }
    case "list": {
      const list = typeof raw === "string" ? splitList(raw) : raw;
      if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) {
        return fail(`expected a comma-separated list, got ${JSON.stringify(raw)}`);
      }
      return (list as string[]).map((v) => v.trim()).filter((v) => v !== "");
    }
    case "group":
      return coerceGroup(question, raw, where, answers);
  }
}

function values(question: { choices: { value: string }[] }): string[] {
  return question.choices.map((c) => c.value);
}

function coerceGroup(question: GroupQuestion, raw: unknown, where: string, answers: Answers): Answers[] {
  const fail = (message: string, index?: number): never => {
    const at = index === undefined ? label(question, where) : itemLabel(where, question.itemName, index);
    throw new AnswerError([{ id: question.id, message: `${at}: ${message}` }]);
  };
  let items: unknown[];
  if (Array.isArray(raw)) items = raw;
  else if (typeof raw === "string") items = [raw];
  else return fail(`expected a list of ${question.itemName} objects`);
  const known = new Set(question.item.map((q) => q.id));
  return items.map((entry, index) => {
    let item = entry;
    if (typeof entry === "string") {
      try {
        item = JSON.parse(entry);
      } catch {
        fail(`not a JSON object: ${entry}; write it as ${groupExample(question)}`, index);
      }
    }
    if (!isPlainObject(item)) return fail(`must be a JSON object, such as ${groupExample(question)}`, index);
    for (const key of Object.keys(item)) {
      if (!known.has(key)) {
        const suggestion = didYouMean(key, known);
        fail(
          `unknown key \`${key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : `; known keys: ${[...known].join(", ")}`}`,
          index,
        );
      }
    }
    const out: Answers = {};
    for (const sub of question.item) {
      if (isActive(sub, out) === false) continue;
      if (out[sub.id] !== undefined) continue;
      const given = item[sub.id];
      if (given !== undefined && given !== null) {
        const at = `${itemLabel(where, question.itemName, index)} \`${sub.id}\``;
        out[sub.id] = coerceAnswer(sub, given, where, answers, { id: question.id, label: at });
        continue;
      }
      const fallback = defaultOf(sub, answers, out);
      if (fallback !== undefined) out[sub.id] = fallback;
      else if (sub.required) fail(`needs \`${sub.id}\` (${sub.message})`, index);
    }
    return out;
  });
}

/** An example answer, as text to put after a flag: the default when there is one, else the question's hint. */
export function exampleAnswer(question: Question, answers: Answers = {}): string {
  const fallback = defaultOf(question, answers);
  switch (question.type) {
    case "select":
      return typeof fallback === "string" ? fallback : (question.choices[0]?.value ?? "");
    case "checkbox":
      return (Array.isArray(fallback) ? fallback : values(question)).join(",");
    case "confirm":
      return String(typeof fallback === "boolean" ? fallback : true);
    case "list":
      return Array.isArray(fallback) && fallback.length > 0 ? fallback.join(",") : (question.hint ?? "a,b");
    case "group":
      return groupExample(question);
    default:
      return question.hint ?? (typeof fallback === "string" ? fallback : question.id);
  }
}

function groupExample(question: GroupQuestion): string {
  const example: Record<string, unknown> = {};
  for (const sub of question.item as LeafQuestion[]) {
    if (!sub.required && sub.default === undefined) continue;
    if (sub.type === "confirm") example[sub.id] = sub.default ?? true;
    else if (sub.type === "select") example[sub.id] = sub.default ?? sub.choices[0]?.value;
    else if (typeof sub.default === "string" && !sub.default.includes("${")) example[sub.id] = sub.default;
    else if (sub.default === undefined) example[sub.id] = sub.hint ?? sub.id;
  }
  return JSON.stringify(example);
}

/** One entry of the "missing answers" list: the question, an example answer, and what it is. */
export interface MissingAnswer {
  /** The question id, the key of an answers file. */
  id: string;
  /** The command-line flag of the question, without `--`. */
  flag: string;
  /** An example answer: the default, or a hint such as `mycrm`. */
  example: string;
  /** What the question asks, its allowed values and what `useDefaults` does with it. */
  about: string;
}

/** Describes a question nobody answered; `useDefaults` names the option that takes defaults (`--yes`). */
export function describeMissing(question: Question, answers: Answers, useDefaults: string): MissingAnswer {
  const notes: string[] = [];
  if (question.type === "select") notes.push(`one of: ${values(question).join(", ")}`);
  if (question.type === "checkbox") notes.push(`comma-separated, any of: ${values(question).join(", ")}`);
  if (question.type === "confirm") notes.push("true or false");
  if (question.type === "list") notes.push("comma-separated");
  if (question.type === "group") {
    notes.push(
      `JSON; repeat the flag for each ${question.itemName}${question.min > 0 ? `, at least ${question.min}` : ""}`,
    );
    const keys = question.item.map((q) => q.id);
    notes.push(`keys: ${[...new Set(keys)].join(", ")}`);
  }
  const fallback = defaultOf(question, answers);
  if (!isEmpty(fallback)) notes.push(`${useDefaults} takes ${JSON.stringify(fallback)}`);
  else if (question.type === "group" && question.min === 0) notes.push(`optional: ${useDefaults} adds none`);
  else if (!question.required && question.type !== "group") notes.push(`optional: ${useDefaults} leaves it out`);
  return {
    id: question.id,
    flag: flagName(question),
    example: exampleAnswer(question, answers),
    about: `${question.message.replace(/[:?]\s*$/, "")}${notes.length ? ` (${notes.join("; ")})` : ""}`,
  };
}
