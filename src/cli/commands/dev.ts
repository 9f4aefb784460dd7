import { type Command, InvalidArgumentError, Option } from "commander";
import type { DevCliOptions } from "../run-dev.js";

function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0) throw new InvalidArgumentError("expected seconds, such as 10 or 0.5.");
  return n;
}

function port(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new InvalidArgumentError("expected a port number from 0 to 65535 (0: any free port).");
  }
  return Number(value);
}

function positive(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0) throw new InvalidArgumentError("expected a positive number, such as 10.");
  return n;
}

function wholeNumber(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of at least 1, such as 100.");
  return Number(value);
}

export function registerDev(program: Command): void {
  program
    .command("dev")
    .description("serve the integration as Talkdesk shows it, in the browser, against your bridge (127.0.0.1 only)")
    .argument("<manifest>", "the integration manifest")
    .option("--actions <paths...>", "action files or directories (default: the JSON files next to the manifest)")
    .option("--base <url>", "send the requests to this origin instead of the manifest's (a local or staging bridge)")
    .option("--allow-production", "call the endpoints written in the manifest")
    .option(
      "--mock",
      "answer from a built-in mock bridge (sample contacts, interactions, action replies): no bridge needed",
    )
    .option("--credentials <file>", "JSON file of auth field values; TD_AUTH_<FIELD_NAME> variables override it")
    .option("--port <n>", "port to listen on (default 0: any free port)", port, 0)
    .option("--open", "open the page in the browser (only in a terminal; never with BROWSER=none or CI set)")
    .option("--timeout <seconds>", "how long a bridge may take to answer", seconds, 10)
    .option("--max-body <megabytes>", "largest reply body read, after decompression", positive, 10)
    .option("--max-pages <n>", "stop a paging run after n pages and report a paging loop", wholeNumber, 100)
    .option("--checkpoint <value>", "send this synchronization_checkpoint (an incremental contact sync)")
    .option(
      "--checkpoint-field <field>",
      "contact field that must ascend (the field behind your checkpoint)",
      "updated_at",
    )
    .addOption(
      new Option("--auth-success <status>", "what auth validation must answer for valid credentials (assumed)")
        .choices(["2xx", "204", "200"])
        .default("2xx"),
    )
    .addOption(
      new Option("--agent-paging <mode>", "agent sync paging: integer meta.offset / next_offset, or none (assumed)")
        .choices(["offset", "none"])
        .default("offset"),
    )
    .option("--oauth-token-key <key>", "auth key carrying the OAuth access token (assumed)", "access_token")
    .addHelpText(
      "after",
      `
Without --base, --mock or --allow-production the page is a preview: forms, phrasing and problems, no calls.
The page updates when the manifest or an action file changes. Ctrl+C stops the server.

Examples:
  $ td-integration dev examples/integrations/acme_helpdesk.json --actions examples/actions --mock
  $ td-integration dev acme.json --base http://localhost:3000 --credentials creds.json --open

Exit codes: 130 stopped with Ctrl+C, 2 usage, credentials or I/O problem.`,
    )
    .action(async (manifest: string, options: DevCliOptions) => {
      const { runDev } = await import("../run-dev.js");
      process.exitCode = await runDev(manifest, options);
    });
}
