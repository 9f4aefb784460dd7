import { findNodeAtLocation, type Node } from "jsonc-parser";
import type { JsonPath, Target } from "../diagnostic.js";
import type { DuplicateKey, ParsedDocument } from "./parse.js";

export interface Span {
  offset: number;
  length: number;
}

/**
 * The one place where a JSON path becomes a text range: a value, the key naming it, or the
 * opening brace of an object. A path that does not exist falls back to its nearest existing parent's brace.
 */
export function locate(doc: ParsedDocument, path: JsonPath, target: Target): Span {
  // Strict JSON is walked straight from the text (no tree is built); the tree is kept for text that
  // JSON.parse refused, where jsonc-parser's error recovery decides what exists.
  if (doc.syntaxError === undefined) {
    if (doc.nestsTooDeep) return { offset: 0, length: 0 };
    // A few lookups scan from the start and stop at the node; past that, each container's children
    // are read once and kept, so placing n diagnostics stays linear (40,000 unknown keys in one object).
    const cache = doc.locateCache;
    if (++cache.lookups > INDEX_AFTER) cache.children ??= new Map();
    return scanLocate(doc.body, path, target, cache.children as ChildrenIndex | undefined);
  }
  return locateInTree(doc.tree, path, target);
}

/** locate() on jsonc-parser's tree (also the reference the text scanner is tested against). */
export function locateInTree(root: Node | undefined, path: JsonPath, target: Target): Span {
  if (!root) return { offset: 0, length: 0 };
  let node: Node | undefined = findNodeAtLocation(root, path as (string | number)[]);
  let effectiveTarget = target;
  let depth = path.length;
  while (!node && depth > 0) {
    depth--;
    node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
    effectiveTarget = "object";
  }
  if (!node) return { offset: 0, length: 0 };
  if (effectiveTarget === "key") {
    const keyNode = node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
    if (keyNode) return { offset: keyNode.offset, length: keyNode.length };
  }
  if (effectiveTarget === "object") return { offset: node.offset, length: 1 };
  return { offset: node.offset, length: node.length };
}

// Character codes of the JSON punctuation the scanner looks for.
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function skipSpace(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
  return i;
}

/** Set by skipString: whether the string it skipped holds a backslash escape. */
let escaped = false;

/** From the opening quote of a string to just past its closing quote. */
function skipString(text: string, i: number): number {
  escaped = false;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) {
      escaped = true;
      j++;
    } else if (c === QUOTE) return j + 1;
  }
  return text.length;
}

/** From the first character of a value to just past its end. */
function skipValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return skipString(text, i);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === QUOTE) j = skipString(text, j) - 1;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth === 0) return j + 1;
      }
    }
    return text.length;
  }
  // A number or true/false/null: it runs to the next separator.
  let j = i;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 32 || c === 10 || c === 13 || c === 9) break;
  }
  return j;
}

/** Whether the string token text[start, end) (quotes included), `escaped` or not, is the key `key`. */
function keyIs(text: string, start: number, end: number, hasEscape: boolean, key: string): boolean {
  if (!hasEscape) return end - start - 2 === key.length && text.startsWith(key, start + 1);
  return JSON.parse(text.slice(start, end)) === key;
}

/** Lookups in one document before its containers' children are indexed. */
const INDEX_AFTER = 32;

/** The direct children of a container: an object's keys (the first of repeated keys wins), a list's items. */
type Children =
  | { kind: "object"; keys: Map<string, { keyStart: number; keyEnd: number; value: number }> }
  | { kind: "list"; items: number[] };

/** Children of the containers read so far, by the offset of their opening bracket. */
type ChildrenIndex = Map<number, Children>;

function childrenAt(text: string, node: number, index: ChildrenIndex): Children {
  let children = index.get(node);
  if (children) return children;
  let i = skipSpace(text, node + 1);
  if (text.charCodeAt(node) === OPEN_BRACE) {
    const keys = new Map<string, { keyStart: number; keyEnd: number; value: number }>();
    while (text.charCodeAt(i) === QUOTE) {
      const keyStart = i;
      const keyEnd = skipString(text, i);
      const key: string = escaped ? JSON.parse(text.slice(keyStart, keyEnd)) : text.slice(keyStart + 1, keyEnd - 1);
      i = skipSpace(text, keyEnd);
      if (text.charCodeAt(i) === COLON) i = skipSpace(text, i + 1);
      if (!keys.has(key)) keys.set(key, { keyStart, keyEnd, value: i });
      i = skipSpace(text, skipValue(text, i));
      if (text.charCodeAt(i) === COMMA) i = skipSpace(text, i + 1);
    }
    children = { kind: "object", keys };
  } else {
    const items: number[] = [];
    while (text.charCodeAt(i) !== CLOSE_BRACKET && i < text.length) {
      items.push(i);
      i = skipSpace(text, skipValue(text, i));
      if (text.charCodeAt(i) === COMMA) i = skipSpace(text, i + 1);
    }
    children = { kind: "list", items };
  }
  index.set(node, children);
  return children;
}

/**
 * locate() on strict JSON, reading the text directly: the same spans jsonc-parser's tree gives (the
 * first of repeated keys wins, as in findNodeAtLocation), without building a node for every value.
 */
function scanLocate(text: string, path: JsonPath, target: Target, index?: ChildrenIndex): Span {
  let node = skipSpace(text, 0);
  let keyStart = -1;
  let keyEnd = -1;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const segment = path[depth];
    const open = text.charCodeAt(node);
    let i: number;
    let found = -1;
    if (index && (open === OPEN_BRACE || open === OPEN_BRACKET)) {
      const children = childrenAt(text, node, index);
      if (typeof segment === "string") {
        const entry = children.kind === "object" ? children.keys.get(segment) : undefined;
        if (entry) {
          keyStart = entry.keyStart;
          keyEnd = entry.keyEnd;
          found = entry.value;
        }
      } else if (children.kind === "list" && typeof segment === "number" && Number.isInteger(segment) && segment >= 0) {
        const item = children.items[segment];
        if (item !== undefined) {
          keyStart = -1;
          found = item;
        }
      }
    } else if (typeof segment === "string") {
      if (open !== OPEN_BRACE) break;
      i = skipSpace(text, node + 1);
      while (text.charCodeAt(i) === QUOTE) {
        const start = i;
        const end = skipString(text, i);
        const hasEscape = escaped;
        i = skipSpace(text, end);
        if (text.charCodeAt(i) === COLON) i = skipSpace(text, i + 1);
        if (keyIs(text, start, end, hasEscape, segment)) {
          keyStart = start;
          keyEnd = end;
          found = i;
          break;
        }
        i = skipSpace(text, skipValue(text, i));
        if (text.charCodeAt(i) === COMMA) i = skipSpace(text, i + 1);
      }
    } else {
      if (open !== OPEN_BRACKET || !Number.isInteger(segment) || (segment as number) < 0) break;
      i = skipSpace(text, node + 1);
      for (let index = 0; text.charCodeAt(i) !== CLOSE_BRACKET && i < text.length; index++) {
        if (index === segment) {
          found = i;
          keyStart = -1;
          break;
        }
        i = skipSpace(text, skipValue(text, i));
        if (text.charCodeAt(i) === COMMA) i = skipSpace(text, i + 1);
      }
    }
    if (found === -1) break;
    node = found;
  }
  const effectiveTarget = depth === path.length ? target : "object";
  if (effectiveTarget === "key" && keyStart !== -1) return { offset: keyStart, length: keyEnd - keyStart };
  if (effectiveTarget === "object") return { offset: node, length: 1 };
  return { offset: node, length: skipValue(text, node) - node };
}

/**
 * findDuplicateKeys for strict JSON, read from the text without building a tree: the same keys,
 * object paths and offsets, in text order. The text must parse as JSON and nest at most MAX_NESTING
 * levels (it recurses once per level).
 */
export function scanDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const path: (string | number)[] = [];
  // From the first character of a value to just past it, noting repeated keys of the objects inside.
  const scanValue = (start: number): number => {
    const open = text.charCodeAt(start);
    if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return skipValue(text, start);
    let i = skipSpace(text, start + 1);
    if (open === OPEN_BRACE) {
      const seen = new Map<string, number>();
      while (text.charCodeAt(i) === QUOTE) {
        const keyStart = i;
        const keyEnd = skipString(text, i);
        const key: string = escaped ? JSON.parse(text.slice(keyStart, keyEnd)) : text.slice(keyStart + 1, keyEnd - 1);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, keyStart);
        else found.push({ key, path: [...path], offset: keyStart, length: keyEnd - keyStart, firstOffset: first });
        i = skipSpace(text, skipSpace(text, keyEnd) + 1);
        path.push(key);
        i = skipSpace(text, scanValue(i));
        path.pop();
        if (text.charCodeAt(i) === COMMA) i = skipSpace(text, i + 1);
      }
    } else {
      for (let index = 0; text.charCodeAt(i) !== CLOSE_BRACKET && i < text.length; index++) {
        path.push(index);
        i = skipSpace(text, scanValue(i));
        path.pop();
        if (text.charCodeAt(i) === COMMA) i = skipSpace(text, i + 1);
      }
    }
    return i + 1;
  };
  scanValue(skipSpace(text, 0));
  return found;
}
