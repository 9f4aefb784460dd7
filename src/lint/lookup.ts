import path from "node:path";
import { classify } from "../document/classify.js";
import { recoverIntegrationName } from "../document/load.js";
import { ParsedDocument } from "../document/parse.js";
import { bytePool, readSource } from "../document/read.js";
import type { ProjectDocument } from "../rules/types.js";
import { DEFAULT_IGNORES } from "./files.js";
import { GitIgnoreRules } from "./gitignore.js";
import { eachFile } from "./walk.js";

/**
 * Integration manifests under the given roots, for resolving providers of actions linted alone
 * (a pre-commit hook passes only the changed files). Unreadable files and other JSON are ignored here:
 * they get their own diagnostics when they are linted. An integration that cannot be parsed is kept,
 * marked `unparsed`, with the name a tolerant parse reads from it: its actions are not failed because of it.
 */
export function findIntegrations(
  roots: readonly string[],
  cwd: string,
  exclude: ReadonlySet<string>,
): ProjectDocument[] {
  const found: ProjectDocument[] = [];
  // Every JSON file under the roots is read to find the few integrations: into one reused buffer.
  const pool = bytePool(256 * 1024);
  for (const root of roots) {
    const absoluteRoot = path.resolve(cwd, root);
    const walk = {
      patterns: ["**/*.json"],
      ignore: DEFAULT_IGNORES,
      gitignore: GitIgnoreRules.forFolder(absoluteRoot),
    };
    const prefix = path.relative(cwd, absoluteRoot).split(path.sep).join("/");
    const consider = (file: string) => {
      if (exclude.has(file)) return;
      let text: string;
      let value: unknown;
      try {
        const read = readSource(path.resolve(cwd, file), {}, pool);
        if (!read.ok) return;
        text = read.text;
        if (!text.includes("authentication_type")) return;
      } catch {
        return;
      }
      try {
        value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch {
        // Found, but it cannot be parsed: its actions are not failed because of it (no cascades).
        const unparsed = unparsedIntegration(file, text);
        if (unparsed) found.push(unparsed);
        return;
      }
      if (classify(value) === "integration") {
        found.push({ file, kind: "integration", value: value as Record<string, unknown>, text });
      }
    };
    eachFile(absoluteRoot, walk, (file) => consider(prefix ? `${prefix}/${file}` : file));
  }
  // In path order, as the run's own files: the first integration of a name is the one messages cite.
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** An integration-like file that cannot be parsed, with the name a tolerant parse reads from it, if any. */
function unparsedIntegration(file: string, text: string): ProjectDocument | undefined {
  const recovered = recoverIntegrationName(new ParsedDocument(text));
  if (!recovered) return undefined;
  const value = recovered.name === undefined ? {} : { name: recovered.name };
  return { file, kind: "integration", value, text, unparsed: true };
}
