import { type Command, InvalidArgumentError } from "commander";
import type { CacheStrategy, Concurrency } from "../../api/lint.js";
import type { LintFlags } from "../run-lint.js";

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number such as 0 or 10.");
  return Number(value);
}

function concurrency(value: string): Concurrency {
  if (value === "auto" || value === "off") return value;
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new InvalidArgumentError("expected auto, off or a number of threads such as 2.");
}

function cacheStrategy(value: string): CacheStrategy {
  if (value === "metadata" || value === "content") return value;
  throw new InvalidArgumentError("expected metadata or content.");
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerLint(program: Command): void {
  program
    .command("lint")
    .description("check integration manifests and action files")
    .argument("[paths...]", "files, directories (searched for *.json) or globs; default: the current directory")
    .option(
      "-f, --format <name>",
      "output format: stylish, json, compact, sarif, github, junit (repeat for several)",
      collect,
      [],
    )
    .option(
      "-o, --output-file <[format=]path>",
      "write a format to a file instead of standard output, e.g. sarif=report.sarif (repeatable)",
      collect,
      [],
    )
    .option("-c, --config <path>", "use this config file instead of searching for one")
    .option("--no-config", "ignore config files; use the defaults")
    .option("--print-config <file>", "print the configuration that applies to a file, as JSON, and exit")
    .option("--fix", "apply safe fixes in place (only the changed spans are rewritten)")
    .option("--fix-dry-run", "print the fixes as a unified diff without writing files")
    .option(
      "--baseline <file>",
      "do not report the problems recorded in this baseline file (by file, rule and JSON pointer); list its stale entries",
    )
    .option("--update-baseline", "record the problems found now in the --baseline file (created if missing)")
    .option("--stdin", "lint text from standard input")
    .option("--stdin-filename <name>", "the file name standard input is linted as (config, messages)")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", nonNegativeInteger)
    .option("--quiet", "report errors only")
    .option("--color", "force coloured output")
    .option("--no-color", "disable coloured output")
    .option("--verbose", "also list the JSON files skipped because they are not manifests or are ignored")
    .option("--no-error-on-unmatched-pattern", "do not fail when a directory or glob matches no file")
    .option(
      "--concurrency <n|auto|off>",
      "accepted as in ESLint (a number of threads, auto or off); lint always runs on one thread",
      concurrency,
    )
    .option("--cache", "reuse the results of files unchanged since the last run (cross-file checks still run)")
    .option("--cache-location <path>", "cache folder or file", "node_modules/.cache/td-integration/")
    .option(
      "--cache-strategy <strategy>",
      "how a file is known unchanged: metadata (size, times) or content (hash)",
      cacheStrategy,
      "metadata",
    )
    .addHelpText(
      "after",
      `
Examples:
  $ td-integration lint                       every *.json under the current directory
  $ td-integration lint integrations/ actions/create_ticket.json
  $ td-integration lint "manifests/**/*.json" --format json
  $ td-integration lint --max-warnings 0      fail on any warning (CI)
  $ td-integration lint --format github --format sarif --output-file sarif=td-integration.sarif
  $ td-integration lint --fix-dry-run         show what --fix would change
  $ td-integration lint --baseline td-integration-baseline.json --update-baseline
                                              record today's problems; later runs report only new ones
  $ td-integration lint --cache               lint again only what changed since the last --cache run
  $ cat action.json | td-integration lint --stdin --stdin-filename actions/action.json

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or I/O problem.`,
    )
    .action(async (paths: string[], flags: LintFlags) => {
      const { runLint } = await import("../run-lint.js");
      process.exitCode = await runLint(paths, flags);
    });
}
