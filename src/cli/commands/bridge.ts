import { Argument, type Command, Option } from "commander";
import type { BridgeFormat, BridgeTestOptions } from "../../api/bridge.js";
import type { EndpointKind } from "../../bridge/types.js";
import { VERSION } from "../../version.js";
import { shouldColor } from "../color.js";
import { addBridgeRunOptions } from "./bridge-run-options.js";

const KINDS: EndpointKind[] = ["auth-validation", "contact-sync", "interaction-retrieval", "agent-sync", "action"];

function addSharedOptions(command: Command): Command {
  return addBridgeRunOptions(
    command
      .option("--base <url>", "send the requests to this origin instead of the manifest's (a local or staging bridge)")
      .option("--allow-production", "call the endpoints written in the manifest")
      .option("--credentials <file>", "JSON file of auth field values; TD_AUTH_<FIELD_NAME> variables override it")
      .option("--actions <paths...>", "action files or directories (default: the JSON files next to the manifest)")
      .option("--action <names...>", "only these actions")
      .option("--action-data <file>", 'JSON file of input values per action: {"create_ticket": {"subject": "Test"}}'),
  )
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
    .option("--record <cassette>", "save every request and reply of the run in this JSON file (credentials masked)")
    .option("--replay <cassette>", "send a recorded run's requests again and report where the replies changed shape")
    .addHelpText(
      "after",
      `
Sequence: auth validation, contact sync (every page), interaction retrieval for a synced contact,
agent sync, then each action with its defaults filled from that contact.

Examples:
  $ td-integration bridge-test acme.json --base http://localhost:3000 --credentials creds.json
  $ TD_AUTH_API_TOKEN=... td-integration bridge-test acme.json --base https://staging.example.com --format json
  $ td-integration bridge-test acme.json --base http://localhost:3000 --credentials creds.json --record v1.cassette.json
  $ td-integration bridge-test acme.json --base http://localhost:3000 --credentials creds.json --replay v1.cassette.json

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
