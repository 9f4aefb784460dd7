import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { action, Project } from "./lint-project.js";

/**
 * Which files lint walks, against which files the real git keeps: each case is built in a throw-away
 * repository, git lists the untracked files it does not ignore (`git ls-files --others
 * --exclude-standard`), and lint (the built bin, `--format json`) must lint exactly those JSON files.
 */

interface Case {
  name: string;
  /** Files other than the JSON ones: `.gitignore` files and `.git/info/exclude`. */
  rules: Record<string, string>;
  json: string[];
  /** The folder lint and git are pointed at (default: the repository's root). */
  folder?: string;
}

const CASES: Case[] = [
  {
    name: "a negation re-includes a file (the issue's case)",
    rules: { ".gitignore": "*.json\n!keep.json\n" },
    json: ["keep.json", "drop.json", "sub/keep.json", "sub/drop.json"],
  },
  {
    name: "a negated file under an ignored folder stays ignored",
    rules: { ".gitignore": "build/\n!build/keep.json\n" },
    json: ["a.json", "build/keep.json", "build/a.json"],
  },
  {
    name: "a negation re-includes a file when only the folder's contents are ignored",
    rules: { ".gitignore": "build/*\n!build/keep.json\n" },
    json: ["a.json", "build/keep.json", "build/a.json", "build/deep/b.json"],
  },
  {
    name: "a nested .gitignore applies to its own folder",
    rules: { ".gitignore": "other.json\n", "sub/.gitignore": "*.json\n!keep.json\n/\n!\n\\!x.json\n" },
    json: [
      "other.json",
      "x.json",
      "sub/other.json",
      "sub/keep.json",
      "sub/x.json",
      "sub/deep/x.json",
      "sub/deep/!x.json",
      "sub2/x.json",
    ],
  },
  {
    name: "a directory-only pattern leaves a file of that name",
    rules: { ".gitignore": "gen.json/\ndata/\n" },
    json: ["gen.json", "x/gen.json/a.json", "data/a.json", "x/data/b.json", "data.json"],
  },
  {
    name: "a leading or middle slash anchors a pattern to its folder",
    rules: { ".gitignore": "/top.json\nsub/mid.json\n", "a/.gitignore": "/here.json\n" },
    json: ["top.json", "sub/top.json", "sub/mid.json", "a/sub/mid.json", "a/here.json", "a/b/here.json"],
  },
  {
    name: "** at the start, the end and in the middle",
    rules: { ".gitignore": "**/cache/*.json\nlogs/**\na/**/b.json\n" },
    json: [
      "cache/x.json",
      "q/cache/y.json",
      "q/cache/deep/z.json",
      "logs/a/b.json",
      "logs.json",
      "a/b.json",
      "a/x/y/b.json",
      "a/c.json",
    ],
  },
  {
    name: "escaped # and !, and a comment",
    rules: { ".gitignore": "\\#hash.json\n\\!bang.json\n#plain.json\n" },
    json: ["#hash.json", "!bang.json", "plain.json"],
  },
  {
    name: "trailing spaces are dropped unless escaped",
    rules: { ".gitignore": "trail.json   \nspace.json\\ \n" },
    json: ["trail.json", "space.json ", "space.json"],
  },
  {
    name: "a deeper .gitignore wins over the root's",
    rules: { ".gitignore": "*.json\n!x.json\n", "sub/.gitignore": "!*.json\nx.json\n" },
    json: ["a.json", "x.json", "sub/a.json", "sub/x.json", "sub/deep/x.json"],
  },
  {
    name: "a deeper .gitignore re-includes a folder the root ignores",
    rules: { ".gitignore": "vendor/\n", "sub/.gitignore": "!vendor/\n" },
    json: ["vendor/a.json", "sub/vendor/a.json", "sub/vendor/deep/b.json"],
  },
  {
    name: "a .gitignore inside an ignored folder is not read",
    rules: { ".gitignore": "skip/\n", "skip/.gitignore": "!*.json\n" },
    json: ["skip/a.json", "a.json"],
  },
  {
    name: ".git/info/exclude, overridden by a .gitignore",
    rules: { ".git/info/exclude": "excluded.json\nkept.json\n", ".gitignore": "!kept.json\n" },
    json: ["excluded.json", "kept.json", "sub/excluded.json", "a.json"],
  },
  {
    name: "everything ignored except JSON and folders",
    rules: { ".gitignore": "*\n!*.json\n!*/\nsub/b.json\n" },
    json: ["a.json", "sub/a.json", "sub/b.json", "sub/deep/c.json"],
  },
  {
    name: "wildcards and character classes",
    rules: { ".gitignore": "[ab].json\n?.data.json\nx*y.json\n" },
    json: ["a.json", "b.json", "c.json", "1.data.json", "12.data.json", "xzzy.json", "x/y.json"],
  },
  {
    name: "a subfolder named on the command line keeps the rules above it",
    rules: { ".gitignore": "sub/skip.json\n*.tmp.json\n", "sub/.gitignore": "/own.json\n" },
    json: ["sub/skip.json", "sub/a.tmp.json", "sub/own.json", "sub/keep.json", "sub/deep/own.json", "top.json"],
    folder: "sub",
  },
];

/** Git run with no user or system config, so a global excludes file cannot change the answer. */
function git(cwd: string, args: string[]): string {
  const result = spawnSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      HOME: cwd,
      XDG_CONFIG_HOME: cwd,
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

let project: Project;
beforeEach(() => {
  project = new Project();
});
afterEach(() => project.remove());

/** The JSON files git keeps under `folder` (relative to it), as lint walks them: no dot files or folders. */
function keptByGit(folder: string): string[] {
  const listed = git(path.join(project.root, folder), ["ls-files", "-z", "--others", "--exclude-standard", "."]);
  return listed
    .split("\0")
    .filter((file) => file.endsWith(".json") && !file.split("/").some((part) => part.startsWith(".")))
    .sort();
}

/** The files lint linted, relative to `folder`. */
function lintedByUs(folder: string): { code: number; files: string[] } {
  const result = project.lint(["--format", "json", "--no-error-on-unmatched-pattern", "."], { cwd: folder });
  const cwd = path.join(project.root, folder);
  const files = result.stdout
    ? (JSON.parse(result.stdout) as { filePath: string }[]).map((entry) =>
        path.relative(cwd, entry.filePath).split(path.sep).join("/"),
      )
    : [];
  return { code: result.code, files: files.sort() };
}

describe("lint walks the files git keeps", () => {
  for (const testCase of CASES) {
    it(testCase.name, () => {
      git(project.root, ["init", "-q"]);
      for (const [file, text] of Object.entries(testCase.rules)) project.write(file, text);
      // An action manifest each, so every linted file appears in the JSON report.
      for (const file of testCase.json) project.write(file, action("acme"));
      const folder = testCase.folder ?? ".";
      const expected = keptByGit(folder);
      // The case must test something: git ignores some of its files and keeps others.
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(
        testCase.json.filter((f) => f.startsWith(folder === "." ? "" : `${folder}/`)).length,
      );
      const linted = lintedByUs(folder);
      expect(linted.code, JSON.stringify(linted)).toBeLessThan(2);
      expect(linted.files).toEqual(expected);
    });
  }
});

describe("lint walks the files git keeps in a linked worktree", () => {
  it("reads .git/info/exclude of the main repository through the worktree's .git file", () => {
    const main = path.join(project.root, "main");
    project.write("main/README", "x\n");
    git(main, ["init", "-q"]);
    git(main, ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "init"]);
    git(main, ["worktree", "add", "-q", "../linked", "-b", "linked"]);
    project.write("main/.git/info/exclude", "excluded.json\n").write("linked/.gitignore", "!kept.json\nkept*.json\n");
    for (const file of ["excluded.json", "kept.json", "kept2.json", "a.json"])
      project.write(`linked/${file}`, action("acme"));
    const expected = keptByGit("linked");
    expect(expected).toEqual(["a.json"]);
    expect(lintedByUs("linked").files).toEqual(expected);
  });
});

describe("ignore rules outside git", () => {
  it("reads .gitignore files without a repository (or git)", () => {
    project.write(".gitignore", "*.json\n!keep.json\n").write("sub/.gitignore", "keep.json\n");
    for (const file of ["keep.json", "drop.json", "sub/keep.json", "other/keep.json"])
      project.write(file, action("acme"));
    const linted = lintedByUs(".");
    expect(linted.files).toEqual(["keep.json", "other/keep.json"]);
  });

  it("says so when git ignores every JSON file of a folder", () => {
    project.write(".gitignore", "*.json\n").write("a.json", action("acme"));
    expect(project.lint(["."])).toMatchObject({ code: 2, stderr: "td-integration: no JSON files found in .\n" });
  });

  it("walks a folder named on the command line even when git ignores it", () => {
    git(project.root, ["init", "-q"]);
    project.write(".gitignore", "build/\n*.tmp.json\n");
    for (const file of ["build/a.json", "build/b.tmp.json", "a.json"]) project.write(file, action("acme"));
    expect(lintedByUs("build").files).toEqual(["a.json"]);
  });

  it("stops at a .gitignore it cannot read, as at a folder it cannot read", () => {
    project.write("sub/a.json", action("acme"));
    // A named pipe: reading it could block forever (and root may read any file, so no chmod 000).
    expect(spawnSync("mkfifo", [path.join(project.root, "sub/.gitignore")]).status).toBe(0);
    const result = project.lint(["."]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^td-integration: cannot read sub\/\.gitignore: .*not a regular file/);
  });
});
