import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig, SEARCH_PLACES } from "../../src/config/load.js";
import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";

let root: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), "td-config-")));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(file: string, text: string): string {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const RULES = { "no-bom": "error", "enum-value": "off" };
const KINDS: Record<string, string> = {
  "td-integration.config.json": JSON.stringify({ rules: RULES }),
  "td-integration.config.yaml": "rules:\n  no-bom: error\n  enum-value: 'off'\n",
  "td-integration.config.yml": "rules:\n  no-bom: error\n  enum-value: 'off'\n",
  "td-integration.config.js": `export default ${JSON.stringify({ rules: RULES })};\n`,
  "td-integration.config.mjs": `export default ${JSON.stringify({ rules: RULES })};\n`,
  "td-integration.config.cjs": `module.exports = ${JSON.stringify({ rules: RULES })};\n`,
  ".td-integrationrc": "rules:\n  no-bom: error\n  enum-value: 'off'\n",
  ".td-integrationrc.json": JSON.stringify({ rules: RULES }),
  ".td-integrationrc.yaml": "rules:\n  no-bom: error\n  enum-value: 'off'\n",
  ".td-integrationrc.yml": "rules:\n  no-bom: error\n  enum-value: 'off'\n",
  ".td-integrationrc.js": `export default ${JSON.stringify({ rules: RULES })};\n`,
  ".td-integrationrc.cjs": `module.exports = ${JSON.stringify({ rules: RULES })};\n`,
  ".td-integrationrc.mjs": `export default ${JSON.stringify({ rules: RULES })};\n`,
  "package.json": JSON.stringify({ name: "x", "td-integration": { rules: RULES } }),
};

describe("loadConfig: config file kinds", () => {
  it("covers every search place", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...SEARCH_PLACES].sort());
  });
  for (const [file, text] of Object.entries(KINDS)) {
    it(`reads ${file}`, async () => {
      write(file, text);
      const config = await loadConfig({ cwd: root, stopDir: root });
      expect(config.filepath).toBe(path.join(root, file));
      expect(config.configFor("a.json").rules).toEqual({ "no-bom": "error", "enum-value": "off" });
    });
  }
  it("skips a package.json without a td-integration key", async () => {
    write("package.json", JSON.stringify({ name: "x" }));
    const config = await loadConfig({ cwd: root, stopDir: root });
    expect(config.filepath).toBeUndefined();
  });
});

describe("loadConfig: where it looks", () => {
  it("searches upward from cwd and resolves globs and roots from the config's directory", async () => {
    write(
      "td-integration.config.json",
      JSON.stringify({ ignores: ["fixtures/**"], integrationRoots: ["integrations"] }),
    );
    mkdirSync(path.join(root, "sub/deeper"), { recursive: true });
    const cwd = path.join(root, "sub/deeper");
    const config = await loadConfig({ cwd, stopDir: root });
    expect(config.filepath).toBe(path.join(root, "td-integration.config.json"));
    expect(config.integrationRoots).toEqual([path.join(root, "integrations")]);
    expect(config.isSelected("../../fixtures/a.json")).toBe(false);
    expect(config.isSelected("a.json")).toBe(true);
  });
  it("stops at the stop directory (home)", async () => {
    write("td-integration.config.json", JSON.stringify({ rules: { "no-bom": "off" } }));
    mkdirSync(path.join(root, "home/project"), { recursive: true });
    const config = await loadConfig({ cwd: path.join(root, "home/project"), stopDir: path.join(root, "home") });
    expect(config.filepath).toBeUndefined();
    expect(config.integrationRoots).toEqual([path.join(root, "home/project")]);
  });
  it("uses --config PATH as given and ignores others with --no-config", async () => {
    write("td-integration.config.json", JSON.stringify({ rules: { "no-bom": "off" } }));
    write("ci/strict.yaml", "rules:\n  no-bom: error\n");
    expect((await loadConfig({ cwd: root, configPath: "ci/strict.yaml" })).configFor("a.json").rules).toEqual({
      "no-bom": "error",
    });
    const none = await loadConfig({ cwd: root, noConfig: true });
    expect(none.filepath).toBeUndefined();
    expect(none.configFor("a.json")).toEqual({ rules: {}, settings: DEFAULT_RULE_SETTINGS });
  });
  it("reports a missing --config file and an unreadable config", async () => {
    await expect(loadConfig({ cwd: root, configPath: "nope.json" })).rejects.toThrow(
      "config file not found: nope.json",
    );
    write(".td-integrationrc.json", "{ rules: ");
    await expect(loadConfig({ cwd: root, stopDir: root })).rejects.toThrow(
      /^cannot read config file \.td-integrationrc\.json: /,
    );
  });
});

describe("loadConfig: validation", () => {
  async function problems(config: unknown): Promise<string> {
    write("td-integration.config.json", JSON.stringify(config));
    try {
      await loadConfig({ cwd: root, stopDir: root });
    } catch (error) {
      return (error as Error).message;
    }
    return "valid";
  }
  it("names the file, the key path and a did-you-mean", async () => {
    expect(await problems({ ignorse: ["x"] })).toBe(
      'invalid config td-integration.config.json:1:2: ignorse: unknown key "ignorse"; did you mean "ignores"? (allowed: $schema, files, ignores, integrationRoots, overrides, rules, valueProviders, cti, suppress)',
    );
    expect(await problems({ rules: { "no-boom": "error" } })).toBe(
      'invalid config td-integration.config.json:1:11: rules.no-boom: unknown rule "no-boom"; did you mean "no-bom"? (`td-integration rules` lists every rule)',
    );
    expect(await problems({ rules: { "no-bom": "warning" } })).toBe(
      'invalid config td-integration.config.json:1:11: rules.no-bom: "warning" is not a severity: use "off", "warn" or "error"; did you mean "warn"?',
    );
    expect(await problems({ cti: "yes" })).toBe(
      'invalid config td-integration.config.json:1:2: cti: expected a boolean, not the string "yes"',
    );
  });
  it("reports every problem, in overrides and rule options too", async () => {
    expect(
      await problems({
        overrides: [
          { files: ["a/**"], rulse: {} },
          { files: "b/**", rules: { "no-bom": ["warn", { displayMaxLenght: 3 }] } },
        ],
        rules: { "enum-valeu": "off", "no-bom": ["eror"] },
      }),
    ).toBe(
      [
        'invalid config td-integration.config.json:1:33: overrides[0].rulse: unknown key "rulse"; did you mean "rules"? (allowed: files, ignores, rules, valueProviders, cti)',
        'invalid config td-integration.config.json:1:88: overrides[1].rules.no-bom[1].displayMaxLenght: unknown key "displayMaxLenght"; did you mean "displayMaxLength"? (allowed: displayMaxLength)',
        'invalid config td-integration.config.json:1:123: rules.enum-valeu: unknown rule "enum-valeu"; did you mean "enum-value"? (`td-integration rules` lists every rule)',
        'invalid config td-integration.config.json:1:152: rules.no-bom[0]: "eror" is not a severity: use "off", "warn" or "error"; did you mean "error"?',
      ].join("\n"),
    );
  });
  it("accepts $schema and an empty file", async () => {
    expect(await problems({ $schema: "./x.json" })).toBe("valid");
    write("td-integration.config.json", "");
    rmSync(path.join(root, "td-integration.config.json"));
    write(".td-integrationrc.yaml", "");
    expect((await loadConfig({ cwd: root, stopDir: root })).configFor("a.json").rules).toEqual({});
  });
});

describe("configFor", () => {
  it("applies the top level, then matching overrides in order, with rule options and settings", async () => {
    write(
      "td-integration.config.json",
      JSON.stringify({
        rules: { "no-bom": "error", "enum-value": ["warn", { displayMaxLength: 40 }] },
        cti: true,
        valueProviders: { ticket: ["id"], contact: ["custom_id"] },
        overrides: [
          { files: "actions/**", rules: { "no-bom": "off" }, valueProviders: { ticket: ["subject"] } },
          {
            files: ["actions/legacy_*.json"],
            ignores: "actions/legacy_ok.json",
            rules: { "no-bom": "warn" },
            cti: false,
          },
        ],
      }),
    );
    const config = await loadConfig({ cwd: root, stopDir: root });
    const top = config.configFor("integrations/a.json");
    expect(top).toEqual({
      rules: { "no-bom": "error", "enum-value": "warning" },
      settings: { displayMaxLength: 40, cti: true, collections: { ticket: ["id"], contact: ["custom_id"] } },
    });
    expect(config.configFor("actions/a.json")).toEqual({
      rules: { "no-bom": "off", "enum-value": "warning" },
      settings: { displayMaxLength: 40, cti: true, collections: { ticket: ["id", "subject"], contact: ["custom_id"] } },
    });
    expect(config.configFor("actions/legacy_x.json").rules["no-bom"]).toBe("warning");
    expect(config.configFor("actions/legacy_x.json").settings.cti).toBe(false);
    expect(config.configFor("actions/legacy_ok.json").rules["no-bom"]).toBe("off");
    // Same overrides, same object: rules cache per settings object.
    expect(config.configFor("actions/b.json")).toBe(config.configFor("actions/a.json"));
  });
  it("selects files with files and ignores (a trailing slash means the whole folder)", async () => {
    write(
      "td-integration.config.json",
      JSON.stringify({ files: ["manifests/**/*.json"], ignores: ["manifests/drafts/"] }),
    );
    const config = await loadConfig({ cwd: root, stopDir: root });
    expect(config.isSelected("manifests/a.json")).toBe(true);
    expect(config.isSelected("manifests/deep/b.json")).toBe(true);
    expect(config.isSelected("manifests/drafts/c.json")).toBe(false);
    expect(config.isSelected("other/d.json")).toBe(false);
  });
});
