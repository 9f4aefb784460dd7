import type { JsonPath } from "../lint/types.js";
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

/**
 * Reads `authentication_configuration` in either shape: a list of objects with `field_name`,
 * or a list of single-key objects whose key is the field name. Every auth rule works on this view.
 */
export function authFields(integration: Record<string, unknown>): AuthFieldRef[] {
  const list = integration.authentication_configuration;
  if (!Array.isArray(list)) return [];
  return list.map((entry, index): AuthFieldRef => {
    const path: JsonPath = ["authentication_configuration", index];
    if (!isPlainObject(entry)) {
      return {
        index,
        shape: "invalid",
        name: undefined,
        namePath: path,
        nameTarget: "value",
        fieldPath: path,
        field: undefined,
      };
    }
    const keys = Object.keys(entry);
    const onlyKey = keys.length === 1 ? (keys[0] as string) : undefined;
    if (onlyKey !== undefined && !FIELD_KEYS.has(onlyKey) && isPlainObject(entry[onlyKey])) {
      return {
        index,
        shape: "keyed",
        name: onlyKey,
        namePath: [...path, onlyKey],
        nameTarget: "key",
        fieldPath: [...path, onlyKey],
        field: entry[onlyKey] as Record<string, unknown>,
      };
    }
    const name = typeof entry.field_name === "string" ? entry.field_name : undefined;
    return {
      index,
      shape: "list",
      name,
      namePath: [...path, "field_name"],
      nameTarget: "value",
      fieldPath: path,
      field: entry,
    };
  });
}
