import type { JsonPath } from "../diagnostic.js";
import { pathsByIndex } from "../util/pointer.js";
import { isPlainObject } from "../util/suggest.js";
import { AUTH_FIELD_KEYS } from "./vocabulary.js";

export type AuthFieldShape = "list" | "keyed" | "invalid";

export interface AuthFieldRef {
  index: number;
  shape: AuthFieldShape;
  /** The field name, from `field_name` (list shape) or the single key (keyed shape). */
  name: string | undefined;
  /** Where the name is written: the `field_name` value, or the key of the keyed entry. */
  namePath: JsonPath;
  nameTarget: "value" | "key";
  /** Path of the object holding display, mandatory, type... */
  fieldPath: JsonPath;
  field: Record<string, unknown> | undefined;
}

const FIELD_KEYS = new Set<string>(AUTH_FIELD_KEYS);

const itemPath = pathsByIndex((index) => ["authentication_configuration", index]);
const fieldNamePath = pathsByIndex((index) => ["authentication_configuration", index, "field_name"]);

/** The key of an object with exactly one key, else undefined. */
function soleKey(entry: Record<string, unknown>): string | undefined {
  let only: string | undefined;
  for (const key in entry) {
    if (!Object.hasOwn(entry, key)) continue;
    if (only !== undefined) return undefined;
    only = key;
  }
  return only;
}

/**
 * Reads `authentication_configuration` in either shape: a list of objects with `field_name`,
 * or a list of single-key objects whose key is the field name. Every auth rule works on this view.
 */
export function authFields(integration: Record<string, unknown>): AuthFieldRef[] {
  const list = integration.authentication_configuration;
  if (!Array.isArray(list)) return [];
  const refs: AuthFieldRef[] = [];
  for (let index = 0; index < list.length; index++) {
    const entry: unknown = list[index];
    const path = itemPath(index);
    if (!isPlainObject(entry)) {
      refs.push({
        index,
        shape: "invalid",
        name: undefined,
        namePath: path,
        nameTarget: "value",
        fieldPath: path,
        field: undefined,
      });
      continue;
    }
    const onlyKey = soleKey(entry);
    if (onlyKey !== undefined && !FIELD_KEYS.has(onlyKey) && isPlainObject(entry[onlyKey])) {
      const keyedPath = [...path, onlyKey];
      refs.push({
        index,
        shape: "keyed",
        name: onlyKey,
        namePath: keyedPath,
        nameTarget: "key",
        fieldPath: keyedPath,
        field: entry[onlyKey] as Record<string, unknown>,
      });
      continue;
    }
    refs.push({
      index,
      shape: "list",
      name: typeof entry.field_name === "string" ? entry.field_name : undefined,
      namePath: fieldNamePath(index),
      nameTarget: "value",
      fieldPath: path,
      field: entry,
    });
  }
  return refs;
}
