import type { DocumentKind, JsonPath } from "../../diagnostic.js";
import type { AuthFieldRef } from "../../manifest/auth-fields.js";
import {
  DEFINITIONS,
  type Enumeration,
  type JsonType,
  type ObjectDefinition,
  type PropertyDefinition,
} from "../../schema/definitions.js";
import { isPlainObject } from "../../util/suggest.js";
import type { DocumentParts } from "../types.js";

/** Whose key a finding is about: the document itself, one of its auth fields or one of its inputs. */
export type ShapeOwner = "document" | "authField" | "input";

interface Where {
  owner: ShapeOwner;
  /** The auth field's or input's place in its list, counted from 1 (0 for the document). */
  number: number;
  key: string;
}

/** What the format's definitions find wrong in a document's shape; the schema-level rules word it. */
export type ShapeFinding =
  | (Where & { kind: "required-key"; objectPath: JsonPath; hint: string })
  | (Where & { kind: "value-type"; path: JsonPath; expected: readonly JsonType[]; value: unknown })
  /** A list item of the wrong type: `key` is the list, `item` the item's place counted from 1. */
  | (Where & { kind: "item-type"; path: JsonPath; item: number; expected: JsonType; value: unknown })
  | (Where & { kind: "enum-value"; path: JsonPath; enumeration: Enumeration; value: string })
  | (Where & { kind: "no-empty-value"; path: JsonPath; empty: boolean; hint: string });

interface Entry {
  key: string;
  property: PropertyDefinition;
  /** The key names a property every object inherits (`constructor`): only then must it be checked as own. */
  inherited: boolean;
}

type Entries = readonly Entry[];

/** The properties lint judges (legacy keys are other rules' business), in definition order. */
function judgedEntries(definition: ObjectDefinition): Entries {
  return Object.entries(definition.properties)
    .filter(([, property]) => property.legacyOf === undefined)
    .map(([key, property]) => ({ key, property, inherited: key in Object.prototype }));
}

const ENTRIES = {
  integration: judgedEntries(DEFINITIONS.integration),
  action: judgedEntries(DEFINITIONS.action),
  listAuthField: judgedEntries(DEFINITIONS.listAuthField),
  keyedAuthField: judgedEntries(DEFINITIONS.keyedAuthField),
  input: judgedEntries(DEFINITIONS.input),
};

/** The values each enumeration accepts (legacy spellings included), lower-cased when case does not matter. */
const ACCEPTED = new Map<Enumeration, ReadonlySet<string>>();
for (const entries of Object.values(ENTRIES)) {
  for (const {
    property: { enumeration },
  } of entries) {
    if (!enumeration || ACCEPTED.has(enumeration)) continue;
    const accepted = [...enumeration.values, ...(enumeration.legacy ?? [])];
    ACCEPTED.set(enumeration, new Set(enumeration.caseInsensitive ? accepted.map((v) => v.toLowerCase()) : accepted));
  }
}

function acceptsValue(enumeration: Enumeration, value: string): boolean {
  const accepted = ACCEPTED.get(enumeration) as ReadonlySet<string>;
  return accepted.has(value) || (enumeration.caseInsensitive && accepted.has(value.toLowerCase()));
}

function jsonTypeOf(value: unknown): JsonType | "null" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as JsonType;
}

/** value.trim() === "", without making the trimmed copy for the usual non-blank value. */
function isBlank(value: string): boolean {
  if (value === "") return true;
  const first = value.charCodeAt(0);
  // A letter or digit first (the usual case) is never trimmed away.
  if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || (first >= 48 && first <= 57)) return false;
  return value.trim() === "";
}

/** `path` with one more segment (paths are built only for findings: most documents have none). */
function child(path: JsonPath, segment: string | number): JsonPath {
  const out = path.slice();
  out.push(segment);
  return out;
}

/** The path of an object: `base`, or `base` and its index in a list (made only for a finding). */
function pathAt(base: JsonPath, index: number): JsonPath {
  return index === -1 ? base : child(base, index);
}

const ROOT: JsonPath = [];

/**
 * Walks a document once against the format's definitions: missing keys, wrong JSON types, values
 * outside an enumeration and empty mandatory strings, in document order of the definitions.
 */
function shapeFindings(kind: DocumentKind, root: Record<string, unknown>, parts: DocumentParts): ShapeFinding[] {
  const findings: ShapeFinding[] = [];
  walk(findings, parts, ENTRIES[kind], root, ROOT, -1, "document", 0);
  return findings;
}

/**
 * Judges one object. Its path is `base`, or `base` plus `index` when `index` is not -1 (an input of a
 * list): made only when a finding needs it.
 */
function walk(
  findings: ShapeFinding[],
  parts: DocumentParts,
  entries: Entries,
  object: Record<string, unknown>,
  base: JsonPath,
  index: number,
  owner: ShapeOwner,
  number: number,
): void {
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k] as Entry;
    const key = entry.key;
    const property = entry.property;
    // Documents come from JSON.parse: their prototype is Object.prototype, whose keys are the only inherited ones.
    const value = entry.inherited && !Object.hasOwn(object, key) ? undefined : object[key];
    if (value === undefined) {
      if (property.required) {
        findings.push({
          kind: "required-key",
          owner,
          number,
          key,
          objectPath: pathAt(base, index),
          hint: property.hint ?? "",
        });
      }
      continue;
    }
    if (value === null && property.nullMeansAbsent) continue;
    const type = jsonTypeOf(value);
    if (type === "null" || !property.types.includes(type)) {
      findings.push({
        kind: "value-type",
        owner,
        number,
        key,
        path: child(pathAt(base, index), key),
        expected: property.types,
        value,
      });
      continue;
    }
    if (typeof value === "string") {
      if (property.enumeration && !acceptsValue(property.enumeration, value)) {
        findings.push({
          kind: "enum-value",
          owner,
          number,
          key,
          path: child(pathAt(base, index), key),
          enumeration: property.enumeration,
          value,
        });
      }
      if (property.nonBlank === "no-empty-value" && isBlank(value)) {
        findings.push({
          kind: "no-empty-value",
          owner,
          number,
          key,
          path: child(pathAt(base, index), key),
          empty: value === "",
          hint: property.hint ?? "",
        });
      }
    } else if (Array.isArray(value) && property.items) {
      walkItems(findings, parts, key, value, child(pathAt(base, index), key), property.items);
    }
  }
}

function walkItems(
  findings: ShapeFinding[],
  parts: DocumentParts,
  key: string,
  list: unknown[],
  path: JsonPath,
  items: NonNullable<PropertyDefinition["items"]>,
): void {
  if ("type" in items) {
    for (let i = 0; i < list.length; i++) {
      if (typeof list[i] !== items.type) itemType(findings, key, child(path, i), i, items.type, list[i]);
    }
  } else if (items.object === "input") {
    for (let i = 0; i < list.length; i++) {
      const input = list[i];
      if (isPlainObject(input)) walk(findings, parts, ENTRIES.input, input, path, i, "input", i + 1);
      else itemType(findings, key, child(path, i), i, "object", input);
    }
  } else {
    // The auth fields as every auth rule reads them, so both shapes are judged as they are classified.
    const fields = parts.authFields();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AuthFieldRef;
      if (!field.field) itemType(findings, key, field.fieldPath, field.index, "object", list[field.index]);
      else {
        const entries = field.shape === "keyed" ? ENTRIES.keyedAuthField : ENTRIES.listAuthField;
        walk(findings, parts, entries, field.field, field.fieldPath, -1, "authField", field.index + 1);
      }
    }
  }
}

function itemType(
  findings: ShapeFinding[],
  key: string,
  path: JsonPath,
  index: number,
  expected: JsonType,
  value: unknown,
): void {
  findings.push({ kind: "item-type", owner: "document", number: 0, key, path, item: index + 1, expected, value });
}

function shapeOf(ctx: DocumentParts & { kind: DocumentKind; value: Record<string, unknown> }): ShapeFinding[] {
  return shapeFindings(ctx.kind, ctx.value, ctx);
}

/** The document's shape findings, computed once per document whichever schema-level rules run. */
export function documentShape(ctx: DocumentParts & { kind: DocumentKind; value: Record<string, unknown> }) {
  return ctx.memo(shapeOf);
}
