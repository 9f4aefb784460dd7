import path from "node:path";

/**
 * `path.resolve(cwd, file)`, without its cost for the usual case of a plain relative path under an
 * absolute cwd (lint resolves every file of a run, tens of thousands of them).
 */
export function absoluteIn(cwd: string, file: string): string {
  const plain = /^[^/\\.][^\\]*$/.test(file) && !file.includes("/.") && !file.includes("//");
  return plain && path.sep === "/" && path.isAbsolute(cwd) && !cwd.endsWith("/")
    ? `${cwd}/${file}`
    : path.resolve(cwd, file);
}
