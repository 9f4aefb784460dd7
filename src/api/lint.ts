import { statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { ResolvedConfig } from "../config/load.js";
import type { ConfigFile } from "../config/schema.js";
import type { FileResult, LintSummary } from "../diagnostic.js";
import type { SourceFile } from "../engine/engine.js";
import {
  applyBaseline,
  type Baseline,
  BaselineError,
  baselineSize,
  baselineText,
  readBaseline,
  updatedBaseline,
} from "../lint/baseline.js";
import type { CacheSettings } from "../lint/cache.js";
import { FileSelectionError } from "../lint/files.js";
import { type Collected, collectSources, lintCollected } from "../lint/run.js";
import { resolveApiConfig } from "./config.js";
import {
  BaselineInvalidError,
  checkFileList,
  checkOptions,
  OptionError,
  PathError,
  reasonOf,
  WriteError,
} from "./errors.js";

export interface LintOptions {
  /**
   * Files, directories (every `*.json` below them, outside `node_modules` and `.git`) and globs,
   * relative to `cwd`. Default: `cwd` itself, unless `texts` are given.
   */
  files?: readonly string[];
  /**
   * Texts to lint as if they were these files (an editor's unsaved buffer); a text wins over a file
   * of the same name. Like `--stdin`, a text the config's `files`/`ignores` leave out is not linted.
   */
  texts?: readonly SourceFile[];
  /** The directory paths and config globs are relative to. Default: `process.cwd()`. */
  cwd?: string;
  /**
   * A config object, validated like a config file (its globs are relative to `cwd`); `false` for
   * the defaults. Absent: the config file is searched from `cwd` up to the home directory, as the CLI does.
   */
  config?: ConfigFile | false;
  /** Use exactly this config file (relative to `cwd`) instead of searching. */
  configFile?: string;
  /**
   * Apply safe fixes in memory: each result whose text changed gets the fixed text as `output`, and
   * the diagnostics are those left after fixing. Nothing is written; see {@link writeFixes}.
   */
  fix?: boolean;
  /** A directory or glob that matches no file throws, unless this is false. Default: true. */
  errorOnUnmatchedPattern?: boolean;
  /** Told each file and text the config's `files`/`ignores` leave out (the CLI's `--verbose` lists them). */
  onIgnored?: (file: string) => void;
  /** Told how many files and texts will be linted, before the first is read (awaited). */
  onSelected?: (count: number) => void | Promise<void>;
  /**
   * Accepted for ESLint's `concurrency` and checked the same way (a number of threads, `"auto"` or
   * `"off"`), but lint always runs on one thread: a second one did not make it faster.
   */
  concurrency?: Concurrency;
  /**
   * A baseline file (relative to `cwd`, written by {@link writeBaseline}): the problems it records
   * (by file, rule and JSON pointer) are not reported but moved to each result's `suppressed`, and its
   * entries that no problem matches any more are listed in `staleSuppressions`. A missing or malformed
   * baseline rejects with `BASELINE_INVALID`.
   */
  baseline?: string;
  /**
   * With `baseline`: judge the run against a baseline of its own problems (a missing file is then
   * no error), so every problem found is suppressed and nothing is stale; {@link writeBaseline} writes it.
   */
  updateBaseline?: boolean;
  /**
   * Reuse the results of files unchanged since the last run with the same config and tool version,
   * as ESLint's `cache`; cross-file checks still run over every file. Default: false.
   */
  cache?: boolean;
  /**
   * Where the cache is kept, relative to `cwd`: a folder (ending with `/`, or existing) or a file.
   * Default: `node_modules/.cache/td-integration/`.
   */
  cacheLocation?: string;
  /** How a file is known to be unchanged: its size and times (`metadata`, the default) or a hash of its bytes (`content`). */
  cacheStrategy?: CacheStrategy;
  /** Told, in one line, when a cache file was damaged and dropped, or could not be written (lint goes on). */
  onCacheNotice?: (message: string) => void;
}

/** ESLint's cache strategies. */
export type CacheStrategy = "metadata" | "content";

/** The default of {@link LintOptions.cacheLocation}. */
export const DEFAULT_CACHE_LOCATION = "node_modules/.cache/td-integration/";

function statOrUndefined(file: string) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined; // a path through a file: writing the cache will say why
  }
}

function cacheSettings(options: LintOptions, cwd: string): CacheSettings | undefined {
  const strategy = options.cacheStrategy ?? "metadata";
  if (strategy !== "metadata" && strategy !== "content") {
    throw new OptionError(`cacheStrategy must be "metadata" or "content", not ${JSON.stringify(strategy)}`);
  }
  const location = options.cacheLocation ?? DEFAULT_CACHE_LOCATION;
  if (typeof location !== "string" || location === "") {
    throw new OptionError(
      `cacheLocation must be a path, such as ".td-integration-cache", not ${JSON.stringify(location)}`,
    );
  }
  if (!options.cache) return undefined;
  // A trailing separator says "a folder", and path.resolve would drop it.
  const absolute = path.resolve(cwd, location) + (/[\\/]$/.test(location) ? path.sep : "");
  // A pipe or a device given as the location: no cache, and no files beside it.
  const existing = statOrUndefined(absolute);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    options.onCacheNotice?.(
      `the cache location ${absolute} is not a folder or a regular file; linting without the cache`,
    );
    return undefined;
  }
  // A function of this run's own: the cache tells each run once that it could not write.
  return { location: absolute, strategy, notice: (message) => options.onCacheNotice?.(message) };
}

/** ESLint's `concurrency` values: accepted, with no effect (see {@link LintOptions.concurrency}). */
export type Concurrency = number | "auto" | "off";

function checkConcurrency(value: unknown): void {
  if (value === undefined || value === "auto" || value === "off") return;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return;
  throw new OptionError(
    `concurrency must be "auto", "off" or a whole number of threads (1 or more), not ${JSON.stringify(value)}`,
  );
}

function checkBaselineOptions(options: LintOptions): void {
  const { baseline, updateBaseline } = options;
  if (baseline !== undefined && (typeof baseline !== "string" || baseline === "")) {
    throw new OptionError(
      `baseline must be the path of a baseline file, such as "td-integration-baseline.json", not ${JSON.stringify(baseline)}`,
    );
  }
  if (updateBaseline && baseline === undefined) {
    throw new OptionError('updateBaseline needs baseline, the file to write, such as "td-integration-baseline.json"');
  }
}

/** Reads the baseline named in the options, if any, as an API error when it cannot be used. */
function loadBaseline(cwd: string, file: string, missingIsEmpty: boolean): Baseline {
  try {
    return readBaseline(path.resolve(cwd, file), file, missingIsEmpty);
  } catch (error) {
    if (error instanceof BaselineError) throw new BaselineInvalidError(error.message);
    throw error;
  }
}

function checkTexts(texts: readonly SourceFile[]): void {
  texts.forEach((entry, index) => {
    if (typeof entry?.file !== "string" || entry.file === "" || typeof entry.text !== "string") {
      throw new OptionError(`texts[${index}] must be { file: string, text: string } with a non-empty file name`);
    }
  });
}

/**
 * Lints files and texts exactly as `td-integration lint` does (same file selection, config,
 * rules, cross-file checks and fixes) and resolves to the results. Never prints, exits or writes.
 *
 * Rejects with a {@link TdIntegrationError}: `CONFIG_INVALID`, `PATH_NOT_FOUND`,
 * `NO_FILES_MATCHED` or `INVALID_OPTION`. Files that cannot be read are not thrown: each gets a
 * `file-read` error in the results, as in the CLI.
 *
 * @example
 * const summary = await lint({ files: ["integrations", "actions"], fix: true });
 * if (summary.errorCount > 0) console.log(format(summary, "stylish"));
 */
export async function lint(options: LintOptions = {}): Promise<LintSummary> {
  return (await lintKeepingTexts(options, false)).summary;
}

/** What a lint run read and how it judged it, for callers that show the files next to the diagnostics. */
export interface LintRun {
  summary: LintSummary;
  /** The texts linted, by file (with `keepTexts`); unreadable files have none. */
  texts: ReadonlyMap<string, string>;
  config: ResolvedConfig;
}

/**
 * `lint()`, handing back the texts it linted and the config it used, so that `render` shows the very
 * texts lint judged. Not part of the public API.
 */
export async function lintKeepingTexts(options: LintOptions, keepTexts: boolean): Promise<LintRun> {
  checkOptions("lint", options, '{ files: ["integrations"] }');
  checkFileList(options.files);
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const texts = options.texts ?? [];
  checkTexts(texts);
  checkConcurrency(options.concurrency);
  checkBaselineOptions(options);
  const cache = cacheSettings(options, cwd);
  const config = await resolveApiConfig({ cwd, config: options.config, configFile: options.configFile });
  // Read before any file is: a baseline that cannot be used stops the run before it starts.
  const baseline =
    options.baseline === undefined ? undefined : loadBaseline(cwd, options.baseline, Boolean(options.updateBaseline));

  let collected: Collected = { sources: [], failures: [] };
  if (options.files !== undefined || options.texts === undefined) {
    try {
      collected = await collectSources(options.files ?? [], {
        cwd,
        config,
        errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
        onIgnored: options.onIgnored,
        // Read as lint goes (memory stays flat), unless texts are merged in or fixes need every text.
        lazy: !keepTexts && !options.fix && options.texts === undefined,
        cache,
      });
    } catch (error) {
      if (error instanceof FileSelectionError) {
        const code = {
          "not-found": "PATH_NOT_FOUND",
          "no-match": "NO_FILES_MATCHED",
          unreadable: "FILE_UNREADABLE",
        } as const;
        throw new PathError(code[error.reason], error.message);
      }
      throw error;
    }
  }
  if (texts.length > 0) {
    const given = texts
      .map((t) => ({ file: t.file.split(path.sep).join("/"), text: t.text }))
      .filter((t) => {
        if (config.isSelected(t.file)) return true;
        options.onIgnored?.(t.file);
        return false;
      });
    const names = new Set(given.map((t) => t.file));
    const sources = [...collected.sources.filter((s) => !names.has(s.file)), ...given];
    sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    collected = { sources, failures: collected.failures.filter((f) => !names.has(f.file)) };
  }
  await options.onSelected?.(collected.pending?.length ?? collected.sources.length);
  let summary = await lintCollected(collected, { cwd, config, fix: options.fix, cache });
  if (texts.length > 0) {
    // A given text is not the file on disk: formats that show the source (ESLint's JSON) take it from here.
    const given = new Map(texts.map((t) => [t.file.split(path.sep).join("/"), t.text]));
    for (const result of summary.results) {
      const text = given.get(result.file);
      if (text !== undefined) result.source ??= text;
    }
  }
  if (baseline) {
    summary = applyBaseline(summary, options.updateBaseline ? updatedBaseline(summary, baseline, cwd) : baseline, cwd);
  }
  const read = new Map(keepTexts ? collected.sources.map((s) => [s.file, s.text] as const) : []);
  return { summary, texts: read, config };
}

/**
 * Writes the fixed text of every result that has an `output` (from `lint({ fix: true })`) to its
 * file under `cwd`, atomically, and resolves to the files written. Rejects with a WriteError, and
 * writes nothing, when one of the files is read-only (its mode has no write bit).
 */
export async function writeFixes(summary: LintSummary, options: { cwd?: string } = {}): Promise<string[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  // Loaded only to write: lint() and the CLI's lint never need it.
  const { isReadOnly, writeFailureReason, writeFileSafely, ReadOnlyFileError } = await import("../util/write-file.js");
  const changed = summary.results.filter((r) => r.output !== undefined);
  const readOnly = changed.filter((r) => {
    try {
      return isReadOnly(statSync(path.resolve(cwd, r.file)));
    } catch {
      return false; // said when the write fails
    }
  });
  if (readOnly.length > 0) {
    const first = readOnly[0] as FileResult;
    const others = readOnly.length > 1 ? ` (and ${readOnly.length - 1} more read-only files)` : "";
    throw new WriteError(
      first.file,
      `cannot write ${first.file}${others}: ${new ReadOnlyFileError(first.file).message}; nothing was fixed`,
    );
  }
  const written: string[] = [];
  for (const result of changed) {
    try {
      writeFileSafely(path.resolve(cwd, result.file), result.output as string);
    } catch (error) {
      throw new WriteError(result.file, `cannot write ${result.file}: ${writeFailureReason(error)}`);
    }
    written.push(result.file);
  }
  return written;
}

/**
 * Writes the baseline of a run (from `lint({ baseline, updateBaseline: true })`, or any run with a
 * baseline) atomically: the problems of the files linted, by file, rule and pointer, and the entries
 * of other files that still exist. Resolves to the number of problems recorded. Rejects with a
 * BaselineInvalidError when the file there is not a baseline (it is left as it is), or a WriteError.
 */
export async function writeBaseline(
  summary: LintSummary,
  options: { cwd?: string; baseline: string },
): Promise<{ file: string; problems: number }> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  checkBaselineOptions({ baseline: options.baseline });
  const next = updatedBaseline(summary, loadBaseline(cwd, options.baseline, true), cwd);
  const { writeFileSafely } = await import("../util/write-file.js");
  try {
    await mkdir(path.dirname(next.file), { recursive: true });
    await writeFileSafely(next.file, baselineText(next));
  } catch (error) {
    throw new WriteError(options.baseline, `cannot write ${options.baseline}: ${reasonOf(error)}`);
  }
  return { file: options.baseline, problems: baselineSize(next) };
}
