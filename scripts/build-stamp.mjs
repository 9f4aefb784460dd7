// Remembers which sources dist/ was built from, so `prepare` can skip a build of the same sources
// (npm prepares a git dependency twice; pre-commit 3 runs `npm install` then `npm pack`). Any build
// forgets the stamp first; only scripts/prepare.mjs records one, after its own build.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = ["src", "scripts", "package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json"];
const OUTPUTS = ["dist/index.js", "dist/cli.js", "dist/index.d.ts", "dist/cjs/index.js"];
const STAMP = "node_modules/.cache/td-integration/build-inputs.sha256";

export function inputsDigest() {
  const hash = createHash("sha256");
  const files = INPUTS.flatMap((input) =>
    statSync(input, { throwIfNoEntry: false })?.isDirectory()
      ? readdirSync(input, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
      : [input],
  ).sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : "(missing)");
    hash.update("\0");
  }
  return hash.digest("hex");
}

export function isBuiltFrom(digest) {
  return OUTPUTS.every((file) => existsSync(file)) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === digest;
}

export function recordBuild(digest) {
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, digest);
}

export function forgetBuild() {
  rmSync(STAMP, { force: true });
}
