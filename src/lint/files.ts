import { statSync } from "node:fs";
import path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

export const DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**"];

export class FileSelectionError extends Error {}

export interface SelectOptions {
  cwd: string;
  /** Glob patterns of files to lint inside directories (default: every .json). */
  files?: readonly string[];
  ignores?: readonly string[];
  /** A glob or directory that matches nothing is an error unless this is false. */
  errorOnUnmatchedPattern?: boolean;
}

const toPosix = (p: string) => p.split(path.sep).join("/");

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
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      selected.add(toPosix(path.relative(cwd, absolute)) || arg);
      continue;
    }
    if (stat?.isDirectory()) {
      const found = await glob([...patterns], { cwd: absolute, ignore, absolute: true, dot: false, onlyFiles: true });
      if (found.length === 0 && options.errorOnUnmatchedPattern !== false) {
        throw new FileSelectionError(`no JSON files found in ${arg}`);
      }
      for (const file of found) selected.add(toPosix(path.relative(cwd, file)));
      continue;
    }
    if (!isDynamicPattern(arg)) throw new FileSelectionError(`no such file or directory: ${arg}`);
    const found = await glob([arg], { cwd, ignore, absolute: true, onlyFiles: true });
    if (found.length === 0 && options.errorOnUnmatchedPattern !== false) {
      throw new FileSelectionError(`no files matched the pattern ${arg}`);
    }
    for (const file of found) selected.add(toPosix(path.relative(cwd, file)));
  }
  return [...selected].sort();
}
