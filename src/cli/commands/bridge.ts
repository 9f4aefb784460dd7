import { Argument, type Command, InvalidArgumentError, Option } from "commander";
import type { BridgeFormat, BridgeTestOptions } from "../../api/bridge.js";
import type { EndpointKind } from "../../bridge/types.js";
import { VERSION } from "../../version.js";
import { shouldColor } from "../color.js";

const KINDS: EndpointKind[] = ["auth-validation", "contact-sync", "interaction-retrieval", "agent-sync", "action"];

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0) throw new InvalidArgumentError("expected seconds, such as 10 or 0.5.");
  return n;
}

function positiveMegabytes(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0) throw new InvalidArgumentError("expected megabytes, such as 10 or 0.5.");
  return n;
}

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of at least 1, such as 100.");
  return Number(value);
}

function addSharedOptions(command: Command): Command {
  return command
    .option("--base <url>", "send the requests to this origin instead of the manifest's (a local or staging bridge)")
    .option("--allow-production", "call the endpoints written in the manifest")
    .option("--credentials <file>", "JSON file of auth field values; TD_AUTH_<FIELD_NAME> variables override it")
    .option("--actions <paths...>", "action files or directories (default: the JSON files next to the manifest)")
    .option("--action <names...>", "only these actions")
    .option("--action-data <file>", 'JSON file of input values per action: {"create_ticket": {"subject": "Test"}}')
    .option("--timeout <seconds>", "how long a bridge may take to answer", positiveSeconds, 10)
    .option(
      "--max-body <megabytes>",
      "largest reply body read, after decompression (the rest is not read)",
      positiveMegabytes,
      10,
    )
    .option("--max-pages <n>", "stop a paging run after n pages and report a paging loop", positiveInteger, 100)
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
    .addOption(
      new Option("-f, --format <name>", "output format: text, json, junit (CI test reports), github (annotations)")
        .choices(["text", "json", "junit", "github"])
        .default("text"),
    )
    .option("--color", "force coloured output")
    .option("--no-color", "disable coloured output");
}

/** Colour only the text report, and only as --color/--no-color, NO_COLOR and the terminal say. */
function withColor(options: BridgeTestOptions & { color?: boolean }): BridgeTestOptions {
  const format: BridgeFormat = options.format;
  return { ...options, color: format === "text" && shouldColor(options.color, process.stdout, process.env) };
}

const EXIT_CODES = "Exit codes: 0 every check passed, 1 a contract check failed, 2 usage, credentials or I/O problem.";

async function execute(run: () => Promise<{ output: string; exitCode: number }>): Promise<void> {
  const { BridgeSetupError } = await import("../../bridge/setup.js");
  const { UsageError } = await import("../errors.js");
  try {
    // Every format escapes what a bridge or a manifest put in it (text: control characters; JSON,
    // JUnit XML, workflow commands: their own escaping).
    const result = await run();
    process.stdout.write(result.output);
    process.exitCode = result.exitCode;
  } catch (error) {
    if (error instanceof BridgeSetupError) throw new UsageError(error.message);
    throw error;
  }
}

export function registerBridge(program: Command): void {
  addSharedOptions(
    program
      .command("bridge-test")
      .description("send the requests Talkdesk would send to a bridge and check the replies against the contract")
      .argument("[manifest]", "the integration manifest (before or after the options)"),
  )
    .option("--no-negative-auth", "do not send the request with altered credentials that must get a 401")
    .addHelpText(
      "after",
      `
Sequence: auth validation, contact sync (every page), interaction retrieval for a synced contact,
agent sync, then each action with its defaults filled from that contact.

Examples:
  $ td-integration bridge-test acme.json --base http://localhost:3000 --credentials creds.json
  $ TD_AUTH_API_TOKEN=... td-integration bridge-test acme.json --base https://staging.example.com --format json

${EXIT_CODES}`,
    )
    .action(async (manifest: string | undefined, options: BridgeTestOptions) => {
      await execute(async () => {
        const { bridgeTest } = await import("../../api/bridge.js");
        return bridgeTest(manifest, withColor(options), { cwd: process.cwd(), env: process.env, version: VERSION });
      });
    });

  addSharedOptions(
    program
      .command("call")
      .description("send one request to one bridge endpoint and check the reply")
      .addArgument(new Argument("<endpoint-kind>", "which endpoint").choices(KINDS))
      .argument("[manifest]", "the integration manifest (before or after the options)"),
  )
    .option("--offset <value>", "contact-sync: send this meta.offset (a later page)")
    .option("--context <json>", "contact-sync: meta.context to echo with --offset")
    .option("--contact <file>", "interaction-retrieval, action: JSON contact to use (default: a sample contact)")
    .option("--agent-id <id>", "action: meta.agent_external_id")
    .addHelpText(
      "after",
      `
Examples:
  $ td-integration call auth-validation acme.json --base http://localhost:3000 --credentials creds.json
  $ td-integration call contact-sync acme.json --base http://localhost:3000 --offset 2
  $ td-integration call action acme.json --base http://localhost:3000 --action create_ticket --contact jane.json

${EXIT_CODES}`,
    )
    .action(async (kind: EndpointKind, manifest: string | undefined, options: BridgeTestOptions) => {
      await execute(async () => {
        const { bridgeCall } = await import("../../api/bridge.js");
        return bridgeCall(kind, manifest, withColor(options), {
          cwd: process.cwd(),
          env: process.env,
          version: VERSION,
        });
      });
    });
}
