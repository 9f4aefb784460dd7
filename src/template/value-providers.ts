import { DEFAULT_COLLECTIONS } from "../manifest/vocabulary.js";
import { suggestName } from "../util/suggest.js";
import type { PlaceholderToken } from "./tokenize.js";

export type ProviderProblem =
  | { kind: "unknown-field"; collection: string; field: string; suggestion?: string; message: string }
  | { kind: "unknown-collection"; collection: string; suggestion?: string; message: string }
  | { kind: "bad-shape"; message: string };

/** Built-in collections merged with those a config declares (a declared collection adds fields). */
export function mergeCollections(extra: Record<string, readonly string[]>): Record<string, readonly string[]> {
  const merged: Record<string, readonly string[]> = { ...DEFAULT_COLLECTIONS };
  for (const [name, fields] of Object.entries(extra)) merged[name] = [...new Set([...(merged[name] ?? []), ...fields])];
  return merged;
}

/** Checks a value provider `{{collection.field}}` against the known collections. */
export function checkValueProvider(
  token: PlaceholderToken,
  collections: Record<string, readonly string[]>,
): ProviderProblem | undefined {
  if (token.segments.length !== 2) {
    return {
      kind: "bad-shape",
      message: `\`${token.raw}\` is not a value provider: write \`{{collection.field}}\`, such as \`{{contact.email}}\``,
    };
  }
  const [collection, field] = token.segments as [string, string];
  const fields = Object.hasOwn(collections, collection) ? collections[collection] : undefined;
  if (!fields) {
    const suggestion = suggestName(collection, Object.keys(collections));
    return {
      kind: "unknown-collection",
      collection,
      suggestion,
      message: `\`${token.raw}\`: unknown value-provider collection \`${collection}\`${
        suggestion
          ? `; did you mean \`${suggestion}\`?`
          : `; known collections: ${Object.keys(collections).join(", ")} (declare others in the config)`
      }`,
    };
  }
  if (!fields.includes(field)) {
    const suggestion = suggestName(field, fields);
    return {
      kind: "unknown-field",
      collection,
      field,
      suggestion,
      message: `\`${token.raw}\`: the ${collection} collection has no field \`${field}\`${
        suggestion ? `; did you mean \`${suggestion}\`?` : `; its fields are ${fields.join(", ")}`
      }`,
    };
  }
  return undefined;
}
