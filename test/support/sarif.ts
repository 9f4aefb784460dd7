import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// CommonJS packages: under NodeNext the class and the plugin are on `default`.
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import type * as Sarif from "sarif";
import { expect } from "vitest";

// The official OASIS SARIF 2.1.0 schema (errata 01), a draft-04 schema: test/fixtures/sarif/README.md.
const schema = JSON.parse(readFileSync(new URL("../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url), "utf8"));
// unicodeRegExp: false, as the schema has a pattern (language) that is invalid under the `u` flag.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
export const validateSarifSchema = ajv.compile(schema);

/** Parses a SARIF log and checks it against the SARIF 2.1.0 JSON Schema; returns the log. */
export function expectValidSarif(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  validateSarifSchema(log);
  expect(validateSarifSchema.errors ?? []).toEqual([]);
  return log;
}

/**
 * What GitHub code scanning needs beyond the schema (docs.github.com, "SARIF support for code
 * scanning", and github/codeql-action's upload-sarif): a results list in every run, a rule for every
 * result, a message, one location with a file URI and a 1-based region, and partialFingerprints so
 * alerts are tracked across runs. A relative URI is resolved against its uriBaseId and must stay
 * inside it; an absolute one is a file: URI with no base. Returns each result's file path as the URI
 * resolves it, to compare with the files linted.
 */
export function expectCodeScanningReady(log: Sarif.Log): string[] {
  const files: string[] = [];
  expect(log.version).toBe("2.1.0");
  for (const run of log.runs) {
    expect(Array.isArray(run.results)).toBe(true);
    const driver = run.tool.driver;
    expect(driver.name).toBeTruthy();
    const rules = driver.rules ?? [];
    for (const rule of rules) {
      expect(rule.shortDescription?.text, rule.id).toBeTruthy();
      expect(rule.fullDescription?.text, rule.id).toBeTruthy();
      expect(rule.help?.text, rule.id).toBeTruthy();
      if (rule.helpUri !== undefined) expect(new URL(rule.helpUri).protocol, rule.id).toBe("https:");
    }
    const bases = run.originalUriBaseIds ?? {};
    for (const result of run.results ?? []) {
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      expect(result.message.text).toBeTruthy();
      expect(result.locations).toHaveLength(1);
      const physical = result.locations?.[0]?.physicalLocation;
      const region = physical?.region;
      expect(region?.startLine).toBeGreaterThanOrEqual(1);
      expect(region?.startColumn).toBeGreaterThanOrEqual(1);
      expect(region?.endLine).toBeGreaterThanOrEqual(region?.startLine ?? 1);
      expect(Object.keys(result.partialFingerprints ?? {}).length).toBeGreaterThan(0);
      const artifact = physical?.artifactLocation;
      const uri = artifact?.uri ?? "";
      // upload-sarif decodes every URI before it looks for the file.
      expect(() => decodeURIComponent(uri)).not.toThrow();
      if (artifact?.uriBaseId !== undefined) {
        expect(uri).not.toMatch(/^(\/|\.\.\/|[a-z][a-z0-9+.-]*:)/i);
        const base = bases[artifact.uriBaseId]?.uri ?? "";
        expect(base).toMatch(/^file:\/\/.*\/$/);
        files.push(fileURLToPath(new URL(uri, base)));
      } else {
        expect(uri).toMatch(/^file:\/\//);
        files.push(fileURLToPath(uri));
      }
    }
  }
  return files;
}
