import path from "node:path";
import type { FormatContext } from "./types.js";

/** Where a result's file is, as formats that point into the repository need it. */
export type RepoLocation =
  /** Inside the repository root (or cwd): the path relative to it, with forward slashes. */
  | { inside: true; relative: string; absolute: string }
  /** Outside it (`lint ../elsewhere/a.json`): only the absolute path means anything. */
  | { inside: false; absolute: string };

export function locateInRepo(file: string, context: FormatContext): RepoLocation {
  const absolute = path.resolve(context.cwd, file);
  const relative = path.relative(path.resolve(context.root ?? context.cwd), absolute);
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { inside: false, absolute };
  }
  return { inside: true, relative: relative.split(path.sep).join("/"), absolute };
}

/**
 * A result's file relative to the repository root (or cwd), with forward slashes; the absolute path
 * for a file outside it.
 */
export function repoPath(file: string, context: FormatContext): string {
  const where = locateInRepo(file, context);
  return where.inside ? where.relative : where.absolute.split(path.sep).join("/");
}
