import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { gitignoreGlobs } from "../../src/lint/gitignore.js";

describe("gitignoreGlobs", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "td-gitignore-"));
  writeFileSync(
    path.join(dir, ".gitignore"),
    ["# build output", "dist/", "/bench/out/", "*.tgz", "coverage", "!keep.json", "", "generated/*.json"].join("\n"),
  );
  const ignored = picomatch(gitignoreGlobs(dir), { dot: true });
  const cases: [string, boolean][] = [
    ["dist/a.json", true],
    ["packages/x/dist/a.json", true],
    ["bench/out/corpus/a.json", true],
    ["src/bench/out/a.json", false],
    ["release.tgz", true],
    ["coverage/report.json", true],
    ["generated/a.json", true],
    ["generated/deep/a.json", false],
    ["examples/integrations/a.json", false],
    ["keep.json", false],
  ];
  for (const [file, expected] of cases) {
    it(`${file} ${expected ? "is" : "is not"} ignored`, () => {
      expect(ignored(file)).toBe(expected);
    });
  }

  it("is empty without a .gitignore", () => {
    expect(gitignoreGlobs(mkdtempSync(path.join(tmpdir(), "td-gitignore-")))).toEqual([]);
  });
});
