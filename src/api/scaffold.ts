import { existsSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { findIntegrations } from "../lint/lookup.js";
import type { ProjectDocument } from "../rules/types.js";
import {
  AnswerError,
  type Answers,
  answerProblems,
  applyWrites,
  builtinTemplatesDir,
  checkAll,
  coerceGivenAnswers,
  describeMissing,
  type Kind,
  type LoadedTemplate,
  listTemplates,
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
import { didYouMean, isPlainObject } from "../util/suggest.js";
import { checkOptions, OptionError, reasonOf, ScaffoldError, WriteError } from "./errors.js";

export interface ScaffoldOptions {
  /** What to create. Default: the kind of the given template(s), else `"integration"` (with `useDefaults`). */
  kind?: Kind;
  /**
   * Answers keyed by question id, as in `init --answers FILE`: `name`, `display_name`,
   * `authentication_type`, `auth_fields` (a list of objects), `provider`, `inputs`...
   * Values are checked like typed answers.
   */
  answers?: Readonly<Record<string, unknown>>;
  /** Built-in template ids (`action-generic`) or template folders, at most one per kind. */
  templates?: readonly string[];
  /** Default: `process.cwd()`. */
  cwd?: string;
  /** Folder the files go into, relative to `cwd`. Default: `cwd`. */
  out?: string;
  /** Take the default of every unanswered question that has one (as `init --yes`). Default: true. */
  useDefaults?: boolean;
  /** Write the files (atomically). Default: false: the files are only returned. */
  write?: boolean;
  /** With `write`, overwrite files that exist with other content. */
  force?: boolean;
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

function builtinTemplates(): LoadedTemplate[] {
  try {
    return listTemplates(builtinTemplatesDir());
  } catch (error) {
    if (error instanceof TemplateError) throw new ScaffoldError("TEMPLATE_INVALID", error.message);
    throw error;
  }
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

function resolveTemplateRef(ref: string, builtins: readonly LoadedTemplate[], cwd: string): LoadedTemplate {
  try {
    return resolveTemplate(ref, builtins, cwd, "template");
  } catch (error) {
    if (error instanceof TemplateError) throw new ScaffoldError("TEMPLATE_INVALID", error.message);
    throw error;
  }
}

function invalid(problems: { id: string; message: string }[]): ScaffoldError {
  return new ScaffoldError(
    "ANSWERS_INVALID",
    problems.length === 1
      ? (problems[0] as { message: string }).message
      : `invalid answers:\n${problems.map((p) => `  ${p.message}`).join("\n")}`,
    { problems },
  );
}

function coerceGiven(given: Answers, questions: readonly Question[], answers: Answers): Answers {
  const entry = (id: string) => (given[id] === undefined ? undefined : { raw: given[id], where: `answers.${id}` });
  return coerceGivenAnswers(questions, entry, answers);
}

function missingError(missing: readonly Question[], answers: Answers): ScaffoldError {
  const lines = missing.map(
    (q) => `  ${q.id}: ${describeMissing(q, new Set(), answers).about.replace(/--yes/g, "useDefaults")}`,
  );
  return new ScaffoldError("ANSWERS_MISSING", `scaffold needs these answers (by question id):\n${lines.join("\n")}`, {
    missing: missing.map((q) => q.id),
  });
}

function diagnosticsError(diagnostics: readonly Diagnostic[]): ScaffoldError {
  const problems = diagnostics.map((d) => ({
    id: d.ruleId,
    message: `${d.file}:${d.line}:${d.column}  ${d.message}  ${d.ruleId}`,
  }));
  return new ScaffoldError(
    "ANSWERS_INVALID",
    `the answers give files that do not pass lint:\n${problems.map((p) => `  ${p.message}`).join("\n")}`,
    { problems },
  );
}

/**
 * Turns answers into integration and action files from the built-in templates (or your own), as
 * `td-integration init` does without a terminal: the answers are checked by the lint rules, the
 * files are rendered and linted in memory, and written only with `write: true`. Never prompts.
 *
 * Rejects with a ScaffoldError (`TEMPLATE_INVALID`, `ANSWERS_MISSING` with `missing` question ids,
 * `ANSWERS_INVALID` with `problems`, `FILE_EXISTS` with `files`) or a WriteError.
 *
 * @example
 * const { files } = await scaffold({
 *   kind: "action",
 *   answers: { provider: "acme", action_name: "create_ticket", endpoint: "https://bridge.example.com/tickets" },
 * });
 */
export async function scaffold(options: ScaffoldOptions = {}): Promise<ScaffoldResult> {
  checkOptions("scaffold", options, '{ kind: "integration", answers: { name: "mycrm" } }');
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const out = options.out ?? ".";
  if (options.answers !== undefined && !isPlainObject(options.answers)) {
    throw new OptionError('answers must be an object keyed by question id, such as { "name": "mycrm" }');
  }
  const builtins = builtinTemplates();
  const custom = (options.templates ?? []).map((ref) => resolveTemplateRef(ref, builtins, cwd));
  if (new Set(custom.map((t) => t.kind)).size !== custom.length) {
    throw new ScaffoldError("TEMPLATE_INVALID", "give at most one integration template and one action template");
  }
  const given: Answers = { ...options.answers };
  if (options.kind !== undefined) given.kind = options.kind;
  else if (custom.length > 0 && given.kind === undefined) given.kind = custom.length === 2 ? "both" : custom[0]?.kind;

  const outPrefix = path.relative(cwd, path.resolve(cwd, out)).split(path.sep).join("/");
  let found: ProjectDocument[] | undefined;
  const projectIntegrations = () => {
    found ??= existsSync(path.resolve(cwd, out)) ? findIntegrations([out], cwd, new Set()) : [];
    return found;
  };
  const yes = options.useDefaults !== false;

  let answers: Answers;
  let session: Session;
  try {
    const meta = metaQuestions(builtins, custom);
    const known = new Set(
      [...meta, ...builtins.flatMap((t) => t.questions), ...custom.flatMap((t) => t.questions)].map((q) => q.id),
    );
    const unknown = Object.keys(given).filter((id) => !known.has(id));
    if (unknown.length > 0) {
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
    const metaRun = await resolveQuestions(meta, { given: coerceGiven(given, meta, {}), yes });
    if (metaRun.missing.length > 0) throw missingError(metaRun.missing, metaRun.answers);
    const templates = selectTemplates(metaRun.answers, builtins, custom);
    const applicable = new Set([...meta, ...templates.flatMap((t) => t.questions)].map((q) => q.id));
    const notApplicable = Object.keys(given).filter((id) => !applicable.has(id));
    if (notApplicable.length > 0) {
      throw invalid(
        notApplicable.map((id) => ({
          id,
          message: `answers.${id}: the chosen templates ask no such question; remove it`,
        })),
      );
    }
    session = { templates, outPrefix, externalIntegrations: projectIntegrations };
    const questions = templateQuestions(templates);
    const resolved = await resolveQuestions(
      questions,
      {
        given: coerceGiven(given, questions, metaRun.answers),
        yes,
        validate: (candidate, key) => answerProblems(session, candidate, key),
      },
      metaRun.answers,
    );
    if (resolved.missing.length > 0) throw missingError(resolved.missing, resolved.answers);
    answers = resolved.answers;
  } catch (error) {
    if (error instanceof AnswerError) {
      throw invalid(
        error.problems.map((p) => ({
          id: p.id,
          message: p.message.startsWith("answers.") ? p.message : `answers.${p.id}: ${p.message}`,
        })),
      );
    }
    throw error;
  }

  const final = checkAll(session, answers);
  if (final.pathProblems.length > 0) {
    throw invalid(final.pathProblems.map((message) => ({ id: "name", message })));
  }
  if (final.diagnostics.length > 0) throw diagnosticsError(final.diagnostics);
  let plan: PlannedWrite[];
  try {
    plan = planWrites(final.files, out, cwd);
  } catch (error) {
    throw new WriteError(out, `cannot check the output files: ${reasonOf(error)}`);
  }
  const files = plan.map((p) => ({ path: p.display, absolute: p.absolute, text: p.text, status: p.status }));
  if (!options.write) return { answers, files, written: [] };

  const existing = plan.filter((p) => p.status === "overwrite");
  if (existing.length > 0 && !options.force) {
    const names = existing.map((p) => p.display);
    throw new ScaffoldError(
      "FILE_EXISTS",
      `these files exist and differ: ${names.join(", ")}; nothing was written. Pass force: true to overwrite them, or another out folder`,
      { files: names },
    );
  }
  let written: PlannedWrite[];
  try {
    written = await applyWrites(plan);
  } catch (error) {
    throw new WriteError(out, `cannot write: ${reasonOf(error)}`);
  }
  return { answers, files, written: written.map((p) => p.display) };
}
