// In-process micro-benchmark of the lint engine, without file-system noise: every file of a corpus is
// read into memory once, then lintSources runs over them N times. Prints the median CPU time per pass,
// the garbage collections per pass and a digest of the output (it must not change with a speed-up).
//
//   node bench/engine-micro.mjs [corpus=bench/out/corpus-4k-broken] [--passes 7] [--warmup 2]
//                               [--src] [--rules] [--baseline DIR] [--floor] [--alloc-profile] [--keep-bundle]
//
// --src           lint with the current src/ (bundled with esbuild into a temporary file) instead of dist/
// --rules         also time each document and project rule (implies --src), slowest first
// --floor         also time a pass that only JSON.parses every text (the least a pass can cost)
// --alloc-profile list the functions that allocate the most during the measured passes
// --keep-bundle   keep the bundled src (to read line numbers of a --cpu-prof profile against it)
// --baseline DIR  also bundle DIR/src (e.g. a copy of the tree before a change) and alternate passes of
//                 the two in the same process, which compares them fairly on a noisy machine
//
// Allocation per pass is the growth of the used heap plus what the collections during the pass freed
// (v8.GCProfiler). The benchmark runs itself again in a child Node with --expose-gc and a fixed young
// generation (16 MB semi-spaces), so the scavenge count is comparable between runs too.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { constants, PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { GCProfiler, getHeapStatistics } from "node:v8";
import { glob } from "tinyglobby";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEMI_SPACE_MB = 16;
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};

if (!flag("--child")) {
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      `--min-semi-space-size=${SEMI_SPACE_MB}`,
      `--max-semi-space-size=${SEMI_SPACE_MB}`,
      fileURLToPath(import.meta.url),
      ...args,
      "--child",
    ],
    { stdio: "inherit" },
  );
  process.exit(child.status ?? 1);
}

const optionValues = new Set(["--passes", "--warmup", "--baseline"]);
const corpus = path.resolve(
  args.find((a, i) => !a.startsWith("--") && !optionValues.has(args[i - 1])) ??
    path.join(root, "bench/out/corpus-4k-broken"),
);
const passes = option("--passes", 7);
const warmup = option("--warmup", 2);
const perRule = flag("--rules");
const baselineIndex = args.indexOf("--baseline");
const baselineDir = baselineIndex === -1 ? undefined : path.resolve(args[baselineIndex + 1]);
const fromSrc = perRule || flag("--src") || baselineDir !== undefined;

async function loadEngine(tree = root) {
  if (!fromSrc) {
    const { lintSources } = await import(pathToFileURL(path.join(root, "dist/index.js")).href);
    return { lintSources, documentRules: [], projectRules: [] };
  }
  const { build } = await import("esbuild");
  const out = path.join(tmpdir(), `td-engine-micro-${process.pid}-${tree === root ? "current" : "baseline"}.mjs`);
  await build({
    stdin: {
      contents:
        'export { lintSources } from "./src/engine/engine.ts";\nexport { DOCUMENT_RULES, PROJECT_RULES } from "./src/rules/index.ts";\n',
      resolveDir: tree,
      loader: "ts",
    },
    nodePaths: [path.join(root, "node_modules")],
    define: { __TD_INTEGRATION_VERSION__: '"0.0.0-bench"' },
    outfile: out,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    mainFields: ["module", "main"],
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    logLevel: "warning",
  });
  try {
    const engine = await import(pathToFileURL(out).href);
    return {
      lintSources: engine.lintSources,
      documentRules: engine.DOCUMENT_RULES,
      projectRules: engine.PROJECT_RULES,
    };
  } finally {
    if (flag("--keep-bundle")) console.error(`bundle kept at ${out}`);
    else rmSync(out, { force: true });
  }
}

const files = (
  await glob(["**/*.json"], { cwd: corpus, ignore: ["**/node_modules/**", "**/.git/**"], onlyFiles: true })
).sort();
const sources = files.map((file) => ({ file, text: readFileSync(path.join(corpus, file), "utf8") }));
const current = await loadEngine();
const engines = [{ name: fromSrc ? "src" : "dist", ...current, rows: [], digest: undefined }];
if (baselineDir) engines.push({ name: `baseline ${baselineDir}`, ...(await loadEngine(baselineDir)), rows: [] });
if (flag("--floor")) {
  // What every pass pays at least: JSON.parse of each text (what bench/floor.mjs does after reading).
  const floor = (list) => {
    let parsed = 0;
    for (const { text } of list) {
      try {
        if (JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) !== undefined) parsed++;
      } catch {}
    }
    return parsed;
  };
  engines.push({ name: "floor (JSON.parse only)", lintSources: floor, documentRules: [], projectRules: [], rows: [] });
}

const ruleTime = new Map();
if (perRule) {
  for (const rule of [...current.documentRules, ...current.projectRules]) {
    const check = rule.check;
    rule.check = function timed(ctx) {
      const start = process.hrtime.bigint();
      try {
        return check.call(this, ctx);
      } finally {
        ruleTime.set(rule.meta.id, (ruleTime.get(rule.meta.id) ?? 0n) + (process.hrtime.bigint() - start));
      }
    };
  }
}

let gcs = { scavenge: 0, markCompact: 0, pauseMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = entry.detail?.kind ?? entry.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) gcs.scavenge++;
    else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gcs.markCompact++;
    gcs.pauseMs += entry.duration;
  }
}).observe({ entryTypes: ["gc"] });
// GC entries reach the observer a few event-loop turns after the collection.
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

async function runPass(engine, measured) {
  globalThis.gc();
  await settle();
  gcs = { scavenge: 0, markCompact: 0, pauseMs: 0 };
  // Bytes allocated = growth of the used heap + everything the collections in between freed.
  const profiler = new GCProfiler();
  profiler.start();
  const usedBefore = getHeapStatistics().used_heap_size;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const summary = engine.lintSources(sources);
  const wallMs = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  const usedAfter = getHeapStatistics().used_heap_size;
  let freed = 0;
  for (const gc of profiler.stop()?.statistics ?? []) {
    freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
  }
  await settle();
  const hash = createHash("sha1").update(JSON.stringify(summary)).digest("hex").slice(0, 12);
  if (engine.digest && hash !== engine.digest) throw new Error(`${engine.name} gave different output in two passes`);
  engine.digest = hash;
  const allocatedMb = (usedAfter - usedBefore + freed) / 1e6;
  if (measured) engine.rows.push({ cpuMs: (used.user + used.system) / 1000, wallMs, allocatedMb, ...gcs });
}

// --alloc-profile: sample what the measured passes of the current engine allocate, collected or not.
const allocProfile = flag("--alloc-profile");
let inspector;
if (allocProfile) {
  const { Session } = await import("node:inspector/promises");
  inspector = new Session();
  inspector.connect();
  await inspector.post("HeapProfiler.enable");
}

for (let pass = 0; pass < warmup + passes; pass++) {
  if (pass === warmup) ruleTime.clear();
  if (pass === warmup && inspector) {
    await inspector.post("HeapProfiler.startSampling", {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  // Alternate which engine goes first, so neither always runs right after the other's garbage.
  const order = pass % 2 ? [...engines].reverse() : engines;
  for (const engine of order) await runPass(engine, pass >= warmup);
}

let allocationTable;
if (inspector) {
  const { profile } = await inspector.post("HeapProfiler.stopSampling");
  const bySite = new Map();
  let total = 0;
  const walk = (node, caller) => {
    const frame = node.callFrame;
    const name = `${frame.functionName || "(anonymous)"} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    if (node.selfSize > 0) {
      const key = `${name}  <  ${caller}`;
      bySite.set(key, (bySite.get(key) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    for (const child of node.children) walk(child, name);
  };
  walk(profile.head, "");
  const perPass = (bytes) => `${(bytes / 1e6 / passes / engines.length).toFixed(2).padStart(7)} MB`;
  allocationTable = [...bySite]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([site, bytes]) => `  ${perPass(bytes)}  ${site}`);
  allocationTable.unshift(`allocation sites, sampled, per pass (total ${perPass(total).trim()}):`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 0) => n.toFixed(digits);
console.log(
  `corpus ${path.relative(process.cwd(), corpus) || "."}: ${sources.length} files; ${passes} passes after ${warmup} warm-up`,
);
for (const { name, rows, digest } of engines) {
  const cpus = rows.map((r) => r.cpuMs);
  const scavenges = median(rows.map((r) => r.scavenge));
  console.log(`engine from ${name}: output digest ${digest}`);
  console.log(
    `  cpu ms/pass median ${fmt(median(cpus))} (min ${fmt(Math.min(...cpus))}, max ${fmt(Math.max(...cpus))}), ${fmt((1000 * median(cpus)) / sources.length, 1)} µs/file; wall median ${fmt(median(rows.map((r) => r.wallMs)))}`,
  );
  console.log(
    `  allocated/pass median ${fmt(median(rows.map((r) => r.allocatedMb)), 1)} MB; gc/pass median: ${scavenges} scavenges, ${median(rows.map((r) => r.markCompact))} mark-compacts, ${fmt(median(rows.map((r) => r.pauseMs)), 1)} ms paused`,
  );
}
if (baselineDir) {
  const [a, b] = engines;
  const ratios = a.rows.map((row, i) => row.cpuMs / b.rows[i].cpuMs);
  console.log(
    `current / baseline cpu, median of per-pass ratios: ${fmt(median(ratios), 3)}${a.digest === b.digest ? "" : "  OUTPUTS DIFFER"}`,
  );
}
if (allocationTable) console.log(allocationTable.join("\n"));
if (perRule) {
  const table = [...ruleTime]
    .map(([id, ns]) => [id, Number(ns) / 1e6 / passes])
    .sort((a, b) => b[1] - a[1])
    .map(([id, ms]) => `  ${fmt(ms, 1).padStart(7)} ms  ${id}`);
  console.log(`rule time per pass (mean, includes report()):\n${table.join("\n")}`);
}
