import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { integration, onlyRules, Project } from "./lint-project.js";

let project: Project;
beforeEach(() => {
  project = new Project();
  project
    .write("integrations/acme.json", integration("acme").replace('"none"', '"None"'))
    .write("fixtures/broken.json", '{ "provider": "x", }\n');
});
afterEach(() => project.remove());

describe("lint with a config file", () => {
  it("without a config: default severities, every JSON file", () => {
    const result = project.lint(["--format", "compact", "--config", "none.json"]);
    expect(result).toMatchObject({ code: 2, stdout: "", stderr: "td-integration: config file not found: none.json\n" });
    const all = project.lint(["--format", "compact"]);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain("fixtures/broken.json:1:18: error");
    expect(all.stdout).toContain("integrations/acme.json:7:26: error");
  });

  it("applies severities and ignores, found from a subdirectory", () => {
    project.write(
      "td-integration.config.json",
      JSON.stringify({
        ignores: ["fixtures/"],
        rules: { ...onlyRules("enum-value", "json-syntax"), "enum-value": "warn" },
      }),
    );
    const result = project.lint(["--format", "compact"]);
    expect(result.stdout).toBe(
      "integrations/acme.json:7:26: warning `authentication_type` must be one of none, custom, oauth2, oauth2_password, oauth2_client_credentials; found `None`; did you mean `none`? [enum-value]\n\n1 problem\n",
    );
    expect(result.code).toBe(0);
    const fromSub = project.lint(["--format", "compact", "."], { cwd: "integrations" });
    expect(fromSub.stdout).toContain("acme.json:7:26: warning");
    // A hook passing an ignored file explicitly: still ignored.
    expect(project.lint(["fixtures/broken.json"])).toMatchObject({ code: 0, stdout: "" });
    expect(project.lint(["--verbose", "fixtures/broken.json"]).stderr).toBe(
      "ignored fixtures/broken.json (by files/ignores in the config)\n",
    );
    // --no-config brings back the defaults.
    expect(project.lint(["--no-config", "--format", "compact"]).code).toBe(1);
  });

  it("narrows the selection with files, and overrides severities by glob", () => {
    project.write(
      ".td-integrationrc.yaml",
      [
        "files: ['integrations/**/*.json']",
        "rules:",
        "  enum-value: error",
        "overrides:",
        "  - files: integrations/legacy/**",
        "    rules:",
        "      enum-value: 'off'",
        "",
      ].join("\n"),
    );
    project.write("integrations/legacy/old.json", integration("old").replace('"none"', '"NONE"'));
    const result = project.lint(["--format", "compact"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("integrations/acme.json:7:26: error");
    expect(result.stdout).not.toContain("legacy/old.json");
    expect(result.stdout).not.toContain("fixtures");
  });

  it("exits 2 on an invalid config, naming the file, the key and a suggestion", () => {
    project.write("td-integration.config.mjs", 'export default { rules: { "enum-valu": "warn" }, overides: [] };\n');
    const result = project.lint([]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe(
      [
        'td-integration: invalid config td-integration.config.mjs: overides: unknown key "overides"; did you mean "overrides"? (allowed: $schema, files, ignores, integrationRoots, overrides, rules, valueProviders, cti, suppress)',
        'invalid config td-integration.config.mjs: rules.enum-valu: unknown rule "enum-valu"; did you mean "enum-value"? (`td-integration rules` lists every rule)',
        "",
      ].join("\n"),
    );
  });

  it("exits 2 with one line on a config that is not valid YAML or JSON", () => {
    project.write(".td-integrationrc.json", "{ rules: ");
    const result = project.lint([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^td-integration: cannot read config file \.td-integrationrc\.json: .+\n$/);
  });

  it("--print-config prints the resolved config of a file", () => {
    project.write(
      "package.json",
      JSON.stringify({
        name: "demo",
        "td-integration": {
          cti: true,
          rules: { "no-bom": "error" },
          overrides: [{ files: "integrations/**", rules: { "no-bom": ["warn", { displayMaxLength: 25 }] } }],
        },
      }),
    );
    const result = project.lint(["--print-config", "integrations/acme.json"]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({
      file: "integrations/acme.json",
      configFile: "package.json",
      selected: true,
      overrides: [0],
      settings: { displayMaxLength: 25, cti: true, collections: {} },
      integrationRoots: ["."],
    });
    expect(printed.rules["no-bom"]).toBe("warn");
    expect(printed.rules["json-syntax"]).toBe("error");
  });
});
