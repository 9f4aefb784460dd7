import path from "node:path";
import { globSync } from "tinyglobby";
import { classify } from "../manifest/classify.js";
import type { ProjectDocument } from "../rules/types.js";
import { DEFAULT_IGNORES, WALK } from "./files.js";
import { gitignoreGlobs } from "./gitignore.js";
import { readSource } from "./read.js";

/**
 * Integration manifests under the given roots, for resolving providers of actions linted alone
 * (a pre-commit hook passes only the changed files). Unreadable or invalid files are ignored here:
 * they get their own diagnostics when they are linted.
 */
export function findIntegrations(
  roots: readonly string[],
  cwd: string,
  exclude: ReadonlySet<string>,
): ProjectDocument[] {
  const found: ProjectDocument[] = [];
  for (const root of roots) {
    const absoluteRoot = path.resolve(cwd, root);
    const ignore = [...DEFAULT_IGNORES, ...gitignoreGlobs(absoluteRoot)];
    const files = globSync(["**/*.json"], { cwd: absoluteRoot, ignore, absolute: true, ...WALK });
    for (const absolute of files) {
      const file = path.relative(cwd, absolute).split(path.sep).join("/");
      if (exclude.has(file)) continue;
      let text: string;
      let value: unknown;
      try {
        const read = readSource(absolute);
        if (!read.ok) continue;
        text = read.text;
        if (!text.includes("authentication_type")) continue;
        value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch {
        continue;
      }
      if (classify(value) === "integration") {
        found.push({ file, kind: "integration", value: value as Record<string, unknown>, text });
      }
    }
  }
  return found;
}
