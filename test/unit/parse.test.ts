import { describe, expect, it } from "vitest";
import { countParsedKeys, countWrittenKeys, findSyntaxError, ParsedDocument } from "../../src/manifest/parse.js";

function position(text: string, offset: number) {
  return new ParsedDocument(text).lines.position(offset);
}

describe("findSyntaxError points where the mistake is", () => {
  const cases: [string, string, number, number, string][] = [
    ["trailing comma in object", '{\n  "a": 1,\n}', 2, 9, "trailing comma"],
    ["trailing comma in array", '{"a": [1, 2,]}', 1, 12, "trailing comma"],
    ["missing comma at end of line", '{\n  "a": 1\n  "b": 2\n}', 2, 9, "missing comma"],
    ["missing comma after string", '{\n  "a": "x"\n  "b": 2\n}', 2, 11, "missing comma"],
    ["comment", '{\n  // note\n  "a": 1\n}', 2, 3, "comments are not allowed"],
    ["single quotes", "{'a': 1}", 1, 2, "double quotes"],
    ["unterminated string", '{"a": "x', 1, 7, "unterminated string"],
    ["missing colon", '{"a" 1}', 1, 6, "colon"],
    ["content after end", '{"a": 1}}', 1, 9, "after the end"],
    ["leading zero", '{"a": 01}', 1, 7, "leading zeros"],
    ["double comma", '{"a": 1,, "b": 2}', 1, 9, "two commas"],
  ];
  for (const [name, text, line, column, fragment] of cases) {
    it(name, () => {
      const error = findSyntaxError(text);
      expect(error.message).toContain(fragment);
      expect(position(text, error.offset)).toEqual({ line, column });
    });
  }
});

describe("line index", () => {
  it("counts CRLF as one line break", () => {
    const text = '{\r\n  "a": 1,\r\n  "b": 2\r\n}';
    expect(position(text, text.indexOf('"b"'))).toEqual({ line: 3, column: 3 });
  });
  it("keeps positions right after a BOM", () => {
    const doc = new ParsedDocument('\uFEFF{\n  "a": 1\n}');
    expect(doc.bom).toBe(true);
    expect(doc.value).toEqual({ a: 1 });
    expect(doc.lines.position(doc.body.indexOf('"a"'))).toEqual({ line: 2, column: 3 });
  });
});

describe("duplicate key detection", () => {
  const cases: [string, boolean][] = [
    ['{"a": 1, "b": {"a": 2}}', false],
    ['{"a": 1, "a": 2}', true],
    ['{"a": [{"x": 1, "x": 2}]}', true],
    ['{"a": "x\\": y", "b": ":"}', false],
    ['{"a\\\\": 1, "b": ["c", "d"]}', false],
  ];
  for (const [text, duplicated] of cases) {
    it(text, () => {
      expect(countWrittenKeys(text) !== countParsedKeys(JSON.parse(text))).toBe(duplicated);
    });
  }
});
