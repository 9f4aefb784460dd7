import { describe, expect, it } from "vitest";
import { corpusHash, generateCorpus } from "../../bench/generate.mjs";

const SMALL = { seed: 7, integrations: 200, actions: 600 };

describe("bench corpus generator", () => {
  it("gives identical files for the same seed", () => {
    const a = generateCorpus(SMALL).files;
    const b = generateCorpus(SMALL).files;
    expect(a).toHaveLength(800);
    expect(corpusHash(b)).toBe(corpusHash(a));
  });

  it("gives different files for another seed", () => {
    expect(corpusHash(generateCorpus({ ...SMALL, seed: 8 }).files)).not.toBe(corpusHash(generateCorpus(SMALL).files));
  });

  it("breaks about 10% of the files", () => {
    const { files } = generateCorpus({ ...SMALL, integrations: 1000, actions: 3000 });
    const share = files.filter((f) => f.broken).length / files.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
  });

  it("can combine any two mistakes (every file broken)", () => {
    for (const seed of [1, 2, 3]) {
      const { files } = generateCorpus({ seed, integrations: 1000, actions: 3000, brokenShare: 1 });
      expect(files.filter((f) => f.broken).length).toBeGreaterThan(3900);
    }
  });

  it("makes mistakes of every family, in integrations and in actions", () => {
    const { files } = generateCorpus({ ...SMALL, integrations: 1000, actions: 3000 });
    const made = new Set(files.flatMap((f) => f.mistakes));
    for (const family of [
      "enum-case",
      "string-boolean",
      "missing-key",
      "legacy-key",
      "http-endpoint",
      "bad-value-provider",
      "bad-select",
      "bad-datetime",
      "bad-number",
      "title-case",
      "provider-case",
      "duplicate-action-name",
      "duplicate-integration-name",
      "trailing-comma",
      "duplicate-key",
    ]) {
      expect(made, family).toContain(family);
    }
    expect(files.some((f) => f.broken && f.path.endsWith("/integration.json"))).toBe(true);
    expect(files.some((f) => f.broken && f.path.includes("/actions/"))).toBe(true);
  });

  it("has a clean variant that differs only in the broken files", () => {
    const broken = generateCorpus(SMALL).files;
    const clean = generateCorpus({ ...SMALL, clean: true }).files;
    expect(clean.map((f) => f.path)).toEqual(broken.map((f) => f.path));
    expect(clean.some((f) => f.broken)).toBe(false);
    const changed = broken.filter((f, i) => f.text !== clean[i]?.text).map((f) => f.path);
    expect(changed).toEqual(broken.filter((f) => f.broken).map((f) => f.path));
    for (const f of clean) expect(() => JSON.parse(f.text)).not.toThrow();
  });

  it("uses every authentication type and both shapes of authentication_configuration", () => {
    const integrations = generateCorpus(SMALL)
      .files.filter((f) => f.path.endsWith("/integration.json") && !f.broken)
      .map((f) => JSON.parse(f.text));
    const types = new Set(integrations.map((d) => d.authentication_type));
    expect([...types].sort()).toEqual(["custom", "none", "oauth2", "oauth2_client_credentials", "oauth2_password"]);
    const shapes = new Set(
      integrations.flatMap((d) => (d.authentication_configuration ?? []).map((el: object) => "field_name" in el)),
    );
    expect(shapes).toEqual(new Set([true, false]));
  });
});
