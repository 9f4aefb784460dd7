// Cost of importing each dependency, measured in a fresh process per sample (median of N):
// wall time and CPU time (user+system) of the import alone, the latter being steadier on a busy machine.
//   node bench/import-cost.mjs [runs=7]
import { execFileSync } from "node:child_process";

const runs = Number(process.argv[2] ?? 7);
const groups = {
  "baseline: node:os (first import() sets up the ESM loader)": ["node:os"],
  zod: ["zod"],
  commander: ["commander"],
  chalk: ["chalk"],
  cosmiconfig: ["cosmiconfig"],
  "@inquirer/prompts": ["@inquirer/prompts"],
  "jsonc-parser": ["jsonc-parser"],
  tinyglobby: ["tinyglobby"],
  "fastest-levenshtein": ["fastest-levenshtein"],
  "lint's dependencies together": [
    "zod",
    "commander",
    "chalk",
    "cosmiconfig",
    "jsonc-parser",
    "tinyglobby",
    "fastest-levenshtein",
  ],
  "dist/cli.js (the built CLI entry)": ["./dist/cli.js"],
};
const probe = (mods) =>
  `const w=performance.now(),c=process.cpuUsage();for(const m of ${JSON.stringify(mods)})await import(m);` +
  `const u=process.cpuUsage(c);process.stdout.write(JSON.stringify([performance.now()-w,(u.user+u.system)/1000]))`;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log("| import | wall ms (median) | CPU ms (median) |\n|---|--:|--:|");
for (const [name, mods] of Object.entries(groups)) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe(mods)]).toString()));
  }
  console.log(
    `| ${name} | ${median(samples.map((s) => s[0])).toFixed(1)} | ${median(samples.map((s) => s[1])).toFixed(1)} |`,
  );
}
