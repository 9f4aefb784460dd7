import { tokenize } from "../template/tokenize.js";
import type { ActionInput, SyncedContact } from "./types.js";

/** Used when the contact sync returns no contact or is not part of the run. */
export const SAMPLE_CONTACT: SyncedContact = {
  id: "td-integration-sample-1",
  name: "Jane Doe",
  company: "Example Corp.",
  title: "CTO",
  emails: ["jane.doe@example.com"],
  phones: ["+15555550100"],
  address: "37 Famous St., New York, US",
  websites: ["https://www.example.com"],
  twitter: "jane_doe",
};

/**
 * The `contact` value-provider collection for a synced contact: first_name and last_name split
 * from `name` at the first space, email/phone/website from the first list item. Fields the contact
 * sync format has no equivalent for (linkedin, industry...) stay empty.
 */
export function contactValues(contact: SyncedContact): Record<string, string> {
  const name = typeof contact.name === "string" ? contact.name.trim() : "";
  const space = name.indexOf(" ");
  const str = (value: unknown) => (typeof value === "string" ? value : "");
  const first = (list: unknown) => (Array.isArray(list) && typeof list[0] === "string" ? list[0] : "");
  return {
    first_name: space === -1 ? name : name.slice(0, space),
    last_name: space === -1 ? "" : name.slice(space + 1),
    email: first(contact.emails),
    phone: first(contact.phones),
    address: str(contact.address),
    title: str(contact.title),
    company: str(contact.company),
    twitter: str(contact.twitter),
    website: first(contact.websites),
    updated_at: str(contact.updated_at),
  };
}

export interface ExpandedInputs {
  data: Record<string, unknown>;
  /** Mandatory inputs left without a value: the action must not be sent. */
  missing: string[];
  notes: string[];
}

/**
 * The `data` object Talkdesk would send for an action: explicit values first, then each input's
 * default (`format`) with `{{contact.*}}` value providers filled from the contact. A Select's
 * `format` is its option list, so its default is the first option.
 */
export function expandInputs(
  inputs: readonly ActionInput[],
  contact: SyncedContact,
  explicit: Record<string, unknown> = {},
): ExpandedInputs {
  const values = contactValues(contact);
  const data: Record<string, unknown> = {};
  const missing: string[] = [];
  const notes: string[] = [];
  for (const input of inputs) {
    let value: unknown;
    if (Object.hasOwn(explicit, input.key)) value = explicit[input.key];
    else if (input.format !== undefined && input.format !== "") {
      value =
        input.type === "Select"
          ? (input.format.split(",")[0]?.trim() ?? "")
          : expandTemplate(input.format, values, (token) =>
              notes.push(`input \`${input.key}\`: \`${token}\` has no value from the contact; sent as ""`),
            );
    }
    if (value === undefined || value === "") {
      if (input.mandatory) missing.push(input.key);
      continue;
    }
    data[input.key] = value;
  }
  return { data, missing, notes };
}

function expandTemplate(template: string, values: Record<string, string>, onUnknown: (raw: string) => void): string {
  let out = "";
  for (const token of tokenize(template).tokens) {
    if (token.type === "text") {
      out += token.value;
      continue;
    }
    const [collection, field] = token.segments;
    const value = collection === "contact" && field !== undefined ? values[field] : undefined;
    if (value === undefined || value === "") onUnknown(token.raw);
    out += value ?? "";
  }
  return out;
}
