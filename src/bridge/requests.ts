import type { SyncedContact } from "./types.js";

/** Request bodies exactly as Talkdesk sends them, one builder per endpoint. */

type Auth = Record<string, unknown>;

export function authValidationBody(auth: Auth): Record<string, unknown> {
  return { auth };
}

export interface ContactPage {
  checkpoint?: string;
  offset?: string;
  /** Echoed from the previous page's reply; only sent together with an offset. */
  context?: unknown;
}

export function contactSyncBody(auth: Auth, page: ContactPage): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  if (page.checkpoint !== undefined) meta.synchronization_checkpoint = page.checkpoint;
  if (page.offset !== undefined) {
    meta.offset = page.offset;
    if (page.context !== undefined) meta.context = page.context;
  }
  return { auth, meta };
}

export function interactionRetrievalBody(
  auth: Auth,
  interactionTypes: readonly string[],
  contact: SyncedContact,
): Record<string, unknown> {
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x) => typeof x === "string") : []);
  return {
    auth,
    meta: { interaction_types: [...interactionTypes] },
    data: {
      contact_external_id: contact.id,
      contact_name: typeof contact.name === "string" ? contact.name : "",
      contact_emails: strings(contact.emails),
      contact_phones: strings(contact.phones),
    },
  };
}

export function agentSyncBody(auth: Auth, offset: number | undefined): Record<string, unknown> {
  return offset === undefined ? { auth } : { auth, meta: { offset } };
}

export function actionBody(
  auth: Auth,
  meta: { contactId?: string; agentId?: string },
  data: Record<string, unknown>,
): Record<string, unknown> {
  const m: Record<string, unknown> = {};
  if (meta.contactId !== undefined) m.contact_external_id = meta.contactId;
  if (meta.agentId !== undefined) m.agent_external_id = meta.agentId;
  return { auth, meta: m, data };
}
