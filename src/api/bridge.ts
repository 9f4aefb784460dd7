import path from "node:path";
import { formatJson, formatText } from "../bridge/format.js";
import { formatGithub, formatJunit } from "../bridge/format-ci.js";
import type { Transport } from "../bridge/http.js";
import { type BridgeOptions, DEFAULT_OPTIONS } from "../bridge/options.js";
import { runBridgeTest, runSingleCall } from "../bridge/sequence.js";
import { BridgeSetupError, loadPlan } from "../bridge/setup.js";
import type { BridgeReport, EndpointKind, SyncedContact } from "../bridge/types.js";
import { classify } from "../document/classify.js";
import { ParsedDocument } from "../document/parse.js";
import { readSource } from "../document/read.js";
import { isPlainObject } from "../util/suggest.js";
import { repositoryRoot } from "./format.js";

export const BRIDGE_FORMATS = ["text", "json", "junit", "github"] as const;
export type BridgeFormat = (typeof BRIDGE_FORMATS)[number];

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
  format: BridgeFormat;
  /** `--no-negative-auth` gives false: no request with altered credentials. */
  negativeAuth?: boolean;
  /** Colour the text report (the CLI decides from --color/--no-color, NO_COLOR and the terminal). */
  color?: boolean;
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
    invalidCredentials: cli.negativeAuth !== false,
  };
}

function render(report: BridgeReport, cli: BridgeTestOptions, environment: BridgeRunEnvironment): string {
  switch (cli.format) {
    case "json":
      return formatJson(report, environment.version);
    case "junit":
      return formatJunit(report);
    case "github":
      return formatGithub(report, { cwd: environment.cwd, root: repositoryRoot(environment.cwd) });
    default:
      return formatText(report, { color: cli.color });
  }
}

function finish(report: BridgeReport, cli: BridgeTestOptions, environment: BridgeRunEnvironment): BridgeRunResult {
  return { output: render(report, cli, environment), exitCode: report.summary.failed > 0 ? 1 : 0, report };
}

/**
 * The manifest and the action paths. A variadic `--actions` placed before the manifest takes it
 * too (`--actions a.json acme.json`): then the one integration manifest among those paths is the manifest.
 */
export function splitManifest(
  manifest: string | undefined,
  actions: readonly string[] | undefined,
  cwd: string,
): { manifest: string; actions: string[] | undefined } {
  if (manifest !== undefined) return { manifest, actions: actions ? [...actions] : undefined };
  const manifests = (actions ?? []).filter((file) => {
    if (!file.endsWith(".json")) return false;
    const read = readSource(path.resolve(cwd, file));
    return read.ok && classify(new ParsedDocument(read.text).value) === "integration";
  });
  if (manifests.length !== 1) {
    throw new BridgeSetupError(
      manifests.length === 0
        ? "missing the integration manifest: name it before or after the options, such as bridge-test acme.json --actions actions/"
        : `${manifests.length} integration manifests among --actions (${manifests.join(", ")}): name the one to test before --actions`,
    );
  }
  const chosen = manifests[0] as string;
  const rest = (actions ?? []).filter((file) => file !== chosen);
  return { manifest: chosen, actions: rest.length > 0 ? rest : undefined };
}

/** `td-integration bridge-test`: the whole sequence, as a report and its text or JSON. Throws BridgeSetupError for usage problems. */
export async function bridgeTest(
  manifestArgument: string | undefined,
  cli: BridgeTestOptions,
  environment: BridgeRunEnvironment,
): Promise<BridgeRunResult> {
  const { manifest, actions } = splitManifest(manifestArgument, cli.actions, environment.cwd);
  const options = toOptions(cli, environment.cwd);
  const plan = await loadPlan({
    cwd: environment.cwd,
    env: environment.env,
    manifest,
    actions,
    actionNames: cli.action,
    credentials: cli.credentials,
    base: cli.base,
    allowProduction: cli.allowProduction,
    oauthTokenKey: cli.oauthTokenKey,
  });
  const report = await runBridgeTest(plan, options, environment.transport);
  return finish(report, cli, environment);
}

/** `td-integration call <kind>`: one request to one endpoint. */
export async function bridgeCall(
  kind: EndpointKind,
  manifestArgument: string | undefined,
  cli: BridgeTestOptions,
  environment: BridgeRunEnvironment,
): Promise<BridgeRunResult> {
  const { manifest, actions } = splitManifest(manifestArgument, cli.actions, environment.cwd);
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
    actions: kind === "action" ? actions : [],
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
  return finish(report, cli, environment);
}
