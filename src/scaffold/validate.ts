import path from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { lintSources } from "../lint/engine.js";
import type { ProjectDocument } from "../rules/types.js";
import { toPointer } from "../util/pointer.js";
import { isInside } from "../util/write-file.js";
import { type Answers, type RenderedFile, renderTemplates } from "./render.js";
import type { LoadedTemplate } from "./template.js";

/** Templates being filled in, and how to lint what they produce (the same engine `lint` runs). */
export interface Session {
  templates: readonly LoadedTemplate[];
  /** The output folder relative to the current directory ("" for it), so lint sees the real file names. */
  outPrefix?: string;
  /** The project's integrations, for resolving an action's provider (files being generated are left out). */
  externalIntegrations?: () => readonly ProjectDocument[];
}

const FAKE_ROOT = path.resolve("/td-integration-out");

/** Problems with an output file name: it must be a plain name inside the output folder. */
function fileNameProblem(file: string, key: string, value: unknown): string | undefined {
  const text = String(value);
  if (/[/\\]/.test(text) || text === "." || text === ".." || !isInside(FAKE_ROOT, file)) {
    return `\`${text}\` cannot be used in the file name ${file}: ${key} must not contain / or \\ or be . or .. (it names a file inside the output folder); use a name such as mycrm`;
  }
  return undefined;
}

function lintName(session: Session, file: string): string {
  return session.outPrefix ? `${session.outPrefix}/${file}` : file;
}

/** Lints rendered files; diagnostics keep the rendered (out-relative) file name. */
function lint(session: Session, files: readonly RenderedFile[]): Diagnostic[] {
  const names = new Map(files.map((f) => [lintName(session, f.path), f.path]));
  const summary = lintSources(
    files.map((f) => ({ file: lintName(session, f.path), text: f.text })),
    { externalIntegrations: () => (session.externalIntegrations?.() ?? []).filter((d) => !names.has(d.file)) },
  );
  return summary.results.flatMap((r) => r.diagnostics.map((d) => ({ ...d, file: names.get(d.file) ?? d.file })));
}

function under(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/**
 * What is wrong with one answer, as the lint rules see it: the candidate documents are rendered with
 * the answers so far and linted, and only diagnostics at the places this answer was written count.
 * Answer keys are question ids, or `group/index/id` for an item of a group.
 */
export function answerProblems(session: Session, answers: Answers, key: string): string[] {
  const rendered = renderTemplates(session.templates, answers);
  const origins = rendered.origins.get(key) ?? [];
  const messages: string[] = [];
  const value = valueAt(answers, key);
  for (const origin of origins) {
    if (!origin.path) {
      const problem = fileNameProblem(origin.file, key, value);
      if (problem) messages.push(problem);
    }
  }
  const placed = origins.filter((o) => o.path);
  if (placed.length === 0) return unique(messages);
  for (const d of lint(session, rendered.files)) {
    if (placed.some((o) => o.file === d.file && under(d.pointer, toPointer(o.path ?? [])))) messages.push(d.message);
  }
  return unique(messages);
}

function valueAt(answers: Answers, key: string): unknown {
  const [id, index, sub] = key.split("/");
  const value = answers[id as string];
  if (index === undefined) return value;
  const item = Array.isArray(value) ? value[Number(index)] : undefined;
  return sub === undefined ? item : (item as Answers | undefined)?.[sub];
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

export interface FinalCheck {
  files: RenderedFile[];
  /** Every lint diagnostic of the rendered files (must be empty before anything is written). */
  diagnostics: Diagnostic[];
  /** Output names that would leave the output folder. */
  pathProblems: string[];
}

/** Renders all files and lints them together, in memory. */
export function checkAll(session: Session, answers: Answers): FinalCheck {
  const rendered = renderTemplates(session.templates, answers);
  const pathProblems: string[] = [];
  for (const [key, origins] of rendered.origins) {
    for (const origin of origins) {
      if (origin.path) continue;
      const problem = fileNameProblem(origin.file, key, valueAt(answers, key));
      if (problem) pathProblems.push(problem);
    }
  }
  for (const file of rendered.files) {
    if (!isInside(FAKE_ROOT, file.path)) pathProblems.push(`the file name ${file.path} leaves the output folder`);
  }
  return { files: rendered.files, diagnostics: lint(session, rendered.files), pathProblems: unique(pathProblems) };
}
