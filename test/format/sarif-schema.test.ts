import { readdirSync, readFileSync } from "node:fs";
// CommonJS packages: under NodeNext the class and the plugin are on `default`.
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/engine.js";
import { sarif } from "../../src/format/sarif.js";
import { RULE_METAS } from "../../src/rules/index.js";
import { docsUrl } from "../../src/rules/types.js";
import { CONTEXT, EMPTY, sampleSummary } from "./fixtures.js";

// The OASIS SARIF 2.1.0 schema (rtm.5, the final one), as shipped by @microsoft/jest-sarif; draft-04.
const schema = JSON.parse(readFileSync(new URL("../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url), "utf8"));
// unicodeRegExp: false, as the schema has a pattern (language) that is invalid under the `u` flag.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(text: string): void {
  const log = JSON.parse(text);
  validate(log);
  expect(validate.errors ?? []).toEqual([]);
}

describe("sarif output against the SARIF 2.1.0 JSON schema", () => {
  it("the validator rejects what the schema forbids", () => {
    const log = JSON.parse(sarif(sampleSummary(), CONTEXT));
    log.runs[0].results[0].level = "fatal";
    expect(validate(log)).toBe(false);
  });

  it("a hand-made summary with escapes, related locations and a clean file", () => {
    const summary = sampleSummary();
    const first = summary.results[0]?.diagnostics[0];
    if (first) first.related = [{ file: "integrations/acme.json", line: 2, column: 3, message: "the other one" }];
    expectValid(sarif(summary, CONTEXT));
    expectValid(sarif(EMPTY, CONTEXT));
  });

  it("linting the realistic fixtures with the whole rule catalogue", () => {
    const dir = new URL("../fixtures/realistic/", import.meta.url);
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => ({ file: `test/fixtures/realistic/${f}`, text: readFileSync(new URL(f, dir), "utf8") }));
    const summary = lintSources(sources);
    expect(summary.errorCount).toBeGreaterThan(0);
    const rules = RULE_METAS.map((r) => ({ ...r, docsUrl: docsUrl(r.id) }));
    const text = sarif(summary, { ...CONTEXT, rules });
    expectValid(text);
    const run = JSON.parse(text).runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_METAS.map((r) => r.id));
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });
});
