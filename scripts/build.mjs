// Bundles the CLI and the API into dist/ (with the dependencies every lint run loads) and emits type declarations.
// What a lint of valid files needs is ESM (dist/cli.js, dist/index.js, dist/chunks/); what it needs only
// sometimes is CommonJS loaded on first use (dist/*.cjs, see LAZY_ENTRIES). The output is built in a
// temporary folder and swapped in, so a test running the bin never sees a half-built dist/.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { forgetBuild } from "./build-stamp.mjs";

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

/**
 * Modules a lint run needs only sometimes, and synchronously (the engine, the formatters and the
 * provider lookup are synchronous), are bundled as CommonJS files in dist/ and loaded with require()
 * on first use:
 * - zod.cjs (src/schema/zod-bundle.ts): zod for the commands that validate with it (the config file, init);
 * - chalk.cjs (src/format/chalk.ts): colours, needed only when stylish prints diagnostics;
 * - tinyglobby.cjs and picomatch.cjs: globs, needed only for directories, glob arguments, the
 *   provider lookup and config files with `files`/`ignores`.
 * In the ESM bundles these imports become small stubs that forward to them (an import of a name a
 * stub lacks fails the build). lint judges a document's shape with plain data (src/schema/definitions.ts),
 * so it never loads zod.
 */
const LAZY_ENTRIES = {
  zod: "src/schema/zod-bundle.ts",
  chalk: "src/format/chalk.ts",
  tinyglobby: "tinyglobby",
  picomatch: "picomatch",
};

function lazyModules() {
  const forward = (file, names) =>
    `import { lazyRequire } from "td-lazy-require";\n${names
      .map((name) => `export const ${name} = (...args) => lazyRequire("${file}").${name}(...args);\n`)
      .join("")}`;
  const stubs = {
    // Imported only by modules that are themselves imported on demand (config validation, init, schema).
    zod: 'import { lazyRequire } from "td-lazy-require";\nexport const z = lazyRequire("zod.cjs").z;\n',
    "src/format/chalk.ts": forward("chalk.cjs", ["chalkFor"]),
    tinyglobby: forward("tinyglobby.cjs", ["glob", "globSync", "isDynamicPattern"]),
    picomatch: `import { lazyRequire } from "td-lazy-require";
const picomatch = (...args) => lazyRequire("picomatch.cjs")(...args);
picomatch.scan = (...args) => lazyRequire("picomatch.cjs").scan(...args);
export default picomatch;
`,
    // Chunks live in dist/chunks/, entries in dist/: this module may end up in either.
    "td-lazy-require": `import { createRequire } from "node:module";
const here = import.meta.url;
const requireHere = createRequire(here);
export const lazyRequire = (file) => requireHere((here.includes("/chunks/") ? "../" : "./") + file);
`,
  };
  return {
    name: "lazy-modules",
    setup(b) {
      b.onResolve({ filter: /^(zod|tinyglobby|picomatch|td-lazy-require)$/ }, (args) => ({
        path: args.path,
        namespace: "td-lazy",
      }));
      b.onResolve({ filter: /\/chalk\.js$/ }, (args) => {
        const file = path.relative(process.cwd(), path.resolve(args.resolveDir, args.path)).replace(/\.js$/, ".ts");
        const key = file.split(path.sep).join("/");
        return key in stubs ? { path: key, namespace: "td-lazy" } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: "td-lazy" }, (args) => ({
        contents: stubs[args.path],
        loader: "js",
        resolveDir: process.cwd(),
      }));
    },
  };
}

// commander requires node:child_process at load time for executable subcommands, which this CLI
// does not have; loading it cost every run a few milliseconds, so it is required on first use.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}commander${path.sep}`)
        ? { path: "child_process", namespace: "td-lazy-cp" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "td-lazy-cp" }, () => ({
      contents: 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
      loader: "js",
    }));
  },
};

// fdir (tinyglobby's crawler) require()s picomatch from node_modules when it loads, for its own glob
// option, which tinyglobby does not use: that is a second copy of picomatch, resolved and compiled file
// by file. The bundle leaves it out (fdir then has no glob function, which nothing asks for).
const fdirWithoutPicomatch = {
  name: "fdir-without-picomatch",
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const optional = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
      if (!optional.test(source))
        throw new Error("fdir no longer loads picomatch as expected: review scripts/build.mjs");
      return { contents: source.replace(optional, ""), loader: "js" };
    });
  },
};

// tinyglobby.cjs uses picomatch.cjs rather than a copy of its own.
const sharedPicomatch = {
  name: "shared-picomatch",
  setup(b) {
    b.onResolve({ filter: /^picomatch$/ }, (args) =>
      args.kind === "entry-point" ? undefined : { path: "./picomatch.cjs", external: true },
    );
  },
};

/**
 * `require("td-integration")` loads dist/cjs/index.js, which require()s the ES module itself (Node 20.19+
 * loads ES modules with require()), so CommonJS and ESM callers share one copy of the code. TypeScript
 * takes a declaration file's module format from the nearest package.json, and a CommonJS consumer
 * (`module: node16`) may not import ESM declarations: the same declarations are copied under dist/cjs/,
 * whose package.json says commonjs.
 */
const COMMONJS_ENTRY = `"use strict";
try {
  module.exports = require("../index.js");
} catch (error) {
  if (error?.code !== "ERR_REQUIRE_ESM") throw error;
  throw new Error(
    \`td-integration is an ES module: require() of it needs Node.js 20.19 or later (this is \${process.version}); use import("td-integration") instead\`,
    { cause: error },
  );
}
`;

function writeCommonJsEntry(outdir) {
  const declarations = readdirSync(outdir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".d.ts"));
  const cjs = path.join(outdir, "cjs");
  for (const file of declarations) {
    mkdirSync(path.dirname(path.join(cjs, file)), { recursive: true });
    copyFileSync(path.join(outdir, file), path.join(cjs, file));
  }
  writeFileSync(path.join(cjs, "package.json"), '{ "type": "commonjs" }\n');
  writeFileSync(path.join(cjs, "index.js"), COMMONJS_ENTRY);
}

// Node compiles every loaded file in full before running it (there is no compile cache in Node 20):
// fewer bytes (no comments or indentation) start faster. Names are kept for readable stack traces.
const minify = { minifyWhitespace: true, minifySyntax: true };

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
forgetBuild();
const staging = `dist.tmp-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
try {
  await build({
    entryPoints: LAZY_ENTRIES,
    outdir: staging,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    ...minify,
    sourcemap: false,
    logLevel: "warning",
    mainFields: ["module", "main"],
    // ESM sources bundled as CommonJS (fdir's createRequire) still get their module's URL.
    define: { "import.meta.url": "__tdImportMetaUrl" },
    banner: { js: 'const __tdImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [zodLocalesStub, fdirWithoutPicomatch, sharedPicomatch],
  });
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
    external: ["@inquirer/*", "cosmiconfig", "diff", "fast-string-width", "fast-wrap-ansi", "typescript"],
    // jsonc-parser's "main" is a UMD build with a dynamic require; its "module" build is plain ESM.
    mainFields: ["module", "main"],
    // Bundled CommonJS dependencies (picomatch) get a real `require` for Node's built-in modules.
    banner: {
      js: 'import { createRequire as __tdCreateRequire } from "node:module"; const require = __tdCreateRequire(import.meta.url);',
    },
    ...minify,
    sourcemap: false,
    logLevel: "warning",
    define: { __TD_INTEGRATION_VERSION__: JSON.stringify(pkg.version) },
    chunkNames: "chunks/[name]-[hash]",
    plugins: [lazyModules(), lazyChildProcess, zodLocalesStub],
  });
  execFileSync(
    process.execPath,
    ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--outDir", staging],
    // stdout stays empty (see scripts/prepare.mjs): tsc's messages go to stderr.
    { stdio: ["ignore", process.stderr, process.stderr] },
  );
  writeCommonJsEntry(staging);
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
