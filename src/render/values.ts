import { CONTACT_FIELDS } from "../manifest/vocabulary.js";
import { didYouMean } from "../util/suggest.js";
import type { Lookup } from "./expand.js";
import { SAMPLE_AUTH_VALUE, SAMPLE_CONTACT } from "./sample.js";
import type { RenderOptions, ValueSource } from "./types.js";

const CONTACT = new Set<string>(CONTACT_FIELDS);

function fromSet(options: RenderOptions, name: string): { value: string; source: ValueSource } | undefined {
  const set = options.set;
  return set && Object.hasOwn(set, name) ? { value: set[name] as string, source: "set" } : undefined;
}

/** Value providers of action inputs (`{{contact.email}}`): --set, then the --contact file, then the sample. */
export function valueProviderLookup(options: RenderOptions): Lookup {
  return (token) => {
    const name = token.expression;
    const set = fromSet(options, name);
    if (set) return set;
    const [collection, field] = token.segments;
    if (token.segments.length === 2 && collection === "contact" && field !== undefined) {
      if (!CONTACT.has(field)) {
        const suggestion = didYouMean(field, CONTACT_FIELDS);
        return {
          missing: `the contact collection has no field \`${field}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`,
        };
      }
      const contact = options.contact;
      if (contact && Object.hasOwn(contact, field)) return { value: contact[field] as string, source: "contact-file" };
      return { value: SAMPLE_CONTACT[field as keyof typeof SAMPLE_CONTACT], source: "sample" };
    }
    if (token.segments.length === 1) {
      return {
        missing: `\`${name}\` is not a value provider such as \`contact.email\`; preview it with --set ${name}=VALUE`,
      };
    }
    return { missing: `there is no sample for \`${name}\`; preview it with --set ${name}=VALUE` };
  };
}

/**
 * Placeholders of an auth field's `format` name other auth fields (`https://{{account}}.example.org`):
 * --set wins, a field of the same configuration gets a sample, anything else has no value.
 */
export function authFieldLookup(fieldNames: readonly string[], options: RenderOptions): Lookup {
  const fields = new Set(fieldNames);
  return (token) => {
    const name = token.expression;
    const set = fromSet(options, name);
    if (set) return set;
    if (token.segments.length === 1 && fields.has(name)) return { value: SAMPLE_AUTH_VALUE, source: "sample" };
    const suggestion = didYouMean(name, fields);
    return {
      missing: `\`${name}\` is not a field of this authentication_configuration${
        suggestion ? `; did you mean \`${suggestion}\`?` : "; add the field"
      }, or preview it with --set ${name}=VALUE`,
    };
  };
}
