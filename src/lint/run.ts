import path from "node:path";
import type { ResolvedConfig } from "../config/load.js";
import type { LintSummary } from "../diagnostic.js";
import { bytePool, decodeSource, type ReadFailure, readBytes, readSource } from "../document/read.js";
import { type EngineOptions, lintSources, ProjectPass, passFile, type SourceFile } from "../engine/engine.js";
import { withReadFailures } from "../engine/read-failures.js";
import { absoluteIn } from "../util/absolute-path.js";
import { selectFiles } from "./files.js";
import { findIntegrations } from "./lookup.js";
import { applyConfigSuppressions } from "./suppress.js";

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
}

export interface Collected {
  sources: SourceFile[];
  /** Directories walked in full (absolute): every JSON file under them is already among the sources. */
  walked?: string[];
  /** Files that could not be read: each becomes a `file-read` error. */
  failures: ReadFailure[];
  /**
   * Files selected but not read yet (`lazy`): lint reads them one at a time and lets each text go
   * once the file is linted, so memory stays flat however many files there are.
   */
  pending?: string[];
}

/** Selects files from paths, globs and directories, keeps those the config selects, and reads them. */
export async function collectSources(paths: readonly string[], options: CollectOptions): Promise<Collected> {
  const { cwd, config } = options;
  const walked: string[] = [];
  const files = await selectFiles(paths, {
    cwd,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    // A folder the config ignores may be unreadable: a file in it would not be linted anyway.
    leavesOut: (folder) => !config.isSelected(`${folder}/any.json`),
    onWalk: (directory) => walked.push(directory),
  });
  const collected: Collected = { sources: [], failures: [], walked };
  const selected = files.filter((file) => {
    if (config.isSelected(file)) return true;
    options.onIgnored?.(file);
    return false;
  });
  if (options.lazy) {
    collected.pending = selected;
    return collected;
  }
  for (const file of selected) {
    const outcome = readSource(path.resolve(cwd, file));
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
  const inRun = new Set(pending ?? collected.sources.map((s) => s.file));
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
  if (pending) {
    summary = lintPending(pending, collected.failures, engine, options);
  } else {
    if (options.fix) {
      // Loaded only when fixing: it brings the diff library.
      const { fixSources } = await import("../engine/fix.js");
      summary = fixSources(collected.sources, engine).summary;
    } else {
      summary = lintSources(collected.sources, engine);
    }
  }
  return applyConfigSuppressions(withReadFailures(summary, collected.failures), config);
}

function isWithin(directory: string, target: string): boolean {
  const relative = path.relative(directory, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * Files are read a chunk at a time into one reused buffer, then linted: reading each file between two
 * files' rules made every `open` about 2.5 times slower (the rules' memory had pushed the file
 * system's out of the CPU caches), and the buffer leaves no garbage. Without both, `npm run bench`
 * took 13-20% more CPU time at 4,000 files (bench/PROFILE.md, December).
 */
const CHUNK_SIZE = 256;

/** Reads and lints files a chunk at a time; unreadable ones go to `failures`. */
function lintPending(
  files: readonly string[],
  failures: ReadFailure[],
  engine: EngineOptions,
  options: LintRunOptions,
): LintSummary {
  const { cwd, config } = options;
  // Files a cross-file rule reports on are read again, hundreds in a large run: into one buffer.
  const rereadPool = bytePool(256 * 1024);
  const reread = (file: string) => {
    const outcome = readSource(absoluteIn(cwd, file), {}, rereadPool);
    return outcome.ok ? outcome.text : undefined;
  };
  const project = new ProjectPass({ ...engine, reread });
  // A chunk of manifests (a few kilobytes each) fits with room to spare.
  const pool = bytePool(2 * 1024 * 1024);
  for (let start = 0; start < files.length; start += CHUNK_SIZE) {
    const chunk = files.slice(start, start + CHUNK_SIZE);
    pool.used = 0;
    const reads = chunk.map((file) => readBytes(absoluteIn(cwd, file), {}, pool));
    reads.forEach((read, i) => {
      const file = chunk[i] as string;
      // Decoded only now: a text lives while its file is linted, not while the whole chunk is.
      const outcome = read.ok ? decodeSource(read.bytes) : read;
      if (!outcome.ok) {
        failures.push({ file, reason: outcome.reason });
        return;
      }
      const fileConfig = config.configFor(file);
      project.add(passFile({ file, text: outcome.text }, fileConfig), fileConfig);
    });
  }
  return project.finish();
}
