import { describe, expect, it } from "vitest";
import { deepNestingOffset, MAX_NESTING } from "../../src/document/parse.js";

/** The nesting scan without the opener count in front of it: what deepNestingOffset must agree with. */
function reference(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "{" || c === "[") {
      if (++depth > limit) return i;
    } else if ((c === "}" || c === "]") && depth > 0) depth--;
  }
  return -1;
}

const lists = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

describe("deepNestingOffset", () => {
  it.each([
    { name: "lists at the limit", text: lists(MAX_NESTING), offset: -1 },
    { name: "lists one level past it", text: lists(MAX_NESTING + 1), offset: MAX_NESTING },
    {
      name: "objects and lists one level past it",
      text: `${'{"a":['.repeat(501)}${"]}".repeat(501)}`,
      offset: 6 * 500,
    },
    { name: "many openers side by side", text: `[${"{},".repeat(3 * MAX_NESTING)}{}]`, offset: -1 },
    { name: "openers in a string", text: JSON.stringify({ a: "{[".repeat(2 * MAX_NESTING) }), offset: -1 },
    { name: "escaped quotes in a string", text: `["\\"${"[".repeat(MAX_NESTING + 5)}"]`, offset: -1 },
  ])("$name", ({ text, offset }) => {
    expect(deepNestingOffset(text)).toBe(offset);
    expect(reference(text, MAX_NESTING)).toBe(offset);
  });

  it("agrees with the plain scan on random texts around a small limit", () => {
    let seed = 20261125;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = ["{", "[", "}", "]", '"', "\\", "a", ":", ","];
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(random() * 60);
      let text = "";
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const limit = 1 + Math.floor(random() * 8);
      expect(deepNestingOffset(text, limit), text).toBe(reference(text, limit));
    }
  });
});
