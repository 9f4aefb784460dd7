import { isPlainObject } from "../util/suggest.js";
import {
  checkActionReply,
  checkActionStatus,
  checkAgentFields,
  checkAgentsArray,
  checkAscending,
  checkAuthStatus,
  checkCheckpoint,
  checkContactFields,
  checkContactsArray,
  checkContentType,
  checkInteractionEnums,
  checkInteractionFields,
  checkInteractionsArray,
  checkInteractionTypes,
  checkNextOffset,
  checkNoRedirect,
  checkRejectsInvalidCredentials,
  checkReturnedAuthFields,
  checkStatus,
  checkUniqueIds,
  parseJsonBody,
} from "./checks.js";
import { expandInputs, SAMPLE_CONTACT } from "./contact.js";
import { maskBody, maskBodyText, maskText, maskUrl, secretStrings } from "./credentials.js";
import { postJson, type Transport, type TransportResult } from "./http.js";
import { assumptionsFor, type BridgeOptions, isOauth } from "./options.js";
import {
  actionBody,
  agentSyncBody,
  authValidationBody,
  contactSyncBody,
  interactionRetrievalBody,
} from "./requests.js";
import type {
  ActionInfo,
  BridgePlan,
  BridgeReport,
  CallRecord,
  EndpointKind,
  ReceivedResponse,
  SourceLocation,
  SyncedContact,
} from "./types.js";

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** One request and what came back, unmasked, for a recorder (which masks before it keeps anything). */
export interface ExchangeEntry {
  /** `auth-validation`, `contact-sync`, `interaction-retrieval`, `agent-sync` or `action:<name>`. */
  endpoint: string;
  label: string;
  url: string;
  body: Record<string, unknown>;
  result: TransportResult;
  /** The credentials of this request, to mask. */
  secrets: readonly string[];
  /** The auth key altered on purpose in this request. */
  alteredKey?: string;
}

export type ExchangeRecorder = (entry: ExchangeEntry) => void;

/** How one exchange is sent and recorded. */
interface ExchangeOptions {
  /** The endpoint key of the recording (defaults to the call's kind). */
  endpoint?: string;
  alteredKey?: string;
  location?: SourceLocation;
  /** The request carries altered credentials on purpose: a 401 is the expected answer, not a problem to explain. */
  alteredCredentials?: boolean;
  /** More strings to mask in this exchange (the altered credential, which reveals the real one). */
  secrets?: readonly string[];
}

/** One run's mutable state: the auth object can grow with fields returned by auth validation. */
export class Run {
  readonly calls: CallRecord[] = [];
  recorder: ExchangeRecorder | undefined;
  readonly notes: string[];
  auth: Record<string, unknown>;
  private secrets: string[];
  /** Origins that refused the connection (or whose host does not exist), with the call that found out. */
  private readonly unreachable = new Map<string, number>();

  constructor(
    readonly plan: BridgePlan,
    readonly options: BridgeOptions,
    readonly transport: Transport,
  ) {
    this.auth = { ...plan.auth };
    this.secrets = secretStrings(this.auth);
    this.notes = [...plan.notes];
  }

  setAuth(auth: Record<string, unknown>): void {
    this.auth = auth;
    this.secrets = secretStrings(auth);
  }

  skip(kind: EndpointKind, label: string, reason: string, location?: SourceLocation): void {
    this.calls.push({ kind, label, skipped: reason, checks: [], notes: [], ...(location ? { location } : {}) });
  }

  /**
   * Sends one request and records it. Returns the response for the contract checks (masked), its
   * body as received (`rawBody`, for the run's own state only), or undefined when there is nothing
   * more to check (no answer, or a redirect).
   */
  async exchange(
    kind: EndpointKind,
    label: string,
    url: string,
    body: Record<string, unknown>,
    options: ExchangeOptions = {},
  ): Promise<{ record: CallRecord; res: ReceivedResponse | undefined; rawBody: string }> {
    const origin = originOf(url);
    const refusedAt = this.unreachable.get(origin);
    if (refusedAt !== undefined) {
      const reason = `not sent: ${origin} could not be reached at call ${refusedAt} (see there); start the bridge, or check --base, and run again`;
      const record: CallRecord = { kind, label, skipped: reason, checks: [], notes: [] };
      if (options.location) record.location = options.location;
      this.calls.push(record);
      return { record, res: undefined, rawBody: "" };
    }
    const secrets = options.secrets ? [...options.secrets, ...this.secrets] : this.secrets;
    const record: CallRecord = {
      kind,
      label,
      request: { method: "POST", url, body: maskBody(body) },
      checks: [],
      notes: [],
    };
    if (options.location) record.location = options.location;
    this.calls.push(record);
    const result = await this.transport(url, body, this.options.timeoutMs, this.options.maxBodyBytes);
    this.recorder?.({
      endpoint: options.endpoint ?? kind,
      label,
      url,
      body,
      result,
      secrets,
      ...(options.alteredKey ? { alteredKey: options.alteredKey } : {}),
    });
    if (!result.ok) {
      record.error = maskText(result.error, secrets);
      record.checks.push({ id: "answered", ok: false, message: record.error });
      if (result.unreachable) this.unreachable.set(origin, this.calls.length);
      return { record, res: undefined, rawBody: "" };
    }
    const received = result.response;
    const res: ReceivedResponse = {
      status: received.status,
      contentType: received.contentType === undefined ? undefined : maskUrl(received.contentType, secrets),
      location: received.location === undefined ? undefined : maskUrl(received.location, secrets),
      bodyText: maskBodyText(received.bodyText, secrets),
    };
    record.response = res;
    if (res.status === 401 && !options.alteredCredentials && isOauth(this.plan.integration.authenticationType)) {
      record.notes.push(
        `Talkdesk would refresh the OAuth token and retry this request once; td-integration does not refresh tokens: renew auth.${this.options.oauthTokenKey} in the credentials and run again`,
      );
    }
    const redirect = checkNoRedirect(res);
    if (!redirect.ok) {
      record.checks.push(redirect);
      return { record, res: undefined, rawBody: received.bodyText };
    }
    return { record, res, rawBody: received.bodyText };
  }

  /** Content-Type and JSON checks; the parsed value, or undefined when the body is not JSON. */
  json(record: CallRecord, res: ReceivedResponse): { value: unknown } | undefined {
    record.checks.push(checkContentType(res));
    const parsed = parseJsonBody(res);
    if (!parsed.ok) {
      record.checks.push(parsed.check);
      return undefined;
    }
    return { value: parsed.value };
  }
}

export async function authValidation(run: Run): Promise<void> {
  const url = run.plan.integration.endpoints["auth-validation"];
  if (!url) return run.skip("auth-validation", "auth validation", "the manifest has no auth_validation_endpoint");
  const location = run.plan.integration.locations["auth-validation"];
  const { record, res, rawBody } = await run.exchange(
    "auth-validation",
    "auth validation",
    url,
    authValidationBody(run.auth),
    {
      location,
    },
  );
  if (!res) return;
  const status = checkAuthStatus(res, run.options.authSuccess);
  record.checks.push(status);
  if (!status.ok || res.status === 204 || res.bodyText.trim() === "") return;
  const parsed = run.json(record, res);
  if (!parsed) return;
  const declared = run.plan.integration.authFields.map((f) => f.name);
  const fields = checkReturnedAuthFields(parsed.value, declared);
  record.checks.push(fields);
  // The fields are stored as received: the parsed value above is masked where it echoes a credential.
  const stored = fields.ok ? parseRaw(rawBody) : undefined;
  if (isPlainObject(stored) && Object.keys(stored).length > 0) {
    run.setAuth({ ...run.auth, ...stored });
    record.notes.push(
      "Talkdesk stores the returned auth fields and sends them in every later request; so does this run",
    );
  }
}

function parseRaw(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends one request with one credential altered and expects a 401, so a bridge that accepts any
 * token fails. The request goes to auth validation when the manifest has it, else to the first
 * sync endpoint; it never runs an action.
 */
async function invalidCredentials(run: Run): Promise<void> {
  const { integration } = run.plan;
  if (integration.authenticationType === "none") return;
  const key = credentialToAlter(run);
  if (key === undefined) {
    run.notes.push(
      "no request with invalid credentials was sent: the manifest declares no mandatory auth field typed by the user to alter",
    );
    return;
  }
  const original = String(run.auth[key]);
  const altered = alterCredential(original);
  const auth = { ...run.auth, [key]: altered };
  const target = invalidCredentialsTarget(run, auth);
  if (!target) {
    run.notes.push(
      "no request with invalid credentials was sent: the manifest has no auth validation or sync endpoint to send it to",
    );
    return;
  }
  const label = `${target.what}, invalid credentials`;
  const { record, res } = await run.exchange(target.kind, label, target.url, target.body, {
    location: integration.locations[target.kind],
    alteredCredentials: true,
    alteredKey: key,
    secrets: [altered],
  });
  record.notes.push(`auth.${key} was altered (every other credential is valid): Talkdesk expects a 401`);
  if (!res) return;
  record.checks.push(checkRejectsInvalidCredentials(res, key));
}

type SyncKind = Exclude<EndpointKind, "action">;

function invalidCredentialsTarget(
  run: Run,
  auth: Record<string, unknown>,
): { kind: SyncKind; what: string; url: string; body: Record<string, unknown> } | undefined {
  const { endpoints, interactionTypes } = run.plan.integration;
  if (endpoints["auth-validation"]) {
    return {
      kind: "auth-validation",
      what: "auth validation",
      url: endpoints["auth-validation"],
      body: authValidationBody(auth),
    };
  }
  if (endpoints["contact-sync"]) {
    return {
      kind: "contact-sync",
      what: "contact sync",
      url: endpoints["contact-sync"],
      body: contactSyncBody(auth, {}),
    };
  }
  if (endpoints["agent-sync"]) {
    return {
      kind: "agent-sync",
      what: "agent sync",
      url: endpoints["agent-sync"],
      body: agentSyncBody(auth, undefined),
    };
  }
  if (endpoints["interaction-retrieval"]) {
    return {
      kind: "interaction-retrieval",
      what: "interaction retrieval",
      url: endpoints["interaction-retrieval"],
      body: interactionRetrievalBody(auth, interactionTypes, SAMPLE_CONTACT),
    };
  }
  return undefined;
}

/** The OAuth access token; else a mandatory field the user types whose name says it is a secret; else the last one. */
function credentialToAlter(run: Run): string | undefined {
  const has = (key: string) => {
    const value = run.auth[key];
    return value !== undefined && value !== null && value !== "";
  };
  if (isOauth(run.plan.integration.authenticationType)) {
    return has(run.options.oauthTokenKey) ? run.options.oauthTokenKey : undefined;
  }
  const typed = run.plan.integration.authFields.filter((f) => f.mandatory && f.type === "input" && has(f.name));
  const secret = typed.find((f) => /token|secret|password|passwd|key/i.test(f.name));
  return (secret ?? typed[typed.length - 1])?.name;
}

/**
 * The same shape with other characters: each letter and digit moves one place (a to b, z to a,
 * 9 to 0), so a bridge that checks the format still sees a well-formed value, just not the valid one.
 */
export function alterCredential(value: string): string {
  const shifted = value.replace(/[a-zA-Z0-9]/g, (c) => {
    if (c === "z") return "a";
    if (c === "Z") return "A";
    if (c === "9") return "0";
    return String.fromCharCode(c.charCodeAt(0) + 1);
  });
  return shifted === value ? `${value}x` : shifted;
}

interface ContactSyncStart {
  offset?: string;
  context?: unknown;
  /** Send one page only (`call contact-sync`). */
  singlePage?: boolean;
}

/** Every page of a contact sync run; returns the contacts received, in order. */
export async function contactSync(run: Run, start: ContactSyncStart = {}): Promise<SyncedContact[]> {
  const url = run.plan.integration.endpoints["contact-sync"];
  if (!url) {
    run.skip("contact-sync", "contact sync", "the manifest has no contact_synchronization_endpoint");
    return [];
  }
  const field = run.options.checkpointField;
  const contacts: SyncedContact[] = [];
  const ids: { id: unknown; at: string }[] = [];
  const order: { value: unknown; at: string }[] = [];
  const seen = new Map<string, number>();
  let offset = start.offset;
  let context = start.context;
  let page = 1;
  let parsedPages = 0;
  for (;;) {
    const body = contactSyncBody(run.auth, { checkpoint: run.options.checkpoint, offset, context });
    const { record, res } = await run.exchange("contact-sync", `contact sync, page ${page}`, url, body, {
      location: run.plan.integration.locations["contact-sync"],
    });
    if (!res) break;
    const status = checkStatus(res, [200], "a contact sync");
    record.checks.push(status);
    if (!status.ok) break;
    const parsed = run.json(record, res);
    if (!parsed) break;
    const shape = checkContactsArray(parsed.value);
    record.checks.push(shape);
    if (!shape.ok) break;
    parsedPages++;
    const value = parsed.value as Record<string, unknown>;
    const list = value.contacts as unknown[];
    record.checks.push(checkContactFields(list), checkCheckpoint(value));
    list.forEach((contact, i) => {
      const at = `page ${page} contacts[${i}]`;
      if (!isPlainObject(contact)) return;
      ids.push({ id: contact.id, at });
      order.push({ value: contact[field], at });
      if (typeof contact.id === "string" && contact.id !== "") contacts.push(contact as SyncedContact);
    });
    const next = value.next_offset;
    const paging = checkNextOffset(
      next,
      page,
      seen,
      start.singlePage ? Number.POSITIVE_INFINITY : run.options.maxPages,
      "string",
    );
    record.checks.push(paging);
    if (!paging.ok || next === undefined || next === null) break;
    if (start.singlePage) {
      record.notes.push(`Talkdesk would now ask for the next page with meta.offset ${JSON.stringify(next)}`);
      break;
    }
    seen.set(String(next), page);
    offset = String(next);
    context = value.context;
    page++;
  }
  if (parsedPages > 0) {
    run.calls.push({
      kind: "contact-sync",
      label: `contact sync, all ${parsedPages} page${parsedPages === 1 ? "" : "s"}`,
      checks: [checkUniqueIds(ids, "contact"), checkAscending(order, field)],
      notes: [],
    });
  }
  return contacts;
}

export async function interactionRetrieval(run: Run, contact: SyncedContact): Promise<void> {
  const url = run.plan.integration.endpoints["interaction-retrieval"];
  const label = "interaction retrieval";
  if (!url) return run.skip("interaction-retrieval", label, "the manifest has no interaction_retrieval_endpoint");
  const types = run.plan.integration.interactionTypes;
  if (types.length === 0) {
    return run.skip("interaction-retrieval", label, "the manifest lists no interaction_types to ask for");
  }
  const body = interactionRetrievalBody(run.auth, types, contact);
  const { record, res } = await run.exchange("interaction-retrieval", label, url, body, {
    location: run.plan.integration.locations["interaction-retrieval"],
  });
  if (!res) return;
  const status = checkStatus(res, [200], "an interaction retrieval");
  record.checks.push(status);
  if (!status.ok) return;
  const parsed = run.json(record, res);
  if (!parsed) return;
  const shape = checkInteractionsArray(parsed.value);
  record.checks.push(shape);
  if (!shape.ok) return;
  const items = parsed.value as unknown[];
  record.checks.push(checkInteractionFields(items), checkInteractionTypes(items, types), checkInteractionEnums(items));
}

/** Every page of an agent sync; returns the agent ids received. */
async function agentSync(run: Run, singlePage = false): Promise<string[]> {
  const url = run.plan.integration.endpoints["agent-sync"];
  if (!url) {
    run.skip("agent-sync", "agent sync", "the manifest has no agent_synchronization_endpoint");
    return [];
  }
  const paging = run.options.agentPaging === "offset";
  const agentIds: string[] = [];
  const ids: { id: unknown; at: string }[] = [];
  const seen = new Map<string, number>();
  let offset: number | undefined;
  let page = 1;
  let parsedPages = 0;
  for (;;) {
    const label = paging ? `agent sync, page ${page}` : "agent sync";
    const { record, res } = await run.exchange("agent-sync", label, url, agentSyncBody(run.auth, offset), {
      location: run.plan.integration.locations["agent-sync"],
    });
    if (!res) break;
    const status = checkStatus(res, [200], "an agent sync");
    record.checks.push(status);
    if (!status.ok) break;
    const parsed = run.json(record, res);
    if (!parsed) break;
    const shape = checkAgentsArray(parsed.value);
    record.checks.push(shape);
    if (!shape.ok) break;
    parsedPages++;
    const value = parsed.value as Record<string, unknown>;
    const agents = value.agents as unknown[];
    record.checks.push(checkAgentFields(agents));
    agents.forEach((agent, i) => {
      if (!isPlainObject(agent)) return;
      ids.push({ id: agent.id, at: `page ${page} agents[${i}]` });
      if (typeof agent.id === "string" && agent.id !== "") agentIds.push(agent.id);
    });
    const next = value.next_offset;
    if (!paging) {
      if (next !== undefined && next !== null) {
        record.notes.push("next_offset ignored: agent paging is off (--agent-paging none)");
      }
      break;
    }
    const check = checkNextOffset(
      next,
      page,
      seen,
      singlePage ? Number.POSITIVE_INFINITY : run.options.maxPages,
      "integer",
    );
    record.checks.push(check);
    if (!check.ok || next === undefined || next === null) break;
    if (singlePage) {
      record.notes.push(`Talkdesk would now ask for the next page with meta.offset ${JSON.stringify(next)}`);
      break;
    }
    seen.set(String(next), page);
    offset = next as number;
    page++;
  }
  if (parsedPages > 1) {
    run.calls.push({
      kind: "agent-sync",
      label: `agent sync, all ${parsedPages} pages`,
      checks: [checkUniqueIds(ids, "agent")],
      notes: [],
    });
  } else if (parsedPages === 1) {
    const last = run.calls[run.calls.length - 1];
    last?.checks.push(checkUniqueIds(ids, "agent"));
  }
  return agentIds;
}

export async function executeAction(
  run: Run,
  action: ActionInfo,
  contact: SyncedContact,
  agentId: string | undefined,
): Promise<void> {
  const label = `action ${action.name}`;
  if (!action.endpoint) return run.skip("action", label, `${action.file} has no endpoint`);
  const expanded = expandInputs(action.inputs, contact, run.options.actionData?.[action.name]);
  if (expanded.missing.length > 0) {
    const keys = expanded.missing.map((k) => `\`${k}\``).join(", ");
    return run.skip(
      "action",
      label,
      `not sent: mandatory input ${keys} has no value (Talkdesk never calls an action without it); give it a default in ${action.file} or a value with --action-data`,
    );
  }
  const body = actionBody(run.auth, { contactId: contact.id, agentId }, expanded.data);
  const { record, res } = await run.exchange("action", label, action.endpoint, body, {
    location: action.location,
    endpoint: `action:${action.name}`,
  });
  record.notes.push(...expanded.notes);
  if (!res) return;
  const status = checkActionStatus(res);
  record.checks.push(status);
  if (!status.ok || res.bodyText.trim() === "") return;
  const parsed = run.json(record, res);
  if (!parsed) return;
  record.checks.push(checkActionReply(parsed.value, res.status));
}

function pickContact(run: Run, contacts: readonly SyncedContact[]): SyncedContact {
  const synced = contacts[0];
  if (synced) return synced;
  run.notes.push(
    `no contact came from the contact sync: interaction retrieval and actions use a sample contact (id ${JSON.stringify(SAMPLE_CONTACT.id)}, ${SAMPLE_CONTACT.name})`,
  );
  return SAMPLE_CONTACT;
}

/** auth validation -> the same with invalid credentials -> contact sync (every page) -> interaction retrieval -> agent sync -> each action. */
export async function runBridgeTest(
  plan: BridgePlan,
  options: BridgeOptions,
  transport: Transport = postJson,
  recorder?: ExchangeRecorder,
): Promise<BridgeReport> {
  const run = new Run(plan, options, transport);
  run.recorder = recorder;
  await authValidation(run);
  if (options.invalidCredentials !== false) await invalidCredentials(run);
  const contacts = await contactSync(run);
  const contact = pickContact(run, contacts);
  await interactionRetrieval(run, contact);
  const agents = await agentSync(run);
  for (const action of plan.actions) await executeAction(run, action, contact, agents[0]);
  return report(run);
}

export interface SingleCall {
  kind: EndpointKind;
  /** contact-sync: start from this offset / context. */
  offset?: string;
  context?: unknown;
  /** interaction-retrieval and action: the contact to use (default: the sample contact). */
  contact?: SyncedContact;
  /** action: which action (required when there are several). */
  actionName?: string;
  agentId?: string;
}

/** One endpoint, one request (one page for the sync endpoints). */
export async function runSingleCall(
  plan: BridgePlan,
  options: BridgeOptions,
  call: SingleCall,
  transport: Transport = postJson,
): Promise<BridgeReport> {
  const run = new Run(plan, options, transport);
  const contact = call.contact ?? SAMPLE_CONTACT;
  if (!call.contact && (call.kind === "interaction-retrieval" || call.kind === "action")) {
    run.notes.push(
      `using a sample contact (id ${JSON.stringify(SAMPLE_CONTACT.id)}, ${SAMPLE_CONTACT.name}); pass --contact FILE to use another`,
    );
  }
  switch (call.kind) {
    case "auth-validation":
      await authValidation(run);
      break;
    case "contact-sync":
      await contactSync(run, { offset: call.offset, context: call.context, singlePage: true });
      break;
    case "interaction-retrieval":
      await interactionRetrieval(run, contact);
      break;
    case "agent-sync":
      await agentSync(run, true);
      break;
    case "action":
      for (const action of plan.actions) await executeAction(run, action, contact, call.agentId);
      break;
  }
  return report(run);
}

export function report(run: Run): BridgeReport {
  const calls = run.calls;
  let checks = 0;
  let failed = 0;
  for (const call of calls) {
    checks += call.checks.length;
    failed += call.checks.filter((c) => !c.ok).length;
  }
  return {
    integration: run.plan.integration.name,
    target: run.plan.target,
    assumptions: assumptionsFor(run.options, isOauth(run.plan.integration.authenticationType)),
    notes: run.notes,
    calls,
    summary: {
      calls: calls.filter((c) => c.request).length,
      checks,
      failed,
      warnings: calls.reduce((n, call) => n + call.checks.filter((c) => c.ok && c.warning).length, 0),
      skipped: calls.filter((c) => c.skipped).length,
    },
  };
}
