// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by module and the top functions.
//   node bench/profile-summary.mjs <file.cpuprofile> [top=25]
import { readFileSync } from "node:fs";

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/profile-summary.mjs <file.cpuprofile> [top]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

function moduleOf(url) {
  if (!url) return "(native / VM)";
  if (url.startsWith("node:")) return url.replace(/^node:internal\/([^/]+).*/, "node:internal/$1");
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const d = /\/(dist\/.*)$/.exec(url);
  if (d) return d[1];
  return url.replace(/^file:\/\//, "");
}
const modules = new Map();
const functions = new Map();
for (const [id, us] of self) {
  const { callFrame } = byId.get(id);
  const mod = moduleOf(callFrame.url);
  modules.set(mod, (modules.get(mod) ?? 0) + us);
  const name = `${callFrame.functionName || "(anonymous)"}  ${mod}:${callFrame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + us);
}
const show = (map, limit) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([k, us]) => `| ${(us / 1000).toFixed(0)} ms | ${((100 * us) / total).toFixed(1)}% | \`${k}\` |`)
    .join("\n");
console.log(`Sampled ${(total / 1000).toFixed(0)} ms.\n\n| self | share | module |\n|--:|--:|---|`);
console.log(show(modules, 20));
console.log("\n| self | share | function |\n|--:|--:|---|");
console.log(show(functions, Number(topArg ?? 25)));
