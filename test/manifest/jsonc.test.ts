import { type ParseError, parse } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { ParsedDocument } from "../../src/document/parse.js";
import { seededRandom } from "../support/random.js";

// ParsedDocument tells JSON with comments or trailing commas (tsconfig-style files, skipped when they
// are not manifests) from broken JSON, parsing a second time only when the first error allows it.
// These check its answer against a full parse with comments and trailing commas allowed.

const BASE = `{
  "name": "mycrm",
  "inputs": [
    { "key": "a", "format": "x,y" },
    { "key": "b", "mandatory": true, "n": -1.5e3 }
  ],
  "empty": {},
  "list": [1, 2, null]
}`;

const INSERTS = [
  "// note\n",
  "/* c */",
  "/* open",
  ",",
  ",,",
  "'",
  "}",
  "]",
  "{",
  "[",
  ":",
  '"',
  "\\",
  "x",
  "01",
  "\u0001",
  " ",
  "\n",
];

function mutate(next: () => number, text: string): string {
  let out = text;
  for (let n = 1 + Math.floor(next() * 2); n > 0; n--) {
    const at = Math.floor(next() * (out.length + 1));
    if (next() < 0.3) out = out.slice(0, at) + out.slice(at + 1);
    else out = out.slice(0, at) + (INSERTS[Math.floor(next() * INSERTS.length)] as string) + out.slice(at);
  }
  return out;
}

describe("JSON with comments", () => {
  it("is recognised exactly when a parse allowing comments and trailing commas finds no error", () => {
    const next = seededRandom(99);
    let jsonc = 0;
    let broken = 0;
    for (let n = 0; n < 6000; n++) {
      const text = mutate(next, BASE);
      const doc = new ParsedDocument(text);
      if (!doc.syntaxError) continue;
      const errors: ParseError[] = [];
      const loose = parse(doc.body, errors, { allowTrailingComma: true, disallowComments: false });
      const expected = errors.length === 0 && doc.body.trim() !== "";
      expect(doc.isJsonc, text).toBe(expected);
      if (expected) {
        expect(doc.value, text).toEqual(loose);
        jsonc++;
      } else broken++;
    }
    expect(jsonc).toBeGreaterThan(150);
    expect(broken).toBeGreaterThan(1000);
  });
});
