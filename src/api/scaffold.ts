import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig, type ResolvedConfig } from "../config/load.js";
import type { Diagnostic } from "../diagnostic.js";
import { readSource, readStdin } from "../document/read.js";
import { findIntegrations } from "../lint/lookup.js";
import type { ProjectDocument } from "../rules/types.js";
import {
  AnswerError,
  type Answers,
  type Asker,
  applyWrites,
  builtinTemplatesDir,
  checkAll,
  coerceGivenAnswers,
  describeMissing,
  type GivenAnswer,
  judgeAnswer,
  type Kind,
  type LoadedTemplate,
  listTemplates,
  type MissingAnswer,
  metaQuestions,
  type PlannedWrite,
  planWrites,
  type Question,
  resolveQuestions,
  resolveTemplate,
  type Session,
  selectTemplates,
  TemplateError,
  templateQuestions,
  type WriteStatus,
} from "../scaffold/index.js";
import { shellQuote } from "../util/shell-quote.js";
import { didYouMean, isPlainObject } from "../util/suggest.js";
import { ConfigInvalidError, checkOptions, OptionError, reasonOf, ScaffoldError, WriteError } from "./errors.js";

/** Prompts for the answers still missing; the CLI gives inquirer's in a terminal. */
export type ScaffoldPrompts = Asker;

/** How messages name what the caller gave; the CLI names its flags (`--logo-url`, `--answers`, `--yes`). */
export interface ScaffoldLabels {
  /** An answer given in `answers`. Default: `answers.<id>`. */
  answer?: (id: string) => string;
  /** The `answersFile` option. Default: `answersFile`. */
  answersFile?: string;
  /** The `templates` option. Default: `template`. */
  template?: string;
  /** The `useDefaults` option. Default: `useDefaults`. */
  useDefaults?: string;
}

export interface ScaffoldOptions {
  /** What to create. Default: the kind of the given template(s), else `"integration"` (with `useDefaults`). */
  kind?: Kind;
  /**
   * Answers keyed by question id, as in `init --answers FILE`: `name`, `display_name`,
   * `authentication_type`, `auth_fields` (a list of objects), `provider`, `inputs`...
   * They win over `answersFile`. Each is judged by the lint rules like a typed answer.
   */
  answers?: Readonly<Record<string, unknown>>;
  /** A JSON file of answers keyed by question id, relative to `cwd`; `-` reads standard input. */
  answersFile?: string;
  /**
   * The lint config the answers are judged with: a file path (relative to `cwd`), false for the
   * defaults (no config file is read or run), or searched from `cwd` as lint does (default).
   */
  config?: string | false;
  /** Built-in template ids (`action-generic`) or template folders, at most one per kind. */
  templates?: readonly string[];
  /** Default: `process.cwd()`. */
  cwd?: string;
  /** Folder the files go into, relative to `cwd`. Default: `cwd`. */
  out?: string;
  /** Take the default of every unanswered question that has one (as `init --yes`). Default: true. */
  useDefaults?: boolean;
  /** Asked for every answer still missing. Without them, a missing answer is an `ANSWERS_MISSING` error. */
  prompts?: ScaffoldPrompts;
  /** Write the files (atomically). Default: false: the files are only returned. */
  write?: boolean;
  /** With `write`, overwrite files that exist with other content. */
  force?: boolean;
  labels?: ScaffoldLabels;
}

export interface ScaffoldFile {
  /** Path relative to `cwd`, with `/`. */
  path: string;
  absolute: string;
  /** The JSON text of the file. */
  text: string;
  /** Compared with what is on disk now (before any write). */
  status: WriteStatus;
}

export interface ScaffoldResult {
  /** Every answer used, defaults included, keyed by question id. */
  answers: Answers;
  files: ScaffoldFile[];
  /** Paths (relative to `cwd`) written by this call; empty unless `write` is set. */
  written: string[];
  /** What lint warns about in the files (as `lint` would report them on the written files); they do not block. */
  warnings: Diagnostic[];
  /** What to do with the files now, one step a line. */
  nextSteps: string[];
}

/** A built-in template, as `init --list-templates` lists it. */
export interface TemplateInfo {
  id: string;
  kind: "integration" | "action";
  title: string;
  description: string;
  /** The question ids the template asks, the keys of `answers`. */
  questions: string[];
}

type Given = Record<string, GivenAnswer>;

/**
 * Turns answers into integration and action files from the built-in templates (or your own), as
 * `td-integration init` does: answers given (`answers`, then `answersFile`), then `prompts` for what
 * is still missing, each answer judged by the lint rules as it comes -> the files, rendered and linted
 * in memory -> written (only with `write: true`) -> next steps. An answer is refused exactly when lint
 * reports an error on the file it gives; warnings are returned, never blocking.
 *
 * Rejects with a ScaffoldError (`TEMPLATE_INVALID`, `ANSWERS_MISSING` with `missing` question ids,
 * `ANSWERS_INVALID` with `problems`, `FILE_EXISTS` with `files`), a WriteError or an OptionError.
 *
 * @example
 * const { files, warnings } = await scaffold({
 *   kind: "action",
 *   answers: { provider: "acme", action_name: "create_ticket", endpoint: "https://bridge.example.com/tickets" },
 * });
 */
export async function scaffold(options: ScaffoldOptions = {}): Promise<ScaffoldResult> {
  checkOptions("scaffold", options, '{ kind: "integration", answers: { name: "mycrm" } }');
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const out = options.out ?? ".";
  const labels = labelsOf(options.labels);
  const builtins = builtinTemplates();
  const custom = (options.templates ?? []).map((ref) => templateOf(ref, builtins, cwd, labels));
  if (new Set(custom.map((t) => t.kind)).size !== custom.length) {
    throw new ScaffoldError(
      "TEMPLATE_INVALID",
      `${labels.template}: give at most one integration template and one action template`,
    );
  }

  // 1. The answers given: the answers file, then `answers` (the CLI's flags) over it.
  const given = givenAnswers(options, cwd, custom, labels);

  // 2. What to create, then the chosen templates' questions: given, defaults, prompts for the rest.
  const project = projectIntegrations(cwd, out);
  const config = await projectConfig(cwd, options.config);
  const session: Session = {
    templates: [],
    outPrefix: path.relative(cwd, path.resolve(cwd, out)).split(path.sep).join("/"),
    externalIntegrations: project,
    configFor: (file) => config.configFor(file),
  };
  const answers = await answerAll(given, builtins, custom, session, options, labels);

  // 3. The files, rendered and linted together in memory: lint's errors block, its warnings do not.
  const final = checkAll(session, answers);
  if (final.pathProblems.length > 0) {
    throw invalid(final.pathProblems.map((message) => ({ id: "name", message })));
  }
  if (final.errors.length > 0) throw diagnosticsError(final.errors);

  // 4. Compared with what is on disk, then written.
  let plan: PlannedWrite[];
  try {
    plan = planWrites(final.files, out, cwd);
  } catch (error) {
    throw new WriteError(out, `cannot check the output files: ${reasonOf(error)}`);
  }
  const files = plan.map((p) => ({ path: p.display, absolute: p.absolute, text: p.text, status: p.status }));
  const written = options.write ? await writeAll(plan, out, options.force) : [];

  // 5. Next steps.
  return { answers, files, written, warnings: final.warnings, nextSteps: nextSteps(files.map((f) => f.path)) };
}

/** The built-in templates `scaffold` can start from. */
export function listScaffoldTemplates(): TemplateInfo[] {
  return builtinTemplates().map((t) => ({
    id: t.id,
    kind: t.kind,
    title: t.title,
    description: t.description,
    questions: t.questions.map((q) => q.id),
  }));
}

function labelsOf(labels: ScaffoldLabels = {}): Required<ScaffoldLabels> {
  return {
    answer: labels.answer ?? ((id) => `answers.${id}`),
    answersFile: labels.answersFile ?? "answersFile",
    template: labels.template ?? "template",
    useDefaults: labels.useDefaults ?? "useDefaults",
  };
}

function builtinTemplates(): LoadedTemplate[] {
  try {
    return listTemplates(builtinTemplatesDir());
  } catch (error) {
    if (error instanceof TemplateError) throw new ScaffoldError("TEMPLATE_INVALID", error.message);
    throw error;
  }
}

function templateOf(
  ref: string,
  builtins: readonly LoadedTemplate[],
  cwd: string,
  labels: Required<ScaffoldLabels>,
): LoadedTemplate {
  try {
    return resolveTemplate(ref, builtins, cwd, labels.template);
  } catch (error) {
    if (error instanceof TemplateError) throw new ScaffoldError("TEMPLATE_INVALID", error.message);
    throw error;
  }
}

/** Raw answers by question id, each with where it came from: the answers file, then `answers` over it. */
function givenAnswers(
  options: ScaffoldOptions,
  cwd: string,
  custom: readonly LoadedTemplate[],
  labels: Required<ScaffoldLabels>,
): Given {
  if (options.answers !== undefined && !isPlainObject(options.answers)) {
    throw new OptionError('answers must be an object keyed by question id, such as { "name": "mycrm" }');
  }
  const given: Given = {};
  if (options.answersFile !== undefined) {
    const { source, value } = readAnswersFile(options.answersFile, cwd, labels.answersFile);
    for (const [id, raw] of Object.entries(value)) given[id] = { raw, where: `${source}: ${id}` };
  }
  for (const [id, raw] of Object.entries(options.answers ?? {})) {
    if (raw !== undefined) given[id] = { raw, where: labels.answer(id) };
  }
  if (options.kind !== undefined) given.kind = { raw: options.kind, where: labels.answer("kind") };
  // A template given says what to create.
  else if (custom.length > 0 && given.kind === undefined) {
    given.kind = { raw: custom.length === 2 ? "both" : custom[0]?.kind, where: labels.template };
  }
  return given;
}

function readAnswersFile(file: string, cwd: string, label: string): { source: string; value: Answers } {
  const source = file === "-" ? "standard input" : file;
  const read = file === "-" ? readStdin() : readSource(path.resolve(cwd, file));
  if (!read.ok) throw new OptionError(`${label}: cannot read ${source}: ${read.reason}`);
  const text = read.text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new OptionError(`${label}: ${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isPlainObject(value)) {
    throw new OptionError(
      `${label}: ${source} must hold a JSON object keyed by question id, such as {"name": "mycrm"}`,
    );
  }
  return { source, value };
}

/** The integrations already in the output folder, found once: providers for actions, offered in prompts. */
function projectIntegrations(cwd: string, out: string): () => readonly ProjectDocument[] {
  let found: ProjectDocument[] | undefined;
  return () => {
    found ??= existsSync(path.resolve(cwd, out)) ? findIntegrations([out], cwd, new Set()) : [];
    return found;
  };
}

/**
 * Every answer: what to create (which templates) first, then the templates' questions. Each given or
 * typed answer is judged by lint in memory (`judgeAnswer`); `session.templates` is set to the choice.
 */
async function answerAll(
  given: Given,
  builtins: readonly LoadedTemplate[],
  custom: readonly LoadedTemplate[],
  session: Session,
  options: ScaffoldOptions,
  labels: Required<ScaffoldLabels>,
): Promise<Answers> {
  const yes = options.useDefaults !== false;
  const where = (id: string) => given[id]?.where ?? labels.answer(id);
  try {
    const meta = metaQuestions(builtins, custom);
    checkKnown(given, [...meta, ...builtins.flatMap((t) => t.questions), ...custom.flatMap((t) => t.questions)]);
    const chosen = await resolveQuestions(meta, { given: coerced(given, meta, {}), ask: options.prompts, yes, where });
    if (chosen.missing.length > 0)
      throw await missingEverywhere(chosen.missing, given, meta, builtins, custom, yes, labels);

    session.templates = selectTemplates(chosen.answers, builtins, custom);
    checkApplicable(given, [...meta, ...session.templates.flatMap((t) => t.questions)]);
    const questions = templateQuestions(session.templates);
    const resolved = await resolveQuestions(
      questions,
      {
        given: coerced(given, questions, chosen.answers),
        ask: options.prompts,
        yes,
        where,
        validate: (candidate, key, derived) => judgeAnswer(session, candidate, key, derived),
        providers: options.prompts ? providerNames(session) : [],
      },
      chosen.answers,
    );
    if (resolved.missing.length > 0) throw missingError(resolved.missing, resolved.answers, labels);
    return resolved.answers;
  } catch (error) {
    if (error instanceof AnswerError) throw invalid(error.problems);
    throw error;
  }
}

function coerced(given: Given, questions: readonly Question[], answers: Answers): Answers {
  return coerceGivenAnswers(questions, (id) => given[id], answers);
}

function providerNames(session: Session): string[] {
  return (session.externalIntegrations?.() ?? [])
    .map((d) => d.value.name)
    .filter((name): name is string => typeof name === "string");
}

function checkKnown(given: Given, questions: readonly Question[]): void {
  const known = new Set(questions.map((q) => q.id));
  const unknown = Object.keys(given).filter((id) => !known.has(id));
  if (unknown.length === 0) return;
  throw invalid(
    unknown.map((id) => {
      const suggestion = didYouMean(id, known);
      return {
        id,
        message: `unknown answer \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : `; known answers: ${[...known].join(", ")}`}`,
      };
    }),
  );
}

function checkApplicable(given: Given, questions: readonly Question[]): void {
  const applicable = new Set(questions.map((q) => q.id));
  const extra = Object.entries(given).filter(([id]) => !applicable.has(id));
  if (extra.length === 0) return;
  throw invalid(
    extra.map(([id, { where }]) => ({ id, message: `${where}: the chosen templates ask no such question; remove it` })),
  );
}

/**
 * What to create is not answered: list it, and the questions of the templates its defaults would
 * choose, so one run shows every answer still needed.
 */
async function missingEverywhere(
  missing: readonly Question[],
  given: Given,
  meta: readonly Question[],
  builtins: readonly LoadedTemplate[],
  custom: readonly LoadedTemplate[],
  yes: boolean,
  labels: Required<ScaffoldLabels>,
): Promise<ScaffoldError> {
  const assumed = await resolveQuestions(meta, { given: coerced(given, meta, {}), yes: true });
  let later: Question[] = [];
  if (assumed.missing.length === 0) {
    const questions = templateQuestions(selectTemplates(assumed.answers, builtins, custom));
    const rest = await resolveQuestions(
      questions,
      { given: coerced(given, questions, assumed.answers), yes },
      { ...assumed.answers },
    );
    later = rest.missing;
  }
  return missingError([...missing, ...later], assumed.answers, labels);
}

function missingError(missing: readonly Question[], answers: Answers, labels: Required<ScaffoldLabels>): ScaffoldError {
  const described: MissingAnswer[] = missing.map((q) => describeMissing(q, answers, labels.useDefaults));
  return new ScaffoldError(
    "ANSWERS_MISSING",
    `scaffold needs these answers (by question id):\n${described.map((m) => `  ${m.id}: ${m.about}`).join("\n")}`,
    { missing: described.map((m) => m.id), missingAnswers: described },
  );
}

function invalid(problems: readonly { id: string; message: string }[]): ScaffoldError {
  return new ScaffoldError(
    "ANSWERS_INVALID",
    problems.length === 1
      ? (problems[0] as { message: string }).message
      : `invalid answers:\n${problems.map((p) => `  ${p.message}`).join("\n")}`,
    { problems },
  );
}

function diagnosticsError(diagnostics: readonly Diagnostic[]): ScaffoldError {
  const problems = diagnostics.map((d) => ({
    id: d.ruleId,
    message: `${d.file}:${d.line}:${d.column}  ${d.message}  ${d.ruleId}`,
  }));
  return new ScaffoldError(
    "ANSWERS_INVALID",
    `the answers give files that do not pass lint; nothing was written:\n${problems.map((p) => `  ${p.message}`).join("\n")}`,
    { problems },
  );
}

async function writeAll(plan: readonly PlannedWrite[], out: string, force?: boolean): Promise<string[]> {
  const existing = plan.filter((p) => p.status === "overwrite");
  if (existing.length > 0 && !force) {
    const names = existing.map((p) => p.display);
    throw new ScaffoldError(
      "FILE_EXISTS",
      `these files exist and differ: ${names.join(", ")}; nothing was written. Pass force: true to overwrite them, or another out folder`,
      { files: names },
    );
  }
  try {
    return (await applyWrites(plan)).map((p) => p.display);
  } catch (error) {
    throw new WriteError(out, `cannot write: ${reasonOf(error)}`);
  }
}

function nextSteps(paths: readonly string[]): string[] {
  const files = paths.map(shellQuote).join(" ");
  return [
    `Review ${files} and fill in what only you know (help texts, real URLs).`,
    `Check them on every change: td-integration lint ${files}`,
    "Give Talkdesk the manifest and the actions it lists.",
  ];
}

/** The config `lint` would apply in `cwd`, so init judges the files it writes as lint will. */
async function projectConfig(cwd: string, config: string | false | undefined): Promise<ResolvedConfig> {
  try {
    return await loadConfig({
      cwd,
      stopDir: os.homedir(),
      noConfig: config === false,
      configPath: typeof config === "string" ? config : undefined,
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigInvalidError(error.message);
    throw error;
  }
}
