import { existsSync, statSync } from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { readBytes } from "../document/read.js";

/**
 * Git's ignore rules for a walked folder, so JSON that git ignores (build output, caches, corpora) is
 * neither linted nor searched for integrations. The matching is the `ignore` package's (ESLint's), which
 * follows `git check-ignore`; this module only gathers the files git reads:
 *
 * - inside a repository: `.git/info/exclude`, then the `.gitignore` of every folder from the
 *   repository's root down to the walked folder, then each `.gitignore` the walk meets below it;
 * - outside one: the `.gitignore` files of the walked folder and below, the folder taken as a root.
 *
 * A nested file's patterns are rewritten relative to the root (`x.json` in `sub/.gitignore` becomes
 * `sub/**` + `/x.json`), so one matcher holds them in git's order of precedence: later, deeper rules
 * win, and nothing under an ignored folder can be re-included. The user's global excludes file
 * (`core.excludesFile`) is not read: it is one person's, and lint should judge the same files on
 * every machine and in CI.
 *
 * A folder named on the command line is walked even when git ignores it or a folder above it (as a
 * file named there is linted): inside it, the rules apply.
 */
export class GitIgnoreRules {
  private readonly matcher: Ignore;
  private hasRules = false;
  /** The walked folder relative to the rules' root, with a trailing slash ("" when it is the root). */
  private readonly prefix: string;
  private readonly read = new Set<string>();
  /** The files read before the walk (`info/exclude`, the `.gitignore` files above the walked folder) and their texts. */
  private readonly outerTexts: string[] = [];

  private constructor(
    private readonly walkRoot: string,
    rulesRoot: string,
  ) {
    // Git compares names case-sensitively unless core.ignorecase is set, which `git init` does on
    // the case-insensitive file systems of macOS and Windows.
    this.matcher = ignore({ ignorecase: process.platform === "darwin" || process.platform === "win32" });
    const relative = toPosix(path.relative(rulesRoot, walkRoot));
    this.prefix = relative ? `${relative}/` : "";
  }

  /** The rules that apply inside `walkRoot` (absolute), before its own `.gitignore` is read. */
  static forFolder(walkRoot: string): GitIgnoreRules {
    const repository = repositoryOf(walkRoot);
    const rules = new GitIgnoreRules(walkRoot, repository?.root ?? walkRoot);
    if (!repository) return rules;
    const excludeFile = path.join(repository.commonDir, "info", "exclude");
    const exclude = readText(excludeFile);
    rules.outerTexts.push(excludeFile, exclude ?? "");
    if (exclude) rules.add(exclude, "");
    // The folders from the repository's root down to the walked one: "", "a", "a/b".
    const names = rules.prefix ? rules.prefix.slice(0, -1).split("/") : [];
    const folders = names.map((_, i) => names.slice(0, i + 1).join("/"));
    for (const folder of ["", ...folders.slice(0, -1)]) {
      const file = path.join(repository.root, folder, ".gitignore");
      const text = readText(file);
      rules.outerTexts.push(file, text ?? "");
      if (text) rules.add(text, folder);
    }
    // The named folder and those above it count as not ignored (see above).
    if (rules.hasRules) for (const folder of folders) rules.matcher.add(`!/${escapeGlob(folder)}/`);
    return rules;
  }

  /**
   * What the rules read before the walk began, as one text: remembered listings of the walk's folders
   * (src/lint/folder-cache.ts) hold only while it is the same.
   */
  get outerRules(): string {
    return JSON.stringify(this.outerTexts);
  }

  /**
   * Reads the `.gitignore` of a folder (relative to the walked folder, "" for itself) once; says why
   * it cannot be read, if it cannot.
   */
  readFolder(folder: string): string | undefined {
    if (this.read.has(folder)) return undefined;
    this.read.add(folder);
    const outcome = readBytes(path.join(this.walkRoot, folder, ".gitignore"));
    if (!outcome.ok) return outcome.reason === "the file does not exist" ? undefined : outcome.reason;
    const text = Buffer.from(outcome.bytes).toString("utf8");
    const base = this.prefix + folder;
    this.add(text, base.endsWith("/") ? base.slice(0, -1) : base);
    return undefined;
  }

  /** Whether git ignores a file or folder (relative to the walked folder, forward slashes). */
  ignores(relative: string, directory: boolean): boolean {
    if (!this.hasRules) return false;
    return this.matcher.ignores(`${this.prefix}${relative}${directory ? "/" : ""}`);
  }

  /**
   * Whether git ignores a file found without walking (a glob): the folders on its way are checked
   * and their `.gitignore` files read first, as a walk would.
   */
  ignoresFound(relative: string): boolean {
    const names = relative.split("/");
    let folder = "";
    this.readFolder("");
    for (const name of names.slice(0, -1)) {
      folder = folder ? `${folder}/${name}` : name;
      if (this.ignores(folder, true)) return true;
      this.readFolder(folder);
    }
    return this.ignores(relative, false);
  }

  /** Adds a `.gitignore`'s lines, read in `folder` (relative to the rules' root, "" for the root). */
  private add(text: string, folder: string): void {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "" && !line.startsWith("#"));
    if (lines.length === 0) return;
    this.hasRules = true;
    this.matcher.add(folder ? lines.flatMap((line) => rebase(line, folder) ?? []) : lines);
  }
}

const toPosix = (p: string) => p.split(path.sep).join("/");

/** A literal path as a gitignore pattern: the wildcard characters escaped. */
const escapeGlob = (literal: string) => literal.replace(/[\\*?[]/g, "\\$&");

/**
 * A pattern of `folder/.gitignore` as the same pattern in the root's: a pattern with a slash at its
 * start or middle is relative to its folder, one without matches at any depth below it.
 */
function rebase(line: string, folder: string): string | undefined {
  const negated = line.startsWith("!");
  let body = negated ? line.slice(1) : line;
  // Trailing spaces do not count (unless escaped), nor does one trailing slash (directories only).
  const meaningful = body.replace(/(?<!\\) +$/, "").replace(/\/$/, "");
  // "/" or "!" alone matches nothing in git; prefixed, it would name the folder itself.
  if (meaningful === "" || meaningful === "/") return undefined;
  const anchored = meaningful.includes("/");
  if (body.startsWith("/")) body = body.slice(1);
  const base = escapeGlob(folder);
  return `${negated ? "!" : ""}${base}/${anchored ? "" : "**/"}${body}`;
}

/** Reads a small text file git reads, or undefined when there is none (or it cannot be read). */
function readText(file: string): string | undefined {
  const outcome = readBytes(file);
  return outcome.ok ? Buffer.from(outcome.bytes).toString("utf8") : undefined;
}

interface Repository {
  root: string;
  /** Where `info/exclude` lives: `.git`, or for a linked worktree the main repository's git folder. */
  commonDir: string;
}

/** The git repository holding `folder`: the nearest folder above with a `.git` folder or file. */
function repositoryOf(folder: string): Repository | undefined {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, ".git");
    if (existsSync(dotGit)) return { root: dir, commonDir: gitDirectory(dotGit) };
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** `.git` itself, or the folder a `.git` file names (`gitdir: …`) and its `commondir`, if any. */
function gitDirectory(dotGit: string): string {
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const named = /^gitdir: (.+)$/m.exec(readText(dotGit) ?? "")?.[1]?.trim();
    if (!named) return dotGit;
    const gitDir = path.resolve(path.dirname(dotGit), named);
    const common = readText(path.join(gitDir, "commondir"))?.trim();
    return common ? path.resolve(gitDir, common) : gitDir;
  } catch {
    return dotGit;
  }
}
