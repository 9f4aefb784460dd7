// An in-memory stand-in for the system a bridge connects Talkdesk to: a few contacts, their
// interactions, agents, and a log of the actions run. It has the same functions a real system
// adapter has (see `system.js` in a generated bridge project), so a bridge runs end to end before
// it talks to anything real. Deterministic: the same requests always get the same replies.
// Plain JavaScript without dependencies: also copied into generated bridge projects.

import { badRequest } from "./errors.js";
import { checkedAuthKeys } from "./integration.js";

/** Contacts per contact-sync page and agents per agent-sync page: small, so paging is exercised. */
const CONTACT_PAGE_SIZE = 3;
const AGENT_PAGE_SIZE = 2;

/** In ascending order of `updated_at`, the field the synchronization checkpoint follows. */
const CONTACTS = [
  ["Jane Doe", "Example Corp.", "CTO", "2026-01-05T09:00:00Z"],
  ["Ann Lee", "Lee & Daughters", "Owner", "2026-01-06T10:30:00Z"],
  ["Joe Bloggs", "Bloggs Ltd.", "Office manager", "2026-01-07T08:15:00Z"],
  ["Maria Garcia", "Garcia Imports", "Buyer", "2026-01-08T14:00:00Z"],
  ["Wei Zhang", "Zhang Logistics", "Dispatcher", "2026-01-09T16:45:00Z"],
  ["Priya Patel", "Patel Dental", "Practice manager", "2026-01-10T11:20:00Z"],
  ["Tom Novak", "Novak Builders", "Site lead", "2026-01-11T07:05:00Z"],
].map(([name, company, title, updatedAt], i) => {
  const [first, last] = name.toLowerCase().split(" ");
  return {
    id: `contact-${i + 1}`,
    name,
    company,
    title,
    emails: [`${first}.${last}@example.com`],
    phones: [`+1555555010${i}`],
    websites: ["https://www.example.com"],
    address: `${10 + i} Sample Street, Springfield, US`,
    updated_at: updatedAt,
  };
});

const AGENTS = [
  { id: "agent-1", name: "Ada Lovelace", email: "ada@example.com" },
  { id: "agent-2", name: "Grace Hopper", email: "grace@example.com" },
  { id: "agent-3", name: "Alan Turing", email: "alan@example.com" },
];

const STATUSES = ["open", "pending", "solved", "new", "closed"];
const PRIORITIES = ["normal", "high", "low", "urgent", "none"];

/** One interaction per requested type, for one contact. */
function sampleInteractions(contactIndex, contactId, types) {
  return types.map((type, i) => ({
    id: `${contactId}-${type}-1`,
    subject: `${type.replace(/_/g, " ")} about order ${1000 + contactIndex * 10 + i}`,
    description: `A sample ${type.replace(/_/g, " ")} from the sample backend`,
    type,
    status: STATUSES[(contactIndex + i) % STATUSES.length],
    priority: PRIORITIES[(contactIndex + i) % PRIORITIES.length],
    date: `2026-02-${String(1 + ((contactIndex + i) % 28)).padStart(2, "0")}T10:00:00Z`,
    url: `https://example.com/${encodeURIComponent(type)}/${encodeURIComponent(contactId)}`,
  }));
}

/**
 * @param {{ integration: object, credentials: Record<string, unknown>, oauthTokenKey?: string }} options
 *   `credentials`: the values it accepts (compared on the auth keys a bridge checks).
 */
export function createSampleBackend({ integration, credentials, oauthTokenKey = "access_token" }) {
  const checked = checkedAuthKeys(integration, oauthTokenKey).filter((key) => credentials[key] !== undefined);
  const returnedFields = integration.authFields.filter(
    (field) => field.source === "auth_validation" && field.type === "input",
  );
  /** Records created by actions, newest last: shown as interactions of their contact. */
  const created = [];

  return {
    /** True when the auth object carries the accepted credentials. */
    async authenticate(auth) {
      return checked.every((key) => auth[key] === credentials[key]);
    },

    /** The auth fields to store (source `auth_validation`); an empty object means nothing to store. */
    async authValidation(_auth) {
      const fields = {};
      for (const field of returnedFields) fields[field.name] = `sample-${field.name.replace(/_/g, "-")}`;
      return fields;
    },

    /**
     * One page of contacts updated after `checkpoint` (all of them without one), in ascending order
     * of `updated_at`. `offset` is where the page starts; `context` must be what the previous page sent.
     */
    async contactPage({ checkpoint, offset, context }) {
      const newer = checkpoint === undefined ? CONTACTS : CONTACTS.filter((c) => c.updated_at > checkpoint);
      const start = offset === undefined ? 0 : Number(offset);
      if (!Number.isInteger(start) || start < 0 || start > newer.length) {
        throw badRequest(`unknown offset ${JSON.stringify(offset)}: send the next_offset of the previous page`);
      }
      if (offset !== undefined && (context === null || typeof context !== "object" || context.from !== offset)) {
        throw badRequest("the context does not belong to this offset: send the context of the previous page");
      }
      const contacts = newer.slice(start, start + CONTACT_PAGE_SIZE);
      const end = start + contacts.length;
      const last = contacts[contacts.length - 1];
      const page = { contacts, checkpoint: last ? last.updated_at : checkpoint };
      if (end < newer.length) {
        page.nextOffset = String(end);
        page.context = { from: String(end), since: checkpoint ?? null };
      }
      return page;
    },

    /** The contact's interactions of the requested types, and the records actions created for it. */
    async interactions({ contact, types }) {
      const index = CONTACTS.findIndex((c) => c.id === contact.id);
      const sample = index === -1 ? [] : sampleInteractions(index, contact.id, types);
      const fromActions = created.filter((r) => r.contactId === contact.id && types.includes(r.interaction.type));
      return [...sample, ...fromActions.map((r) => r.interaction)];
    },

    /** One page of agents; `offset` is an integer index. */
    async agentPage({ offset }) {
      const start = offset ?? 0;
      if (start > AGENTS.length) throw badRequest(`unknown offset ${start}: send the next_offset of the previous page`);
      const agents = AGENTS.slice(start, start + AGENT_PAGE_SIZE);
      const end = start + agents.length;
      return end < AGENTS.length ? { agents, nextOffset: end } : { agents };
    },

    /** Runs an action: records it and answers with the id of what it created. */
    async runAction({ action, data, contactId }) {
      const externalId = `${action}-${1001 + created.length}`;
      const contact = CONTACTS.find((c) => c.id === contactId);
      const type = integration.interactionTypes[0];
      created.push({
        contactId,
        data,
        interaction: {
          id: externalId,
          subject: `${action.replace(/_/g, " ")} (${externalId})`,
          type,
          status: "new",
          priority: "normal",
          date: new Date().toISOString(),
        },
      });
      const reply = {
        message: contact ? `${action} done for ${contact.name}` : `${action} done`,
        externalId,
      };
      if (contact) reply.contactExternalId = contact.id;
      return reply;
    },
  };
}
