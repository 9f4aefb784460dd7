import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/cli.js";
import { action, integration, onlyRules, Project } from "./lint-project.js";

let project: Project;
beforeAll(() => {
  project = new Project();
  project
    .write(
      "td-integration.config.json",
      JSON.stringify({
        rules: onlyRules("known-provider", "json-syntax", "enum-value"),
        integrationRoots: ["integrations"],
      }),
    )
    .write("integrations/acme.json", integration("acme"))
    .write("actions/create.json", action("acme"))
    .write("actions/wrong.json", action("Acme", "wrong"))
    .write("package.json", JSON.stringify({ name: "demo" }));
});
afterAll(() => project.remove());

describe("a pre-commit run over only the changed files", () => {
  it("resolves providers from integrationRoots, so an action alone is not a false error", () => {
    expect(project.lint(["actions/create.json", "package.json"])).toMatchObject({ code: 0, stdout: "" });
  });

  it("still reports a provider that matches no integration, naming the right one", () => {
    const result = project.lint(["-f", "compact", "actions/create.json", "actions/wrong.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^actions\/wrong\.json:2:15: error .*`acme`.*\[known-provider\]\n\n1 problem\n$/);
  });

  it("ships a pre-commit hook definition", () => {
    const hooks = readFileSync(`${ROOT}/.pre-commit-hooks.yaml`, "utf8");
    expect(hooks).toContain("- id: td-integration-lint\n");
    expect(hooks).toContain("  entry: td-integration lint\n");
    expect(hooks).toContain("  language: node\n");
    expect(hooks).toContain("  files: \\.json$\n");
    expect(hooks).toContain("  pass_filenames: true\n");
  });
});
