import path from "node:path";
import type { ResolvedConfig } from "../config/load.js";
import type { LintSummary } from "../diagnostic.js";
import { absoluteIn } from "../util/absolute-path.js";
import { type EngineOptions, lintSources, ProjectPass, type SourceFile } from "./engine.js";
import { selectFiles } from "./files.js";
import { findIntegrations } from "./lookup.js";
import { CHUNK_SIZE, type ChunkResult, type Concurrency, passChunk, threadCount } from "./parallel.js";
import { bytePool, type ReadFailure, readSource, withReadFailures } from "./read.js";
import type { LintWorkers, ParallelConfig } from "./workers.js";

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
  /** Leave the files unread in `pending` for lintCollected to read a chunk at a time (not with fix). */
  lazy?: boolean;
}

export interface Collected {
  sources: SourceFile[];
  /** Directories walked in full (absolute): every JSON file under them is already among the sources. */
  walked?: string[];
  /** Files that could not be read: each becomes a `file-read` error. */
  failures: ReadFailure[];
  /**
   * Files selected but not read yet (`lazy`): lint reads them a chunk at a time and lets each text
   * go once the file is linted, so memory stays flat however many files there are.
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
  /** Threads for linting `pending` files (fixing always runs on one). Default: `off`. */
  concurrency?: Concurrency;
  /** Told how many files each thread linted (the main thread first), when more than one was used. */
  onThreads?: (filesPerThread: number[]) => void;
  /** Workers started early (see startWorkersEarly); used if the run is large enough, else stopped. */
  workers?: LintWorkers;
}

/** A walk still running after this long is a large tree: worth starting the worker threads meanwhile. */
const LARGE_WALK_MS = 25;

/**
 * Waits for `walk` (the search for files). If it outlasts a small repository's walk, starts the
 * worker threads `concurrency` may use, so that loading the linter in them overlaps the rest of the
 * walk. On one core, with `off`, or after a quick walk, no thread is started here.
 */
export async function walkStartingWorkers<T>(
  walk: Promise<T>,
  concurrency: Concurrency,
  cwd: string,
  config: ResolvedConfig,
): Promise<{ value: T; workers: LintWorkers | undefined }> {
  let starting: Promise<LintWorkers> | undefined;
  const count = threadCount(concurrency, Number.MAX_SAFE_INTEGER) - 1;
  const timer =
    count > 0
      ? setTimeout(() => {
          starting = import("./workers.js").then(
            ({ LintWorkers }) => new LintWorkers(count, parallelConfig(cwd, config)),
          );
        }, LARGE_WALK_MS)
      : undefined;
  try {
    const value = await walk;
    // Assigned by the timer, which TypeScript's flow analysis does not see.
    return { value, workers: await (starting as Promise<LintWorkers> | undefined) };
  } catch (error) {
    void (starting as Promise<LintWorkers> | undefined)?.then((workers) => workers.stop());
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function parallelConfig(cwd: string, config: ResolvedConfig): ParallelConfig {
  return {
    cwd,
    config: config.config,
    filepath: config.filepath,
    baseDir: config.baseDir,
    configFor: (file) => config.configFor(file),
  };
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
    summary = await lintPending(pending, collected.failures, engine, options);
  } else {
    options.workers?.stop();
    if (options.fix) {
      // Loaded only when fixing: it brings the diff library.
      const { fixSources } = await import("./fix.js");
      summary = fixSources(collected.sources, engine).summary;
    } else {
      summary = lintSources(collected.sources, engine);
    }
  }
  return withReadFailures(summary, collected.failures);
}

function isWithin(directory: string, target: string): boolean {
  const relative = path.relative(directory, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** Reads and lints files a chunk at a time, on several threads if asked; unreadable ones go to `failures`. */
async function lintPending(
  files: readonly string[],
  failures: ReadFailure[],
  engine: EngineOptions,
  options: LintRunOptions,
): Promise<LintSummary> {
  const { cwd, config } = options;
  // Files a cross-file rule reports on are read again, hundreds in a large run: into one buffer.
  const rereadPool = bytePool(256 * 1024);
  const reread = (file: string) => {
    const outcome = readSource(absoluteIn(cwd, file), {}, rereadPool);
    return outcome.ok ? outcome.text : undefined;
  };
  const project = new ProjectPass({ ...engine, reread });
  const add = (chunk: ChunkResult) => {
    for (const pass of chunk.passes) project.add(pass, config.configFor(pass.result.file));
    failures.push(...chunk.failures);
  };
  const parallel = parallelConfig(cwd, config);
  const threads = threadCount(options.concurrency ?? "off", files.length);
  if (threads > 1) {
    const { passInParallel } = await import("./workers.js");
    const { chunks, filesPerThread } = await passInParallel(files, parallel, threads, options.workers);
    for (const chunk of chunks) add(chunk);
    options.onThreads?.(filesPerThread);
  } else {
    options.workers?.stop();
    for (let start = 0; start < files.length; start += CHUNK_SIZE) {
      add(passChunk(files.slice(start, start + CHUNK_SIZE), cwd, parallel.configFor));
    }
  }
  return project.finish();
}
