import type { Stats } from "node:fs";
import { VERSION } from "../version.js";
import {
  buildStamp,
  type CacheSettings,
  cacheFiles,
  FORMAT_VERSION,
  hash53,
  isRacy,
  readCacheFile,
  statOrUndefined,
  writeCacheFile,
} from "./cache.js";
import { type FolderListing, type FolderListings, lstatOrUndefined, type WalkPatterns } from "./walk.js";

/**
 * `--cache`: the listings of the folders lint walked, kept so that the next run reads again only the
 * folders that changed, as git's untracked cache does. A folder's modification time changes whenever
 * an entry is added to it, removed or renamed, and its change time also when its permissions do; a
 * folder with a `.gitignore` is also compared by that file's size and times. The listings of a
 * walked folder hold only for the same patterns and the same ignore rules read before the walk
 * (`info/exclude`, the `.gitignore` files above it).
 *
 * A folder or `.gitignore` changed less than two seconds before it was looked at is not remembered
 * (isRacy): a second change within the file system's time resolution would leave its times as they were.
 */

const FORMAT = "td-integration-folder-listings";
/** Walked folders (roots) remembered at most; the ones this run walked are kept first. */
const MAX_ROOTS = 16;

/** [folder mtime, folder ctime, selected files, entered folders, `.gitignore` [size, mtime, ctime] or 0]. */
type Listed = [mtime: number, ctime: number, files: string[], folders: string[], gitignore: Stamp | 0];
type Stamp = [size: number, mtime: number, ctime: number];

const isListed = (value: unknown): value is Listed =>
  Array.isArray(value) &&
  value.length === 5 &&
  typeof value[0] === "number" &&
  typeof value[1] === "number" &&
  Array.isArray(value[2]) &&
  Array.isArray(value[3]);

const sameStamp = (stat: Stats | undefined, stamp: Stamp) =>
  stat !== undefined && stat.size === stamp[0] && stat.mtimeMs === stamp[1] && stat.ctimeMs === stamp[2];

/** The listings of one walked folder, old (from the file) and new (from this run). */
class WalkListings implements FolderListings {
  readonly fresh: Record<string, Listed> = {};
  changed = false;
  private readonly stats = new Map<string, Stats | undefined>();

  constructor(
    private readonly root: string,
    private readonly old: Record<string, unknown>,
  ) {}

  lookup(folder: string): { listing: FolderListing; unchanged: boolean; sameGitignore: boolean } | undefined {
    // The walked folder itself may be a link (it was named on the command line, and is followed).
    const stat = folder === "" ? statOrUndefined(this.root) : lstatOrUndefined(`${this.root}/${folder}`);
    this.stats.set(folder, stat);
    const listed = this.old[folder];
    if (!isListed(listed)) return undefined;
    const [mtime, ctime, files, folders, gitignore] = listed;
    const listing = { files, folders, gitignore: gitignore !== 0 };
    const sameGitignore = gitignore === 0 || sameStamp(lstatOrUndefined(this.gitignoreOf(folder)), gitignore);
    const unchanged = stat?.isDirectory() === true && stat.mtimeMs === mtime && stat.ctimeMs === ctime && sameGitignore;
    if (unchanged) this.fresh[folder] = listed;
    else this.changed = true;
    return { listing, unchanged, sameGitignore };
  }

  record(folder: string, listing: FolderListing): void {
    this.changed = true;
    const stat = this.stats.get(folder);
    const now = Date.now();
    if (!stat || isRacy(stat, now)) return;
    let gitignore: Stamp | 0 = 0;
    if (listing.gitignore) {
      const file = lstatOrUndefined(this.gitignoreOf(folder));
      if (!file || isRacy(file, now)) return;
      gitignore = [file.size, file.mtimeMs, file.ctimeMs];
    }
    this.fresh[folder] = [stat.mtimeMs, stat.ctimeMs, listing.files, listing.folders, gitignore];
  }

  private gitignoreOf(folder: string): string {
    return folder === "" ? `${this.root}/.gitignore` : `${this.root}/${folder}/.gitignore`;
  }
}

/** The folder listings of a cache location: one line per walked folder (and its patterns and outer rules). */
export class StoredFolderListings {
  /** Lines of the file by walk key, parsed when that walk asks. */
  private readonly lines = new Map<string, string>();
  private readonly walks = new Map<string, WalkListings>();

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly notice: (m: string) => void,
  ) {}

  static open(settings: CacheSettings): StoredFolderListings {
    const file = cacheFiles(settings.location).folders;
    const key = hash53(JSON.stringify([FORMAT_VERSION, VERSION, buildStamp()]));
    const store = new StoredFolderListings(file, key, settings.notice);
    for (const line of readCacheFile(file, FORMAT, key, settings.notice) ?? []) {
      const tab = line.indexOf("\t");
      if (tab > 0) store.lines.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return store;
  }

  /** The listings for a walk of `root` (absolute) with these patterns and rules. */
  forWalk(root: string, walk: WalkPatterns): FolderListings {
    const key = hash53(JSON.stringify([root, walk.patterns, walk.ignore, walk.gitignore?.outerRules ?? null]));
    let old: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(this.lines.get(key) ?? "{}");
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) old = parsed as Record<string, unknown>;
    } catch {}
    const listings = new WalkListings(root, old);
    this.walks.set(key, listings);
    return listings;
  }

  async save(): Promise<void> {
    const walked = [...this.walks];
    if (!walked.some(([, listings]) => listings.changed)) return;
    const body: string[] = [];
    for (const [key, listings] of walked) body.push(`${key}\t${JSON.stringify(listings.fresh)}`);
    for (const [key, line] of this.lines) {
      if (body.length >= MAX_ROOTS) break;
      if (!this.walks.has(key)) body.push(`${key}\t${line}`);
    }
    await writeCacheFile(this.file, FORMAT, this.key, body, this.notice);
    for (const [key, listings] of walked) {
      listings.changed = false;
      this.lines.set(key, JSON.stringify(listings.fresh));
    }
  }
}
