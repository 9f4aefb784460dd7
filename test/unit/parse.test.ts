import { describe, expect, it } from "vitest";
import { countKeyColons, countParsedKeys, findSyntaxError, ParsedDocument } from "../../src/document/parse.js";
import { syntaxMessage } from "../../src/rules/json-syntax.js";

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
      expect(syntaxMessage(error)).toContain(fragment);
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

/** The keys written in strict JSON, exactly: the strings followed by a colon (what countKeyColons bounds). */
function keysWritten(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
    let next = i + 1;
    while (" \t\r\n".includes(text[next] as string)) next++;
    if (text[next] === ":") count++;
  }
  return count;
}

describe("countKeyColons", () => {
  // [text, keys written, colons counted]
  it.each([
    ['{"a": 1, "b": {"a": 2}}', 3, 3],
    ['{"a": 1, "a": 2}', 2, 2],
    ['{"a": [{"x": 1, "x": 2}]}', 3, 3],
    ['{"a\\\\": 1, "b": ["c", "d"]}', 2, 2],
    ['{"a" :1,"b"\n\t:\r\n2}', 2, 2],
    ['{"url": "https://x.example.com:8443/a", "at": "2026-03-02T08:00:00+01:00", "c": "a:b"}', 3, 3],
    ['{"a": "say \\"hi\\": now", "b": ":"}', 2, 4],
  ])("%s", (text, written, counted) => {
    expect(keysWritten(text)).toBe(written);
    expect(countKeyColons(text)).toBe(counted);
  });

  it("never counts fewer than the keys written, so a repeated key never goes unnoticed", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const strings = ["a", "b", ":", '":', 'x\\":', "https://h:1", " : ", "09:30:00", '\\"'];
    const value = (depth: number): unknown => {
      const kind = random(depth > 2 ? 3 : 5);
      if (kind === 0) return random(100);
      if (kind === 1) return strings[random(strings.length)];
      if (kind === 2) return null;
      if (kind === 3) return Array.from({ length: random(3) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: random(4) }, () => [strings[random(strings.length)], value(depth + 1)]),
      );
    };
    const blank = () => [" ", "", "\n  ", "\t"][random(4)] as string;
    let repeated = 0;
    for (let n = 0; n < 3000; n++) {
      // JSON.stringify writes each key once: a repeated key is spliced in by hand, with blanks around its colon.
      let text = JSON.stringify({ k: value(0) });
      if (random(2) === 0) {
        text = `{"k"${blank()}:${blank()}0,${text.slice(1)}`;
        repeated++;
      }
      const parsed = countParsedKeys(JSON.parse(text));
      const written = keysWritten(text);
      expect(countKeyColons(text), text).toBeGreaterThanOrEqual(written);
      if (written !== parsed) expect(countKeyColons(text), text).not.toBe(parsed);
    }
    expect(repeated).toBeGreaterThan(1000);
  });
});

describe("tolerantValue reads what it can from a text that failed to parse", () => {
  const manifest = '{\n  "name": "acme",\n  "display_name": "Acme",\n  "authentication_type": "none"\n}\n';
  const cases: [string, string, unknown][] = [
    [
      "missing comma",
      manifest.replace('"acme",', '"acme"'),
      { name: "acme", display_name: "Acme", authentication_type: "none" },
    ],
    [
      "trailing comma",
      manifest.replace('"none"\n', '"none",\n'),
      { name: "acme", display_name: "Acme", authentication_type: "none" },
    ],
    [
      "comments",
      manifest.replace("{\n", "{\n  // staging\n").replace('"Acme",', '"Acme", /* shown */'),
      { name: "acme", display_name: "Acme", authentication_type: "none" },
    ],
    [
      "truncated after the name",
      manifest.slice(0, manifest.indexOf('"authentication_type"') + 8),
      { name: "acme", display_name: "Acme" },
    ],
    [
      "truncated inside a list",
      '{\n  "name": "acme",\n  "interaction_types": ["Ticket", "Ca',
      { name: "acme", interaction_types: ["Ticket"] },
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const doc = new ParsedDocument(text);
      expect(doc.syntaxError).toBeDefined();
      expect(doc.tolerantValue()).toEqual(expected);
    });
  }

  it("leaves out a string cut off by the end of the file or of the line, rather than read it wrong", () => {
    expect(new ParsedDocument('{\n  "display_name": "Acme",\n  "name": "acm').tolerantValue()).toEqual({
      display_name: "Acme",
    });
    expect(new ParsedDocument('{\n  "name": "acme,\n  "display_name": "Acme"\n}\n').tolerantValue()).toEqual({
      display_name: "Acme",
    });
  });

  it("keeps a key `__proto__` as a key", () => {
    const value = new ParsedDocument('{"__proto__": {"x": 1}, "name": "acme",}').tolerantValue() as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__", "name"]);
  });

  it("returns the parsed value of a text that parsed", () => {
    expect(new ParsedDocument(manifest).tolerantValue()).toEqual(JSON.parse(manifest));
  });
});
