import path from "node:path";
import { formatJson, formatText } from "../bridge/format.js";
import type { Transport } from "../bridge/http.js";
import { type BridgeOptions, DEFAULT_OPTIONS } from "../bridge/options.js";
import { runBridgeTest, runSingleCall } from "../bridge/sequence.js";
import { BridgeSetupError, loadPlan } from "../bridge/setup.js";
import type { BridgeReport, EndpointKind, SyncedContact } from "../bridge/types.js";
import { readSource } from "../document/read.js";
import { isPlainObject } from "../util/suggest.js";

/** The options of `bridge-test` and `call` (the CLI passes its flags as they are). */
export interface BridgeTestOptions {
  actions?: string[];
  action?: string[];
  credentials?: string;
  base?: string;
  allowProduction?: boolean;
  timeout: number;
  /** `--max-body`: megabytes of a reply body read at most (default 10). */
  maxBody?: number;
  maxPages: number;
  checkpoint?: string;
  checkpointField: string;
  authSuccess: BridgeOptions["authSuccess"];
  agentPaging: BridgeOptions["agentPaging"];
  oauthTokenKey: string;
  actionData?: string;
  format: "text" | "json";
  /** call only */
  offset?: string;
  context?: string;
  contact?: string;
  agentId?: string;
}

export interface BridgeRunEnvironment {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  version: string;
  transport?: Transport;
}

export interface BridgeRunResult {
  output: string;
  exitCode: number;
  report: BridgeReport;
}

function readJsonFile(file: string, cwd: string, what: string): unknown {
  const read = readSource(path.resolve(cwd, file));
  if (!read.ok) throw new BridgeSetupError(`cannot read ${what} ${file}: ${read.reason}`);
  try {
    return JSON.parse(read.text);
  } catch (error) {
    throw new BridgeSetupError(`${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function toOptions(cli: BridgeTestOptions, cwd: string): BridgeOptions {
  let actionData: BridgeOptions["actionData"];
  if (cli.actionData !== undefined) {
    const value = readJsonFile(cli.actionData, cwd, "--action-data file");
    if (!isPlainObject(value) || !Object.values(value).every(isPlainObject)) {
      throw new BridgeSetupError(
        `--action-data file ${cli.actionData} must map action names to input values, such as {"create_ticket": {"subject": "Test"}}`,
      );
    }
    actionData = value as Record<string, Record<string, unknown>>;
  }
  return {
    ...DEFAULT_OPTIONS,
    authSuccess: cli.authSuccess,
    agentPaging: cli.agentPaging,
    oauthTokenKey: cli.oauthTokenKey,
    checkpointField: cli.checkpointField,
    checkpoint: cli.checkpoint,
    timeoutMs: Math.round(cli.timeout * 1000),
    maxBodyBytes: cli.maxBody === undefined ? undefined : Math.round(cli.maxBody * 1024 * 1024),
    maxPages: cli.maxPages,
    actionNames: cli.action,
    actionData,
  };
}

function finish(report: BridgeReport, cli: BridgeTestOptions, version: string): BridgeRunResult {
  const output = cli.format === "json" ? formatJson(report, version) : formatText(report);
  return { output, exitCode: report.summary.failed > 0 ? 1 : 0, report };
}

/** `td-integration bridge-test`: the whole sequence, as a report and its text or JSON. Throws BridgeSetupError for usage problems. */
export async function bridgeTest(
  manifest: string,
  cli: BridgeTestOptions,
  environment: BridgeRunEnvironment,
): Promise<BridgeRunResult> {
  const options = toOptions(cli, environment.cwd);
  const plan = await loadPlan({
    cwd: environment.cwd,
    env: environment.env,
    manifest,
    actions: cli.actions,
    actionNames: cli.action,
    credentials: cli.credentials,
    base: cli.base,
    allowProduction: cli.allowProduction,
    oauthTokenKey: cli.oauthTokenKey,
  });
  const report = await runBridgeTest(plan, options, environment.transport);
  return finish(report, cli, environment.version);
}

/** `td-integration call <kind>`: one request to one endpoint. */
export async function bridgeCall(
  kind: EndpointKind,
  manifest: string,
  cli: BridgeTestOptions,
  environment: BridgeRunEnvironment,
): Promise<BridgeRunResult> {
  const options = toOptions(cli, environment.cwd);
  let contact: SyncedContact | undefined;
  if (cli.contact !== undefined) {
    const value = readJsonFile(cli.contact, environment.cwd, "--contact file");
    if (!isPlainObject(value) || typeof value.id !== "string") {
      throw new BridgeSetupError(
        `--contact file ${cli.contact} must hold one contact as the contact sync returns it, such as {"id": "42", "name": "Jane Doe", "emails": ["jane@example.com"]}`,
      );
    }
    contact = value as SyncedContact;
  }
  let context: unknown;
  if (cli.context !== undefined) {
    try {
      context = JSON.parse(cli.context);
    } catch {
      throw new BridgeSetupError(
        `--context ${JSON.stringify(cli.context)} is not JSON: quote strings, as in --context '"abc"'`,
      );
    }
    if (cli.offset === undefined)
      throw new BridgeSetupError("--context is only sent together with --offset: add --offset");
  }
  const plan = await loadPlan({
    cwd: environment.cwd,
    env: environment.env,
    manifest,
    actions: kind === "action" ? cli.actions : [],
    actionNames: cli.action,
    credentials: cli.credentials,
    base: cli.base,
    allowProduction: cli.allowProduction,
    oauthTokenKey: cli.oauthTokenKey,
  });
  if (kind === "action") {
    if (plan.actions.length === 0) {
      throw new BridgeSetupError(
        `no action of ${plan.integration.name} found: point --actions at the action files (by default the JSON files next to ${manifest})`,
      );
    }
    if (plan.actions.length > 1 && !cli.action?.length) {
      throw new BridgeSetupError(
        `${plan.actions.length} actions found (${plan.actions.map((a) => a.name).join(", ")}): choose one with --action NAME`,
      );
    }
  }
  const report = await runSingleCall(
    plan,
    options,
    { kind, offset: cli.offset, context, contact, agentId: cli.agentId },
    environment.transport,
  );
  return finish(report, cli, environment.version);
}
