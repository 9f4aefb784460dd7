import { describe, expect, it } from "vitest";
import type { JsonPath, Target } from "../../src/diagnostic.js";
import { locate, locateInTree, scanDuplicateKeys } from "../../src/document/locate.js";
import { findDuplicateKeys, ParsedDocument } from "../../src/document/parse.js";
import { seededRandom } from "../support/random.js";

// locate() reads strict JSON straight from the text; these check it gives the spans jsonc-parser's
// tree gives, on generated documents with awkward keys, spacing, repeated keys and missing paths.

const KEYS = ["a", "b", "name", "inputs", "", "a\\u0062", 'q\\"x', "back\\\\slash", "\\n", "é", "a b", "0"];
const SCALARS = ["1", "-2.5e3", "0", "true", "false", "null", '""', '"x"', '"a\\"b"', '"\\\\"', '"}]"', '"{["'];
const SPACES = ["", " ", "\n  ", "\r\n", "\t"];

function generate(next: () => number, depth: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const sp = () => pick(SPACES);
  const roll = next();
  if (depth > 3 || roll < 0.35) return pick(SCALARS);
  const count = Math.floor(next() * 4);
  const items: string[] = [];
  if (roll < 0.7) {
    for (let i = 0; i < count; i++)
      items.push(`${sp()}"${pick(KEYS)}"${sp()}:${sp()}${generate(next, depth + 1)}${sp()}`);
    return `{${items.join(",")}${sp()}}`;
  }
  for (let i = 0; i < count; i++) items.push(`${sp()}${generate(next, depth + 1)}${sp()}`);
  return `[${items.join(",")}${sp()}]`;
}

/** Every path in the value, plus paths one step past each (which do not exist). */
function paths(value: unknown, base: JsonPath = []): JsonPath[] {
  const found: JsonPath[] = [base, [...base, "missing"], [...base, 7], [...base, 0]];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) found.push(...paths(value[i], [...base, i]));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...base, key]));
  }
  return found;
}

const TARGETS: Target[] = ["value", "key", "object"];

describe("locate on strict JSON", () => {
  it("gives the spans of jsonc-parser's tree on generated documents", () => {
    const next = seededRandom(20260301);
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      const text = `${next() < 0.5 ? "\n" : ""}${generate(next, 0)}${next() < 0.5 ? "\n" : ""}`;
      const doc = new ParsedDocument(text);
      expect(doc.syntaxError, text).toBeUndefined();
      const reference = new ParsedDocument(text).tree;
      for (const path of paths(doc.value)) {
        for (const target of TARGETS) {
          expect(locate(doc, path, target), `${text} ${JSON.stringify(path)} ${target}`).toEqual(
            locateInTree(reference, path, target),
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it("gives the same spans once a document's containers are indexed (after many lookups)", () => {
    const next = seededRandom(20261204);
    let checked = 0;
    for (let n = 0; n < 300; n++) {
      const text = generate(next, 0);
      const indexed = new ParsedDocument(text);
      indexed.locateCache.lookups = 1_000;
      for (const path of paths(indexed.value)) {
        for (const target of TARGETS) {
          const scanned = locate(new ParsedDocument(text), path, target);
          expect(locate(indexed, path, target), `${text} ${JSON.stringify(path)} ${target}`).toEqual(scanned);
          checked++;
        }
      }
      expect(indexed.locateCache.children).toBeDefined();
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it("finds the first of repeated keys, as the tree does", () => {
    const text = '{"a": 1, "a": {"b": [10, 20]}}';
    const doc = new ParsedDocument(text);
    expect(locate(doc, ["a"], "value")).toEqual({ offset: 6, length: 1 });
    expect(locate(doc, ["a"], "key")).toEqual({ offset: 1, length: 3 });
    expect(locate(doc, ["a", "b", 1], "value")).toEqual({ offset: 6, length: 1 });
    expect(locate(doc, ["a", "b", 1], "value")).toEqual(locateInTree(doc.tree, ["a", "b", 1], "value"));
  });

  it("falls back to the nearest existing parent's brace", () => {
    const text = '{\n  "inputs": [\n    {"key": "x"}\n  ]\n}';
    const doc = new ParsedDocument(text);
    expect(locate(doc, ["inputs", 0, "format"], "value")).toEqual({ offset: text.indexOf('{"key"'), length: 1 });
    expect(locate(doc, ["inputs", 3], "key")).toEqual({ offset: text.indexOf("["), length: 1 });
    expect(locate(doc, ["inputs", 0, "key"], "key")).toEqual({ offset: text.indexOf('"key"'), length: 5 });
  });
});

describe("duplicate keys read from strict JSON", () => {
  it("are the ones jsonc-parser's tree gives: keys, object paths, offsets, in text order", () => {
    const next = seededRandom(20261126);
    let duplicates = 0;
    for (let n = 0; n < 3000; n++) {
      const text = `${next() < 0.5 ? "\uFEFF" : ""}${generate(next, 0)}`;
      const doc = new ParsedDocument(text);
      expect(doc.syntaxError, text).toBeUndefined();
      const expected = findDuplicateKeys(doc.tree);
      expect(scanDuplicateKeys(doc.body), text).toEqual(expected);
      duplicates += expected.length;
    }
    expect(duplicates).toBeGreaterThan(200);
  });
});

describe("locate on a text that is no longer JSON", () => {
  it("returns a span inside the text (a file read again for positions may have changed since)", () => {
    const next = seededRandom(7);
    const pieces = ["{", "}", "[", "]", ",", ":", '"a"', '"', "1", " ", "x"];
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let k = Math.floor(next() * 20); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      const doc = new ParsedDocument(text);
      for (const path of [[0], [3], ["a"], ["a", 1], [1, "a"]] as JsonPath[]) {
        for (const target of TARGETS) {
          const span = locate(doc, path, target);
          expect(span.offset + span.length, text).toBeLessThanOrEqual(text.length + 1);
        }
      }
    }
  });
});
