/**
 * The shape of a JSON reply, to tell whether a bridge's reply changed in a way that breaks the
 * contract between two versions: which paths exist and with which types. Array elements are merged
 * (`contacts[]`), so the shape does not depend on how many contacts came back. Object key order is not
 * part of the shape: JSON objects are unordered and Talkdesk reads them by key.
 */

export type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object";

export interface Shape {
  /** Path -> the types seen there (`.contacts[].id` -> {"string"}); the root is "". */
  types: Map<string, Set<JsonType>>;
  /** Paths of arrays that had at least one element (their element paths are known). */
  filledArrays: Set<string>;
  /** Path -> the path that holds it and as what (a key of an object, or the elements of an array). */
  parents: Map<string, { path: string; as: "object" | "array" }>;
}

/** Deeper than any reply of the contract; past it the shape is not walked further. */
const MAX_DEPTH = 64;

function typeOf(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "boolean" || type === "number" || type === "string" ? type : "object";
}

const keyPath = (parent: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;

export function shapeOf(value: unknown): Shape {
  const shape: Shape = { types: new Map(), filledArrays: new Set(), parents: new Map() };
  const walk = (v: unknown, path: string, depth: number) => {
    const type = typeOf(v);
    const types = shape.types.get(path) ?? new Set<JsonType>();
    shape.types.set(path, types);
    types.add(type);
    if (depth >= MAX_DEPTH) return;
    if (type === "array") {
      const items = v as unknown[];
      if (items.length > 0) shape.filledArrays.add(path);
      shape.parents.set(`${path}[]`, { path, as: "array" });
      for (const item of items) walk(item, `${path}[]`, depth + 1);
    } else if (type === "object") {
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
        const child = keyPath(path, key);
        shape.parents.set(child, { path, as: "object" });
        walk(item, child, depth + 1);
      }
    }
  };
  walk(value, "", 0);
  return shape;
}

export interface ShapeDifference {
  path: string;
  /** `removed` and `type` break a client reading the old shape; `added` does not. */
  kind: "removed" | "added" | "type";
  message: string;
}

const list = (types: Iterable<JsonType>) => [...types].sort().join(" or ");
const shown = (path: string) => (path === "" ? "the reply" : `\`${path.replace(/^\./, "")}\``);

/** Where an element path's array is: `.contacts[].id` is under `.contacts`. */
function arrayOf(path: string): string | undefined {
  const at = path.lastIndexOf("[]");
  return at === -1 ? undefined : path.slice(0, at);
}

/** Every way `now` differs from `recorded`, in path order. */
export function compareShapes(recorded: Shape, now: Shape): ShapeDifference[] {
  const differences: ShapeDifference[] = [];
  // An element path can only be judged when both replies had elements in that array.
  const comparable = (path: string): boolean => {
    const array = arrayOf(path);
    return (
      array === undefined || (recorded.filledArrays.has(array) && now.filledArrays.has(array) && comparable(array))
    );
  };
  // A path whose holder is no longer an object (or array) is not reported: its holder's type change is.
  const holderStill = (path: string, from: Shape, to: Shape): boolean => {
    const parent = from.parents.get(path);
    return parent === undefined || to.types.get(parent.path)?.has(parent.as) === true;
  };
  for (const [path, types] of recorded.types) {
    if (!comparable(path)) continue;
    const current = now.types.get(path);
    if (!current) {
      if (holderStill(path, recorded, now)) {
        differences.push({ path, kind: "removed", message: `${shown(path)} is gone (it was ${list(types)})` });
      }
      continue;
    }
    const added = [...current].filter((t) => !types.has(t));
    if (added.length > 0) {
      differences.push({
        path,
        kind: "type",
        message: `${shown(path)} is now ${list(current)} (it was ${list(types)})`,
      });
    }
  }
  for (const [path, types] of now.types) {
    if (recorded.types.has(path) || !comparable(path) || !holderStill(path, now, recorded)) continue;
    differences.push({ path, kind: "added", message: `${shown(path)} is new (${list(types)})` });
  }
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
