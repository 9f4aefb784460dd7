// Bundles our own code into dist/ (dependencies stay external) and emits type declarations.
// One bundle per entry keeps startup to a couple of file reads. The output is built in a
// temporary folder and swapped in, so a test running the bin never sees a half-built dist/.
import { execFileSync } from "node:child_process";
import { readFileSync, renameSync, rmSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const staging = `dist.tmp-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
try {
  await build({
    entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts" },
    outdir: staging,
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
  execFileSync(
    process.execPath,
    ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--outDir", staging],
    {
      stdio: "inherit",
    },
  );
  const old = `dist.old-${process.pid}`;
  try {
    renameSync("dist", old);
  } catch {}
  renameSync(staging, "dist");
  rmSync(old, { recursive: true, force: true });
  execFileSync(process.execPath, ["scripts/write-schemas.mjs"], { stdio: "inherit" });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
