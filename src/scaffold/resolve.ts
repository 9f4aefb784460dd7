import { CONTACT_FIELDS } from "../manifest/vocabulary.js";
import { AnswerError, coerceAnswer, defaultOf, isActive, itemLabel } from "./questions.js";
import type { Answers } from "./render.js";
import type { GroupQuestion, LeafQuestion, Question } from "./template.js";
import type { Finding, Verdict } from "./validate.js";

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
  /** Shows lint's warnings about the answer just given, under its prompt; they do not block. */
  warn?(warnings: readonly { message: string; ruleId?: string }[]): void;
}

export interface ResolveOptions {
  /** Answers from flags and the answers file, already coerced. */
  given: Answers;
  /** How messages name a given answer (`--logo-url`, `answers.json: logo_url`). Default: its id. */
  where?: (id: string) => string;
  /** Absent: no terminal, so a missing answer is reported instead of asked. */
  ask?: Asker;
  /** Take defaults (and leave optional answers out) instead of asking. */
  yes: boolean;
  /**
   * What lint says about one answer (see judgeAnswer): errors refuse it, warnings do not. `derived`
   * names answers whose defaults are made from this one. Nothing is judged when absent.
   */
  validate?: Judge;
  /** Integration names offered for provider questions. */
  providers?: readonly string[];
}

export interface Resolution {
  answers: Answers;
  /** Questions that needed an answer nobody gave (never set when `ask` is given). */
  missing: Question[];
}

type Judge = (answers: Answers, key: string, derived?: readonly string[]) => Verdict;

const NO_PROBLEMS: Verdict = { errors: [], warnings: [] };
const OTHER = "\u0000other";
const NO_DEFAULT = "\u0000none";

/** Walks the questions in order: given answers first, then defaults (--yes), then prompts. */
export async function resolveQuestions(
  questions: readonly Question[],
  options: ResolveOptions,
  answers: Answers = {},
): Promise<Resolution> {
  const missing: Question[] = [];
  const validate: Judge = options.validate ?? (() => NO_PROBLEMS);
  const where = options.where ?? ((id: string) => id);
  for (const [index, question] of questions.entries()) {
    if (answers[question.id] !== undefined) continue;
    const active = isActive(question, answers);
    if (active !== true) continue;
    const judge = (candidate: Answers, key = question.id) => {
      if (key !== question.id) return validate(candidate, key);
      const ahead = lookAhead(questions.slice(index + 1), candidate, options.given, question.id);
      return validate(ahead.answers, key, ahead.derived);
    };
    if (options.given[question.id] !== undefined) {
      answers[question.id] = options.given[question.id];
      const errors = problemsOf(question, answers, judge);
      if (errors.length > 0) {
        const label = where(question.id);
        throw new AnswerError(errors.map((f) => ({ id: question.id, message: wordGiven(f, label, question) })));
      }
      continue;
    }
    const fallback = defaultOf(question, answers);
    const defaultErrors =
      fallback === undefined ? [] : problemsOf(question, { ...answers, [question.id]: fallback }, judge);
    if (options.yes && fallback !== undefined && defaultErrors.length === 0) {
      answers[question.id] = fallback;
      continue;
    }
    if (options.yes && fallback !== undefined && !options.ask) {
      throw new AnswerError(
        defaultErrors.map((f) => ({
          id: question.id,
          message: `${where(question.id)}: the default ${JSON.stringify(fallback)} (made from your other answers) does not pass: ${word(f)}`,
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
        : await askLeaf(question, answers, options.ask, judge, question.id, undefined, options.providers);
  }
  return { answers, missing };
}

function dependsOn(question: Question, missing: readonly Question[]): boolean {
  return missing.some((q) => refersTo(question, q.id));
}

/** Whether the question's default is made from the answer `id` (`${bridge_url|base}/contact_sync`). */
function refersTo(question: Question, id: string): boolean {
  if (typeof question.default !== "string") return false;
  return [...question.default.matchAll(/\$\{([a-z][a-z0-9_]*)/g)].some((m) => m[1] === id);
}

/**
 * The answers as they will be once the later questions are answered by their given values or
 * defaults, and which of them take a default made from the answer `id`: lint sees the endpoints
 * a bridge URL gives while that URL is being answered.
 */
function lookAhead(
  later: readonly Question[],
  answers: Answers,
  given: Answers,
  id: string,
): { answers: Answers; derived: string[] } {
  if (!later.some((q) => refersTo(q, id))) return { answers, derived: [] };
  const out: Answers = { ...answers };
  const derived: string[] = [];
  for (const question of later) {
    if (out[question.id] !== undefined || isActive(question, out) !== true) continue;
    if (given[question.id] !== undefined) {
      out[question.id] = given[question.id];
      continue;
    }
    const fallback = defaultOf(question, out);
    if (fallback === undefined) continue;
    out[question.id] = fallback;
    if (refersTo(question, id)) derived.push(question.id);
  }
  return { answers: out, derived };
}

/** How a refused given answer is told: named by where it came from, and by item for a group. */
function wordGiven(finding: Finding, where: string, question: Question): string {
  if (finding.item && question.type === "group") {
    const item = itemLabel(where, question.itemName, finding.item.index);
    return `${item}${finding.item.key ? ` \`${finding.item.key}\`` : ""}: ${finding.message}`;
  }
  return `${where}: ${word(finding)}`;
}

/** A finding's message; one in an answer made from this one says so. */
function word(finding: Finding): string {
  return finding.derived
    ? `\`${finding.derived}\` defaults to a URL made from it, and lint says: ${finding.message}`
    : finding.message;
}

/** Lint's errors on an answer, and for a group, that it has enough items. */
function problemsOf(question: Question, answers: Answers, judge: (a: Answers) => Verdict): Finding[] {
  const errors = [...judge(answers).errors];
  const value = answers[question.id];
  if (question.type === "group" && Array.isArray(value) && value.length < question.min) {
    errors.push({ message: `add at least ${question.min} ${question.itemName}${question.min === 1 ? "" : "s"}` });
  }
  return derivedOnce(errors);
}

/** One finding per rule for the defaults made from an answer: three endpoints on http:// say one thing. */
function derivedOnce(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!f.derived) return true;
    if (seen.has(f.ruleId ?? "")) return false;
    seen.add(f.ruleId ?? "");
    return true;
  });
}

function check(
  question: LeafQuestion,
  raw: unknown,
  candidate: (value: unknown) => Answers,
  judge: (answers: Answers, key: string) => Verdict,
  key: string,
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
  const errors = derivedOnce(judge(candidate(value), key).errors);
  return errors.length > 0 ? errors.map(word).join("; ") : true;
}

/** After an answer is taken: lint's warnings about it, shown under its prompt. */
function warnAbout(ask: Asker, verdict: Verdict): void {
  const warnings = derivedOnce(verdict.warnings);
  if (warnings.length > 0) ask.warn?.(warnings.map((f) => ({ message: word(f), ruleId: f.ruleId })));
}

interface ItemContext {
  group: string;
  index: number;
  items: Answers[];
  answers: Answers;
}

/** Asks one question; refuses what lint calls an error, then shows its warnings under the prompt. */
async function askLeaf(
  question: LeafQuestion,
  answers: Answers,
  ask: Asker,
  judge: (a: Answers, key: string) => Verdict,
  key: string,
  item: ItemContext | undefined,
  providers: readonly string[] = [],
  prefix = "",
): Promise<unknown> {
  const candidate = (value: unknown): Answers => {
    if (!item) return { ...answers, [question.id]: value };
    const current = { ...item.answers, [question.id]: value };
    return { ...answers, [item.group]: [...item.items.slice(0, item.index), current] };
  };
  const value = await prompt(question, answers, ask, judge, key, item, candidate, providers, prefix);
  if (value !== "" && value !== undefined) warnAbout(ask, judge(candidate(value), key));
  return value;
}

async function prompt(
  question: LeafQuestion,
  answers: Answers,
  ask: Asker,
  validate: (a: Answers, key: string) => Verdict,
  key: string,
  item: ItemContext | undefined,
  candidate: (value: unknown) => Answers,
  providers: readonly string[],
  prefix: string,
): Promise<unknown> {
  const fallback = defaultOf(question, answers, item?.answers);
  const message = `${prefix}${question.message}`;
  const textPrompt = async (def: unknown) => {
    const raw = await ask.input({
      message,
      default: def === undefined ? undefined : Array.isArray(def) ? def.join(", ") : String(def),
      validate: (v) => check(question, v, candidate, validate, key, answers),
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
      return check(question, picked, candidate, validate, key, answers) === true ? picked : textPrompt(picked);
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
        validate: (values) => check(question, [...values], candidate, validate, key, answers),
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
  validate: (a: Answers, key: string) => Verdict,
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
