import type { JsonPath } from "../diagnostic.js";

/** RFC 6901 JSON Pointer for a path. */
export function toPointer(path: JsonPath): string {
  let out = "";
  for (const seg of path) out += `/${String(seg).replace(/~/g, "~0").replace(/\//g, "~1")}`;
  return out;
}

/** Human-readable path such as `authentication_configuration[1].display`. */
export function toDisplayPath(path: JsonPath): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

/** Reads the value at a path, or undefined. Only follows own properties. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (!Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/**
 * Paths that depend only on an index (`["inputs", 3]`), made once per index and shared by every
 * document: reports keep them, and paths are never modified.
 */
export function pathsByIndex(make: (index: number) => JsonPath): (index: number) => JsonPath {
  const made: JsonPath[] = [];
  return (index) => {
    let path = made[index];
    if (!path) {
      path = make(index);
      made[index] = path;
    }
    return path;
  };
}
