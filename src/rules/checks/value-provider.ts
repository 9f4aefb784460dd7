import { DEFAULT_COLLECTIONS } from "../../manifest/vocabulary.js";
import { suggestName } from "../../util/suggest.js";

/** Value-provider collections: collection name -> its fields. */
export type Collections = Readonly<Record<string, readonly string[]>>;

/** Built-in collections merged with those a config declares (a declared collection adds fields). */
export function knownCollections(declared: Collections = {}): Collections {
  const merged: Record<string, readonly string[]> = { ...DEFAULT_COLLECTIONS };
  for (const [name, fields] of Object.entries(declared)) {
    merged[name] = [...new Set([...(merged[name] ?? []), ...fields])];
  }
  return merged;
}

/** `contact.email` -> { collection: "contact", field: "email" }; undefined when not two names joined by a dot. */
export function parseValueProvider(expression: string): { collection: string; field: string } | undefined {
  const text = expression.trim();
  // As splitting on "." would, without the list: exactly one dot, with a name on each side.
  const dot = text.indexOf(".");
  if (dot <= 0 || dot === text.length - 1 || text.indexOf(".", dot + 1) !== -1) return undefined;
  return { collection: text.slice(0, dot), field: text.slice(dot + 1) };
}

/**
 * What is wrong with one value provider, as a code and the values a message names:
 * - notCollectionField: not `{{collection.field}}` (`{{email}}`, `{{a.b.c}}`)
 * - unknownCollection: a collection neither built in nor declared (`suggestion` when one is close,
 *   else `known`, the known collections joined by ", ")
 * - unknownField: a field the collection does not have (`suggestion`, else `fields`)
 */
export type ValueProviderProblem =
  | { code: "notCollectionField" }
  | { code: "unknownCollection"; collection: string; suggestion?: string; known: string }
  | { code: "unknownField"; collection: string; field: string; suggestion?: string; fields: string };

/** Checks the inner text of a placeholder (`contact.email`) against the known collections. */
export function valueProviderProblem(expression: string, collections: Collections): ValueProviderProblem | undefined {
  const provider = parseValueProvider(expression);
  if (!provider) return { code: "notCollectionField" };
  const { collection, field } = provider;
  const fields = Object.hasOwn(collections, collection) ? collections[collection] : undefined;
  if (!fields) {
    const names = Object.keys(collections);
    return {
      code: "unknownCollection",
      collection,
      suggestion: suggestName(collection, names),
      known: names.join(", "),
    };
  }
  if (fields.includes(field)) return undefined;
  return { code: "unknownField", collection, field, suggestion: suggestName(field, fields), fields: fields.join(", ") };
}
