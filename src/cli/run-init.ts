import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { lintSources } from "../lint/engine.js";
import { findIntegrations } from "../lint/lookup.js";
import type { ProjectDocument } from "../rules/types.js";
import {
  AnswerError,
  type Answers,
  type Asker,
  answerProblems,
  applyWrites,
  builtinTemplatesDir,
  checkAll,
  coerceGivenAnswers,
  describeMissing,
  type GivenAnswer,
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
} from "../scaffold/index.js";
import { didYouMean, isPlainObject } from "../util/suggest.js";
import { shouldColor } from "./color.js";
import { ANSWER_FLAGS, type InitCliOptions } from "./commands/init.js";
import { UsageError } from "./errors.js";

export interface InitIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Prompts to use instead of inquirer (tests); also makes the run interactive. */
  asker?: Asker;
}

const KNOWN_FLAGS = new Set(ANSWER_FLAGS.map((f) => f.flag));
const CANCELLED = 130;

function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** Runs `td-integration init` and returns the exit code. */
export async function runInit(options: InitCliOptions, io: InitIo = processIo()): Promise<number> {
  const out = (text: string) => io.stdout.write(text);
  let builtins: LoadedTemplate[];
  let custom: LoadedTemplate[];
  try {
    builtins = listTemplates(builtinTemplatesDir());
    if (options.listTemplates) {
      out(formatTemplateList(builtins));
      return 0;
    }
    custom = options.template.map((ref) =>
      resolveTemplate(ref, builtins, io.cwd, "--template", " (see --list-templates)"),
    );
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message);
    throw error;
  }
  if (new Set(custom.map((t) => t.kind)).size !== custom.length) {
    throw new UsageError("--template: give at most one integration template and one action template");
  }

  const raw = readGiven(options, io);
  // A template given with --template says what to create.
  if (custom.length > 0 && raw.kind === undefined) {
    raw.kind = { raw: custom.length === 2 ? "both" : custom[0]?.kind, where: "--template" };
  }
  const interactive = Boolean(io.asker) || (Boolean(io.stdin.isTTY) && Boolean(io.stdout.isTTY) && !io.env.CI);
  let asker = io.asker;
  if (interactive && !asker) asker = (await import("./prompts.js")).inquirerAsker();

  const outDir = options.out;
  const outPrefix = path.relative(io.cwd, path.resolve(io.cwd, outDir)).split(path.sep).join("/");
  let found: ProjectDocument[] | undefined;
  const projectIntegrations = () => {
    found ??= existsSync(path.resolve(io.cwd, outDir)) ? findIntegrations([outDir], io.cwd, new Set()) : [];
    return found;
  };

  try {
    const meta = metaQuestions(builtins, custom);
    const allQuestions = [...meta, ...builtins.flatMap((t) => t.questions), ...custom.flatMap((t) => t.questions)];
    checkUnknownAnswers(raw, allQuestions);
    const metaRun = await resolveQuestions(meta, {
      given: coerceGiven(raw, meta, {}),
      ask: asker,
      yes: Boolean(options.yes),
    });
    if (metaRun.missing.length > 0) {
      // Without a terminal, list the chosen template's questions too (as they would be with the defaults
      // of what is missing), so one run shows every flag to add.
      const assumed = await resolveQuestions(meta, { given: coerceGiven(raw, meta, {}), yes: true });
      let templateMissing: Question[] = [];
      if (assumed.missing.length === 0) {
        const questions = templateQuestions(selectTemplates(assumed.answers, builtins, custom));
        const rest = await resolveQuestions(
          questions,
          { given: coerceGiven(raw, questions, assumed.answers), yes: Boolean(options.yes) },
          assumed.answers,
        );
        templateMissing = rest.missing;
      }
      throw missingError([...metaRun.missing, ...templateMissing], assumed.answers);
    }

    const templates = selectTemplates(metaRun.answers, builtins, custom);
    checkNotApplicable(raw, [...meta, ...templates.flatMap((t) => t.questions)]);
    const session: Session = {
      templates,
      outPrefix,
      externalIntegrations: projectIntegrations,
    };
    const questions = templateQuestions(templates);
    const { answers, missing } = await resolveQuestions(
      questions,
      {
        given: coerceGiven(raw, questions, metaRun.answers),
        ask: asker,
        yes: Boolean(options.yes),
        validate: (candidate, key) => answerProblems(session, candidate, key),
        providers: projectIntegrations()
          .map((d) => d.value.name)
          .filter((n): n is string => typeof n === "string"),
      },
      metaRun.answers,
    );
    if (missing.length > 0) throw missingError(missing, answers);
    return await writeResult(session, answers, options, io);
  } catch (error) {
    if (error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError")) {
      io.stderr.write("\nCancelled: nothing was written.\n");
      return CANCELLED;
    }
    if (error instanceof AnswerError) {
      const messages = error.problems.map((p) => {
        const where = raw[p.id]?.where ?? `--${ANSWER_FLAGS.find((f) => f.id === p.id)?.flag ?? `set ${p.id}`}`;
        return p.message.startsWith(where) ? p.message : `${where}: ${p.message}`;
      });
      throw new UsageError(
        messages.length === 1
          ? (messages[0] as string)
          : `invalid answers:\n${messages.map((m) => `  ${m}`).join("\n")}`,
      );
    }
    throw error;
  }
}

function processIo(): InitIo {
  return { cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

function formatTemplateList(templates: readonly LoadedTemplate[]): string {
  const width = Math.max(...templates.map((t) => t.id.length));
  const lines = templates.map((t) => `${t.id.padEnd(width)}  ${t.kind.padEnd(11)}  ${t.title}: ${t.description}`);
  return `${lines.join("\n")}\n\nUse one with --template <id>, or pass --template <dir> for a folder with a template.json of the same shape.\n`;
}

/** Raw answers by question id: the answers file first, then flags and --set (which win). */
function readGiven(options: InitCliOptions, io: InitIo): Record<string, { raw: unknown; where: string }> {
  const given: Record<string, { raw: unknown; where: string }> = {};
  if (options.answers !== undefined) {
    const source = options.answers === "-" ? "standard input" : options.answers;
    let text: string;
    try {
      text =
        options.answers === "-" ? readFileSync(0, "utf8") : readFileSync(path.resolve(io.cwd, options.answers), "utf8");
    } catch (error) {
      throw new UsageError(
        `--answers: cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`--answers: ${source} is not valid JSON: ${(error as Error).message}`);
    }
    if (!isPlainObject(parsed)) {
      throw new UsageError(
        `--answers: ${source} must hold a JSON object keyed by question id, such as {"name": "mycrm"}`,
      );
    }
    for (const [id, raw] of Object.entries(parsed)) given[id] = { raw, where: `${source}: ${id}` };
  }
  for (const { flag, id } of ANSWER_FLAGS) {
    const value = options[camel(flag)];
    if (value !== undefined) given[id] = { raw: value, where: `--${flag}` };
  }
  for (const entry of options.set) {
    const eq = entry.indexOf("=");
    if (eq <= 0) throw new UsageError(`--set ${entry}: write it as --set id=value, such as --set name=mycrm`);
    given[entry.slice(0, eq)] = { raw: entry.slice(eq + 1), where: `--set ${entry.slice(0, eq)}` };
  }
  return given;
}

function checkUnknownAnswers(given: Record<string, unknown>, questions: readonly Question[]): void {
  const ids = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(given)) {
    if (ids.has(id)) continue;
    const suggestion = didYouMean(id, ids);
    throw new UsageError(
      `unknown answer \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : `; known answers: ${[...ids].join(", ")}`}`,
    );
  }
}

function checkNotApplicable(given: Record<string, { where: string }>, questions: readonly Question[]): void {
  const ids = new Set(questions.map((q) => q.id));
  for (const [id, { where }] of Object.entries(given)) {
    if (!ids.has(id)) throw new UsageError(`${where}: the chosen templates ask no such question; remove it`);
  }
}

function coerceGiven(given: Record<string, GivenAnswer>, questions: readonly Question[], answers: Answers): Answers {
  return coerceGivenAnswers(questions, (id) => given[id], answers);
}

function missingError(missing: readonly Question[], answers: Answers): UsageError {
  const entries = missing.map((q) => describeMissing(q, KNOWN_FLAGS, answers));
  const lines = entries.map((e) => `  ${e.flag}\n      ${e.about}`);
  return new UsageError(
    `init needs answers it cannot ask for (no terminal: standard input or output is not a TTY, or CI is set).\nAdd these flags, edited to your values (or put the answers in --answers FILE, keyed by question id; --yes takes the defaults):\n${lines.join("\n")}`,
  );
}

async function writeResult(session: Session, answers: Answers, options: InitCliOptions, io: InitIo): Promise<number> {
  const out = (text: string) => io.stdout.write(text);
  const final = checkAll(session, answers);
  if (final.pathProblems.length > 0) {
    throw new UsageError(`${final.pathProblems.join("\n")}\nNothing was written.`);
  }
  if (final.diagnostics.length > 0) {
    const list = final.diagnostics.map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.message}  ${d.ruleId}`);
    throw new UsageError(`the answers give files that do not pass lint; nothing was written:\n${list.join("\n")}`);
  }
  let plan: PlannedWrite[];
  try {
    plan = planWrites(final.files, options.out, io.cwd);
  } catch (error) {
    throw new UsageError(
      `cannot check the output files: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  if (options.dryRun) {
    out(`Dry run: nothing was written.\n${formatPlan(plan)}`);
    for (const entry of plan) out(`\n--- ${entry.display}\n${entry.text}`);
    return 0;
  }
  const existing = plan.filter((p) => p.status === "overwrite");
  if (existing.length > 0 && !options.force) {
    throw new UsageError(
      `these files exist and differ: ${existing.map((p) => p.display).join(", ")}; nothing was written. Pass --force to overwrite them, --out DIR to write elsewhere, or --dry-run to compare.`,
    );
  }
  try {
    await applyWrites(plan);
  } catch (error) {
    throw new UsageError(`cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  out(`${formatPlan(plan, true)}\n`);

  // Lint what is now on disk, with the project's other integrations, as `lint` would.
  const sources = plan.map((p) => ({ file: p.display, text: readFileSync(p.absolute, "utf8") }));
  const names = new Set(sources.map((s) => s.file));
  const summary = lintSources(sources, {
    externalIntegrations: () => findIntegrations(["."], io.cwd, names),
  });
  const problems = summary.results.flatMap((r) => r.diagnostics);
  if (problems.length > 0) {
    for (const d of problems) out(`  ${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.ruleId}\n`);
    return 1;
  }
  out(`lint: no problems in ${plan.length === 1 ? "the new file" : `the ${plan.length} new files`}.\n`);
  const color = shouldColor(options.color, io.stdout, io.env);
  out(await preview(sources, color, io.stdout.columns));
  const files = plan.map((p) => quote(p.display)).join(" ");
  out(
    `\nNext steps:\n  1. Review ${files} and fill in what only you know (help texts, real URLs).\n  2. Check them on every change: td-integration lint ${files}\n  3. Give Talkdesk the manifest and the actions it lists.\n`,
  );
  return 0;
}

function quote(file: string): string {
  return /^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, "'\\''")}'`;
}

function formatPlan(plan: readonly PlannedWrite[], done = false): string {
  const verb: Record<string, string> = done
    ? { create: "created", overwrite: "overwritten", identical: "unchanged (identical)" }
    : { create: "create", overwrite: "overwrite", identical: "identical" };
  const width = Math.max(...plan.map((p) => (verb[p.status] as string).length));
  return `${plan.map((p) => `  ${(verb[p.status] as string).padEnd(width)}  ${p.display}`).join("\n")}\n`;
}

/** How Talkdesk will show the new files: the same preview `render` prints. */
async function preview(
  sources: readonly { file: string; text: string }[],
  color: boolean,
  width?: number,
): Promise<string> {
  const { formatRenderText, renderSource } = await import("../render/index.js");
  const results = sources.map((s) => renderSource(s.file, s.text));
  return `\nPreview (td-integration render):\n${formatRenderText(results, { color, width })}`;
}
