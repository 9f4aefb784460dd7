import path from "node:path";
import type { ResolvedConfig } from "../config/load.js";
import { type EngineOptions, lintSources, type SourceFile } from "./engine.js";
import { selectFiles } from "./files.js";
import { findIntegrations } from "./lookup.js";
import { type ReadFailure, type ReadOutcome, readSource, withReadFailures } from "./read.js";
import type { LintSummary } from "./types.js";

/**
 * The steps of a lint run shared by `td-integration lint` and the programmatic `lint()`:
 * select files, read them, then lint (or fix) with the config. Nothing here prints, exits or writes.
 */

export interface CollectOptions {
  cwd: string;
  config: ResolvedConfig;
  /** A directory or glob that matches nothing is an error unless this is false. */
  errorOnUnmatchedPattern?: boolean;
  /** Called for each file left out by the config's `files`/`ignores`. */
  onIgnored?: (file: string) => void;
  /** Leave the files unread in `pending` for lintCollected to read one at a time (not with fix). */
  lazy?: boolean;
  /** Reads one file (absolute path); the default is readSource. */
  read?: (absolute: string) => ReadOutcome;
}

export interface Collected {
  sources: SourceFile[];
  /** Directories walked in full (absolute): every JSON file under them is already among the sources. */
  walked?: string[];
  /** Files that could not be read: each becomes a `file-read` error. */
  failures: ReadFailure[];
  /**
   * Files selected but not read yet (`lazy`): lint reads each one when it gets to it and lets its
   * text go afterwards, so memory stays flat however many files there are.
   */
  pending?: { files: string[]; read: (file: string) => ReadOutcome };
}

/** Selects files from paths, globs and directories, keeps those the config selects, and reads them. */
export async function collectSources(paths: readonly string[], options: CollectOptions): Promise<Collected> {
  const { cwd, config } = options;
  const walked: string[] = [];
  const files = await selectFiles(paths, {
    cwd,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    onWalk: (directory) => walked.push(directory),
  });
  const read = options.read ?? ((absolute: string) => readSource(absolute));
  const collected: Collected = { sources: [], failures: [], walked };
  const selected = files.filter((file) => {
    if (config.isSelected(file)) return true;
    options.onIgnored?.(file);
    return false;
  });
  if (options.lazy) {
    collected.pending = { files: selected, read: (file) => read(path.resolve(cwd, file)) };
    return collected;
  }
  for (const file of selected) {
    const outcome = read(path.resolve(cwd, file));
    if (outcome.ok) collected.sources.push({ file, text: outcome.text });
    else collected.failures.push({ file, reason: outcome.reason });
  }
  return collected;
}

export interface LintRunOptions {
  cwd: string;
  config: ResolvedConfig;
  /** Apply fixes in memory: each changed file's result gets its fixed text as `output`. */
  fix?: boolean;
}

/** Lints (or fixes) read sources with the config and adds the unreadable files' errors. */
export async function lintCollected(collected: Collected, options: LintRunOptions): Promise<LintSummary> {
  const { cwd, config } = options;
  const { pending } = collected;
  const inRun = new Set(pending ? pending.files : collected.sources.map((s) => s.file));
  const engine: EngineOptions = {
    configFor: (file) => config.configFor(file),
    // Roots inside a folder this run walked hold nothing new: search only the others.
    externalIntegrations: () => {
      const walked = collected.walked ?? [];
      const roots = config.integrationRoots.filter((root) => !walked.some((dir) => isWithin(dir, root)));
      return findIntegrations(roots, cwd, inRun).filter((doc) => config.isSelected(doc.file));
    },
  };
  let summary: LintSummary;
  if (options.fix) {
    // Loaded only when fixing: it brings the diff library.
    const { fixSources } = await import("./fix.js");
    summary = fixSources(collected.sources, engine).summary;
  } else if (pending) {
    const reread = (file: string) => {
      const outcome = pending.read(file);
      return outcome.ok ? outcome.text : undefined;
    };
    summary = lintSources(readEach(pending, collected.failures), { ...engine, reread });
  } else {
    summary = lintSources(collected.sources, engine);
  }
  return withReadFailures(summary, collected.failures);
}

function isWithin(directory: string, target: string): boolean {
  const relative = path.relative(directory, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** Reads the pending files one at a time as lint asks for them; unreadable ones go to `failures`. */
function* readEach(pending: NonNullable<Collected["pending"]>, failures: ReadFailure[]): Generator<SourceFile> {
  const BATCH = 256;
  for (let start = 0; start < pending.files.length; start += BATCH) {
    const batch = pending.files.slice(start, start + BATCH);
    const outcomes = batch.map((file) => pending.read(file));
    for (let i = 0; i < batch.length; i++) {
      const outcome = outcomes[i] as ReadOutcome;
      const file = batch[i] as string;
      if (outcome.ok) yield { file, text: outcome.text };
      else failures.push({ file, reason: outcome.reason });
    }
  }
}
