import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { glob } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { DEFAULT_IGNORES } from "../../src/lint/files.js";
import { GitIgnoreRules } from "../../src/lint/gitignore.js";
import { eachFile, WALK, type WalkPatterns, walkable, walkFiles } from "../../src/lint/walk.js";
import { seededRandom } from "../support/random.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-walk-");

const FOLDER_NAMES = [
  "actions",
  "integrations",
  "src",
  ".github",
  ".hidden",
  "node_modules",
  "dist",
  "build",
  "x.json",
];
const FILE_NAMES = ["a.json", "b.json", ".dot.json", "notes.txt", "UPPER.JSON", "c.jsonc", "package.json", "x.json"];
const IGNORES = [
  "**/dist/**",
  "dist/**",
  "**/build",
  "src/**",
  "**/*.txt",
  "**/b.json",
  "actions/",
  "!keep.json",
  "**/x.json",
  "integrations/**/a.json",
];
const PATTERNS = [["**/*.json"], ["**/*.json", "!**/a.json"], ["actions/**/*.json"], ["*/*.json"], ["**/{a,b}.json"]];

/** A seeded tree of folders (dot folders, node_modules, a folder named x.json), files and links. */
function randomTree(seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const root = tempDir();
  const folders = [""];
  for (let i = 0; i < 25; i++) {
    const parent = pick(folders);
    const folder = parent ? `${parent}/${pick(FOLDER_NAMES)}` : pick(FOLDER_NAMES);
    if (folder.split("/").length > 5 || folders.includes(folder)) continue;
    mkdirSync(path.join(root, folder), { recursive: true });
    folders.push(folder);
  }
  for (let i = 0; i < 60; i++) {
    const file = path.join(root, pick(folders), pick(FILE_NAMES));
    try {
      writeFileSync(file, "{}", { flag: "wx" });
    } catch {}
  }
  symlinkSync(path.join(root, pick(folders)), path.join(root, "linked-folder"));
  try {
    symlinkSync(path.join(root, "a.json"), path.join(root, "linked.json"));
  } catch {}
  return root;
}

async function tinyglobby(root: string, { patterns, ignore }: WalkPatterns): Promise<string[]> {
  return (await glob([...patterns], { cwd: root, ignore: [...ignore], dot: false, ...WALK })).sort();
}

function walked(root: string, patterns: WalkPatterns): string[] {
  const files: string[] = [];
  walkFiles(root, patterns, (file) => files.push(file));
  return files.sort();
}

describe("walkFiles", () => {
  it("selects the files tinyglobby selects, on 40 seeded random trees", async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed * 7919);
      const root = randomTree(seed);
      const ignore = [...DEFAULT_IGNORES, ...IGNORES.filter(() => random() < 0.3)];
      const patterns = { patterns: PATTERNS[seed % PATTERNS.length] as string[], ignore };
      expect(walked(root, patterns), `seed ${seed}: ${JSON.stringify(patterns)}`).toEqual(
        await tinyglobby(root, patterns),
      );
    }
  });

  it("leaves out what git ignores as a glob followed by git's rules does", async () => {
    let left = 0;
    for (let seed = 0; seed < 20; seed++) {
      const root = randomTree(99 + seed);
      writeFileSync(path.join(root, ".gitignore"), "dist/\n/build\n*.txt\n# comment\nb.json\n!/b.json\n");
      mkdirSync(path.join(root, "actions"), { recursive: true });
      writeFileSync(path.join(root, "actions", ".gitignore"), "a.json\n!x.json/\n");
      const patterns = { patterns: ["**/*.json"], ignore: DEFAULT_IGNORES };
      const rules = GitIgnoreRules.forFolder(root);
      const all = await tinyglobby(root, patterns);
      const expected = all.filter((file) => !rules.ignoresFound(file));
      left += all.length - expected.length;
      expect(walked(root, { ...patterns, gitignore: GitIgnoreRules.forFolder(root) }), `seed ${seed}`).toEqual(
        expected,
      );
    }
    expect(left).toBeGreaterThan(0);
  });

  it("finds nothing under a folder it cannot read, and nothing for no patterns", () => {
    const root = tempDir();
    expect(walked(path.join(root, "missing"), { patterns: ["**/*.json"], ignore: [] })).toEqual([]);
    writeFileSync(path.join(root, "a.json"), "{}");
    expect(walked(root, { patterns: [], ignore: [] })).toEqual([]);
  });

  it("leaves patterns that climb out of the folder to tinyglobby (eachFile)", async () => {
    const root = tempDir();
    mkdirSync(path.join(root, "sub/a"), { recursive: true });
    for (const file of ["sub/a/x.json", "sub/i.json", "top.json"]) writeFileSync(path.join(root, file), "{}");
    const walk: WalkPatterns = { patterns: ["../sub/**/*.json"], ignore: [] };
    const found: string[] = [];
    eachFile(path.join(root, "sub"), walk, (file) => found.push(file));
    const expected = await glob([...walk.patterns], { cwd: path.join(root, "sub"), dot: false, ...WALK });
    expect(found.sort()).toEqual(expected.sort());
    expect(found.length).toBe(2);
  });

  it.each([
    [{ patterns: ["**/*.json"], ignore: ["**/node_modules/**"] }, true],
    [{ patterns: ["/abs/**/*.json"], ignore: [] }, false],
    [{ patterns: ["../other/*.json"], ignore: [] }, false],
    [{ patterns: ["**/*.json"], ignore: ["../x/**"] }, false],
    [{ patterns: ["**/*.json", "!/abs/x.json"], ignore: [] }, false],
  ])("walkable(%j) is %s", (patterns, expected) => {
    expect(walkable(patterns)).toBe(expected);
  });
});
