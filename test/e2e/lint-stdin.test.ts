import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action, integration, onlyRules, Project } from "./lint-project.js";

let project: Project;
beforeAll(() => {
  project = new Project();
  project
    .write(
      "td-integration.config.json",
      JSON.stringify({ rules: onlyRules("enum-value", "json-syntax", "known-provider"), ignores: ["vendor/"] }),
    )
    .write("integrations/acme.json", integration("acme"));
});
afterAll(() => project.remove());

describe("lint --stdin", () => {
  const text = integration("other").replace('"none"', '"Custom"');

  it("lints standard input as the named file", () => {
    const result = project.lint(["--stdin", "--stdin-filename", "integrations/other.json", "-f", "compact"], {
      input: text,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "integrations/other.json:7:26: error `authentication_type` must be one of none, custom, oauth2, oauth2_password, oauth2_client_credentials; found `Custom`; did you mean `custom`? [enum-value]\n\n1 problem\n",
    );
  });

  it("with --fix prints the fixed text on stdout and the remaining problems on stderr", () => {
    const result = project.lint(["--stdin", "--stdin-filename", "x.json", "--fix"], { input: text });
    expect(result).toMatchObject({ code: 0, stdout: text.replace('"Custom"', '"custom"'), stderr: "" });
  });

  it("resolves an action's provider from the project, and honours ignores", () => {
    const ok = project.lint(["--stdin", "--stdin-filename", "actions/a.json"], { input: action("acme") });
    expect(ok).toMatchObject({ code: 0, stdout: "" });
    const ignored = project.lint(["--stdin", "--stdin-filename", "vendor/x.json"], { input: text });
    expect(ignored).toMatchObject({ code: 0, stdout: "" });
  });

  it("rejects paths with --stdin and --stdin-filename without it", () => {
    expect(project.lint(["--stdin", "a.json"]).stderr).toBe(
      "td-integration: --stdin lints standard input only; remove the paths\n",
    );
    expect(project.lint(["--stdin-filename", "a.json"]).stderr).toBe(
      "td-integration: --stdin-filename needs --stdin\n",
    );
  });
});
