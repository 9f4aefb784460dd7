import { createHash } from "node:crypto";
import path from "node:path";
import { ParsedDocument } from "../document/parse.js";
import { readSource } from "../document/read.js";
import { isPlainObject } from "../util/suggest.js";
import { maskBodyText, maskJson, maskText, maskUrl, maskValue, secretStrings, TooDeep } from "./credentials.js";
import { postJson, type Transport } from "./http.js";
import type { BridgeOptions } from "./options.js";
import { REQUEST_HEADERS } from "./options.js";
import { alterCredential, type ExchangeEntry, Run, report } from "./sequence.js";
import { BridgeSetupError } from "./setup.js";
import { compareShapes, shapeOf } from "./shape.js";
import type { BridgePlan, BridgeReport, Check, SourceLocation } from "./types.js";

/**
 * A cassette: every request of a bridge-test run and the reply it got, credentials masked, so a
 * later run (`--replay`) can send the same requests and tell where the replies changed shape.
 */

export const CASSETTE_VERSION = 1;
const FORMAT_KEY = "td-integration-cassette";

export interface CassetteExchange {
  endpoint: string;
  label: string;
  alteredCredential?: string;
  request: { method: "POST"; url: string; headers: Record<string, string>; body: Record<string, unknown> };
  response?: { status: number; headers: Record<string, string>; body: string };
  error?: string;
}

export interface Cassette {
  [FORMAT_KEY]: number;
  recordedWith: string;
  manifest: ManifestIdentity;
  exchanges: CassetteExchange[];
}

export interface ManifestIdentity {
  integration: string;
  /** Each endpoint as the manifest writes it. */
  endpoints: Record<string, string>;
  /** sha256 of the integration name and its endpoints, to refuse a cassette of another manifest. */
  hash: string;
}

export function manifestIdentity(plan: BridgePlan): ManifestIdentity {
  const endpoints = Object.fromEntries(
    Object.entries(plan.integration.declared).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ) as Record<string, string>;
  const hash = createHash("sha256")
    .update(JSON.stringify([plan.integration.name, endpoints]))
    .digest("hex");
  return { integration: plan.integration.name, endpoints, hash: `sha256:${hash}` };
}

/** A JSON value with every credential masked, in keys and strings (a value nested too deep is dropped). */
function maskedValue(value: unknown, secrets: readonly string[]): unknown {
  try {
    return maskJson(value, secrets);
  } catch (error) {
    if (error instanceof TooDeep) return "(nested too deep to keep: it may hold credentials)";
    throw error;
  }
}

/** Collects the exchanges of a run, masking each one as it comes: nothing unmasked is kept. */
export class CassetteRecorder {
  readonly exchanges: CassetteExchange[] = [];

  readonly record = (entry: ExchangeEntry): void => {
    const secrets = entry.secrets;
    const auth = isPlainObject(entry.body.auth) ? entry.body.auth : undefined;
    const body = maskedValue(entry.body, secrets) as Record<string, unknown>;
    if (auth) body.auth = Object.fromEntries(Object.entries(auth).map(([key, value]) => [key, maskValue(value)]));
    const exchange: CassetteExchange = {
      endpoint: entry.endpoint,
      label: maskText(entry.label, secrets),
      request: { method: "POST", url: maskUrl(entry.url, secrets), headers: { ...REQUEST_HEADERS }, body },
    };
    if (entry.alteredKey) exchange.alteredCredential = entry.alteredKey;
    if (entry.result.ok) {
      const res = entry.result.response;
      const headers: Record<string, string> = {};
      if (res.contentType !== undefined) headers["content-type"] = maskUrl(res.contentType, secrets);
      if (res.location !== undefined) headers.location = maskUrl(res.location, secrets);
      exchange.response = { status: res.status, headers, body: maskBodyText(res.bodyText, secrets) };
    } else {
      exchange.error = maskText(entry.result.error, secrets);
    }
    this.exchanges.push(exchange);
  };

  cassette(plan: BridgePlan, version: string): Cassette {
    return {
      [FORMAT_KEY]: CASSETTE_VERSION,
      recordedWith: `td-integration ${version}`,
      manifest: manifestIdentity(plan),
      exchanges: this.exchanges,
    };
  }
}

/** Reads and checks a cassette: a bounded read, JSON, this version, exchanges of the expected shape, this manifest. */
export function readCassette(file: string, cwd: string, plan: BridgePlan): Cassette {
  const read = readSource(path.resolve(cwd, file));
  if (!read.ok) throw new BridgeSetupError(`cannot read the cassette ${file}: ${read.reason}`);
  const doc = new ParsedDocument(read.text);
  if (doc.syntaxError) {
    const { line, column } = doc.lines.position(doc.syntaxError.offset);
    throw new BridgeSetupError(
      `the cassette ${file} is not valid JSON (at ${line}:${column}); record it again with --record`,
    );
  }
  const value = doc.value;
  const malformed = (what: string) =>
    new BridgeSetupError(`the cassette ${file} is malformed: ${what}; record it again with --record`);
  if (!isPlainObject(value) || !(FORMAT_KEY in value)) {
    throw malformed(`it is not a td-integration cassette (no "${FORMAT_KEY}" key)`);
  }
  if (value[FORMAT_KEY] !== CASSETTE_VERSION) {
    throw new BridgeSetupError(
      `the cassette ${file} has version ${JSON.stringify(value[FORMAT_KEY])}; this td-integration reads version ${CASSETTE_VERSION}: record it again with --record`,
    );
  }
  const manifest = value.manifest;
  if (!isPlainObject(manifest) || typeof manifest.integration !== "string" || typeof manifest.hash !== "string") {
    throw malformed('"manifest" must hold "integration" and "hash"');
  }
  if (!Array.isArray(value.exchanges)) throw malformed('"exchanges" must be a list');
  value.exchanges.forEach((exchange, i) => {
    const at = `exchanges[${i}]`;
    if (!isPlainObject(exchange) || typeof exchange.endpoint !== "string" || typeof exchange.label !== "string") {
      throw malformed(`${at} must be an object with "endpoint" and "label"`);
    }
    if (!isPlainObject(exchange.request) || !isPlainObject(exchange.request.body)) {
      throw malformed(`${at}.request.body must be the JSON object sent`);
    }
    const response = exchange.response;
    if (response !== undefined) {
      if (!isPlainObject(response) || !Number.isInteger(response.status) || typeof response.body !== "string") {
        throw malformed(`${at}.response must have a whole-number "status" and a "body" text`);
      }
      if (response.headers !== undefined && !isPlainObject(response.headers))
        throw malformed(`${at}.response.headers must be an object`);
    } else if (typeof exchange.error !== "string") {
      throw malformed(`${at} must have a "response" or an "error"`);
    }
    if (exchange.alteredCredential !== undefined && typeof exchange.alteredCredential !== "string") {
      throw malformed(`${at}.alteredCredential must be an auth key`);
    }
  });
  const identity = manifestIdentity(plan);
  if (manifest.integration !== identity.integration || manifest.hash !== identity.hash) {
    const recorded = isPlainObject(manifest.endpoints) ? Object.values(manifest.endpoints).join(", ") : "?";
    throw new BridgeSetupError(
      manifest.integration !== identity.integration
        ? `the cassette ${file} was recorded for the integration ${JSON.stringify(manifest.integration)}, not ${JSON.stringify(identity.integration)}: replay it with its own manifest, or record again with --record`
        : `the cassette ${file} was recorded with other endpoints (${recorded}) than ${plan.integration.file} declares now (${Object.values(identity.endpoints).join(", ")}): record it again with --record`,
    );
  }
  return value as unknown as Cassette;
}

/** The current value for each masked string of a recorded body: the masks of today's credentials are reversed. */
function unmask(value: unknown, masks: ReadonlyMap<string, string>, depth = 0): unknown {
  if (typeof value === "string") {
    let out = value;
    for (const [mask, secret] of masks) if (out.includes(mask)) out = out.split(mask).join(secret);
    return out;
  }
  if (value === null || typeof value !== "object" || depth > 200) return value;
  if (Array.isArray(value)) return value.map((item) => unmask(item, masks, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      unmask(key, masks, depth + 1) as string,
      unmask(item, masks, depth + 1),
    ]),
  );
}

function endpointUrl(plan: BridgePlan, endpoint: string): { url: string; location?: SourceLocation } | undefined {
  if (endpoint.startsWith("action:")) {
    const action = plan.actions.find((a) => a.name === endpoint.slice("action:".length));
    return action?.endpoint ? { url: action.endpoint, location: action.location } : undefined;
  }
  const kind = endpoint as keyof BridgePlan["integration"]["endpoints"];
  const url = plan.integration.endpoints[kind];
  return url ? { url, location: plan.integration.locations[kind] } : undefined;
}

const mediaType = (contentType: string | undefined) => (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The checks of one replayed exchange: same status, same media type, same JSON shape. */
function compareReply(
  recorded: NonNullable<CassetteExchange["response"]>,
  now: { status: number; contentType: string | undefined; bodyText: string },
  notes: string[],
): Check[] {
  const checks: Check[] = [];
  checks.push(
    recorded.status === now.status
      ? { id: "replay-status", ok: true, message: `status ${now.status}, as recorded` }
      : { id: "replay-status", ok: false, message: `status ${now.status}; it was ${recorded.status} when recorded` },
  );
  const before = mediaType(recorded.headers["content-type"]);
  const after = mediaType(now.contentType);
  checks.push(
    before === after
      ? { id: "replay-content-type", ok: true, message: `Content-Type ${after || "(none)"}, as recorded` }
      : {
          id: "replay-content-type",
          ok: false,
          message: `Content-Type ${after || "(none)"}; it was ${before || "(none)"} when recorded`,
        },
  );
  const old = parse(recorded.body);
  const current = parse(now.bodyText);
  if (!old.ok || !current.ok) {
    const describe = (p: { ok: boolean }, text: string) => (p.ok ? "JSON" : text.trim() === "" ? "empty" : "not JSON");
    const was = describe(old, recorded.body);
    const is = describe(current, now.bodyText);
    checks.push(
      was === is
        ? { id: "replay-shape", ok: true, message: `the body is ${is}, as recorded` }
        : { id: "replay-shape", ok: false, message: `the body is ${is}; it was ${was} when recorded` },
    );
    return checks;
  }
  const differences = compareShapes(shapeOf(old.value), shapeOf(current.value));
  const breaking = differences.filter((d) => d.kind !== "added");
  for (const added of differences.filter((d) => d.kind === "added")) notes.push(`${added.message} (not breaking)`);
  if (breaking.length === 0) {
    checks.push({ id: "replay-shape", ok: true, message: "the reply has the recorded shape (keys and types)" });
  } else {
    const shown = breaking.slice(0, 5).map((d) => d.message);
    if (breaking.length > 5) shown.push(`and ${breaking.length - 5} more`);
    checks.push({ id: "replay-shape", ok: false, message: `the reply changed shape: ${shown.join("; ")}` });
  }
  return checks;
}

/**
 * Sends each recorded request again, with today's credentials in place of the masks (and the altered
 * credential altered again), and compares each reply with the recorded one.
 */
export async function replayCassette(
  plan: BridgePlan,
  options: BridgeOptions,
  cassette: Cassette,
  transport: Transport = postJson,
): Promise<BridgeReport> {
  const run = new Run(plan, options, transport);
  run.notes.push(`replaying ${cassette.exchanges.length} exchanges recorded with ${cassette.recordedWith ?? "?"}`);
  for (const exchange of cassette.exchanges) {
    const label = `replay: ${exchange.label}`;
    const kind = exchange.endpoint.startsWith("action:")
      ? "action"
      : (exchange.endpoint as Run["calls"][number]["kind"]);
    const target = endpointUrl(plan, exchange.endpoint);
    if (!target) {
      run.skip(
        kind,
        label,
        `not sent: ${exchange.endpoint} is not part of this run (point --actions at its action file)`,
      );
      continue;
    }
    const masks = new Map(secretStrings(run.auth).map((secret) => [maskValue(secret), secret]));
    const body = unmask(exchange.request.body, masks) as Record<string, unknown>;
    const secrets: string[] = [];
    if (isPlainObject(exchange.request.body.auth)) {
      const auth: Record<string, unknown> = {};
      for (const key of Object.keys(exchange.request.body.auth)) {
        if (run.auth[key] === undefined) continue;
        auth[key] = exchange.alteredCredential === key ? alterCredential(String(run.auth[key])) : run.auth[key];
        if (exchange.alteredCredential === key) secrets.push(auth[key] as string);
      }
      body.auth = auth;
    }
    const { record, res, rawBody } = await run.exchange(kind, label, target.url, body, {
      location: target.location,
      alteredCredentials: exchange.alteredCredential !== undefined,
      secrets,
    });
    if (exchange.error !== undefined) record.notes.push(`when recorded: no answer (${exchange.error})`);
    if (!exchange.response) {
      if (res)
        record.checks.push({ id: "replay-status", ok: true, message: `status ${res.status} (no answer was recorded)` });
      continue;
    }
    const now = res ?? record.response;
    if (!now) continue;
    record.checks.push(...compareReply(exchange.response, now, record.notes));
    // As in the run: auth fields returned by auth validation travel in every later request.
    if (exchange.endpoint === "auth-validation" && !exchange.alteredCredential && now.status === 200) {
      const returned = parse(rawBody);
      if (returned.ok && isPlainObject(returned.value)) run.setAuth({ ...run.auth, ...returned.value });
    }
  }
  return report(run);
}
