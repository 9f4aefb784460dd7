import { statSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { integration, onlyRules, Project } from "./lint-project.js";

let project: Project;
const crlf = (text: string) => text.replace(/\n/g, "\r\n");
const broken = `\uFEFF${crlf(integration("acme").replace('"none"', '"Custom"').replace(/ {2}/g, "\t"))}`;
const fixed = crlf(integration("acme").replace('"none"', '"custom"').replace(/ {2}/g, "\t"));

beforeEach(() => {
  project = new Project();
  project
    .write("td-integration.config.json", JSON.stringify({ rules: onlyRules("enum-value", "no-bom", "json-syntax") }))
    .write("acme.json", broken, 0o640)
    .write("clean.json", integration("clean"));
});
afterEach(() => project.remove());

describe("lint --fix", () => {
  it("rewrites only the fixed spans, keeps CRLF, tabs and the file mode; a second run changes nothing", () => {
    const before = statSync(path.join(project.root, "clean.json")).mtimeMs;
    const first = project.lint(["--fix"]);
    expect(first).toMatchObject({ code: 0, stdout: "" });
    expect(project.read("acme.json")).toBe(fixed);
    expect(statSync(path.join(project.root, "acme.json")).mode & 0o777).toBe(0o640);
    expect(statSync(path.join(project.root, "clean.json")).mtimeMs).toBe(before);
    const second = project.lint(["--fix"]);
    expect(second).toMatchObject({ code: 0, stdout: "" });
    expect(project.read("acme.json")).toBe(fixed);
  });

  it("--fix-dry-run prints a unified diff and writes nothing", () => {
    const result = project.lint(["--fix-dry-run"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "--- a/acme.json",
        "+++ b/acme.json",
        "@@ -1,8 +1,8 @@",
        "-\uFEFF{\r",
        "+{\r",
        '\t"name": "acme",\r',
        '\t"display_name": "Acme",\r',
        '\t"description": "Acme CRM",\r',
        '\t"logo_url": "https://acme.example.com/logo.png",\r',
        '\t"icon_url": "https://acme.example.com/icon.png",\r',
        '-\t"authentication_type": "Custom"\r',
        '+\t"authentication_type": "custom"\r',
        " }\r",
        "",
      ]
        .join("\n")
        .replace(/\n\t/g, "\n \t"),
    );
    expect(project.read("acme.json")).toBe(broken);
  });

  it("--fix-dry-run keeps machine-readable stdout clean (the diff goes to stderr)", () => {
    const result = project.lint(["--fix-dry-run", "--format", "json"]);
    expect(JSON.parse(result.stdout)[0].output).toBe(fixed);
    expect(result.stderr).toContain("--- a/acme.json");
  });

  it("rejects --fix with --fix-dry-run", () => {
    expect(project.lint(["--fix", "--fix-dry-run"])).toMatchObject({
      code: 2,
      stderr: "td-integration: use either --fix or --fix-dry-run, not both\n",
    });
  });
});
