import { describe, expect, it } from "vitest";
import { nameSuggester } from "../../src/util/name-suggester.js";
import { suggestName } from "../../src/util/suggest.js";
import { seededRandom } from "../support/random.js";

const ALPHABET = "abcdeEF_-1";

function word(next: () => number, min: number, max: number): string {
  const length = min + Math.floor(next() * (max - min + 1));
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

/** A typo of `name`: a letter dropped, added, changed or two neighbours swapped, once or twice. */
function typo(next: () => number, name: string): string {
  let out = name;
  for (let n = 1 + Math.floor(next() * 2); n > 0; n--) {
    const i = Math.floor(next() * Math.max(1, out.length));
    const kind = Math.floor(next() * 4);
    if (kind === 0) out = out.slice(0, i) + out.slice(i + 1);
    else if (kind === 1) out = out.slice(0, i) + word(next, 1, 1) + out.slice(i);
    else if (kind === 2) out = out.slice(0, i) + word(next, 1, 1) + out.slice(i + 1);
    else out = out.slice(0, i) + (out[i + 1] ?? "") + (out[i] ?? "") + out.slice(i + 2);
  }
  return next() < 0.2 ? out.toUpperCase() : out;
}

describe("nameSuggester", () => {
  it("suggests exactly what suggestName suggests, ties and transpositions included", () => {
    const next = seededRandom(7);
    let suggested = 0;
    for (let round = 0; round < 40; round++) {
      // Names from a small alphabet, so many candidates tie at the same distance and share long prefixes
      // in the trie; inputs of three letters or fewer reach the transposition fallback.
      const names = Array.from({ length: 5 + Math.floor(next() * 200) }, () => word(next, 1, round % 2 ? 9 : 18));
      const suggest = nameSuggester(names);
      for (let n = 0; n < 60; n++) {
        const input = next() < 0.7 ? typo(next, names[Math.floor(next() * names.length)] as string) : word(next, 0, 18);
        const expected = suggestName(input, names);
        expect(suggest(input), `${input} among ${names.length} names`).toBe(expected);
        if (expected !== undefined) suggested++;
      }
    }
    expect(suggested).toBeGreaterThan(400);
  });

  it("handles names and inputs of 50,000 characters (the table keeps only the cells near its diagonal)", () => {
    const long = "ab".repeat(25_000);
    const names = [long, "acme", `${long}c`];
    const suggest = nameSuggester(names);
    for (const input of [`${long}x`, `x${long}`, long.slice(0, -3), "acm"]) {
      expect(suggest(input), input.slice(0, 10)).toBe(suggestName(input, names));
    }
  });

  it("keeps the plain search when lower-casing changes a name's length", () => {
    const names = ["\u0130stanbul", "istanbul_crm"];
    expect(nameSuggester(names)("istanbul")).toBe(suggestName("istanbul", names));
  });
});
