// Compares two sets of V8 CPU profiles (`node --cpu-prof --cpu-prof-dir DIR ...`, several runs per
// set): the mean inclusive and self time of each function in A and in B, sorted by B - A. It answers
// "where does the broken corpus spend the time the clean one does not".
//   node bench/profile-diff.mjs <dirA> <dirB> [top=40]
// Functions are told apart by name, file and line:column (the bundles are minified onto few lines).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [dirA, dirB, topArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error("usage: node bench/profile-diff.mjs <dirA> <dirB> [top]");
  process.exit(2);
}

function frameKey({ functionName, url, lineNumber, columnNumber }) {
  // Chunk names carry a content hash: without it the same function matches across two builds.
  const file = (url || "").replace(/.*\/(dist|node_modules)\//, "$1/").replace(/-[A-Z0-9]{8}\.js$/, ".js");
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
}

/** Mean milliseconds per profile, inclusive and self, by function. */
function load(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  const inclusive = new Map();
  const self = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    // Each function once per sample, however often it recurses in the stack.
    const stacks = new Map();
    const stackOf = (id) => {
      let keys = stacks.get(id);
      if (!keys) {
        keys = new Set();
        for (let at = id; at !== undefined; at = parent.get(at)) keys.add(frameKey(byId.get(at).callFrame));
        stacks.set(id, keys);
      }
      return keys;
    };
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000 / files.length;
      for (const key of stackOf(id)) add(inclusive, key, ms);
      add(self, frameKey(byId.get(id).callFrame), ms);
    });
  }
  return { inclusive, self, runs: files.length };
}

const a = load(dirA);
const b = load(dirB);
const top = Number(topArg ?? 40);
console.log(`A: ${dirA} (${a.runs} profiles)  B: ${dirB} (${b.runs} profiles); mean ms per profile`);
for (const kind of ["inclusive", "self"]) {
  const keys = new Set([...a[kind].keys(), ...b[kind].keys()]);
  const rows = [...keys]
    .map((key) => ({ key, a: a[kind].get(key) ?? 0, b: b[kind].get(key) ?? 0 }))
    .sort((x, y) => y.b - y.a - (x.b - x.a))
    .slice(0, top);
  console.log(`\n| ${kind} A | ${kind} B | B - A | function |\n|--:|--:|--:|---|`);
  for (const row of rows) {
    console.log(`| ${row.a.toFixed(1)} | ${row.b.toFixed(1)} | ${(row.b - row.a).toFixed(1)} | \`${row.key}\` |`);
  }
}
