import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The `.gitignore` of a walked folder as globs for the walker, so generated or vendored JSON
 * (build output, caches, corpora) is neither linted nor searched for integrations. Negations
 * (`!pattern`) are not supported: such a line is left out, which can only ignore more.
 */
export function gitignoreGlobs(dir: string): string[] {
  let text: string;
  try {
    text = readFileSync(path.join(dir, ".gitignore"), "utf8");
  } catch {
    return [];
  }
  const globs: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let pattern = raw.trim();
    if (pattern === "" || pattern.startsWith("#") || pattern.startsWith("!")) continue;
    const directoryOnly = pattern.endsWith("/");
    if (directoryOnly) pattern = pattern.slice(0, -1);
    const anchored = pattern.includes("/");
    if (pattern.startsWith("/")) pattern = pattern.slice(1);
    if (pattern === "" || pattern === "**") continue;
    const base = anchored ? pattern : `**/${pattern}`;
    globs.push(`${base}/**`);
    if (!directoryOnly) globs.push(base);
  }
  return globs;
}
