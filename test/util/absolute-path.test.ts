import path from "node:path";
import { describe, expect, it } from "vitest";
import { absoluteIn } from "../../src/util/absolute-path.js";

describe("absoluteIn", () => {
  it.each([
    ["/work/repo", "a.json"],
    ["/work/repo", "integrations/acme/integration.json"],
    ["/work/repo", "a b/ü.json"],
    ["/work/repo", "./a.json"],
    ["/work/repo", "../a.json"],
    ["/work/repo", "a/../b.json"],
    ["/work/repo", "a/./b.json"],
    ["/work/repo", "a//b.json"],
    ["/work/repo", ".github/a.json"],
    ["/work/repo", "a/.hidden/b.json"],
    ["/work/repo", "/abs/a.json"],
    ["/work/repo", "a/.."],
    ["/", "a.json"],
    ["/work/repo/", "a.json"],
  ])("in %s, %s is where path.resolve puts it", (cwd, file) => {
    expect(absoluteIn(cwd, file)).toBe(path.resolve(cwd, file));
  });
});
