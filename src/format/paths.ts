import path from "node:path";
import type { FormatContext } from "./types.js";

/** A result's file relative to the repository root (or cwd), with forward slashes. */
export function repoPath(file: string, context: FormatContext): string {
  const absolute = path.resolve(context.cwd, file);
  const relative = path.relative(context.root ?? context.cwd, absolute);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join("/");
}
