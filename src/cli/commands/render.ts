import { type Command, InvalidArgumentError } from "commander";
import type { RenderCliOptions } from "../run-render.js";

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of characters such as 30.");
  return Number(value);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerRender(program: Command): void {
  program
    .command("render")
    .description(
      "preview how Talkdesk shows integrations and actions (phrasing, forms, filled templates), with lint's problems",
    )
    .argument("[paths...]", "files, directories (searched for *.json) or globs; default: the current directory")
    .option("--contact <file>", "a JSON object of contact fields overriding the built-in sample contact")
    .option(
      "--set <name=value>",
      "a value for one placeholder, e.g. contact.email=a@b.co or account=acme (repeatable)",
      collect,
      [],
    )
    .option("--allow-missing", "a placeholder without a value is a warning, not an error")
    .option(
      "--display-max-length <n>",
      "characters a combo-box shows of an action's display (default 30)",
      positiveInteger,
    )
    .option("-c, --config <path>", "use this lint config file instead of searching for one")
    .option("--no-config", "ignore config files; lint with the defaults")
    .option("--format <template>", "render one template string instead of files, e.g. '{{contact.email}}'")
    .option("--json", "print the preview as JSON (shape: docs/render-json.md)")
    .option("--html", "write the preview as one self-contained HTML page (no script, nothing fetched)")
    .option("-o, --output <file>", "with --html: the file to write (default: standard output)")
    .option("--color", "force coloured output")
    .option("--no-color", "disable coloured output")
    .option("--no-error-on-unmatched-pattern", "do not fail when a directory or glob matches no file")
    .addHelpText(
      "after",
      `
Examples:
  $ td-integration render examples/actions/acme_helpdesk_create_ticket.json
  $ td-integration render integrations/ actions/ --set account=acme
  $ td-integration render actions --contact customer.json --allow-missing
  $ td-integration render --format 'https://{{account}}.example.org' --set account=acme
  $ td-integration render examples --json
  $ td-integration render --html examples -o preview.html

Exit codes: 0 no errors, 1 a lint error or a template that cannot be rendered, 2 usage, config or I/O problem.`,
    )
    .action(async (paths: string[], options: RenderCliOptions) => {
      const { runRender } = await import("../run-render.js");
      process.exitCode = await runRender(paths, options);
    });
}
