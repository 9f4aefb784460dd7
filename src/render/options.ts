import { LineIndex } from "../document/lines.js";
import { findSyntaxError } from "../document/parse.js";
import { CONTACT_FIELDS } from "../manifest/vocabulary.js";
import { syntaxMessage } from "../rules/json-syntax.js";
import { didYouMean, isPlainObject } from "../util/suggest.js";

/** A bad `--set` or `--contact`: the CLI turns it into a usage error (exit 2). */
export class RenderOptionError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
const CONTACT = new Set<string>(CONTACT_FIELDS);

function unknownContactField(field: string, where: string): RenderOptionError {
  const suggestion = didYouMean(field, CONTACT_FIELDS);
  return new RenderOptionError(
    `${where}: the contact collection has no field "${field}"; ${
      suggestion ? `did you mean "${suggestion}"?` : `its fields are ${CONTACT_FIELDS.join(", ")}`
    }`,
  );
}

/** `--set NAME=VALUE` entries (repeatable; the last one for a name wins) as a map of placeholder names. */
export function parseSetValues(entries: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const entry of entries) {
    const equals = entry.indexOf("=");
    if (equals === -1) {
      throw new RenderOptionError(`--set expects NAME=VALUE, such as --set contact.email=a@b.co; got "${entry}"`);
    }
    const name = entry
      .slice(0, equals)
      .trim()
      .replace(/^\{\{\s*(.*?)\s*\}\}$/, "$1");
    if (!NAME.test(name)) {
      throw new RenderOptionError(
        `--set "${entry}": "${name}" is not a placeholder name; use letters, digits and _ separated by dots, such as contact.email or account`,
      );
    }
    const [collection, field] = name.split(".");
    if (collection === "contact" && field !== undefined && name.split(".").length === 2 && !CONTACT.has(field)) {
      throw unknownContactField(field, `--set "${entry}"`);
    }
    values[name] = entry.slice(equals + 1);
  }
  return values;
}

/** The text of a `--contact FILE.json`: one object of contact fields, each a string. */
export function parseContactJson(text: string, file: string): Record<string, string> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const error = findSyntaxError(body);
    const at = new LineIndex(body).position(error.offset);
    throw new RenderOptionError(`--contact ${file}:${at.line}:${at.column}: invalid JSON: ${syntaxMessage(error)}`);
  }
  if (!isPlainObject(value)) {
    throw new RenderOptionError(
      `--contact ${file} must hold one JSON object of contact fields, such as {"first_name": "Dana", "email": "dana@example.com"}`,
    );
  }
  const contact: Record<string, string> = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (!CONTACT.has(field)) throw unknownContactField(field, `--contact ${file}`);
    if (typeof fieldValue !== "string") {
      throw new RenderOptionError(
        `--contact ${file}: "${field}" must be a string (every contact field is text), not ${
          fieldValue === null ? "null" : Array.isArray(fieldValue) ? "a list" : `a ${typeof fieldValue}`
        }; write it in double quotes`,
      );
    }
    contact[field] = fieldValue;
  }
  return contact;
}
