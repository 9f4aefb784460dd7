// Bundles our own code into dist/ (dependencies stay external) and emits type declarations.
// One bundle per entry keeps startup to a couple of file reads.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: false,
  logLevel: "warning",
  define: { __TD_INTEGRATION_VERSION__: JSON.stringify(pkg.version) },
  chunkNames: "chunks/[name]-[hash]",
});
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
