import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-loads-");

/** The dist/*.cjs files a run requires (zod, chalk, globs), as a require hook sees them. */
function requiredBundles(args: string[], cwd: string): string[] {
  const hook = path.join(tempDir(), "hook.cjs");
  writeFileSync(
    hook,
    `const M = require("module"); const load = M._load;
M._load = function (request, ...rest) {
  if (/\\.cjs$/.test(request)) process.stderr.write("required " + request + "\\n");
  return load.call(this, request, ...rest);
};`,
  );
  const run = spawnSync(process.execPath, ["--require", hook, BIN, ...args], { cwd, encoding: "utf8", input: "" });
  return [...run.stderr.matchAll(/^required (.*)$/gm)].map((m) => path.basename(m[1] as string));
}

describe("what a lint run loads", () => {
  it("lints without a config file and without loading zod (only a config needs the validator)", () => {
    const file = path.join(ROOT, "examples");
    expect(requiredBundles(["lint", file], ROOT)).not.toContain("zod.cjs");
  });
});
