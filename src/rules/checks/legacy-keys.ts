import type { FixSpec } from "../../diagnostic.js";

/** Renames a legacy top-level key, unless its current name is also present (that would make a duplicate key). */
export function renameLegacyKey(value: Record<string, unknown>, key: string, current: string): FixSpec | undefined {
  return Object.hasOwn(value, current) ? undefined : { kind: "rename-key", path: [key], newKey: current };
}
