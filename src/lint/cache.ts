import { mkdirSync, readFileSync, type Stats, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import type { ResolvedConfig } from "../config/load.js";
import type { Diagnostic, DocumentKind, FileResult } from "../diagnostic.js";
import type { FilePass } from "../engine/engine.js";
import { writeFileSafely } from "../util/write-file.js";
import { VERSION } from "../version.js";
import type { IntegrationIndex, SearchAids, Verdict } from "./lookup.js";

/**
 * `--cache`: what each file's own pass left (its diagnostics, and the name and provider the
 * cross-file rules need), kept between runs and used again while the file is unchanged, by size and
 * times (`metadata`) or by a hash of its bytes (`content`). The cross-file pass always runs again
 * from those names and providers, so a change in one file re-checks every file that names it.
 *
 * The file is a header line (format, key, checksum of the rest) and one line per linted file. The key
 * covers the tool's version and build, the rule set and the config: any change starts afresh. A file
 * that is not such a cache, or whose checksum fails (truncated, damaged), is dropped with a notice.
 * It is written to a temporary file and renamed, so concurrent runs never leave a mixed file.
 */

export type CacheStrategy = "metadata" | "content";

export interface CacheSettings {
  /** Absolute: a folder (ends with a separator, or exists as one) or a file. */
  location: string;
  strategy: CacheStrategy;
  /** Told, in one line, why a cache file was dropped or could not be written. */
  notice: (message: string) => void;
}

const LINT_FORMAT = "td-integration-lint-cache";
const INDEX_FORMAT = "td-integration-integration-index";
export const FORMAT_VERSION = 1;

/** The lint cache file, the integration index file and the folder listings file of a cache location. */
export function cacheFiles(location: string): { lint: string; index: string; folders: string } {
  const folder = /[\\/]$/.test(location) || statOrUndefined(location)?.isDirectory();
  return folder
    ? {
        lint: path.join(location, "lint-cache"),
        index: path.join(location, "integration-index"),
        folders: path.join(location, "folder-listings"),
      }
    : { lint: location, index: `${location}.integrations`, folders: `${location}.folders` };
}

/** The build of the tool itself: a rebuilt bundle (same version) must not use the old results. */
export function buildStamp(): string {
  try {
    const stat = statSync(fileURLToPath(import.meta.url));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "";
  }
}

/**
 * A 53-bit hash of a text (cyrb53), for the cache key: it spares loading node:crypto (5-30 ms) on
 * every run. File contents are hashed with SHA-1 (contentStamp).
 */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const zlibCrc32 = (zlib as { crc32?: (data: string | Buffer) => number }).crc32;

/**
 * The checksum of a cache file's body: zlib's native CRC-32 (Node 20.15 and later; hash53 in JS
 * took 10-30 ms on 640 KB, most of it before V8 optimised the loop), and the length.
 */
function checksum(body: string | Buffer): string {
  if (typeof body !== "string" && !zlibCrc32) return checksum(body.toString("latin1"));
  return `${zlibCrc32 ? zlibCrc32(body).toString(36) : hash53(body as string)}:${body.length}`;
}

/** What the cached results depend on besides each file: tool, rules, config, where paths are relative to. */
export function cacheKey(config: ResolvedConfig, cwd: string, strategy: CacheStrategy): string {
  const parts = [FORMAT_VERSION, VERSION, buildStamp(), config.filepath, config.baseDir, config.config, cwd];
  return hash53(JSON.stringify([...parts, strategy]));
}

interface Header {
  format: string;
  version: number;
  key: string;
  checksum: string;
  lines: number;
}

/**
 * Reads a cache file: the body lines, or undefined when there is none, it belongs to another key
 * (a changed config or tool: dropped quietly), or it is damaged (dropped with a notice).
 */
export function readCacheFile(
  file: string,
  format: string,
  key: string,
  notice: (m: string) => void,
): string[] | undefined {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    // A named pipe or a device would block the read, or never end it.
    if (!stat.isFile()) {
      notice(`the cache file ${file} is not a regular file; linting without the cache`);
      return undefined;
    }
    if (stat.size > MAX_CACHE_BYTES) {
      notice(`the cache file ${file} is larger than 1 GB; it was discarded and will be rebuilt`);
      return undefined;
    }
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Missing (or under a path that is not a folder): a first run; writing it will say what is wrong.
    if (code !== "ENOENT" && code !== "ENOTDIR")
      notice(`cannot read the cache file ${file} (${code ?? "error"}); linting without it`);
    return undefined;
  }
  const newline = bytes.indexOf(0x0a);
  let header: Partial<Header> | undefined;
  try {
    header = JSON.parse(bytes.subarray(0, newline < 0 ? bytes.length : newline).toString("utf8")) as Partial<Header>;
  } catch {}
  if (!header || typeof header !== "object" || header.format !== format) {
    notice(`the cache file ${file} is not a td-integration cache; it was discarded and will be rebuilt`);
    return undefined;
  }
  if (header.version !== FORMAT_VERSION || header.key !== key) return undefined;
  const body = newline < 0 ? Buffer.alloc(0) : bytes.subarray(newline + 1);
  // The body is ASCII (see writeCacheFile): decoded as Latin-1, three times faster than UTF-8 here.
  const lines = body.length === 0 ? [] : body.toString("latin1").split("\n");
  if (header.checksum !== checksum(body) || header.lines !== lines.length) {
    notice(`the cache file ${file} is damaged (truncated or changed); it was discarded and will be rebuilt`);
    return undefined;
  }
  return lines;
}

/** A cache file larger than this is not ours to read (40,000 files make 7 MB). */
const MAX_CACHE_BYTES = 1024 ** 3;

/** JSON texts with every character above U+007F written as a `\u` escape, so the file is ASCII. */
const asciiJson = (text: string) =>
  text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

export async function writeCacheFile(
  file: string,
  format: string,
  key: string,
  lines: string[],
  notice: (m: string) => void,
): Promise<void> {
  // Not a regular file (reading it said so already): a pipe or a device is not replaced by a cache.
  const existing = statOrUndefined(file);
  if (existing && !existing.isFile()) return;
  const body = asciiJson(lines.join("\n"));
  const header: Header = { format, version: FORMAT_VERSION, key, checksum: checksum(body), lines: lines.length };
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    await writeFileSafely(file, `${JSON.stringify(header)}\n${body}`);
  } catch (error) {
    // One notice a run: the lint cache, the index and the folder listings share one location.
    if (failedWrites.has(notice)) return;
    failedWrites.add(notice);
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    notice(`cannot write the cache file ${file} (${why}); the next run will lint every file again`);
  }
}

/** The runs (by their notice function) told already that a cache file could not be written. */
const failedWrites = new WeakSet<(message: string) => void>();

/**
 * One file's cached pass and what tells whether the file changed, as a JSON array (parsed for every
 * file of a warm run: an array of plain values parses several times faster than the FilePass object):
 * [size, mtime, ctime, hash, kind, diagnostics, manifest value or 0, [blocked name] or 0, other result fields or 0].
 * The file's name, repeated in the result, the manifest and the blocked record, is the line's key.
 */
type Entry = [
  size: number,
  mtime: number | null,
  ctime: number | null,
  hash: string | null,
  kind: FileResult["kind"],
  diagnostics: Diagnostic[],
  manifest: { name?: unknown; provider?: unknown } | 0,
  blocked: [name?: string] | 0,
  extra: Record<string, unknown> | 0,
];

function toEntry(stamp: FileStamp, pass: FilePass): Entry {
  const { file: _file, kind, diagnostics, source: _source, output: _output, ...extra } = pass.result;
  return [
    stamp.size,
    stamp.mtime ?? null,
    stamp.ctime ?? null,
    stamp.hash ?? null,
    kind,
    diagnostics,
    pass.manifest ? { name: pass.manifest.value.name, provider: pass.manifest.value.provider } : 0,
    pass.blocked ? (pass.blocked.name === undefined ? [] : [pass.blocked.name]) : 0,
    Object.keys(extra).length > 0 ? extra : 0,
  ];
}

function isEntry(value: unknown): value is Entry {
  return (
    Array.isArray(value) &&
    value.length === 9 &&
    typeof value[0] === "number" &&
    typeof value[4] === "string" &&
    Array.isArray(value[5])
  );
}

/** The pass an entry holds, as new objects the run may add cross-file diagnostics to. */
function fromEntry(file: string, entry: Entry): FilePass {
  const [, , , , kind, diagnostics, manifest, blocked, extra] = entry;
  const result: FileResult = extra ? { file, kind, diagnostics, ...extra } : { file, kind, diagnostics };
  const pass: FilePass = { result };
  if (manifest) {
    const value = { name: manifest.name, provider: manifest.provider };
    pass.manifest = { file, kind: kind as DocumentKind, value };
  }
  if (blocked) pass.blocked = { file, name: blocked[0] };
  return pass;
}

/** What a file's stat or bytes say about it, to compare with its entry. */
export interface FileStamp {
  size: number;
  mtime?: number;
  ctime?: number;
  hash?: string;
}

/** A file's stat, or undefined when there is none to trust (missing, unreadable folder, link loop). */
export function statOrUndefined(absolute: string): Stats | undefined {
  try {
    return statSync(absolute, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function statStamp(stat: Stats): FileStamp {
  return { size: stat.size, mtime: stat.mtimeMs, ctime: stat.ctimeMs };
}

let createHash: typeof import("node:crypto").createHash | undefined;

export function contentStamp(bytes: Uint8Array): FileStamp {
  // Loaded on first use: only the content strategy hashes files.
  createHash ??= (createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto")).createHash;
  return { size: bytes.length, hash: createHash("sha1").update(bytes).digest("base64") };
}

export class LintCache {
  /** Body lines by file, parsed only when the file is looked up. */
  private readonly lines = new Map<string, string>();
  private readonly fresh = new Map<string, string>();
  private changed = false;

  private constructor(
    readonly strategy: CacheStrategy,
    private readonly file: string,
    private readonly key: string,
    private readonly notice: (m: string) => void,
  ) {}

  static open(settings: CacheSettings, key: string): LintCache {
    const file = cacheFiles(settings.location).lint;
    const cache = new LintCache(settings.strategy, file, key, settings.notice);
    const lines = readCacheFile(file, LINT_FORMAT, key, settings.notice);
    if (!lines) cache.changed = true;
    for (const line of lines ?? []) {
      const tab = line.indexOf("\t");
      const file = tab > 1 && line[0] === '"' && line[tab - 1] === '"' ? line.slice(1, tab - 1) : undefined;
      try {
        // A name with no escape in it is the text between the quotes: JSON.parse for 40,000 keys cost 60 ms.
        const name = file !== undefined && !file.includes("\\") ? file : (JSON.parse(line.slice(0, tab)) as string);
        cache.lines.set(name, line.slice(tab + 1));
      } catch {
        cache.changed = true;
      }
    }
    return cache;
  }

  /** The cached pass of an unchanged file, or undefined. */
  get(file: string, stamp: FileStamp): FilePass | undefined {
    const line = this.lines.get(file);
    if (line === undefined) return undefined;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {}
    if (!isEntry(entry)) {
      this.lines.delete(file);
      this.changed = true;
      return undefined;
    }
    const same =
      entry[0] === stamp.size &&
      (this.strategy === "content" ? entry[3] === stamp.hash : entry[1] === stamp.mtime && entry[2] === stamp.ctime);
    return same ? fromEntry(file, entry) : undefined;
  }

  /** Records a file's own pass, taken before the cross-file pass adds to it. */
  set(file: string, stamp: FileStamp, pass: FilePass): void {
    this.fresh.set(file, JSON.stringify(toEntry(stamp, pass)));
    this.changed = true;
  }

  delete(file: string): void {
    if (this.lines.delete(file) || this.fresh.delete(file)) this.changed = true;
  }

  /** Drops the entries under folders walked in full (relative to cwd, "" for cwd) that this run did not see. */
  prune(walked: readonly string[], seen: ReadonlySet<string>): void {
    if (walked.length === 0) return;
    const prefixes = walked.map((folder) => (folder === "" ? "" : `${folder}/`));
    for (const file of this.lines.keys()) {
      if (seen.has(file) || !prefixes.some((prefix) => file.startsWith(prefix) && !file.startsWith("../"))) continue;
      this.lines.delete(file);
      this.changed = true;
    }
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    for (const [file, line] of this.fresh) this.lines.set(file, line);
    const files = [...this.lines.keys()].sort();
    const body = files.map((file) => `${JSON.stringify(file)}\t${this.lines.get(file)}`);
    await writeCacheFile(this.file, LINT_FORMAT, this.key, body, this.notice);
  }
}

/**
 * A file or folder changed less than this long before it was looked at may change again without its
 * times showing it (file systems that keep times to the second): what was seen of it is not remembered.
 */
const RACY_MS = 2000;

export const isRacy = (stat: Stats, now: number) => now - Math.max(stat.mtimeMs, stat.ctimeMs) < RACY_MS;

/** `racy`: changed just before it was read; offered by name, but its verdict is not trusted (read again). */
type IndexEntry = [file: string, size: number, mtime: number, ctime: number, verdict: Verdict, racy?: 1];

const isIndexEntry = (e: unknown): e is IndexEntry =>
  Array.isArray(e) &&
  (e.length === 5 || (e.length === 6 && e[5] === 1)) &&
  typeof e[0] === "string" &&
  (e[4] === 0 || Array.isArray(e[4]));

/**
 * The integration index (src/lint/lookup.ts): what the last full search found each JSON file under the
 * roots to be, with the file's size and times. A later full search reads again only the files that
 * changed (with `--cache-strategy content`, every file: times are not trusted then). The lookup by
 * name offers a file that held an integration of that name and has not changed; it is read and
 * judged again before it is used.
 */
export class StoredIntegrationIndex implements IntegrationIndex {
  private entries: IndexEntry[] = [];
  private byFile: Map<string, IndexEntry> | undefined;
  /** The entries of a full search run now: they replace the old ones. */
  private fresh: IndexEntry[] | undefined;
  private readonly stats = new Map<string, Stats | undefined>();
  /** Whether the search read a file (new, changed, or racy before). */
  private readAgain = false;

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly cwd: string,
    private readonly settings: CacheSettings,
    private readonly listings: SearchAids["listings"],
  ) {}

  static open(
    settings: CacheSettings,
    cwd: string,
    roots: readonly string[],
    listings?: SearchAids["listings"],
  ): StoredIntegrationIndex {
    const file = cacheFiles(settings.location).index;
    const key = hash53(JSON.stringify([FORMAT_VERSION, "verdicts", cwd, roots]));
    const index = new StoredIntegrationIndex(file, key, cwd, settings, listings);
    const lines = readCacheFile(file, INDEX_FORMAT, key, settings.notice);
    try {
      const entries: unknown = lines?.length === 1 ? JSON.parse(lines[0] as string) : [];
      if (Array.isArray(entries)) index.entries = entries.filter(isIndexEntry);
    } catch {}
    return index;
  }

  candidates(name: string): readonly string[] {
    const files: string[] = [];
    for (const [file, size, mtime, ctime, verdict] of this.entries) {
      if (verdict === 0 || verdict[0] !== name) continue;
      const stat = statOrUndefined(path.resolve(this.cwd, file));
      if (stat && stat.size === size && stat.mtimeMs === mtime && stat.ctimeMs === ctime) files.push(file);
    }
    return files;
  }

  search(): SearchAids {
    this.fresh = [];
    return {
      verdicts: { recall: (file) => this.recall(file), remember: (file, verdict) => this.remember(file, verdict) },
      listings: this.listings,
    };
  }

  private recall(file: string): Verdict | undefined {
    const stat = statOrUndefined(path.resolve(this.cwd, file));
    this.stats.set(file, stat);
    if (!stat?.isFile() || this.settings.strategy === "content") return undefined;
    this.byFile ??= new Map(this.entries.map((entry) => [entry[0], entry]));
    const entry = this.byFile.get(file);
    if (!entry || entry[5] || entry[1] !== stat.size || entry[2] !== stat.mtimeMs || entry[3] !== stat.ctimeMs)
      return undefined;
    this.fresh?.push(entry);
    return entry[4];
  }

  private remember(file: string, verdict: Verdict): void {
    this.readAgain = true;
    const stat = this.stats.get(file);
    if (!stat?.isFile()) return;
    const entry: IndexEntry = [file, stat.size, stat.mtimeMs, stat.ctimeMs, verdict];
    if (isRacy(stat, Date.now())) entry.push(1);
    this.fresh?.push(entry);
  }

  async save(): Promise<void> {
    // Unchanged when every old entry was recalled as it was, and nothing new was read.
    if (!this.fresh || (!this.readAgain && this.fresh.length === this.entries.length)) return;
    this.entries = this.fresh;
    await writeCacheFile(this.file, INDEX_FORMAT, this.key, [JSON.stringify(this.entries)], this.settings.notice);
  }
}
