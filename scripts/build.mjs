// Bundles the CLI and the API with their dependencies into dist/ and emits type declarations.
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
    // jsonc-parser's "main" is a UMD build with a dynamic require; its "module" build is plain ESM.
    mainFields: ["module", "main"],
    // cosmiconfig loads TypeScript only for a .ts config file, from the user's own install.
    external: ["typescript"],
    target: "node20",
    // Dependencies are bundled too: resolving and loading ~40 packages' files cost more at startup
    // than everything lint does for one file. CommonJS dependencies get a real `require`.
    banner: { js: 'import { createRequire as __tdCreateRequire } from "node:module"; const require = __tdCreateRequire(import.meta.url);' },
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
