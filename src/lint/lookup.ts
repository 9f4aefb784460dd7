import { statSync } from "node:fs";
import path from "node:path";
import { classify } from "../document/classify.js";
import { recoverIntegrationName } from "../document/load.js";
import { ParsedDocument } from "../document/parse.js";
import { type BytePool, bytePool, readSource } from "../document/read.js";
import type { WantedProviders } from "../engine/engine.js";
import { nameOf } from "../rules/project-names.js";
import type { ProjectDocument } from "../rules/types.js";
import { DEFAULT_IGNORES } from "./files.js";
import { GitIgnoreRules } from "./gitignore.js";
import { eachFile, type FolderListings, type WalkPatterns, walkSelects } from "./walk.js";

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
  aids: SearchAids = {},
): ProjectDocument[] {
  const found: ProjectDocument[] = [];
  // Every JSON file under the roots is read to find the few integrations: into one reused buffer.
  const pool = bytePool(256 * 1024);
  const { verdicts } = aids;
  for (const root of roots) {
    const absoluteRoot = path.resolve(cwd, root);
    const prefix = path.relative(cwd, absoluteRoot).split(path.sep).join("/");
    const consider = (file: string) => {
      if (exclude.has(file)) return;
      const known = verdicts?.recall(file);
      const doc = known === undefined ? integrationAt(cwd, file, pool) : fromVerdict(cwd, file, known);
      if (verdicts && known === undefined) verdicts.remember(file, toVerdict(doc));
      if (doc) found.push(doc);
    };
    const walk = rootWalk(absoluteRoot);
    eachFile(
      absoluteRoot,
      walk,
      (file) => consider(prefix ? `${prefix}/${file}` : file),
      undefined,
      aids.listings?.(absoluteRoot, walk),
    );
  }
  return byFile(found);
}

/** What a search found a file to be: not an integration (0), or one with this name (null: none), 1 when it cannot be parsed. */
export type Verdict = 0 | [name: string | null] | [name: string | null, unparsed: 1];

/** Verdicts of an earlier search (`--cache`), trusted while a file's size and times are the same. */
export interface FileVerdicts {
  /** The verdict on a file (relative to cwd) unchanged since it was recorded; undefined when it must be read. */
  recall(file: string): Verdict | undefined;
  /** Records the verdict on a file that was read, against the size and times `recall` saw. */
  remember(file: string, verdict: Verdict): void;
}

/** What makes a full search cheaper with `--cache`: earlier verdicts, and remembered folder listings. */
export interface SearchAids {
  verdicts?: FileVerdicts;
  listings?: (absoluteRoot: string, walk: WalkPatterns) => FolderListings;
}

function toVerdict(doc: ProjectDocument | undefined): Verdict {
  if (!doc) return 0;
  const name = nameOf(doc, "name") ?? (typeof doc.value.name === "string" ? doc.value.name : null);
  return doc.unparsed ? [name, 1] : [name];
}

/** The document a verdict stands for; its text (for positions in messages) is read only if asked for. */
function fromVerdict(cwd: string, file: string, verdict: Verdict): ProjectDocument | undefined {
  if (verdict === 0) return undefined;
  const [name, unparsed] = verdict;
  const doc: ProjectDocument = { file, kind: "integration", value: name === null ? {} : { name } };
  if (unparsed) doc.unparsed = true;
  let text: string | undefined;
  Object.defineProperty(doc, "text", {
    enumerable: true,
    get: () => {
      if (text === undefined) {
        const read = readSource(path.resolve(cwd, file));
        text = read.ok ? read.text : "";
      }
      return text;
    },
  });
  return doc;
}

/** The walk of an integration root: every JSON file, outside node_modules, .git and what .gitignore leaves out. */
function rootWalk(absoluteRoot: string): WalkPatterns {
  return { patterns: ["**/*.json"], ignore: DEFAULT_IGNORES, gitignore: GitIgnoreRules.forFolder(absoluteRoot) };
}

// In path order, as the run's own files: the first integration of a name is the one messages cite.
const byFile = (docs: ProjectDocument[]) => docs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

/** The file (relative to cwd) as the search sees it: an integration, one that cannot be parsed but has a name, or nothing. */
function integrationAt(cwd: string, file: string, pool: BytePool): ProjectDocument | undefined {
  let text: string;
  try {
    const read = readSource(path.resolve(cwd, file), {}, pool);
    if (!read.ok) return undefined;
    text = read.text;
    if (!text.includes("authentication_type")) return undefined;
  } catch {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // Found, but it cannot be parsed: its actions are not failed because of it (no cascades).
    return unparsedIntegration(file, text);
  }
  if (classify(value) !== "integration") return undefined;
  return { file, kind: "integration", value: value as Record<string, unknown>, text };
}

/**
 * What the last full search found (kept in the cache folder with --cache): where each integration name
 * was seen, a hint checked before use, and the verdict on every file, used again while the file is unchanged.
 */
export interface IntegrationIndex {
  /** Files (relative to cwd) that held an integration of this name and have not changed since, by size and time. */
  candidates(name: string): readonly string[];
  /** What the next full search uses and records: its verdicts replace what was known. */
  search(): SearchAids;
}

export interface LookupOptions {
  /** Absolute folders searched. */
  roots: readonly string[];
  cwd: string;
  /** The run's own files (relative to cwd): never looked up. */
  exclude: ReadonlySet<string>;
  /** Whether the config's files/ignores select a file (relative to cwd). */
  isSelected: (file: string) => boolean;
  /** The providers to find, each with the actions (relative to cwd) naming it. */
  wanted: WantedProviders;
  index?: IntegrationIndex;
}

/**
 * The integrations outside the run that the cross-file rules need, giving the same diagnostics as
 * findIntegrations over every root. When each wanted provider is found (by the usual places first:
 * `integrations/<name>.json`, `<name>.json`, `<name>/integration.json` under a root or a folder above
 * an action, `integration.json` above an action; then the index), those are enough: known-provider
 * and provider-resolvable judge nothing else when every provider matches. A file found so is one the
 * full search would read (same walk, ignores and config selection) and is read and judged as it
 * would be. A provider found nowhere needs every root searched, for suggestions and unparsed
 * integrations: then the full search runs (and the index is rebuilt from it).
 */
export function lookupIntegrations(options: LookupOptions): ProjectDocument[] {
  const { cwd, roots, wanted } = options;
  if (roots.length === 0) return [];
  const pool = bytePool(256 * 1024);
  const walks = new Map<string, WalkPatterns>();
  const walkOf = (root: string) => {
    let walk = walks.get(root);
    if (!walk) {
      walk = rootWalk(root);
      walks.set(root, walk);
    }
    return walk;
  };
  /** The integration a full search would find in this file, if it is named `name`; undefined when only a search can say. */
  const judged = new Map<string, ProjectDocument | false | undefined>();
  const check = (absolute: string): ProjectDocument | false | undefined => {
    if (judged.has(absolute)) return judged.get(absolute);
    const file = toPosix(path.relative(cwd, absolute));
    let verdict: ProjectDocument | false | undefined = false;
    if (!options.exclude.has(file) && options.isSelected(file) && isFile(absolute)) {
      let searched = false;
      let unknown = false;
      for (const root of roots) {
        const relative = toPosix(path.relative(root, absolute));
        if (relative.startsWith("../") || path.isAbsolute(relative)) continue;
        const selects = walkSelects(root, walkOf(root), relative);
        if (selects === undefined) unknown = true;
        if (selects === true) searched = true;
        if (searched) break;
      }
      if (searched) verdict = integrationAt(cwd, file, pool) ?? false;
      else if (unknown) verdict = undefined;
    }
    judged.set(absolute, verdict);
    return verdict;
  };
  const found = new Map<string, ProjectDocument>();
  let unsure = wanted.size === 0;
  const tryFile = (name: string, absolute: string) => {
    const doc = check(absolute);
    if (doc === undefined) unsure = true;
    else if (doc && nameOf(doc, "name") === name) found.set(name, doc);
    return found.has(name);
  };
  for (const [name, actions] of wanted) {
    if (unsure) break;
    conventionalPlaces(name, actions, roots, cwd).some((absolute) => tryFile(name, absolute));
  }
  if (!unsure && options.index && found.size < wanted.size) {
    for (const name of wanted.keys()) {
      if (found.has(name)) continue;
      options.index.candidates(name).some((file) => tryFile(name, path.resolve(cwd, file)));
    }
  }
  if (!unsure && found.size === wanted.size) {
    return byFile([...new Set(found.values())]);
  }
  return findIntegrations(roots, cwd, options.exclude, options.index?.search()).filter((doc) =>
    options.isSelected(doc.file),
  );
}

function isFile(absolute: string): boolean {
  try {
    return statSync(absolute, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false; // a path through a file, a folder that cannot be read, a link loop
  }
}
const toPosix = (p: string) => p.split(path.sep).join("/");

/** The usual places of the integration named `name`, absolute, nearest to its actions first. */
function conventionalPlaces(name: string, actions: readonly string[], roots: readonly string[], cwd: string): string[] {
  const places = new Set<string>();
  // A name that is not a plain file name cannot be a file's name.
  const plain = !/[/\\]/.test(name) && !name.includes("\0") && name !== "." && name !== "..";
  const inFolder = (folder: string) => {
    places.add(path.join(folder, "integration.json"));
    if (!plain) return;
    places.add(path.join(folder, "integrations", `${name}.json`));
    places.add(path.join(folder, `${name}.json`));
    places.add(path.join(folder, name, "integration.json"));
  };
  const insideRoot = (folder: string) =>
    roots.some((root) => {
      const relative = path.relative(root, folder);
      return !relative.startsWith("..") && !path.isAbsolute(relative);
    });
  for (const action of actions) {
    for (let folder = path.dirname(path.resolve(cwd, action)); insideRoot(folder); folder = path.dirname(folder)) {
      inFolder(folder);
      if (path.dirname(folder) === folder) break;
    }
  }
  for (const root of roots) inFolder(root);
  return [...places];
}

/** An integration-like file that cannot be parsed, with the name a tolerant parse reads from it, if any. */
function unparsedIntegration(file: string, text: string): ProjectDocument | undefined {
  const recovered = recoverIntegrationName(new ParsedDocument(text));
  if (!recovered) return undefined;
  const value = recovered.name === undefined ? {} : { name: recovered.name };
  return { file, kind: "integration", value, text, unparsed: true };
}
