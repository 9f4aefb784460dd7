import type { ProjectDocument } from "./types.js";

/** Names and providers of the run's manifests, as the cross-file rules read them (each in one pass). */

/** A manifest's `name` or `provider`, when it is a non-empty string (other values are value-type's). */
export function nameOf(doc: ProjectDocument, key: "name" | "provider"): string | undefined {
  const value = doc.value[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The first action that names a provider, if any. */
export function firstActionWithProvider(documents: readonly ProjectDocument[]): ProjectDocument | undefined {
  return documents.find((doc) => doc.kind === "action" && nameOf(doc, "provider") !== undefined);
}

export interface DuplicateGroup {
  /** The document that keeps the name: the first in path order. */
  original: ProjectDocument;
  /** Every other document using it, in path order. */
  others: ProjectDocument[];
}

/** Documents sharing a key (undefined: not taken part), grouped; one Map pass, so the cost stays linear. */
export function duplicates(
  documents: readonly ProjectDocument[],
  keyOf: (doc: ProjectDocument) => string | undefined,
): DuplicateGroup[] {
  // Most names are used once: a document stands alone until a second one shares its name.
  const groups = new Map<string, ProjectDocument | ProjectDocument[]>();
  for (let i = 0; i < documents.length; i++) {
    const doc = documents[i] as ProjectDocument;
    const key = keyOf(doc);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, doc);
    else if (Array.isArray(group)) group.push(doc);
    else groups.set(key, [group, doc]);
  }
  const result: DuplicateGroup[] = [];
  for (const group of groups.values()) {
    if (!Array.isArray(group)) continue;
    group.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    result.push({ original: group[0] as ProjectDocument, others: group.slice(1) });
  }
  return result;
}
