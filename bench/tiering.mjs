// What V8's TurboFan tier-up budget does to a lint run (src/cli/tiering.ts): for each budget, the
// functions optimised, the deoptimisations and the compile time (`--trace-opt --trace-deopt`, one
// run), then the median wall time of N untraced runs, round-robin after one warm-up.
//   node bench/tiering.mjs [corpus=bench/out/corpus-4k-broken] [--runs 7] [--budgets 67584,135168,202752]
// A budget passed on the command line turns the CLI's own tuning off, so each row is what it says.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin/td-integration.js");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const corpus = path.resolve(
  args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ??
    path.join(root, "bench/out/corpus-4k-broken"),
);
const runs = Number(option("--runs", 7));
const budgets = option("--budgets", "67584,135168,202752").split(",").map(Number);
const lint = (budget, extra = []) => [`--interrupt-budget=${budget}`, ...extra, bin, "lint", ".", "--format", "json"];

const rows = budgets.map((budget) => {
  const traced = spawnSync(process.execPath, lint(budget, ["--trace-opt", "--trace-deopt"]), {
    cwd: corpus,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  let optimised = 0;
  let compileMs = 0;
  let deopts = 0;
  for (const line of traced.stdout.split("\n")) {
    const took = /^\[completed compiling .* took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (took) {
      optimised++;
      compileMs += Number(took[1]) + Number(took[2]) + Number(took[3]);
    } else if (line.startsWith("[bailout (kind: deopt")) deopts++;
  }
  return { budget, optimised, deopts, compileMs, walls: [] };
});
for (let round = 0; round <= runs; round++) {
  for (const row of rows) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, lint(row.budget), { cwd: corpus, stdio: "ignore" });
    if (round > 0) row.walls.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
}
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
console.log(`${corpus}: ${runs} runs per budget after a warm-up\n`);
console.log("| budget | optimised | deopts | compile time | wall (median) | min-max |\n|--:|--:|--:|--:|--:|--:|");
for (const row of rows) {
  const walls = row.walls;
  console.log(
    `| ${row.budget / 1024} KB | ${row.optimised} | ${row.deopts} | ${row.compileMs.toFixed(0)} ms | ${median(walls).toFixed(3)} s | ${Math.min(...walls).toFixed(2)}-${Math.max(...walls).toFixed(2)} |`,
  );
}
