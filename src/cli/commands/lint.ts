import { type Command, InvalidArgumentError, Option } from "commander";

export interface LintCliOptions {
  format: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  verbose?: boolean;
  errorOnUnmatchedPattern: boolean;
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number such as 0 or 10.");
  return Number(value);
}

export function registerLint(program: Command): void {
  program
    .command("lint")
    .description("check integration manifests and action files")
    .argument("[paths...]", "files, directories (searched for *.json) or globs; default: the current directory")
    .addOption(new Option("-f, --format <name>", "output format").choices(["stylish", "json"]).default("stylish"))
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", nonNegativeInteger)
    .option("--quiet", "report errors only")
    .option("--color", "force coloured output")
    .option("--no-color", "disable coloured output")
    .option("--verbose", "also list the JSON files skipped because they are not manifests")
    .option("--no-error-on-unmatched-pattern", "do not fail when a directory or glob matches no file")
    .addHelpText(
      "after",
      `
Examples:
  $ td-integration lint                       every *.json under the current directory
  $ td-integration lint integrations/ actions/create_ticket.json
  $ td-integration lint "manifests/**/*.json" --format json
  $ td-integration lint --max-warnings 0      fail on any warning (CI)

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or I/O problem.`,
    )
    .action(async (paths: string[], options: LintCliOptions) => {
      const { runLint } = await import("../run-lint.js");
      process.exitCode = await runLint(paths, options);
    });
}
