// npm's `prepare` step: builds dist/ after `npm install` in a clone, before `npm pack` / `npm publish`, and
// when npm installs this repository from git, which is how pre-commit installs the hook.
//
// The build needs the devDependencies (esbuild, typescript). npm installs them before preparing a git
// dependency, except in a global install (`npm install -g git+…`, what pre-commit 4 runs): there the
// preparing `npm install` inherits `global` and installs the package instead of its dependencies. When the
// build tools are missing, this script installs them first, as package-lock.json pins them and without
// their install scripts (esbuild's postinstall only checks its binary, which the build runs anyway).
//
// npm prepares a git dependency twice (once to install it, once to pack it) and pre-commit 3 runs
// `npm install` then `npm pack`: a build of the same sources is not redone.
//
// It writes nothing on stdout: pre-commit 3 reads the tarball's name from `npm pack`'s stdout.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { inputsDigest, isBuiltFrom, recordBuild } from "./build-stamp.mjs";

const BUILD_TOOLS = ["node_modules/esbuild/package.json", "node_modules/typescript/bin/tsc"];
const toStderr = { stdio: ["ignore", process.stderr, process.stderr] };

function npm(args) {
  // npm sets npm_execpath for the scripts it runs; run that same npm rather than whichever is on PATH.
  const npmCli = process.env.npm_execpath;
  if (npmCli?.endsWith(".js")) execFileSync(process.execPath, [npmCli, ...args], toStderr);
  else execFileSync(npmCli || "npm", args, toStderr);
}

const missing = BUILD_TOOLS.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`td-integration: installing the build tools (${missing.join(", ")} missing) to build dist/`);
  npm([
    "ci",
    `--prefix=${process.cwd()}`,
    "--global=false",
    "--location=project",
    "--include=dev",
    "--ignore-scripts",
    "--no-audit",
    "--no-fund",
  ]);
}

const digest = inputsDigest();
if (isBuiltFrom(digest)) {
  console.error("td-integration: dist/ is already built from these sources");
} else {
  execFileSync(process.execPath, ["scripts/build.mjs"], toStderr);
  recordBuild(digest);
}
