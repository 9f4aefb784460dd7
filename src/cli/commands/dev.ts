import { type Command, InvalidArgumentError } from "commander";
import type { DevCliOptions } from "../run-dev.js";
import { addBridgeRunOptions } from "./bridge-run-options.js";

function port(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new InvalidArgumentError("expected a port number from 0 to 65535 (0: any free port).");
  }
  return Number(value);
}

export function registerDev(program: Command): void {
  const command = program
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
    .option("--port <n>", "port to listen on (0: any free port)", port, 0)
    .option("--open", "open the page in the browser (only in a terminal; never with BROWSER=none or CI set)");
  addBridgeRunOptions(command)
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
