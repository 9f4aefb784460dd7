/** TurboFan's tier-up budget (bytecode bytes run between profiler ticks): twice V8 11.3's 66 KB. */
const INTERRUPT_BUDGET = 132 * 1024;

/**
 * Runs of fewer files are left alone: hardly any of their code gets hot enough for TurboFan, and
 * loading node:v8 costs about 4 ms.
 */
export const MANY_FILES = 500;

/**
 * The V8 flags the CLI sets for a run over many files: on Node 20's V8 (11.3) only, twice its
 * tier-up budget.
 *
 * With 11.3's budget, a lint run optimises rule code before it has met the documents that break
 * its assumptions: each rarely taken branch (a report, a suggestion, a JSON object of an unusual
 * shape) then throws the optimised code away, and it is compiled again. On the 4,000-file bench
 * corpus with 10% broken files that is about 116 optimisations and 15 deoptimisations, 1.2 s of
 * compiler-thread time in a 0.8 s run on 2 cores; with this budget, 85 and 7 (bench/tiering.mjs).
 * Nothing is set when the user chose a budget (`node --interrupt-budget=N`; NODE_OPTIONS may not
 * carry it), nor on other V8 versions: their tiers and defaults differ, and they were not measured.
 */
export function tieringFlags(v8Version: string, execArgv: readonly string[]): string[] {
  if (!v8Version.startsWith("11.3.")) return [];
  const chosen = execArgv.some((arg) => /^--interrupt[-_]budget(=|$)/.test(arg));
  return chosen ? [] : [`--interrupt-budget=${INTERRUPT_BUDGET}`];
}

/**
 * Sets tieringFlags for this process before a run over `fileCount` files. Only the CLI calls it:
 * the library never changes its host's V8.
 */
export async function tuneTiering(fileCount: number): Promise<void> {
  if (fileCount < MANY_FILES) return;
  const flags = tieringFlags(process.versions.v8, process.execArgv);
  if (flags.length === 0) return;
  const { setFlagsFromString } = await import("node:v8");
  for (const flag of flags) setFlagsFromString(flag);
}
