import { describe, expect, it } from "vitest";
import { countKeyColons, countParsedKeys, MAX_NESTING, measureParsed } from "../../src/document/parse.js";

function nested(levels: number, open: string, close: string, inner = "1"): string {
  return open.repeat(levels) + inner + close.repeat(levels);
}

describe("measureParsed", () => {
  it("counts every key JSON.parse kept, in objects inside lists inside objects", () => {
    const text = '{"a": 1, "b": {"c": [1, {"d": null, "e": [{}]}], "f": "x"}, "g": [[{"h": {}}]]}';
    expect(measureParsed(JSON.parse(text))).toEqual({ keys: 8, tooDeep: false });
    expect(countKeyColons(text)).toBe(8);
  });

  it("accepts exactly the nesting limit and flags one level more", () => {
    for (const [open, close, inner] of [
      ["[", "]", "1"],
      ['{"k":', "}", "1"],
    ] as const) {
      expect(measureParsed(JSON.parse(nested(MAX_NESTING, open, close, inner))).tooDeep).toBe(false);
      expect(measureParsed(JSON.parse(nested(MAX_NESTING + 1, open, close, inner))).tooDeep).toBe(true);
    }
    expect(measureParsed(JSON.parse(nested(3, "[", "]")), 3).tooDeep).toBe(false);
    expect(measureParsed(JSON.parse(nested(4, "[", "]")), 3).tooDeep).toBe(true);
  });

  it("counts keys of values nested far deeper than the limit without overflowing the stack", () => {
    const deep = JSON.parse(nested(200_000, '{"k":', "}"));
    expect(countParsedKeys(deep)).toBe(200_000);
    expect(measureParsed(deep).tooDeep).toBe(true);
  });
});
