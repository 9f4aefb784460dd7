import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { LintSummary } from "../../src/diagnostic.js";
import { lintSources } from "../../src/engine/engine.js";
import { sarif } from "../../src/format/sarif.js";
import { RULE_METAS } from "../../src/rules/index.js";
import { docsUrl } from "../../src/rules/types.js";
import { expectCodeScanningReady, expectValidSarif, validateSarifSchema } from "../support/sarif.js";
import { CONTEXT, EMPTY, sampleSummary } from "./fixtures.js";

/** A summary with one problem in each of these files (relative to CONTEXT.cwd, /repo). */
function summaryOf(files: string[], related?: string): LintSummary {
  return {
    results: files.map((file) => ({
      file,
      kind: "integration",
      diagnostics: [
        {
          file,
          ruleId: "enum-value",
          severity: "error",
          message: "wrong value",
          pointer: "/authentication_type",
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 9,
          ...(related ? { related: [{ file: related, line: 1, column: 1, message: "the other one" }] } : {}),
        },
      ],
    })),
    errorCount: files.length,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

type Location = { uri: string; uriBaseId?: string };
const artifactLocations = (text: string): Location[] =>
  JSON.parse(text).runs[0].results.map(
    (r: { locations: { physicalLocation: { artifactLocation: Location } }[] }) =>
      r.locations[0]?.physicalLocation.artifactLocation,
  );

describe("sarif output against the SARIF 2.1.0 JSON schema", () => {
  it("the validator rejects what the schema forbids", () => {
    const log = JSON.parse(sarif(sampleSummary(), CONTEXT));
    log.runs[0].results[0].level = "fatal";
    expect(validateSarifSchema(log)).toBe(false);
    // SARIF1004's case: an absolute URI with a base id is not caught by the schema, so it is checked apart.
    const absolute = JSON.parse(sarif(sampleSummary(), CONTEXT));
    absolute.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = "/repo/a.json";
    expect(() => expectCodeScanningReady(absolute)).toThrow();
  });

  it("a hand-made summary with escapes, related locations and a clean file", () => {
    const summary = sampleSummary();
    const first = summary.results[0]?.diagnostics[0];
    if (first) first.related = [{ file: "integrations/acme.json", line: 2, column: 3, message: "the other one" }];
    expectCodeScanningReady(expectValidSarif(sarif(summary, CONTEXT)));
    expectCodeScanningReady(expectValidSarif(sarif(EMPTY, CONTEXT)));
  });

  it("files inside the repository: relative URIs on %SRCROOT%, every special character percent-encoded", () => {
    const files = ["a b.json", "x#1.json", "100%.json", "q?.json", "ünï/çé 😀.json", "sub/..dots.json"];
    const text = sarif(summaryOf(files), CONTEXT);
    expect(artifactLocations(text)).toEqual([
      { uri: "a%20b.json", uriBaseId: "%SRCROOT%" },
      { uri: "x%231.json", uriBaseId: "%SRCROOT%" },
      { uri: "100%25.json", uriBaseId: "%SRCROOT%" },
      { uri: "q%3F.json", uriBaseId: "%SRCROOT%" },
      { uri: "%C3%BCn%C3%AF/%C3%A7%C3%A9%20%F0%9F%98%80.json", uriBaseId: "%SRCROOT%" },
      { uri: "sub/..dots.json", uriBaseId: "%SRCROOT%" },
    ]);
    const resolved = expectCodeScanningReady(expectValidSarif(text));
    expect(resolved).toEqual(files.map((f) => `/repo/${f}`));
  });

  it("files outside the repository: absolute file: URIs without a base id, related locations too", () => {
    // cwd /repo/sub in the repository /repo; the last file is inside, its folder only starts with dots.
    const files = ["../../elsewhere/a b#1%.json", "/opt/ünï.json", "../..dots/x.json"];
    const text = sarif(summaryOf(files, "../../elsewhere/other?.json"), { ...CONTEXT, cwd: "/repo/sub" });
    expect(artifactLocations(text)).toEqual([
      { uri: "file:///elsewhere/a%20b%231%25.json" },
      { uri: "file:///opt/%C3%BCn%C3%AF.json" },
      { uri: "..dots/x.json", uriBaseId: "%SRCROOT%" },
    ]);
    const log = expectValidSarif(text);
    expect(expectCodeScanningReady(log)).toEqual(["/elsewhere/a b#1%.json", "/opt/ünï.json", "/repo/..dots/x.json"]);
    const related = log.runs[0]?.results?.[0]?.relatedLocations?.[0]?.physicalLocation?.artifactLocation;
    expect(related).toEqual({ uri: "file:///elsewhere/other%3F.json" });
  });

  it("a rule outside the catalogue gets no helpUri rather than an empty one", () => {
    const summary = summaryOf(["a.json"]);
    const log = expectValidSarif(sarif(summary, { ...CONTEXT, rules: [] }));
    expect(log.runs[0]?.tool.driver.rules?.[0]).not.toHaveProperty("helpUri");
    expectCodeScanningReady(log);
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
    const log = expectValidSarif(text);
    expectCodeScanningReady(log);
    const run = JSON.parse(text).runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_METAS.map((r) => r.id));
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });
});
