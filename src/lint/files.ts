import { lstatSync, statSync } from "node:fs";
import path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { GitIgnoreRules } from "./gitignore.js";
import { eachFile, type FolderListings, WALK, type WalkPatterns } from "./walk.js";

export const DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**"];

export class FileSelectionError extends Error {
  constructor(
    message: string,
    /**
     * `not-found`: a named path does not exist; `no-match`: a directory or glob matched no file;
     * `unreadable`: a folder (or a path inside one) that the user may not read.
     */
    readonly reason: "not-found" | "no-match" | "unreadable" = "no-match",
  ) {
    super(message);
  }
}

export interface SelectOptions {
  cwd: string;
  /** Glob patterns of files to lint inside directories (default: every .json). */
  files?: readonly string[];
  ignores?: readonly string[];
  /** A glob or directory that matches nothing is an error unless this is false. */
  errorOnUnmatchedPattern?: boolean;
  /** Whether the config leaves out everything in a folder (relative to cwd): then it may be unreadable. */
  leavesOut?: (folder: string) => boolean;
  /** Told each directory walked in full (absolute), so a later search can skip what was already seen. */
  onWalk?: (absoluteDirectory: string) => void;
  /** Listings of the folders of a walk remembered from an earlier run (`--cache`). */
  listings?: (absoluteDirectory: string, walk: WalkPatterns) => FolderListings;
}

const toPosix = (p: string) => p.split(path.sep).join("/");

/**
 * Walks see regular files only: symbolic links inside walked directories and globs are not
 * followed, so a link loop or a link to `/` cannot make a walk endless (as git and ripgrep do).
 * A linked file named on the command line is still linted.
 */

function statOrUndefined(file: string, arg: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EACCES") throw unreadable(arg, error as NodeJS.ErrnoException);
    return undefined;
  }
}

/** A folder that cannot be read: its files would go unchecked, so the run stops and says so. */
function unreadable(folder: string, error: NodeJS.ErrnoException): FileSelectionError {
  const why = error.code === "EACCES" ? "permission denied" : (error.code ?? error.message);
  return new FileSelectionError(
    `cannot read ${folder}: ${why}; make it readable (chmod u+rx), or leave it out with "ignores" in the config`,
    "unreadable",
  );
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Turns command-line paths into a sorted list of files, relative to cwd with forward slashes.
 * Files named explicitly are taken as they are; directories are walked; globs are expanded.
 */
export async function selectFiles(args: readonly string[], options: SelectOptions): Promise<string[]> {
  const { cwd } = options;
  const patterns = options.files?.length ? options.files : ["**/*.json"];
  const ignore = [...DEFAULT_IGNORES, ...(options.ignores ?? [])];
  const selected = new Set<string>();
  const targets = args.length ? args : ["."];
  for (const arg of targets) {
    const absolute = path.resolve(cwd, arg);
    const stat = statOrUndefined(absolute, arg);
    // A named path that exists but is not a directory (a file, a broken link, a link loop, a pipe) is
    // linted as a file: the reader reports why it cannot be read, and the rest of the run goes on.
    if (stat ? !stat.isDirectory() : isLink(absolute)) {
      selected.add(toPosix(path.relative(cwd, absolute)) || arg);
      continue;
    }
    if (stat?.isDirectory()) {
      const walk: WalkPatterns = { patterns, ignore, gitignore: GitIgnoreRules.forFolder(absolute) };
      // Paths come back relative to the walked folder with forward slashes: prefixing is cheaper than path.relative.
      const prefix = toPosix(path.relative(cwd, absolute));
      let found = 0;
      const take = (file: string) => {
        found++;
        selected.add(prefix ? `${prefix}/${file}` : file);
      };
      eachFile(
        absolute,
        walk,
        take,
        (folder, error) => {
          const shown = toPosix(path.join(path.relative(cwd, absolute), folder)) || arg;
          if (!options.leavesOut?.(shown)) throw unreadable(shown, error);
        },
        options.listings?.(absolute, walk),
      );
      if (found === 0 && options.errorOnUnmatchedPattern !== false) {
        throw new FileSelectionError(`no JSON files found in ${arg}`);
      }
      options.onWalk?.(absolute);
      continue;
    }
    if (!isDynamicPattern(arg)) throw new FileSelectionError(`no such file or directory: ${arg}`, "not-found");
    const found = await glob([arg], { cwd, ignore, absolute: true, ...WALK });
    if (found.length === 0 && options.errorOnUnmatchedPattern !== false) {
      throw new FileSelectionError(`no files matched the pattern ${arg}`);
    }
    for (const file of found) selected.add(toPosix(path.relative(cwd, file)));
  }
  return [...selected].sort();
}
