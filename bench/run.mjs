// `npm run bench`: generates the corpora (once per generator version and seed), then measures in
// one run, round-robin after warm-up rounds: the floor (find + read + JSON.parse), lint on the
// broken and the clean corpus, ajv-cli on the clean corpus, one clean file, and bare `node -e ''`.
// Writes bench/out/results.md (and results.json) and prints the table.
//
// Also: a pre-commit hook naming 5 action files in the largest tree, `--cache` run again over
// unchanged files (next to the stat floor: Node stat-ing every folder and file of a listing, the least a
// warm cache can do), and a sub-folder of the largest tree linted with a mistyped provider (the same
// lint run inside that folder, and with a warm `--cache`).
//
//   npm run bench                      200, 4k and 40k files, 1 warm-up + 5 runs
//   npm run bench -- --quick           200 and 4k files, 1 warm-up + 2 runs
//   options: --runs N --warmup N --sizes 200,4k,40k --seed N --no-peer
//            --only startup,precommit,floor,lint,ajv,cache,subfolder   (scenario kinds; default all)

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { corpusHash, GENERATOR_VERSION, generateCorpus, writeCorpus } from "./generate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "bench", "out");
const rel = (p) => path.relative(root, p);

const USAGE = `usage: node bench/run.mjs [--quick] [--runs N] [--warmup N] [--sizes 200,4k,40k] [--seed N] [--no-peer]
                         [--only startup,precommit,floor,lint,ajv,cache,subfolder]`;
let args;
try {
  ({ values: args } = parseArgs({
    options: {
      help: { type: "boolean", default: false },
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      warmup: { type: "string" },
      sizes: { type: "string" },
      seed: { type: "string", default: "20260301" },
      "no-peer": { type: "boolean", default: false },
      only: { type: "string" },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const RUNS = Number(args.runs ?? (args.quick ? 2 : 5));
const WARMUP = Number(args.warmup ?? 1);
const SEED = Number(args.seed);
// 200 files: a repository of a few dozen integrations; 4k and 40k: an integration catalogue.
const SIZES = {
  200: { integrations: 50, actions: 150 },
  "4k": { integrations: 1000, actions: 3000 },
  "40k": { integrations: 10000, actions: 30000 },
};
const sizes = (args.sizes ?? (args.quick ? "200,4k" : "200,4k,40k")).split(",");
for (const size of sizes) {
  if (!SIZES[size]) {
    console.error(`unknown size ${size} (expected ${Object.keys(SIZES)})\n${USAGE}`);
    process.exit(2);
  }
}
const KINDS = ["startup", "precommit", "floor", "lint", "ajv", "cache", "subfolder"];
const only = new Set(args.only ? args.only.split(",") : KINDS);
for (const kind of only) {
  if (!KINDS.includes(kind)) {
    console.error(`unknown scenario kind ${kind} (expected ${KINDS})\n${USAGE}`);
    process.exit(2);
  }
}

const bin = path.join(root, "bin", "td-integration.js");
if (!existsSync(path.join(root, "dist", "cli.js"))) {
  console.error("dist/cli.js is missing: run `npm run build` first (npm run bench does).");
  process.exit(2);
}
const ajvCli = path.join(root, "node_modules", "ajv-cli", "dist", "index.js");
const peer = !args["no-peer"] && existsSync(ajvCli);
const TIME = "/usr/bin/time";
const haveTime = spawnSync(TIME, ["-v", "true"], { stdio: "ignore" }).status === 0;

// Two benches at once would regenerate each other's corpora and share the 2 cores.
mkdirSync(out, { recursive: true });
const lockFile = path.join(out, ".lock");
try {
  writeFileSync(lockFile, String(process.pid), { flag: "wx" });
} catch {
  const holder = Number(readFileSync(lockFile, "utf8"));
  let alive = false;
  try {
    process.kill(holder, 0);
    alive = true;
  } catch {}
  if (alive) {
    console.error(`another bench (pid ${holder}) is running; wait for it or remove ${rel(lockFile)}`);
    process.exit(2);
  }
  writeFileSync(lockFile, String(process.pid));
}
process.on("exit", () => rmSync(lockFile, { force: true }));

// ---- corpora --------------------------------------------------------------------------------

const generatorSource = readFileSync(new URL("./generate.mjs", import.meta.url), "utf8");
function ensureCorpus(size, clean) {
  const options = { seed: SEED, ...SIZES[size], clean };
  const dir = path.join(out, `corpus-${size}-${clean ? "clean" : "broken"}`);
  const stampFile = `${dir}.stamp`;
  const stamp = JSON.stringify({
    GENERATOR_VERSION,
    options,
    source: corpusHash([{ path: "", text: generatorSource }]),
  });
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp && existsSync(dir)) return dir;
  process.stderr.write(`generating ${rel(dir)} ...\n`);
  writeCorpus(dir, options);
  writeFileSync(stampFile, stamp);
  return dir;
}

const corpora = {};
for (const size of sizes) {
  const { files } = generateCorpus({ seed: SEED, ...SIZES[size] });
  const actions = files.filter((f) => f.path.includes("/actions/"));
  corpora[size] = {
    broken: ensureCorpus(size, false),
    clean: ensureCorpus(size, true),
    files: files.length,
    brokenFiles: files.filter((f) => f.broken),
    firstIntegration: files.find((f) => f.path.endsWith("/integration.json") && !f.broken).path,
    // What a pre-commit hook passes: five changed action files, spread over the tree (clean corpus).
    fiveActions: [0, 1, 2, 3, 4].map((i) => actions[Math.floor((i * actions.length) / 5)].path),
    // An actions folder whose only mistake is a provider that names no integration (broken corpus).
    mistypedFolder: path.dirname(
      files.find((f) => f.mistakes.length === 1 && f.mistakes[0] === "provider-unknown")?.path ?? actions[0].path,
    ),
  };
}

// ---- measuring ------------------------------------------------------------------------------

const devNull = openSync("/dev/null", "w");
const rssFile = path.join(out, ".rss");

/** Runs once; returns wall seconds, peak RSS in bytes and the exit code. */
function measure(cwd, argv) {
  let command = process.execPath;
  let commandArgs = argv;
  const env = { ...process.env };
  if (haveTime) {
    command = TIME;
    commandArgs = ["-v", process.execPath, ...argv];
  } else {
    rmSync(rssFile, { force: true });
    env.TD_BENCH_RSS_FILE = rssFile;
    commandArgs = ["--import", path.join(root, "bench", "report-rss.mjs"), ...argv];
  }
  const start = process.hrtime.bigint();
  const child = spawnSync(command, commandArgs, { cwd, env, stdio: ["ignore", devNull, "pipe"] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const stderr = child.stderr.toString();
  let rss;
  let cpu = Number.NaN;
  let status = child.status;
  if (haveTime) {
    rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]) * 1024;
    cpu =
      Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1]) +
      Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1]);
    status = Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? child.status);
  } else {
    rss = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : Number.NaN;
  }
  return { seconds, rss, cpu, status, stderr };
}

const scenarios = [];
// Every command runs inside the corpus, as a user runs lint at the root of their repository.
const add = (kind, group, name, files, cwd, argv, expectStatus) => {
  if (only.has(kind)) scenarios.push({ kind, group, name, files, cwd, argv, expectStatus });
};
// Ratios need their base: bare node for the startup group, the floor for each size.
only.add("startup");
if (["lint", "ajv", "cache"].some((kind) => only.has(kind))) only.add("floor");
add("startup", "startup", "bare `node -e ''`", 0, root, ["-e", ""], [0]);
// The one-file scenario and the findings use the 4k corpus when it is measured, as before there was a 200.
const mainSize = sizes.includes("4k") ? "4k" : sizes[0];
const largest = sizes[sizes.length - 1];
const first = corpora[mainSize];
add("startup", "startup", "lint one clean file", 1, first.clean, [bin, "lint", first.firstIntegration], [0]);
{
  const c = corpora[largest];
  add(
    "precommit",
    "startup",
    `pre-commit: 5 action files named, ${largest} tree`,
    5,
    c.clean,
    [bin, "lint", ...c.fiveActions],
    [0],
  );
  const folder = path.join(c.broken, c.mistypedFolder);
  const inFolder = readdirSync(folder).length;
  const label = `sub-folder (${inFolder} files) of the ${largest} tree, mistyped provider`;
  add("subfolder", "startup", label, inFolder, c.broken, [bin, "lint", c.mistypedFolder], [1]);
  add("subfolder", "startup", "the same lint run inside that folder", inFolder, folder, [bin, "lint", "."], [0, 1]);
  add(
    "subfolder",
    "startup",
    "the sub-folder lint with --cache, warm",
    inFolder,
    c.broken,
    [bin, "lint", c.mistypedFolder, "--cache", "--cache-location", `${path.join(out, "cache-subfolder")}${path.sep}`],
    [1],
  );
}
/** The folders and files of a corpus, listed beforehand (untimed) for the stat floor. */
function listingOf(size, dir) {
  const file = path.join(out, `listing-${size}.json`);
  const folders = [];
  const files = [];
  const walk = (folder) => {
    folders.push(folder);
    for (const entry of readdirSync(path.join(dir, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith(".json")) files.push(relative);
    }
  };
  walk(".");
  writeFileSync(file, JSON.stringify({ folders, files }));
  return file;
}
const cacheDir = (size, variant) => `${path.join(out, `cache-${size}-${variant}`)}${path.sep}`;
const cached = (size, variant) => ["--cache", "--cache-location", cacheDir(size, variant)];
for (const size of sizes) {
  const c = corpora[size];
  add(
    "floor",
    size,
    "floor: find + read + JSON.parse",
    c.files,
    c.broken,
    [path.join(root, "bench", "floor.mjs"), "."],
    [0],
  );
  add("lint", size, "lint, 10% broken", c.files, c.broken, [bin, "lint", ".", "--format", "json"], [1]);
  add("lint", size, "lint, clean", c.files, c.clean, [bin, "lint", ".", "--format", "json"], [0]);
  add(
    "cache",
    size,
    "stat floor: stat every folder and file of a listing",
    c.files,
    c.broken,
    [path.join(root, "bench", "stat-floor.mjs"), listingOf(size, c.broken)],
    [0],
  );
  add(
    "cache",
    size,
    "lint --cache, warm (no file changed), 10% broken",
    c.files,
    c.broken,
    [bin, "lint", ".", "--format", "json", ...cached(size, "broken")],
    [1],
  );
  add(
    "cache",
    size,
    "lint --cache, warm (no file changed), clean",
    c.files,
    c.clean,
    [bin, "lint", ".", "--format", "json", ...cached(size, "clean")],
    [0],
  );
  if (peer) {
    const argv = [ajvCli, "validate", "-s", path.join(root, "bench", "peer-schema.json"), "-d", "**/*.json"];
    add(
      "ajv",
      size,
      "ajv-cli (JSON Schema), clean",
      c.files,
      c.clean,
      [...argv, "--errors=line", "--strict=false"],
      [0],
    );
  }
}

// The cache scenarios measure a warm cache: fill it first (untimed), and check that it changes no byte of the report.
const identical = [];
for (const s of scenarios.filter((x) => x.argv.includes("--cache"))) {
  const location = s.argv[s.argv.indexOf("--cache-location") + 1];
  rmSync(location, { recursive: true, force: true });
  const report = (argv) => spawnSync(process.execPath, argv, { cwd: s.cwd, maxBuffer: 1 << 30 }).stdout.toString();
  const plain = report(s.argv.slice(0, s.argv.indexOf("--cache")));
  const cold = report(s.argv);
  const warm = report(s.argv);
  if (cold !== plain || warm !== plain) {
    console.error(`${s.name} (${s.group}): the report with --cache differs from the report without it`);
    process.exit(2);
  }
  identical.push(s.group === "startup" ? s.name : `${s.group} ${s.name.includes("clean") ? "clean" : "10% broken"}`);
}

for (const s of scenarios) s.samples = [];
const rounds = WARMUP + RUNS;
const loadBefore = os.loadavg();
for (let round = 0; round < rounds; round++) {
  process.stderr.write(`round ${round + 1}/${rounds}${round < WARMUP ? " (warm-up)" : ""}\n`);
  for (const s of scenarios) {
    const sample = measure(s.cwd, s.argv);
    if (!s.expectStatus.includes(sample.status)) {
      console.error(`${s.name} (${s.group}) exited with ${sample.status}:\n${sample.stderr.slice(-2000)}`);
      process.exit(2);
    }
    if (round >= WARMUP) s.samples.push(sample);
  }
}

const loadAfter = os.loadavg();

// What lint found, once, untimed: the clean corpus must stay clean; the broken one shows coverage.
function findings(dir) {
  const child = spawnSync(process.execPath, [bin, "lint", ".", "--format", "json"], {
    cwd: dir,
    maxBuffer: 1 << 30,
  });
  const results = JSON.parse(child.stdout.toString());
  const flagged = new Set();
  let diagnostics = 0;
  for (const r of results) {
    if (r.messages.length) flagged.add(path.relative(dir, r.filePath).split(path.sep).join("/"));
    diagnostics += r.messages.length;
  }
  return { flagged, diagnostics };
}
const coverage = {};
if (only.has("lint")) {
  const size = mainSize;
  const c = corpora[size];
  const broken = findings(c.broken);
  const clean = findings(c.clean);
  const missed = {};
  for (const f of c.brokenFiles) {
    if (broken.flagged.has(f.path)) continue;
    for (const m of f.mistakes) missed[m] = (missed[m] ?? 0) + 1;
  }
  const brokenPaths = new Set(c.brokenFiles.map((f) => f.path));
  const hit = c.brokenFiles.filter((f) => broken.flagged.has(f.path)).length;
  coverage[size] = {
    brokenFiles: c.brokenFiles.length,
    flaggedBroken: hit,
    falseAlarms: [...broken.flagged].filter((p) => !brokenPaths.has(p)).length,
    diagnostics: broken.diagnostics,
    cleanDiagnostics: clean.diagnostics,
    missed,
  };
}

// ---- report ---------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
for (const s of scenarios) {
  const t = s.samples.map((x) => x.seconds);
  const r = s.samples.map((x) => x.rss);
  const c = s.samples.map((x) => x.cpu);
  s.stats = {
    median: median(t),
    min: Math.min(...t),
    max: Math.max(...t),
    rss: median(r),
    rssMax: Math.max(...r),
    cpu: median(c),
  };
}
const find = (group, prefix) => scenarios.find((s) => s.group === group && s.name.startsWith(prefix))?.stats;

const sec = (x) => `${x.toFixed(3)} s`;
const mb = (x) => `${(x / 1048576).toFixed(0)} MB`;
const ratio = (a, b) => (a === undefined || b === undefined ? "–" : `${(a / b).toFixed(2)}x`);

const lines = [];
const cpu = os.cpus();
lines.push("# td-integration benchmark", "");
lines.push(
  `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
    `${os.type()} ${os.release()}, Node ${process.version}. ${new Date().toISOString().slice(0, 10)}.`,
);
lines.push(
  `Runs: ${WARMUP} warm-up + ${RUNS} measured per scenario, round-robin; seed ${SEED}. ` +
    `Wall time of the whole process (median); CPU = user + system time (median; steadier than wall time on a busy machine); peak memory = ${haveTime ? "`/usr/bin/time -v` maximum resident set size" : "child `process.resourceUsage().maxRSS`"} (median).`,
  "",
);
lines.push(
  `Load average (1, 5, 15 min): ${loadBefore.map((x) => x.toFixed(2)).join(", ")} before the measured rounds, ` +
    `${loadAfter.map((x) => x.toFixed(2)).join(", ")} after (other work on the machine shares its ${cpu.length} cores).`,
  "",
);
lines.push("| corpus | scenario | files | median | min–max | × floor | CPU | CPU × floor | peak RSS | RSS × floor |");
lines.push("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|");
const nodeE = find("startup", "bare");
for (const s of scenarios) {
  const base = s.group === "startup" ? nodeE : find(s.group, "floor");
  const st = s.stats;
  lines.push(
    `| ${s.group} | ${s.name} | ${s.files} | ${sec(st.median)} | ${st.min.toFixed(3)}–${st.max.toFixed(3)} | ` +
      `${ratio(st.median, base?.median)}${s.group === "startup" ? " node" : ""} | ` +
      `${Number.isNaN(st.cpu) ? "–" : sec(st.cpu)} | ${ratio(st.cpu, base?.cpu)} | ${mb(st.rss)} | ${ratio(st.rss, base?.rss)} |`,
  );
}

const targets = [];
const target = (what, value, limit, shown = value === undefined ? "–" : `${value.toFixed(2)}x`) =>
  targets.push(
    `| ${what} | ${shown} | ≤ ${limit}x | ${value === undefined ? "not measured" : value <= limit ? "met" : "**missed**"} |`,
  );
for (const size of sizes) {
  const floor = find(size, "floor");
  const broken = find(size, "lint, 10%");
  const clean = find(size, "lint, clean");
  if (floor && broken && clean) {
    // Issue #20 set 2x for every size (issue 7 had asked 1.5x at 40k).
    target(`${size}: lint (10% broken) / floor, time`, broken.median / floor.median, 2);
    target(`${size}: lint (10% broken) / clean lint, time`, broken.median / clean.median, 1.2);
    const ajv = find(size, "ajv-cli");
    if (ajv) target(`${size}: lint clean / ajv-cli clean, time`, clean.median / ajv.median, 1);
  }
  for (const variant of ["10% broken", "clean"]) {
    const warm = find(size, `lint --cache, warm (no file changed), ${variant}`);
    if (warm && floor) target(`${size}: lint --cache warm (${variant}) / floor, time`, warm.median / floor.median, 0.6);
  }
  const statFloor = find(size, "stat floor");
  if (statFloor && floor) {
    const shown = `${(statFloor.median / floor.median).toFixed(2)}x`;
    targets.push(`| ${size}: stat floor / floor, time (what any warm cache pays at least) | ${shown} | – | |`);
  }
}
const single = find("startup", "lint one");
target("one clean file / bare `node -e ''`, time", single.median / nodeE.median, 1.7);
const precommit = find("startup", "pre-commit");
if (precommit)
  target(`pre-commit, 5 files in the ${largest} tree / bare \`node -e ''\`, time`, precommit.median / nodeE.median, 2);
if (sizes.includes("40k") && find("40k", "lint, 10%")) {
  target("40k: lint peak RSS / floor peak RSS", find("40k", "lint, 10%").rss / find("40k", "floor").rss, 1.3);
  if (sizes.includes("4k")) {
    target("lint time 40k / 4k (10x the files)", find("40k", "lint, 10%").median / find("4k", "lint, 10%").median, 10);
  }
}
lines.push("", "| target | measured | limit | |", "|---|--:|--:|---|", ...targets);

if (identical.length) {
  lines.push(
    "",
    `Reports with \`--cache\` (cold and warm) were byte-identical to those without it: ${identical.join(", ")}.`,
  );
}
const cov = coverage[mainSize];
if (cov)
  lines.push(
    "",
    `Findings (${mainSize}, untimed run): ${cov.flaggedBroken} of ${cov.brokenFiles} broken files flagged, ` +
      `${cov.falseAlarms} clean files flagged through a broken partner (cross-file: an integration that does not parse, ` +
      `a duplicate reported on the later file), ${cov.diagnostics} diagnostics; ` +
      `clean corpus: ${cov.cleanDiagnostics} diagnostics.`,
  );
const missed = Object.entries(cov?.missed ?? {}).sort((a, b) => b[1] - a[1]);
if (missed.length) {
  lines.push(`Mistakes in files lint did not flag: ${missed.map(([m, n]) => `${m} ${n}`).join(", ")}.`);
}
if (peer) {
  lines.push(
    "",
    "ajv-cli 5 runs on the clean corpus only: on the broken one it stops at the first file that is not valid JSON (exit 2).",
  );
} else {
  lines.push("", "ajv-cli not measured (--no-peer, or node_modules/ajv-cli missing).");
}

const table = `${lines.join("\n")}\n`;
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "results.md"), table);
writeFileSync(
  path.join(out, "results.json"),
  `${JSON.stringify({ scenarios: scenarios.map(({ samples, ...s }) => ({ ...s, samples: samples.map(({ stderr, ...x }) => x) })), coverage }, null, 2)}\n`,
);
process.stdout.write(table);
