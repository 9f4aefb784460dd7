import path from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { type EngineOptions, lintSources } from "../engine/engine.js";
import type { ProjectDocument } from "../rules/types.js";
import { toPointer } from "../util/pointer.js";
import { isInside } from "../util/write-file.js";
import { type Answers, type Origin, type RenderedFile, renderTemplates } from "./render.js";
import type { LoadedTemplate } from "./template.js";

/** Templates being filled in, and how to lint what they produce (the same engine `lint` runs). */
export interface Session {
  templates: readonly LoadedTemplate[];
  /** The output folder relative to the current directory ("" for it), so lint sees the real file names. */
  outPrefix?: string;
  /** The project's integrations, for resolving an action's provider (files being generated are left out). */
  externalIntegrations?: () => readonly ProjectDocument[];
  /** The project's config for a file (as `lint` run in the current directory would apply it). */
  configFor?: EngineOptions["configFor"];
}

/** One problem with an answer: lint's diagnostic, or init's own word on a file name. */
export interface Finding {
  message: string;
  /** The lint rule; absent for init's own checks (file names). */
  ruleId?: string;
  /** For a group answer: the item (0-based) and the item's key the problem is under, when known. */
  item?: { index: number; key?: string };
  /** The answer whose default, made from this answer, the problem is in (`contact_synchronization_endpoint`). */
  derived?: string;
}

/** What lint says about an answer: errors refuse it, warnings are shown and let it through. */
export interface Verdict {
  errors: Finding[];
  warnings: Finding[];
}

const FAKE_ROOT = path.resolve("/td-integration-out");
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Init's own word on an output file name (not a format question): a plain name inside the output folder. */
function fileNameProblem(file: string, key: string, value: unknown): string | undefined {
  const text = String(value);
  if (/[/\\]/.test(text) || text === "." || text === ".." || !isInside(FAKE_ROOT, file)) {
    return `\`${text}\` cannot be used in the file name ${file}: ${key} must not contain / or \\ or be . or .. (it names a file inside the output folder); use a name such as mycrm`;
  }
  const stem = path.posix.basename(file).split(".")[0] ?? "";
  if (WINDOWS_RESERVED.test(stem)) {
    return `\`${text}\` cannot be used in the file name ${file}: Windows reserves the name ${stem.toUpperCase()} for a device, so the file could not be created or checked out there; use a name such as mycrm`;
  }
  return undefined;
}

/** Lints rendered files in memory, under the names they will have relative to the current directory. */
function lint(session: Session, files: readonly RenderedFile[]): Diagnostic[] {
  const names = new Set(files.map((f) => lintName(session, f.path)));
  const summary = lintSources(
    files.map((f) => ({ file: lintName(session, f.path), text: f.text })),
    {
      configFor: session.configFor,
      externalIntegrations: () => (session.externalIntegrations?.() ?? []).filter((d) => !names.has(d.file)),
    },
  );
  return summary.results.flatMap((r) => r.diagnostics);
}

function lintName(session: Session, file: string): string {
  return session.outPrefix ? `${session.outPrefix}/${file}` : file;
}

function under(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/** The most specific origin (longest pointer) among `origins` that holds the diagnostic, if any. */
function holds(session: Session, origins: readonly Origin[], d: Diagnostic): string | undefined {
  let best: string | undefined;
  for (const origin of origins) {
    if (!origin.path || lintName(session, origin.file) !== d.file) continue;
    const pointer = toPointer(origin.path);
    if (under(d.pointer, pointer) && (best === undefined || pointer.length > best.length)) best = pointer;
  }
  return best;
}

/**
 * What lint says about one answer: the candidate files are rendered with the answers so far and
 * linted in memory, and the diagnostics at the places this answer was written are its verdict.
 * Answer keys are question ids, or `group/index/id` for an item of a group. `derived` names answers
 * whose default is made from this one (endpoints from the bridge URL): problems in them are this
 * answer's too. A group answer's findings say which item (and key) they are about.
 */
export function judgeAnswer(session: Session, answers: Answers, key: string, derived: readonly string[] = []): Verdict {
  const rendered = renderTemplates(session.templates, answers);
  const verdict: Verdict = { errors: [], warnings: [] };
  const value = valueAt(answers, key);
  const own = rendered.origins.get(key) ?? [];
  for (const origin of own) {
    if (origin.path) continue;
    const problem = fileNameProblem(origin.file, key, value);
    if (problem) verdict.errors.push({ message: problem });
  }
  const sources = [key, ...derived].map((k) => ({ key: k, origins: rendered.origins.get(k) ?? [] }));
  if (!sources.some((s) => s.origins.some((o) => o.path))) return dedupe(verdict);
  const items = Array.isArray(value) && !key.includes("/") ? itemOrigins(rendered.origins, key, value.length) : [];
  for (const d of lint(session, rendered.files)) {
    const source = sources.find((s) => holds(session, s.origins, d) !== undefined);
    if (!source) continue;
    const finding: Finding = { message: d.message, ruleId: d.ruleId };
    if (source.key !== key) finding.derived = source.key;
    else if (items.length > 0) finding.item = itemOf(session, items, d);
    (d.severity === "error" ? verdict.errors : verdict.warnings).push(finding);
  }
  return dedupe(verdict);
}

interface ItemOrigins {
  index: number;
  origins: Origin[];
  keys: { key: string; origins: Origin[] }[];
}

function itemOrigins(origins: ReadonlyMap<string, Origin[]>, group: string, count: number): ItemOrigins[] {
  return Array.from({ length: count }, (_, index) => {
    const prefix = `${group}/${index}/`;
    const keys = [...origins]
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, o]) => ({ key: k.slice(prefix.length), origins: o }));
    return { index, origins: origins.get(`${group}/${index}`) ?? [], keys };
  });
}

function itemOf(session: Session, items: readonly ItemOrigins[], d: Diagnostic): Finding["item"] {
  let found: { index: number; key?: string; depth: number } | undefined;
  for (const item of items) {
    for (const { key, origins } of item.keys) {
      const depth = holds(session, origins, d);
      if (depth !== undefined && (!found || depth.length > found.depth))
        found = { index: item.index, key, depth: depth.length };
    }
    const depth = holds(session, item.origins, d);
    if (depth !== undefined && (!found || depth.length > found.depth))
      found = { index: item.index, depth: depth.length };
  }
  return found && { index: found.index, ...(found.key ? { key: found.key } : {}) };
}

function dedupe(verdict: Verdict): Verdict {
  const unique = (list: Finding[]) => {
    const seen = new Set<string>();
    return list.filter((f) => {
      const id = `${f.ruleId}\u0000${f.message}\u0000${f.item?.index}\u0000${f.item?.key}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  };
  return { errors: unique(verdict.errors), warnings: unique(verdict.warnings) };
}

function valueAt(answers: Answers, key: string): unknown {
  const [id, index, sub] = key.split("/");
  const value = answers[id as string];
  if (index === undefined) return value;
  const item = Array.isArray(value) ? value[Number(index)] : undefined;
  return sub === undefined ? item : (item as Answers | undefined)?.[sub];
}

export interface FinalCheck {
  files: RenderedFile[];
  /** Lint's errors on the rendered files (named relative to the current directory): nothing is written while any. */
  errors: Diagnostic[];
  /** Lint's warnings on them: shown, never blocking. */
  warnings: Diagnostic[];
  /** Output names that cannot be used (init's own check). */
  pathProblems: string[];
}

/** Renders all files and lints them together, in memory: the last word before anything is written. */
export function checkAll(session: Session, answers: Answers): FinalCheck {
  const rendered = renderTemplates(session.templates, answers);
  const pathProblems = new Set<string>();
  for (const [key, origins] of rendered.origins) {
    for (const origin of origins) {
      if (origin.path) continue;
      const problem = fileNameProblem(origin.file, key, valueAt(answers, key));
      if (problem) pathProblems.add(problem);
    }
  }
  for (const file of rendered.files) {
    if (!isInside(FAKE_ROOT, file.path)) pathProblems.add(`the file name ${file.path} leaves the output folder`);
  }
  const diagnostics = lint(session, rendered.files);
  return {
    files: rendered.files,
    errors: diagnostics.filter((d) => d.severity === "error"),
    warnings: diagnostics.filter((d) => d.severity === "warning"),
    pathProblems: [...pathProblems],
  };
}
