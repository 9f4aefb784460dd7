// Bundles the CLI and the API into dist/ (with the dependencies every lint run loads) and emits type declarations.
// One bundle per entry keeps startup to a couple of file reads. The output is built in a
// temporary folder and swapped in, so a test running the bin never sees a half-built dist/.
import { execFileSync } from "node:child_process";
import { readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

// zod re-exports all of its ~60 message locales as `z.locales`; nothing here uses them (issues are
// turned into our own sentences, and zod registers English itself), so the bundle gets an empty one.
const zodLocalesStub = {
  name: "zod-locales-stub",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: "zod-locales", namespace: "td-stub" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "td-stub" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

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
    // The dependencies lint loads on every run are bundled (zod alone is ~100 module files, and
    // resolving them cost more startup time than linting a file); the ones loaded lazily or that
    // read files next to themselves stay external.
    external: [
      "@inquirer/*",
      "cosmiconfig",
      "diff",
      "fast-string-width",
      "fast-wrap-ansi",
      "write-file-atomic",
      "typescript",
    ],
    // jsonc-parser's "main" is a UMD build with a dynamic require; its "module" build is plain ESM.
    mainFields: ["module", "main"],
    // Bundled CommonJS dependencies (picomatch) get a real `require` for Node's built-in modules.
    banner: {
      js: 'import { createRequire as __tdCreateRequire } from "node:module"; const require = __tdCreateRequire(import.meta.url);',
    },
    sourcemap: false,
    logLevel: "warning",
    define: { __TD_INTEGRATION_VERSION__: JSON.stringify(pkg.version) },
    chunkNames: "chunks/[name]-[hash]",
    plugins: [zodLocalesStub],
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
