import path from "node:path";
import type { ResolvedConfig } from "../config/load.js";
import type { LintSummary } from "../diagnostic.js";
import { bytePool, decodeSource, type ReadFailure, readBytes, readSource } from "../document/read.js";
import { type EngineOptions, lintSources, ProjectPass, passFile, type SourceFile } from "../engine/engine.js";
import { withReadFailures } from "../engine/read-failures.js";
import { absoluteIn } from "../util/absolute-path.js";
import type { CacheSettings, FileStamp, LintCache } from "./cache.js";
import { selectFiles } from "./files.js";
import type { StoredFolderListings } from "./folder-cache.js";
import { lookupIntegrations } from "./lookup.js";
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
  /** `--cache`: folders unchanged since the last run are not read again (src/lint/folder-cache.ts). */
  cache?: CacheSettings;
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
  /** `--cache`: the folder listings, for the integration search to use and save. */
  folderListings?: StoredFolderListings;
}

/** Selects files from paths, globs and directories, keeps those the config selects, and reads them. */
export async function collectSources(paths: readonly string[], options: CollectOptions): Promise<Collected> {
  const { cwd, config } = options;
  const walked: string[] = [];
  const listings = options.cache && (await import("./folder-cache.js")).StoredFolderListings.open(options.cache);
  const files = await selectFiles(paths, {
    cwd,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    // A folder the config ignores may be unreadable: a file in it would not be linted anyway.
    leavesOut: (folder) => !config.isSelected(`${folder}/any.json`),
    onWalk: (directory) => walked.push(directory),
    listings: listings ? (directory, walk) => listings.forWalk(directory, walk) : undefined,
  });
  await listings?.save();
  const collected: Collected = { sources: [], failures: [], walked, folderListings: listings || undefined };
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
  /** `--cache`: reuse the results of unchanged files (src/lint/cache.ts). */
  cache?: CacheSettings;
}

type CacheModule = typeof import("./cache.js");

/** Lints (or fixes) read sources with the config and adds the unreadable files' errors. */
export async function lintCollected(collected: Collected, options: LintRunOptions): Promise<LintSummary> {
  const { cwd, config } = options;
  const { pending } = collected;
  const inRun = new Set(pending ?? collected.sources.map((s) => s.file));
  // Loaded only with --cache: a run without it never pays for hashing or the cache files.
  const caching = options.cache ? await import("./cache.js") : undefined;
  const walked = collected.walked ?? [];
  // Roots inside a folder this run walked hold nothing new: search only the others.
  const roots = config.integrationRoots.filter((root) => !walked.some((dir) => isWithin(dir, root)));
  let index: ReturnType<CacheModule["StoredIntegrationIndex"]["open"]> | undefined;
  const openIndex = () => {
    const listings = collected.folderListings;
    index ??= (caching as CacheModule).StoredIntegrationIndex.open(
      options.cache as CacheSettings,
      cwd,
      roots,
      listings && ((root, walk) => listings.forWalk(root, walk)),
    );
    return index;
  };
  const engine: EngineOptions = {
    configFor: (file) => config.configFor(file),
    externalIntegrations: (wanted) =>
      lookupIntegrations({
        roots,
        cwd,
        exclude: inRun,
        isSelected: (file) => config.isSelected(file),
        wanted,
        index: caching && {
          candidates: (name) => openIndex().candidates(name),
          search: () => openIndex().search(),
        },
      }),
  };
  const withCache =
    caching && options.cache
      ? {
          module: caching,
          cache: caching.LintCache.open(options.cache, caching.cacheKey(config, cwd, options.cache.strategy)),
        }
      : undefined;
  const cache = withCache?.cache;
  let summary: LintSummary;
  if (pending) {
    summary = lintPending(pending, collected.failures, engine, options, withCache);
    const seen = new Set(pending);
    cache?.prune(
      walked.map((dir) => toPosix(path.relative(cwd, dir))),
      seen,
    );
  } else {
    if (options.fix) {
      // Loaded only when fixing: it brings the diff library.
      const { fixSources } = await import("../engine/fix.js");
      summary = fixSources(collected.sources, engine).summary;
      // Files about to be rewritten are linted again next time, whatever their size and times.
      for (const result of summary.results) if (result.output !== undefined) cache?.delete(result.file);
    } else {
      summary = lintSources(collected.sources, engine);
    }
  }
  await cache?.save();
  await index?.save();
  await collected.folderListings?.save();
  return applyConfigSuppressions(withReadFailures(summary, collected.failures), config);
}

const toPosix = (p: string) => p.split(path.sep).join("/");

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

/** Reads and lints files a chunk at a time; unreadable ones go to `failures`. Unchanged files come from the cache. */
function lintPending(
  files: readonly string[],
  failures: ReadFailure[],
  engine: EngineOptions,
  options: LintRunOptions,
  caching: { cache: LintCache; module: CacheModule } | undefined,
): LintSummary {
  const { cwd, config } = options;
  // Files a cross-file rule reports on are read again, hundreds in a large run: into one buffer.
  const rereadPool = bytePool(256 * 1024);
  const reread = (file: string) => {
    const outcome = readSource(absoluteIn(cwd, file), {}, rereadPool);
    return outcome.ok ? outcome.text : undefined;
  };
  const project = new ProjectPass({ ...engine, reread });
  const cache = caching?.cache;
  const byMetadata = cache?.strategy === "metadata";
  // A chunk of manifests (a few kilobytes each) fits with room to spare.
  const pool = bytePool(2 * 1024 * 1024);
  for (let start = 0; start < files.length; start += CHUNK_SIZE) {
    const chunk = files.slice(start, start + CHUNK_SIZE);
    pool.used = 0;
    // Stamped before reading: a file changed meanwhile gets a stamp that no longer matches next time.
    const stamps: (FileStamp | undefined)[] = byMetadata
      ? chunk.map((file) => {
          const { statOrUndefined, statStamp } = (caching as { module: CacheModule }).module;
          const stat = statOrUndefined(absoluteIn(cwd, file));
          return stat?.isFile() ? statStamp(stat) : undefined;
        })
      : [];
    const cached = chunk.map((file, i) => {
      const stamp = stamps[i];
      return stamp && cache?.get(file, stamp);
    });
    const reads = chunk.map((file, i) => (cached[i] ? undefined : readBytes(absoluteIn(cwd, file), {}, pool)));
    reads.forEach((read, i) => {
      const file = chunk[i] as string;
      const fileConfig = config.configFor(file);
      const hit = cached[i];
      if (hit) {
        project.add(hit, fileConfig);
        return;
      }
      if (!read?.ok) {
        failures.push({ file, reason: (read as { reason: string }).reason });
        cache?.delete(file);
        return;
      }
      let stamp = stamps[i];
      if (cache && !byMetadata) {
        stamp = caching.module.contentStamp(read.bytes);
        const fromCache = cache.get(file, stamp);
        if (fromCache) {
          project.add(fromCache, fileConfig);
          return;
        }
      }
      // Decoded only now: a text lives while its file is linted, not while the whole chunk is.
      const outcome = decodeSource(read.bytes);
      if (!outcome.ok) {
        failures.push({ file, reason: outcome.reason });
        cache?.delete(file);
        return;
      }
      const pass = passFile({ file, text: outcome.text }, fileConfig);
      if (cache && stamp) cache.set(file, stamp, pass);
      project.add(pass, fileConfig);
    });
  }
  return project.finish();
}
