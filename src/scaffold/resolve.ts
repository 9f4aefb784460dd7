import { CONTACT_FIELDS } from "../manifest/vocabulary.js";
import { AnswerError, coerceAnswer, defaultOf, isActive } from "./questions.js";
import type { Answers } from "./render.js";
import type { GroupQuestion, LeafQuestion, Question } from "./template.js";

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

/**
 * The prompts the flow needs. The CLI implements them with inquirer; tests inject scripted ones.
 * `validate` returns true or the message to show inline.
 */
export interface Asker {
  input(options: { message: string; default?: string; validate?: (value: string) => string | true }): Promise<string>;
  select<T extends string>(options: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox(options: {
    message: string;
    choices: (Choice<string> & { checked?: boolean })[];
    validate?: (values: readonly string[]) => string | true;
  }): Promise<string[]>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
}

export interface ResolveOptions {
  /** Answers from flags and the answers file, already coerced. */
  given: Answers;
  /** Absent: no terminal, so a missing answer is reported instead of asked. */
  ask?: Asker;
  /** Take defaults (and leave optional answers out) instead of asking. */
  yes: boolean;
  /** Lint-level problems of one answer (see answerProblems); none when absent. */
  validate?: (answers: Answers, key: string) => string[];
  /** Integration names offered for provider questions. */
  providers?: readonly string[];
}

export interface Resolution {
  answers: Answers;
  /** Questions that needed an answer nobody gave (never set when `ask` is given). */
  missing: Question[];
}

const OTHER = "\u0000other";
const NO_DEFAULT = "\u0000none";

/** Walks the questions in order: given answers first, then defaults (--yes), then prompts. */
export async function resolveQuestions(
  questions: readonly Question[],
  options: ResolveOptions,
  answers: Answers = {},
): Promise<Resolution> {
  const missing: Question[] = [];
  const validate = options.validate ?? (() => []);
  for (const question of questions) {
    if (answers[question.id] !== undefined) continue;
    const active = isActive(question, answers);
    if (active !== true) continue;
    if (options.given[question.id] !== undefined) {
      answers[question.id] = options.given[question.id];
      const problems = problemsOf(question, answers, validate);
      if (problems.length > 0) throw new AnswerError(problems.map((message) => ({ id: question.id, message })));
      continue;
    }
    const fallback = defaultOf(question, answers);
    const defaultProblems =
      fallback === undefined ? [] : problemsOf(question, { ...answers, [question.id]: fallback }, validate);
    if (options.yes && fallback !== undefined && defaultProblems.length === 0) {
      answers[question.id] = fallback;
      continue;
    }
    if (options.yes && fallback !== undefined && !options.ask) {
      throw new AnswerError(
        defaultProblems.map((message) => ({
          id: question.id,
          message: `the default ${JSON.stringify(fallback)} (made from your other answers) does not pass: ${message}`,
        })),
      );
    }
    if (options.yes && !question.required && fallback === undefined) {
      if (question.type === "group" && question.min > 0) {
        // a group that needs items cannot be skipped
      } else {
        if (question.type === "group") answers[question.id] = [];
        continue;
      }
    }
    if (!options.ask) {
      // A default waiting on another missing answer resolves once that one is given.
      if (!(options.yes && dependsOn(question, missing))) missing.push(question);
      continue;
    }
    answers[question.id] =
      question.type === "group"
        ? await askGroup(question, answers, options.ask, validate)
        : await askLeaf(question, answers, options.ask, validate, question.id, undefined, options.providers);
  }
  return { answers, missing };
}

function dependsOn(question: Question, missing: readonly Question[]): boolean {
  if (typeof question.default !== "string") return false;
  const refs = [...question.default.matchAll(/\$\{([a-z][a-z0-9_]*)/g)].map((m) => m[1]);
  return refs.length > 0 && refs.some((ref) => missing.some((q) => q.id === ref));
}

/** Lint problems of an answer and, for a group, of each item's answers. */
function problemsOf(question: Question, answers: Answers, validate: (a: Answers, key: string) => string[]): string[] {
  const problems = validate(answers, question.id);
  const value = answers[question.id];
  if (question.type === "group") {
    if (Array.isArray(value) && value.length < question.min) {
      problems.push(`add at least ${question.min} ${question.itemName}${question.min === 1 ? "" : "s"}`);
    }
    (Array.isArray(value) ? value : []).forEach((item, index) => {
      for (const sub of question.item) {
        if ((item as Answers)[sub.id] === undefined) continue;
        for (const message of validate(answers, `${question.id}/${index}/${sub.id}`)) {
          problems.push(`${question.itemName} ${index + 1} \`${sub.id}\`: ${message}`);
        }
      }
    });
  }
  return problems;
}

function check(
  question: LeafQuestion,
  raw: unknown,
  candidate: (value: unknown) => Answers,
  key: string,
  validate: (a: Answers, key: string) => string[],
  answers: Answers,
): string | true {
  let value: unknown;
  try {
    value = coerceAnswer(question, raw, "answer", answers);
  } catch (error) {
    if (error instanceof AnswerError)
      return error.problems.map((p) => p.message.replace(/^answer \(.*?\): /, "")).join("; ");
    throw error;
  }
  if (question.type === "input" && question.required && value === "") return "an answer is required";
  const problems = validate(candidate(value), key);
  return problems.length > 0 ? problems.join("; ") : true;
}

async function askLeaf(
  question: LeafQuestion,
  answers: Answers,
  ask: Asker,
  validate: (a: Answers, key: string) => string[],
  key: string,
  item: { group: string; index: number; items: Answers[]; answers: Answers } | undefined,
  providers: readonly string[] = [],
  prefix = "",
): Promise<unknown> {
  const candidate = (value: unknown): Answers => {
    if (!item) return { ...answers, [question.id]: value };
    const current = { ...item.answers, [question.id]: value };
    return { ...answers, [item.group]: [...item.items.slice(0, item.index), current] };
  };
  const fallback = defaultOf(question, answers, item?.answers);
  const message = `${prefix}${question.message}`;
  const textPrompt = async (def: unknown) => {
    const raw = await ask.input({
      message,
      default: def === undefined ? undefined : Array.isArray(def) ? def.join(", ") : String(def),
      validate: (v) => check(question, v, candidate, key, validate, answers),
    });
    return coerceAnswer(question, raw, "answer", answers);
  };
  switch (question.type) {
    case "input":
    case "list":
      return textPrompt(fallback);
    case "provider": {
      const names = [...new Set([...(typeof fallback === "string" ? [fallback] : []), ...providers])];
      if (names.length === 0) return textPrompt(fallback);
      const picked = await ask.select<string>({
        message,
        choices: [
          ...names.map((name) => ({ value: name, name })),
          { value: OTHER, name: "another integration (type its name)" },
        ],
        default: typeof fallback === "string" ? fallback : names[0],
      });
      return picked === OTHER ? textPrompt(undefined) : picked;
    }
    case "value": {
      const picked = await ask.select<string>({
        message,
        choices: [
          { value: NO_DEFAULT, name: "no default" },
          ...CONTACT_FIELDS.map((field) => ({
            value: `{{contact.${field}}}`,
            name: `{{contact.${field}}}`,
            description: `the contact's ${field.replace(/_/g, " ")}`,
          })),
          { value: OTHER, name: "type a value (text, or a template such as Call from {{contact.first_name}})" },
        ],
        default: typeof fallback === "string" && fallback.startsWith("{{contact.") ? fallback : NO_DEFAULT,
      });
      if (picked === NO_DEFAULT) return "";
      if (picked === OTHER) return textPrompt(fallback);
      // A provider can still be wrong for the input's type; then let the user type instead.
      return check(question, picked, candidate, key, validate, answers) === true ? picked : textPrompt(picked);
    }
    case "select": {
      const picked = await ask.select<string>({
        message,
        choices: question.choices.map((c) => ({ value: c.value, name: c.name ?? c.value })),
        default: typeof fallback === "string" ? fallback : undefined,
      });
      return picked;
    }
    case "checkbox": {
      const chosen = Array.isArray(fallback) ? fallback : [];
      return ask.checkbox({
        message,
        choices: question.choices.map((c) => ({
          value: c.value,
          name: c.name ?? c.value,
          checked: chosen.includes(c.value),
        })),
        validate: (values) => check(question, [...values], candidate, key, validate, answers),
      });
    }
    case "confirm":
      return ask.confirm({ message, default: typeof fallback === "boolean" ? fallback : undefined });
  }
}

async function askGroup(
  group: GroupQuestion,
  answers: Answers,
  ask: Asker,
  validate: (a: Answers, key: string) => string[],
): Promise<Answers[]> {
  const items: Answers[] = [];
  const name = group.itemName;
  for (;;) {
    if (items.length >= group.min) {
      const more = await ask.confirm({
        message: `Add ${items.length === 0 ? (/^[aeiou]/i.test(name) ? "an" : "a") : "another"} ${name}?`,
        default: items.length === 0,
      });
      if (!more) break;
    }
    const index = items.length;
    const item: Answers = {};
    for (const sub of group.item) {
      if (item[sub.id] !== undefined || isActive(sub, item) !== true) continue;
      const value = await askLeaf(
        sub,
        answers,
        ask,
        validate,
        `${group.id}/${index}/${sub.id}`,
        { group: group.id, index, items, answers: item },
        [],
        `${name.charAt(0).toUpperCase()}${name.slice(1)} ${index + 1} · `,
      );
      if (value !== "" && value !== undefined) item[sub.id] = value;
    }
    items.push(item);
  }
  return items;
}
