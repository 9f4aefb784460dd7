import path from "node:path";
import { classify } from "../document/classify.js";
import { locate } from "../document/locate.js";
import { ParsedDocument } from "../document/parse.js";
import { readSource } from "../document/read.js";
import { lintSources } from "../engine/engine.js";
import { readFailureResult } from "../engine/read-failures.js";
import { FileSelectionError, selectFiles } from "../lint/files.js";
import { authFields } from "../manifest/auth-fields.js";
import { canonicalInputType } from "../manifest/vocabulary.js";
import { documentType } from "../rules/document-type.js";
import { fileRead } from "../rules/file-read.js";
import { jsonSyntax, syntaxMessage } from "../rules/json-syntax.js";
import { isPlainObject } from "../util/suggest.js";
import { envNameFor, resolveAuth } from "./credentials.js";
import { isOauth } from "./options.js";
import type {
  ActionInfo,
  ActionInput,
  AuthField,
  BridgePlan,
  EndpointKind,
  IntegrationInfo,
  SourceLocation,
} from "./types.js";

/** A problem with how the tester was called: no manifest, unreadable credentials, a bad URL. */
export class BridgeSetupError extends Error {}

export interface SetupInput {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  manifest: string;
  /** Action files or directories; default: the JSON files next to the manifest. */
  actions?: readonly string[];
  /** Only these actions. */
  actionNames?: readonly string[];
  credentials?: string;
  base?: string;
  allowProduction?: boolean;
  oauthTokenKey: string;
}

const ENDPOINT_KEYS: Record<Exclude<EndpointKind, "action">, { key: string; legacy?: string }> = {
  "auth-validation": { key: "auth_validation_endpoint" },
  "contact-sync": { key: "contact_synchronization_endpoint", legacy: "contact_synchronization_url" },
  "interaction-retrieval": { key: "interaction_retrieval_endpoint", legacy: "interaction_retrieval_url" },
  "agent-sync": { key: "agent_synchronization_endpoint" },
};

/** Validates `--base`: an absolute http(s) URL. */
export function parseBase(base: string): URL {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new BridgeSetupError(`--base ${JSON.stringify(base)} is not a URL: write one such as http://localhost:3000`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new BridgeSetupError(`--base ${JSON.stringify(base)} must start with http:// or https://`);
  }
  return url;
}

/** The endpoint with the base's origin (and path prefix, if any) in place of its own. */
export function rewriteOrigin(endpoint: string, base: URL): string {
  const url = new URL(endpoint);
  const prefix = base.pathname.replace(/\/+$/, "");
  return `${base.origin}${prefix}${url.pathname}${url.search}`;
}

function readJson(file: string, cwd: string, what: string): { value: unknown; doc: ParsedDocument } {
  const read = readSource(path.resolve(cwd, file));
  if (!read.ok) throw new BridgeSetupError(`cannot read ${what} ${file}: ${read.reason}`);
  const doc = new ParsedDocument(read.text);
  if (doc.syntaxError) {
    const { line, column } = doc.lines.position(doc.syntaxError.offset);
    throw new BridgeSetupError(
      `${what} ${file} is not valid JSON (${line}:${column} ${syntaxMessage(doc.syntaxError)})`,
    );
  }
  return { value: doc.value, doc };
}

/** Lint's rules that say a file cannot be loaded at all: not read, not JSON, not one object. */
const LOAD_RULES = new Set([fileRead.meta.id, jsonSyntax.meta.id, documentType.meta.id]);

/** Where a top-level key of a document is written, for reports that point at the endpoint that failed. */
export function keyLocation(doc: ParsedDocument, file: string, key: string): SourceLocation | undefined {
  if (doc.syntaxError !== undefined) return undefined;
  const span = locate(doc, [key], "key");
  const start = doc.lines.position(span.offset);
  const end = doc.lines.position(span.offset + span.length);
  return {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    pointer: `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
  };
}

/**
 * Reads a manifest or action file and has lint's engine judge it, so a file that cannot be loaded is
 * reported exactly as `lint` reports it (file:line:column, message, rule id). Returns the parsed document.
 */
function loadManifestFile(file: string, cwd: string): ParsedDocument {
  const read = readSource(path.resolve(cwd, file));
  const result = read.ok ? lintSources([{ file, text: read.text }]).results[0] : readFailureResult(file, read.reason);
  const blocking = (result?.diagnostics ?? []).filter((d) => d.severity === "error" && LOAD_RULES.has(d.ruleId));
  if (blocking.length > 0 || !read.ok) {
    throw new BridgeSetupError(
      blocking.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message} (${d.ruleId})`).join("\n"),
    );
  }
  return new ParsedDocument(read.text);
}

export function integrationInfo(
  value: Record<string, unknown>,
  file: string,
  base: URL | undefined,
  notes: string[],
  doc?: ParsedDocument,
): IntegrationInfo {
  const name = typeof value.name === "string" ? value.name : path.basename(file, ".json");
  const fields: AuthField[] = [];
  for (const ref of authFields(value)) {
    if (!ref.name || !ref.field) continue;
    const type = typeof ref.field.type === "string" ? ref.field.type.toLowerCase() : "input";
    fields.push({
      name: ref.name,
      mandatory: ref.field.mandatory === true,
      type: type === "oauth" ? "oauth" : "input",
    });
  }
  const endpoints: IntegrationInfo["endpoints"] = {};
  const locations: IntegrationInfo["locations"] = {};
  const declared: IntegrationInfo["declared"] = {};
  for (const [kind, { key, legacy }] of Object.entries(ENDPOINT_KEYS) as [
    keyof typeof ENDPOINT_KEYS,
    { key: string; legacy?: string },
  ][]) {
    let raw = value[key];
    let usedKey = key;
    if ((raw === undefined || raw === null) && legacy && typeof value[legacy] === "string") {
      raw = value[legacy];
      usedKey = legacy;
      notes.push(
        `${file}: using the legacy key \`${legacy}\`; Talkdesk now reads \`${key}\` (td-integration lint --fix renames it)`,
      );
    }
    if (typeof raw !== "string" || raw.trim() === "") continue;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new BridgeSetupError(
        `${file}: \`${usedKey}\` ${JSON.stringify(raw)} is not an absolute URL; fix it (td-integration lint ${file} shows where)`,
      );
    }
    endpoints[kind] = base ? rewriteOrigin(url.href, base) : url.href;
    declared[kind] = url.href;
    const where = doc ? keyLocation(doc, file, usedKey) : undefined;
    if (where) locations[kind] = where;
  }
  const types = Array.isArray(value.interaction_types)
    ? value.interaction_types.filter((t): t is string => typeof t === "string")
    : [];
  return {
    name,
    file,
    authenticationType:
      typeof value.authentication_type === "string" ? value.authentication_type.toLowerCase() : "none",
    authFields: fields,
    interactionTypes: types,
    endpoints,
    declared,
    locations,
  };
}

export function actionInfo(
  value: Record<string, unknown>,
  file: string,
  base: URL | undefined,
  doc?: ParsedDocument,
): ActionInfo {
  const inputs: ActionInput[] = [];
  for (const input of Array.isArray(value.inputs) ? value.inputs : []) {
    if (!isPlainObject(input) || typeof input.key !== "string") continue;
    const format =
      typeof input.format === "string" || typeof input.format === "number" ? String(input.format) : undefined;
    inputs.push({
      key: input.key,
      mandatory: input.mandatory === true,
      type: canonicalInputType(input.type) ?? "Text",
      format,
    });
  }
  let endpoint: string | undefined;
  if (typeof value.endpoint === "string" && value.endpoint.trim() !== "") {
    try {
      endpoint = new URL(value.endpoint).href;
    } catch {
      throw new BridgeSetupError(
        `${file}: \`endpoint\` ${JSON.stringify(value.endpoint)} is not an absolute URL; fix it (td-integration lint ${file} shows where)`,
      );
    }
    if (base) endpoint = rewriteOrigin(endpoint, base);
  }
  const name = typeof value.name === "string" ? value.name : path.basename(file, ".json");
  const location = endpoint && doc ? keyLocation(doc, file, "endpoint") : undefined;
  return location ? { name, file, endpoint, inputs, location } : { name, file, endpoint, inputs };
}

async function loadActions(
  input: SetupInput,
  integration: string,
  base: URL | undefined,
  notes: string[],
): Promise<ActionInfo[]> {
  const explicit = input.actions !== undefined && input.actions.length > 0;
  let files: string[];
  try {
    files = explicit
      ? await selectFiles(input.actions ?? [], { cwd: input.cwd })
      : await selectFiles([path.dirname(input.manifest)], {
          cwd: input.cwd,
          files: ["*.json"],
          errorOnUnmatchedPattern: false,
        });
  } catch (error) {
    if (error instanceof FileSelectionError) throw new BridgeSetupError(`--actions: ${error.message}`);
    throw error;
  }
  const actions: ActionInfo[] = [];
  for (const file of files) {
    let doc: ParsedDocument;
    try {
      doc = loadManifestFile(file, input.cwd);
    } catch (error) {
      if (explicit) throw error;
      continue;
    }
    const value = doc.value;
    if (classify(value) !== "action" || !isPlainObject(value)) continue;
    if (value.provider !== integration) {
      if (explicit)
        notes.push(
          `${file}: ignored, its provider ${JSON.stringify(value.provider)} is not ${JSON.stringify(integration)}`,
        );
      continue;
    }
    actions.push(actionInfo(value, file, base, doc));
  }
  if (input.actionNames?.length) {
    const names = new Set(actions.map((a) => a.name));
    const unknown = input.actionNames.filter((n) => !names.has(n));
    if (unknown.length) {
      throw new BridgeSetupError(
        `no action named ${unknown.map((n) => JSON.stringify(n)).join(", ")} for ${integration}; found: ${[...names].join(", ") || "none"} (point --actions at the action files)`,
      );
    }
    return actions.filter((a) => input.actionNames?.includes(a.name));
  }
  return actions;
}

function readCredentials(file: string, cwd: string): Record<string, unknown> {
  const { value } = readJson(file, cwd, "credentials file");
  if (!isPlainObject(value)) {
    throw new BridgeSetupError(
      `credentials file ${file} must hold one JSON object of auth field values, such as {"api_token": "..."}`,
    );
  }
  return value;
}

/** Reads the manifest, its actions and the credentials, and resolves where the requests go. */
export async function loadPlan(input: SetupInput): Promise<BridgePlan> {
  const base = input.base !== undefined ? parseBase(input.base) : undefined;
  const doc = loadManifestFile(input.manifest, input.cwd);
  const value = doc.value;
  const kind = classify(value);
  if (kind !== "integration" || !isPlainObject(value)) {
    throw new BridgeSetupError(
      kind === "action"
        ? `${input.manifest} is an action; pass the integration manifest it belongs to (its provider ${JSON.stringify((value as Record<string, unknown>).provider)}) and the action with --actions`
        : `${input.manifest} is not an integration manifest: it has none of display_name, authentication_type, *_endpoint...`,
    );
  }
  if (!base && !input.allowProduction) {
    throw new BridgeSetupError(
      "say where to send the requests: --base URL sends them to a local or staging bridge (for example --base http://localhost:3000), --allow-production calls the endpoints written in the manifest",
    );
  }
  const notes: string[] = [];
  const integration = integrationInfo(value, input.manifest, base, notes, doc);
  const actions = await loadActions(input, integration.name, base, notes);
  const fileValues = input.credentials !== undefined ? readCredentials(input.credentials, input.cwd) : {};
  const oauth = isOauth(integration.authenticationType) ? { tokenKey: input.oauthTokenKey } : undefined;
  const { auth, missing } = resolveAuth(
    integration.authenticationType === "none" ? [] : integration.authFields,
    fileValues,
    input.env,
    oauth,
  );
  if (missing.length) {
    const where = missing.map((name) => `${JSON.stringify(name)} (or ${envNameFor(name)})`).join(", ");
    throw new BridgeSetupError(
      `no value for auth field${missing.length > 1 ? "s" : ""} ${where}: put ${missing.length > 1 ? "them" : "it"} in the --credentials JSON file or set the environment variable${missing.length > 1 ? "s" : ""}`,
    );
  }
  return {
    integration,
    actions,
    auth,
    target: base ? shownBase(base) : "production (the endpoints written in the manifest)",
    notes,
  };
}

/** `--base` as reports show it: a password in the URL is masked (requests go to its origin, without it). */
export function shownBase(base: URL): string {
  const shown = new URL(base.href);
  if (shown.password) shown.password = "***";
  return shown.href.replace(/\/$/, "");
}
