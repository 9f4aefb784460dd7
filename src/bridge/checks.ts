import { jsonDepthExceeds } from "../util/json-depth.js";
import { isPlainObject } from "../util/suggest.js";
import type { Check, ReceivedResponse } from "./types.js";

/**
 * The contract, one small pure function per rule. Each returns a Check: passed or failed, and
 * a reason that names the offending value and says what Talkdesk expects instead.
 */

const pass = (id: string, message: string, assumed?: boolean): Check =>
  assumed ? { id, ok: true, message, assumed } : { id, ok: true, message };
const fail = (id: string, message: string, assumed?: boolean): Check =>
  assumed ? { id, ok: false, message, assumed } : { id, ok: false, message };

/** Deeper than any reply of the contract: past it a body is a failed check, never walked. */
export const MAX_REPLY_DEPTH = 500;

/** How many problems a list check names before it says "and N more". */
const SHOWN = 3;
function listProblems(problems: string[]): string {
  const shown = problems.slice(0, SHOWN).join("; ");
  return problems.length > SHOWN ? `${shown}; and ${problems.length - SHOWN} more` : shown;
}

const quote = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

export function checkNoRedirect(res: ReceivedResponse): Check {
  if (res.status >= 300 && res.status < 400) {
    return fail(
      "no-redirect",
      `the bridge answered ${res.status} redirecting to ${res.location ?? "(no Location header)"}; Talkdesk does not follow redirects: serve the endpoint at the URL written in the manifest, or write the final URL there`,
    );
  }
  return pass("no-redirect", "no redirect");
}

export function checkStatus(res: ReceivedResponse, expected: readonly number[], what: string): Check {
  const list = expected.join(" or ");
  if (expected.includes(res.status)) return pass("status", `status ${res.status}`);
  const hint =
    res.status === 401
      ? "; 401 means the bridge rejected the credentials: check the credentials file or TD_AUTH_* variables"
      : "";
  return fail("status", `status ${res.status}, expected ${list} for ${what}${hint}`);
}

/** A request whose credentials were altered on purpose must be refused with a 401. */
export function checkRejectsInvalidCredentials(res: ReceivedResponse, alteredKey: string): Check {
  const id = "rejects-invalid-credentials";
  if (res.status === 401) return pass(id, "status 401: invalid credentials rejected");
  if (res.status >= 200 && res.status < 300) {
    return fail(
      id,
      `status ${res.status}: the bridge accepted an invalid auth.${alteredKey}; it must answer 401 when the credentials are not valid (Talkdesk then asks the user to sign in again, or refreshes an OAuth token)`,
    );
  }
  return fail(
    id,
    `status ${res.status}, expected 401 for invalid credentials: Talkdesk recognises invalid credentials only by a 401`,
  );
}

export function checkAuthStatus(res: ReceivedResponse, mode: "2xx" | "204" | "200"): Check {
  const ok = mode === "2xx" ? res.status >= 200 && res.status < 300 : res.status === Number(mode);
  const expected = mode === "2xx" ? "a 2xx (204 or 200)" : mode;
  if (ok) return pass("status", `status ${res.status}: credentials accepted`, true);
  if (res.status === 401) {
    return fail(
      "status",
      "status 401: the bridge rejected the credentials; check the values in the credentials file or TD_AUTH_* variables",
    );
  }
  return fail(
    "status",
    `status ${res.status}, expected ${expected} for valid credentials and 401 for invalid ones`,
    mode !== "2xx" || (res.status >= 200 && res.status < 300),
  );
}

/** Media type of a Content-Type header: `application/json` and any `+json` type are JSON. */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

export function checkContentType(res: ReceivedResponse): Check {
  if (isJsonContentType(res.contentType)) return pass("content-type", `Content-Type ${res.contentType}`);
  return fail(
    "content-type",
    res.contentType
      ? `Content-Type is ${quote(res.contentType)}, expected application/json: set the header on the bridge's JSON replies`
      : "no Content-Type header, expected application/json: set the header on the bridge's JSON replies",
  );
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; check: Check };

export function parseJsonBody(res: ReceivedResponse): JsonResult {
  if (res.bodyText.trim() === "") {
    return { ok: false, check: fail("json", "the body is empty, expected a JSON reply") };
  }
  if (jsonDepthExceeds(res.bodyText, MAX_REPLY_DEPTH)) {
    return {
      ok: false,
      check: fail(
        "json",
        `the body nests more than ${MAX_REPLY_DEPTH} levels deep; no reply of the contract nests more than a few: reply with the documented shape`,
      ),
    };
  }
  try {
    return { ok: true, value: JSON.parse(res.bodyText) };
  } catch {
    const start = res.bodyText.trim().slice(0, 40);
    return {
      ok: false,
      check: fail("json", `the body is not JSON; it starts with ${quote(start)}: reply with a JSON document`),
    };
  }
}

/** Current docs: a 200 may return auth fields, which Talkdesk stores; their keys must be declared fields. */
export function checkReturnedAuthFields(value: unknown, declared: readonly string[]): Check {
  if (!isPlainObject(value)) {
    return fail(
      "auth-fields",
      `the 200 reply is ${quote(value)}, expected an object of auth fields (or answer 204)`,
      true,
    );
  }
  const unknown = Object.keys(value).filter((k) => !declared.includes(k));
  if (unknown.length > 0) {
    return fail(
      "auth-fields",
      `returned auth field${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `\`${k}\``).join(", ")} not declared in authentication_configuration (declared: ${declared.join(", ") || "none"}); Talkdesk stores only declared fields`,
      true,
    );
  }
  const keys = Object.keys(value);
  return pass(
    "auth-fields",
    keys.length ? `returned auth fields ${keys.join(", ")} (re-sent in later requests)` : "no auth fields returned",
    true,
  );
}

const CONTACT_STRINGS = ["name", "company", "title", "photo_url", "address", "twitter", "url"] as const;
const CONTACT_LISTS = ["emails", "phones", "websites"] as const;

export function checkContactsArray(value: unknown): Check {
  if (!isPlainObject(value))
    return fail("contacts", `the reply is ${quote(value)}, expected an object with a \`contacts\` array`);
  if (!Array.isArray(value.contacts)) {
    return fail(
      "contacts",
      `\`contacts\` is ${value.contacts === undefined ? "missing" : quote(value.contacts)}, expected an array (empty when there is nothing to sync)`,
    );
  }
  return pass("contacts", `${value.contacts.length} contact${value.contacts.length === 1 ? "" : "s"}`);
}

export function checkContactFields(contacts: readonly unknown[]): Check {
  const problems: string[] = [];
  contacts.forEach((contact, i) => {
    const at = `contacts[${i}]`;
    if (!isPlainObject(contact)) {
      problems.push(`${at} is ${quote(contact)}, expected an object`);
      return;
    }
    if (contact.id === undefined || contact.id === null || contact.id === "") problems.push(`${at} has no \`id\``);
    else if (typeof contact.id !== "string")
      problems.push(`${at}.id is ${quote(contact.id)}, expected a string such as "${contact.id}"`);
    if (typeof contact.name !== "string" || contact.name === "") problems.push(`${at} has no \`name\` string`);
    for (const key of CONTACT_STRINGS) {
      if (key !== "name" && contact[key] !== undefined && contact[key] !== null && typeof contact[key] !== "string") {
        problems.push(`${at}.${key} is ${quote(contact[key])}, expected a string`);
      }
    }
    for (const key of CONTACT_LISTS) {
      const list = contact[key];
      if (list !== undefined && list !== null && !(Array.isArray(list) && list.every((x) => typeof x === "string"))) {
        problems.push(`${at}.${key} is ${quote(list)}, expected an array of strings`);
      }
    }
  });
  if (problems.length) return fail("contact-fields", listProblems(problems));
  return pass("contact-fields", "every contact has a string id and a name; optional fields have the right types");
}

/** `ids` in the order received, with where each came from ("page 2, contacts[0]"). */
export function checkUniqueIds(ids: readonly { id: unknown; at: string }[], what: string): Check {
  const first = new Map<string, string>();
  const problems: string[] = [];
  for (const { id, at } of ids) {
    if (typeof id !== "string" && typeof id !== "number") continue;
    const key = String(id);
    const seen = first.get(key);
    if (seen !== undefined) problems.push(`id ${quote(id)} at ${at} repeats ${seen}`);
    else first.set(key, at);
  }
  if (problems.length) return fail("unique-ids", `${what} ids must be unique: ${listProblems(problems)}`);
  return pass("unique-ids", `${first.size} unique ${what} id${first.size === 1 ? "" : "s"}`);
}

/**
 * Orders two checkpoint values: as numbers when both are numbers (or numeric strings), as
 * instants when both parse as dates, otherwise as strings (code-point order).
 */
export function compareCheckpointValues(a: unknown, b: unknown): number {
  const num = (v: unknown) =>
    typeof v === "number" ? v : typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
  const na = num(a);
  const nb = num(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  if (typeof a === "string" && typeof b === "string") {
    const da = Date.parse(a);
    const db = Date.parse(b);
    if (!Number.isNaN(da) && !Number.isNaN(db)) return da - db;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return 0;
}

export function checkAscending(values: readonly { value: unknown; at: string }[], field: string): Check {
  const present = values.filter((v) => v.value !== undefined && v.value !== null && v.value !== "");
  if (present.length === 0) {
    return pass(
      "ascending-order",
      `not compared: no contact carries \`${field}\`; name the field your checkpoint follows with --checkpoint-field`,
    );
  }
  const problems: string[] = [];
  if (present.length < values.length) {
    const without = values.filter((v) => !present.includes(v)).map((v) => v.at);
    problems.push(`${listProblems(without)} ${without.length === 1 ? "has" : "have"} no \`${field}\``);
  }
  for (let i = 1; i < present.length; i++) {
    const prev = present[i - 1] as { value: unknown; at: string };
    const cur = present[i] as { value: unknown; at: string };
    if (compareCheckpointValues(prev.value, cur.value) > 0) {
      problems.push(`${cur.at} ${field} ${quote(cur.value)} comes after ${prev.at} ${quote(prev.value)}`);
    }
  }
  if (problems.length) {
    return fail(
      "ascending-order",
      `contacts must come in ascending order of the checkpoint field \`${field}\`: ${listProblems(problems)}`,
    );
  }
  return pass("ascending-order", `contacts ascend by \`${field}\``);
}

export function checkCheckpoint(value: Record<string, unknown>): Check {
  const cp = value.synchronization_checkpoint;
  if (cp === undefined || cp === null) {
    return {
      id: "checkpoint",
      ok: true,
      warning: true,
      message:
        "no synchronization_checkpoint: every sync would then be a full sync (Talkdesk sends the last checkpoint back to ask only for what changed); return one on every page, such as the updated_at of the last contact",
    };
  }
  if (typeof cp !== "string") {
    return fail(
      "checkpoint",
      `synchronization_checkpoint is ${quote(cp)}, expected a string (Talkdesk treats it as opaque text)`,
    );
  }
  return pass("checkpoint", `synchronization_checkpoint ${quote(cp)}`);
}

/**
 * Contact paging: next_offset must be a string, must not repeat an earlier offset, and the run
 * must end within maxPages. `seen` maps each offset already returned to the page that returned it.
 */
export function checkNextOffset(
  nextOffset: unknown,
  page: number,
  seen: ReadonlyMap<string, number>,
  maxPages: number,
  kind: "string" | "integer",
): Check {
  if (nextOffset === undefined || nextOffset === null) return pass("paging", "no next_offset: last page");
  if (kind === "string" && typeof nextOffset !== "string") {
    return fail("paging", `next_offset is ${quote(nextOffset)}, expected a string such as "${nextOffset}"`);
  }
  if (kind === "integer" && !Number.isInteger(nextOffset)) {
    return fail("paging", `next_offset is ${quote(nextOffset)}, expected an integer`, true);
  }
  const key = String(nextOffset);
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    return fail(
      "paging",
      `paging loop: next_offset ${quote(nextOffset)} was already returned by page ${earlier}; Talkdesk would ask for the same page forever: return a new offset, or none on the last page`,
    );
  }
  if (page >= maxPages) {
    return fail(
      "paging",
      `paging loop: still returning next_offset after ${page} pages (--max-pages ${maxPages}); omit next_offset on the last page, or raise --max-pages if there really are more`,
    );
  }
  return pass("paging", `next_offset ${quote(nextOffset)}`, kind === "integer");
}

export const PRIORITIES = ["none", "low", "normal", "high", "urgent"] as const;
export const STATUSES = ["new", "open", "pending", "solved", "closed"] as const;

export function checkInteractionsArray(value: unknown): Check {
  if (!Array.isArray(value)) {
    const hint = isPlainObject(value) ? " (not an object wrapping it)" : "";
    return fail("interactions", `the reply is ${quote(value)}, expected a top-level JSON array of interactions${hint}`);
  }
  return pass("interactions", `${value.length} interaction${value.length === 1 ? "" : "s"}`);
}

export function checkInteractionFields(items: readonly unknown[]): Check {
  const problems: string[] = [];
  items.forEach((item, i) => {
    const at = `[${i}]`;
    if (!isPlainObject(item)) {
      problems.push(`${at} is ${quote(item)}, expected an object`);
      return;
    }
    if (item.id === undefined || item.id === null || item.id === "") problems.push(`${at} has no \`id\``);
    else if (typeof item.id !== "string" && typeof item.id !== "number")
      problems.push(`${at}.id is ${quote(item.id)}, expected a string`);
    if (typeof item.subject !== "string" || item.subject === "") problems.push(`${at} has no \`subject\` string`);
    if (item.date === undefined || item.date === null || item.date === "") problems.push(`${at} has no \`date\``);
    else if (typeof item.date !== "string" || Number.isNaN(Date.parse(item.date))) {
      problems.push(`${at}.date is ${quote(item.date)}, expected a date such as "2024-05-01T10:00:00Z"`);
    }
    for (const key of ["description", "url"]) {
      if (item[key] !== undefined && item[key] !== null && typeof item[key] !== "string") {
        problems.push(`${at}.${key} is ${quote(item[key])}, expected a string`);
      }
    }
  });
  if (problems.length) return fail("interaction-fields", listProblems(problems));
  return pass("interaction-fields", "every interaction has id, subject and date");
}

export function checkInteractionTypes(items: readonly unknown[], requested: readonly string[]): Check {
  const problems: string[] = [];
  items.forEach((item, i) => {
    if (!isPlainObject(item)) return;
    if (item.type === undefined) problems.push(`[${i}] has no \`type\``);
    else if (typeof item.type !== "string" || !requested.includes(item.type)) {
      problems.push(`[${i}].type ${quote(item.type)} was not requested`);
    }
  });
  if (problems.length) {
    return fail(
      "interaction-types",
      `${listProblems(problems)}; return only the requested types: ${requested.map((t) => quote(t)).join(", ")}`,
    );
  }
  return pass("interaction-types", "every type is one of the requested interaction_types");
}

export function checkInteractionEnums(items: readonly unknown[]): Check {
  const problems: string[] = [];
  items.forEach((item, i) => {
    if (!isPlainObject(item)) return;
    if (
      item.priority !== undefined &&
      item.priority !== null &&
      !(PRIORITIES as readonly unknown[]).includes(item.priority)
    ) {
      problems.push(`[${i}].priority ${quote(item.priority)} is not one of ${PRIORITIES.join("|")}`);
    }
    if (item.status !== undefined && item.status !== null && !(STATUSES as readonly unknown[]).includes(item.status)) {
      problems.push(`[${i}].status ${quote(item.status)} is not one of ${STATUSES.join("|")}`);
    }
  });
  if (problems.length) return fail("interaction-enums", listProblems(problems));
  return pass("interaction-enums", "priority and status values are in Talkdesk's lists");
}

export function checkAgentsArray(value: unknown): Check {
  if (!isPlainObject(value))
    return fail("agents", `the reply is ${quote(value)}, expected an object with an \`agents\` array`);
  if (!Array.isArray(value.agents)) {
    return fail(
      "agents",
      `\`agents\` is ${value.agents === undefined ? "missing" : quote(value.agents)}, expected an array`,
    );
  }
  return pass("agents", `${value.agents.length} agent${value.agents.length === 1 ? "" : "s"}`);
}

export function checkAgentFields(agents: readonly unknown[]): Check {
  const problems: string[] = [];
  agents.forEach((agent, i) => {
    const at = `agents[${i}]`;
    if (!isPlainObject(agent)) {
      problems.push(`${at} is ${quote(agent)}, expected an object`);
      return;
    }
    if (agent.id === undefined || agent.id === null || agent.id === "") problems.push(`${at} has no \`id\``);
    else if (typeof agent.id !== "string")
      problems.push(`${at}.id is ${quote(agent.id)}, expected a string such as "${agent.id}"`);
    for (const key of ["name", "email"]) {
      if (typeof agent[key] !== "string" || agent[key] === "") problems.push(`${at} has no \`${key}\` string`);
    }
  });
  if (problems.length) return fail("agent-fields", listProblems(problems));
  return pass("agent-fields", "every agent has a string id, a name and an email");
}

export function checkActionStatus(res: ReceivedResponse): Check {
  if (res.status === 201) return pass("status", "status 201: action executed");
  if (res.status === 400) return pass("status", "status 400: the bridge reported a failure (allowed by the contract)");
  return fail(
    "status",
    `status ${res.status}, expected 201 when the action succeeds or 400 (with an optional \`message\`) when it fails`,
  );
}

const ACTION_REPLY_STRINGS = [
  "message",
  "external_id",
  "contact_external_id",
  "contact_external_type",
  "contact_external_url",
];

export function checkActionReply(value: unknown, status: number): Check {
  if (!isPlainObject(value))
    return fail("action-reply", `the reply is ${quote(value)}, expected an object such as {"message": "..."}`);
  const allowed = status === 201 ? ACTION_REPLY_STRINGS : ["message"];
  const problems: string[] = [];
  for (const key of allowed) {
    if (value[key] !== undefined && value[key] !== null && typeof value[key] !== "string") {
      problems.push(`\`${key}\` is ${quote(value[key])}, expected a string`);
    }
  }
  if (problems.length) return fail("action-reply", listProblems(problems));
  const message = typeof value.message === "string" ? `: ${quote(value.message)}` : "";
  return pass("action-reply", `reply fields have the right types${message}`);
}
