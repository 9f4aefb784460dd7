import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_IGNORES } from "../../src/lint/files.js";
import { GitIgnoreRules } from "../../src/lint/gitignore.js";
import { type WalkPatterns, walkFiles, walkSelects } from "../../src/lint/walk.js";
import { seededRandom } from "../support/random.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-walk-selects-");

const FOLDERS = ["actions", "integrations", ".hidden", "node_modules", "dist", "x.json", "sub"];
const FILES = ["a.json", "b.json", ".dot.json", "notes.txt", "UPPER.JSON", "x.json"];
const GITIGNORES = ["dist/\n", "/sub\n*.txt\n", "integrations/a.json\n!keep.json\n", "b.json\n", ""];
const PATTERNS = [["**/*.json"], ["**/*.json", "!**/a.json"], ["actions/**/*.json"], ["*/*.json"]];

/** A seeded tree with dot folders, node_modules, links to folders and files, and a .gitignore. */
function randomTree(seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const root = tempDir();
  const folders = [""];
  for (let i = 0; i < 20; i++) {
    const parent = pick(folders);
    const folder = parent ? `${parent}/${pick(FOLDERS)}` : pick(FOLDERS);
    if (folder.split("/").length > 4 || folders.includes(folder)) continue;
    mkdirSync(path.join(root, folder), { recursive: true });
    folders.push(folder);
  }
  for (let i = 0; i < 50; i++) {
    try {
      writeFileSync(path.join(root, pick(folders), pick(FILES)), "{}", { flag: "wx" });
    } catch {}
  }
  symlinkSync(path.join(root, pick(folders)), path.join(root, "linked-folder"));
  symlinkSync(path.join(root, "a.json"), path.join(root, "linked.json"));
  writeFileSync(path.join(root, ".gitignore"), pick(GITIGNORES));
  // A nested .gitignore too: its rules apply below its folder, and a folder it ignores is not entered.
  const nested = pick(folders);
  if (nested) writeFileSync(path.join(root, nested, ".gitignore"), pick(GITIGNORES));
  return root;
}

/** Every path in the tree, links and ignored folders included (links are not followed). */
function everyPath(root: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      found.push(relative);
      if (entry.isDirectory()) visit(relative);
    }
  };
  visit("");
  return found;
}

describe("walkSelects", () => {
  it("says of every path what walkFiles does, on 30 seeded random trees", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const root = randomTree(seed * 104729);
      const patterns = PATTERNS[seed % PATTERNS.length] as string[];
      // Each side with its own rules: the lookup asks one instance about many paths, with no walk before.
      const walk = (): WalkPatterns => ({
        patterns,
        ignore: DEFAULT_IGNORES,
        gitignore: GitIgnoreRules.forFolder(root),
      });
      const walked = new Set<string>();
      walkFiles(root, walk(), (file) => walked.add(file));
      const asked = walk();
      const candidates = [...everyPath(root), "missing.json", "actions/missing/a.json", "linked-folder/a.json"];
      for (const relative of candidates) {
        expect(walkSelects(root, asked, relative), `seed ${seed}: ${relative}`).toBe(walked.has(relative));
      }
    }
  });

  it("cannot say for patterns that climb out of the folder", () => {
    expect(walkSelects(tempDir(), { patterns: ["../x/*.json"], ignore: [] }, "a.json")).toBeUndefined();
  });
});
