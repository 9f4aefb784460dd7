/**
 * The bridge calls of a dev session, made with bridge-test's own pieces: loadPlan reads the manifest,
 * actions and credentials; Run sends each request through the request builders, checks the reply
 * against the contract and masks every credential. Credentials typed on the sign-in form stay here,
 * in memory, and travel only in request bodies.
 */
import { contactValues, SAMPLE_CONTACT } from "../bridge/contact.js";
import { envNameFor, maskText, secretStrings } from "../bridge/credentials.js";
import { postJson, type Transport } from "../bridge/http.js";
import { assumptionsFor, type BridgeOptions, isOauth } from "../bridge/options.js";
import { authValidation, contactSync, executeAction, interactionRetrieval, Run } from "../bridge/sequence.js";
import { BridgeSetupError, loadPlan } from "../bridge/setup.js";
import type { Assumption, BridgePlan, CallRecord, SyncedContact } from "../bridge/types.js";
import { isPlainObject } from "../util/suggest.js";

export interface DevBridgeSetup {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  manifest: string;
  actions?: readonly string[];
  credentials?: string;
  base?: string;
  allowProduction?: boolean;
  options: BridgeOptions;
  transport?: Transport;
}

/** What an exchange came to, in words: ok true (accepted), false (refused or failed), undefined (not sent). */
export interface Outcome {
  ok: boolean | undefined;
  text: string;
}

export interface ShownContact {
  id: string;
  /** The name as the contact list shows it, credentials masked. */
  name: string;
}

export interface ShownInteraction {
  subject: string;
  type: string;
  status: string;
  priority: string;
  date: string;
  url: string;
}

export interface ActionReply extends Outcome {
  externalId?: string;
  link?: string;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : JSON.stringify(value);
}

function parseJson(body: string | undefined): unknown {
  if (body === undefined || body.trim() === "") return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function failedChecks(record: CallRecord): string {
  return record.checks
    .filter((c) => !c.ok)
    .map((c) => c.message)
    .join("; ");
}

export class DevBridge {
  /** Every exchange of the session, in order, masked as bridge-test masks them. */
  readonly calls: CallRecord[] = [];
  private formValues: Record<string, string> = {};
  /** Auth fields the auth validation returned: Talkdesk sends them in every later request. */
  private returned: Record<string, unknown> = {};
  private contacts: SyncedContact[] = [];
  private secrets: string[] = [];

  constructor(private readonly setup: DevBridgeSetup) {}

  assumptions(authenticationType: string): Assumption[] {
    return assumptionsFor(this.setup.options, isOauth(authenticationType));
  }

  /** The form's values become TD_AUTH_* values, so they win over --credentials and the environment, as typed values would. */
  private async plan(actionNames?: string[]): Promise<BridgePlan> {
    const typed: Record<string, string> = {};
    for (const [name, value] of Object.entries(this.formValues)) if (value !== "") typed[envNameFor(name)] = value;
    return loadPlan({
      cwd: this.setup.cwd,
      env: { ...this.setup.env, ...typed },
      manifest: this.setup.manifest,
      actions: this.setup.actions,
      actionNames,
      credentials: this.setup.credentials,
      base: this.setup.base,
      allowProduction: this.setup.allowProduction,
      oauthTokenKey: this.setup.options.oauthTokenKey,
    });
  }

  /** Runs one step with a Run of bridge-test; a set-up problem (missing credential, broken manifest) is an outcome. */
  private async step(
    actionNames: string[] | undefined,
    work: (run: Run) => Promise<void>,
  ): Promise<{ run: Run; records: CallRecord[] } | Outcome> {
    let plan: BridgePlan;
    try {
      plan = await this.plan(actionNames);
    } catch (error) {
      if (error instanceof BridgeSetupError) {
        return {
          ok: undefined,
          text: `Not sent: ${error.message.replace(/--credentials JSON file/, "form, the --credentials JSON file,")}`,
        };
      }
      throw error;
    }
    const run = new Run(plan, this.setup.options, this.setup.transport ?? postJson);
    run.setAuth({ ...plan.auth, ...this.returned });
    this.secrets = secretStrings(run.auth);
    await work(run);
    this.calls.push(...run.calls);
    return { run, records: run.calls };
  }

  /** Connect: the auth validation with the form's values (empty fields: --credentials / TD_AUTH_*). */
  async connect(values: Record<string, string>): Promise<Outcome> {
    this.formValues = { ...values };
    this.returned = {};
    const result = await this.step(undefined, (run) => authValidation(run));
    if (!("run" in result)) return result;
    const record = result.records.find((r) => r.kind === "auth-validation");
    if (!record) return { ok: undefined, text: "Not sent." };
    if (record.skipped) return { ok: undefined, text: `Not sent: ${record.skipped}` };
    const { plan } = result.run;
    for (const [key, value] of Object.entries(result.run.auth)) {
      if (!Object.hasOwn(plan.auth, key) || plan.auth[key] !== value) this.returned[key] = value;
    }
    this.secrets = secretStrings(result.run.auth);
    return authOutcome(record);
  }

  /** Sync contacts: every page, as Talkdesk pages (checkpoint, offset, context). */
  async sync(): Promise<Outcome> {
    let contacts: SyncedContact[] = [];
    const result = await this.step(undefined, async (run) => {
      contacts = await contactSync(run);
    });
    if (!("run" in result)) return result;
    this.contacts = contacts;
    const skipped = result.records.find((r) => r.skipped);
    if (skipped) return { ok: undefined, text: `Not sent: ${skipped.skipped}` };
    const failures = result.records.filter((r) => r.checks.some((c) => !c.ok));
    const pages = result.records.filter((r) => r.request).length;
    const summary = `${contacts.length} contact${contacts.length === 1 ? "" : "s"} in ${pages} page${pages === 1 ? "" : "s"}`;
    if (failures.length === 0) return { ok: true, text: `Synced ${summary}.` };
    return { ok: false, text: `Contract failure (${summary} read): ${failures.map(failedChecks).join("; ")}` };
  }

  shownContacts(): ShownContact[] {
    return this.contacts.map((c) => ({ id: c.id, name: maskText(text(c.name) || c.id, this.secrets) }));
  }

  contact(id: string): SyncedContact | undefined {
    return this.contacts.find((c) => c.id === id);
  }

  /** The contact collection of a synced contact, as value providers read it; fields it lacks are empty. */
  contactFields(id: string): Record<string, string> | undefined {
    const contact = this.contact(id);
    if (!contact) return undefined;
    const values = contactValues(contact);
    const masked: Record<string, string> = {};
    for (const [key, value] of Object.entries(values)) masked[key] = maskText(value, this.secrets);
    return masked;
  }

  /** The interactions of one synced contact, with the account's interaction types. */
  async interactions(id: string): Promise<{ outcome: Outcome; interactions: ShownInteraction[] }> {
    const contact = this.contact(id);
    if (!contact) return { outcome: { ok: undefined, text: "Sync the contacts first." }, interactions: [] };
    const result = await this.step(undefined, (run) => interactionRetrieval(run, contact));
    if (!("run" in result)) return { outcome: result, interactions: [] };
    const record = result.records.find((r) => r.kind === "interaction-retrieval");
    if (!record || record.skipped) {
      return { outcome: { ok: undefined, text: `Not sent: ${record?.skipped ?? "no request"}` }, interactions: [] };
    }
    const list = parseJson(record.response?.bodyText);
    const interactions = Array.isArray(list)
      ? list.filter(isPlainObject).map((item) => ({
          subject: text(item.subject),
          type: text(item.type),
          status: text(item.status),
          priority: text(item.priority),
          date: text(item.date),
          url: text(item.url),
        }))
      : [];
    const failed = failedChecks(record);
    const count = `${interactions.length} interaction${interactions.length === 1 ? "" : "s"}`;
    if (record.error) return { outcome: { ok: false, text: `No answer: ${record.error}` }, interactions };
    return {
      outcome: failed ? { ok: false, text: `Contract failure: ${failed}` } : { ok: true, text: `${count}.` },
      interactions,
    };
  }

  /** Run: the action as Talkdesk sends it, data keyed by the input keys, for the chosen contact. */
  async runAction(name: string, values: Record<string, string>, contactId: string | undefined): Promise<ActionReply> {
    const contact = (contactId !== undefined ? this.contact(contactId) : undefined) ?? SAMPLE_CONTACT;
    const result = await this.step([name], async (run) => {
      const action = run.plan.actions.find((a) => a.name === name);
      if (!action) return;
      run.options.actionData = { [name]: values };
      await executeAction(run, action, contact, undefined);
    });
    if (!("run" in result)) return result;
    const record = result.records.find((r) => r.kind === "action");
    if (!record) return { ok: undefined, text: `Not sent: no action named ${name}.` };
    if (record.skipped) return { ok: undefined, text: `Not sent: ${record.skipped}` };
    if (record.error) return { ok: false, text: `No answer: ${record.error}` };
    const reply = parseJson(record.response?.bodyText);
    const fields = isPlainObject(reply) ? reply : {};
    const message = text(fields.message);
    const failed = failedChecks(record);
    const status = record.response?.status;
    const out: ActionReply =
      failed !== ""
        ? { ok: false, text: `Contract failure: ${failed}` }
        : status === 201
          ? { ok: true, text: `Done (201)${message ? `: ${message}` : "."}` }
          : { ok: false, text: `The bridge reported a failure (${status})${message ? `: ${message}` : "."}` };
    if (typeof fields.external_id === "string") out.externalId = fields.external_id;
    if (typeof fields.contact_external_url === "string") out.link = fields.contact_external_url;
    return out;
  }
}

function authOutcome(record: CallRecord): Outcome {
  if (record.error) return { ok: false, text: `No answer: ${record.error}` };
  const status = record.response?.status;
  const failed = failedChecks(record);
  if (status === 401) return { ok: false, text: "Rejected (401): the bridge refused these credentials." };
  if (failed) return { ok: false, text: `Contract failure: ${failed}` };
  return { ok: true, text: `Accepted (${status}): the bridge took these credentials.` };
}
