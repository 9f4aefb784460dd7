import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/document/lines.js";
import { seededRandom } from "../support/random.js";

/** Line and column of every offset, counted one character at a time (CRLF, CR and LF end a line). */
function positionsByHand(text: string): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i <= text.length; i++) {
    // Between CR and LF is no place of its own: it reads as the CR.
    if (text[i] === "\n" && text[i - 1] === "\r") out.push(out[i - 1] as { line: number; column: number });
    else out.push({ line, column });
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      column = 1;
    } else if (c !== "\r") column++;
  }
  return out;
}

describe("LineIndex", () => {
  it("gives every offset's line and column, with and without carriage returns", () => {
    const next = seededRandom(7);
    const pieces = ["a", "bc", " ", "\n", "\r\n", "\r", "\n\n", "{", '"'];
    for (let n = 0; n < 400; n++) {
      let text = "";
      for (let k = Math.floor(next() * 40); k > 0; k--) {
        const piece = pieces[Math.floor(next() * pieces.length)] as string;
        // Half the texts have no CR at all (the path that searches for LF only).
        text += n % 2 === 0 ? piece.replaceAll("\r", "") : piece;
      }
      const index = new LineIndex(text);
      const expected = positionsByHand(text);
      for (let offset = 0; offset <= text.length; offset++) {
        expect(index.position(offset), `${JSON.stringify(text)} @${offset}`).toEqual(expected[offset]);
      }
      expect(index.position(text.length + 5)).toEqual(expected[text.length]);
    }
  });
});
