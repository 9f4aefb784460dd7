import type { JsonPath } from "../diagnostic.js";

/** The path of an RFC 6901 JSON Pointer; array indexes come back as numbers so they match parsed arrays. */
export function fromPointer(pointer: string): JsonPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => {
      const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
    });
}
