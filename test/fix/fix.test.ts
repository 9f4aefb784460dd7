import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostic.js";
import type { FileConfig } from "../../src/engine/engine.js";
import { applyFixes, fixDiff, fixSources, MAX_FIX_PASSES } from "../../src/engine/fix.js";
import { RULE_METAS } from "../../src/rules/index.js";
import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";

/** Only the rules under test, so the catalogue growing does not change these outputs. */
function only(...ids: string[]): { configFor: () => FileConfig } {
  const rules: FileConfig["rules"] = Object.fromEntries(
    RULE_METAS.map((r) => [r.id, ids.includes(r.id) ? r.severity : ("off" as const)]),
  );
  return { configFor: () => ({ rules, settings: DEFAULT_RULE_SETTINGS }) };
}
const options = only("no-bom", "enum-value", "json-syntax", "document-type");

/** An integration written with tabs, CRLF, a BOM and keys in an unusual order. */
const BOM = "\uFEFF";
const crlfTabs = [
  `${BOM}{`,
  '\t"authentication_type": "Custom",',
  '\t"name": "acme",',
  '\t"display_name": "Acme",',
  '\t"description": "Acme CRM",',
  '\t"icon_url": "https://acme.example.com/i.png",',
  '\t"logo_url": "https://acme.example.com/l.png",',
  '\t"authentication_configuration": [',
  '\t\t{ "field_name": "token", "display": "Token", "mandatory": true, "type": "input", "store": true }',
  "\t]",
  "}",
  "",
].join("\r\n");

const edit = (start: number, end: number, text: string) => ({ fix: { start, end, text } }) as Diagnostic;

describe("applyFixes", () => {
  it("applies non-overlapping edits in order and skips overlapping or touching ones", () => {
    const result = applyFixes("abcdefgh", [edit(6, 8, "GH"), edit(0, 2, "AB"), edit(1, 3, "xx"), edit(2, 2, "!")]);
    expect(result).toEqual({ output: "ABcdefGH", applied: 2 });
    expect(applyFixes("abcdefgh", [edit(0, 2, "AB"), edit(2, 4, "CD")])).toEqual({ output: "ABcdefgh", applied: 1 });
  });
  it("ignores diagnostics without fixes and edits that change nothing", () => {
    expect(applyFixes("abc", [{} as Diagnostic, edit(0, 1, "a")])).toEqual({ output: "abc", applied: 0 });
  });
});

describe("fixSources", () => {
  it("fixes only the spans: BOM, enumeration case; keeps CRLF, tabs and key order", () => {
    const { summary, passes } = fixSources([{ file: "acme.json", text: crlfTabs }], options);
    const expected = crlfTabs.slice(1).replace('"Custom"', '"custom"');
    expect(summary.results[0]?.output).toBe(expected);
    expect(summary.errorCount + summary.warningCount).toBe(0);
    expect(passes).toBe(2);
  });

  it("is idempotent: fixing the fixed text changes nothing", () => {
    const once = fixSources([{ file: "acme.json", text: crlfTabs }], options).summary.results[0]?.output as string;
    const twice = fixSources([{ file: "acme.json", text: once }], options);
    expect(twice.summary.results[0]?.output).toBeUndefined();
    expect(twice.passes).toBe(1);
  });

  it("leaves files without fixes alone and keeps unfixable problems", () => {
    const broken = '{ "provider": "x", "endpoint": 1 ';
    const { summary } = fixSources([{ file: "broken.json", text: broken }], options);
    expect(summary.results[0]?.output).toBeUndefined();
    expect(summary.results[0]?.diagnostics.map((d) => d.ruleId)).toEqual(["json-syntax"]);
  });

  it("stops after MAX_FIX_PASSES", () => {
    expect(MAX_FIX_PASSES).toBe(10);
  });
});

describe("fixDiff", () => {
  it("prints a unified diff per file", () => {
    expect(fixDiff("a.json", '{\n  "type": "Custom"\n}\n', '{\n  "type": "custom"\n}\n')).toMatchInlineSnapshot(`
      "--- a/a.json
      +++ b/a.json
      @@ -1,3 +1,3 @@
       {
      -  "type": "Custom"
      +  "type": "custom"
       }
      "
    `);
    expect(fixDiff("a.json", "same", "same")).toBe("");
  });
});
