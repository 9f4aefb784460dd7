import { execFileSync, spawn } from "node:child_process";
import { lstatSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectCodeScanningReady, expectValidSarif } from "../support/sarif.js";
import { integration, onlyRules, Project } from "./lint-project.js";

let project: Project;
beforeAll(() => {
  project = new Project();
  project
    .write("td-integration.config.json", JSON.stringify({ rules: onlyRules("enum-value", "no-bom", "json-syntax") }))
    .write("integrations/acme.json", `\uFEFF${integration("acme").replace('"none"', '"Custom"')}`)
    .write("integrations/clean.json", integration("clean"))
    .write(".git/HEAD", "ref: refs/heads/main\n");
});
afterAll(() => project.remove());

describe("lint output formats through the bin", () => {
  it("github annotations with repository-relative paths, from a subdirectory", () => {
    const result = project.lint(["--format", "github", "."], { cwd: "integrations" });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        "::warning file=integrations/acme.json,line=1,col=1,endLine=1,endColumn=1,title=no-bom::the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM",
        "::error file=integrations/acme.json,line=7,col=26,endLine=7,endColumn=34,title=enum-value::`authentication_type` must be one of none, custom, oauth2, oauth2_password, oauth2_client_credentials; found `Custom`; did you mean `custom`?",
        "td-integration: 2 problems (1 error, 1 warning) in 1 file",
        "",
      ].join("\n"),
    );
  });

  it("several formats in one run: stylish on stdout, SARIF and JUnit to files", () => {
    const result = project.lint([
      "--format",
      "stylish",
      "--format",
      "sarif",
      "--output-file",
      "sarif=reports/td.sarif",
      "-o",
      "junit=reports/junit.xml",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✖ 2 problems (1 error, 1 warning)");
    const log = JSON.parse(project.read("reports/td.sarif"));
    expectCodeScanningReady(expectValidSarif(JSON.stringify(log)));
    expect(
      log.runs[0].results.map(
        (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
          r.ruleId,
          r.locations[0]?.physicalLocation.artifactLocation.uri,
        ],
      ),
    ).toEqual([
      ["no-bom", "integrations/acme.json"],
      ["enum-value", "integrations/acme.json"],
    ]);
    const junit = project.read("reports/junit.xml");
    expect(junit).toContain('<testsuite name="integrations/clean.json" tests="1" failures="0" errors="0" skipped="0">');
    expect(junit).toContain('<failure type="error" message="`authentication_type` must be one of');
  });

  it("a file outside the repository: an absolute file: URI in SARIF, its absolute path in annotations", () => {
    const outside = new Project();
    try {
      const name = "élsewhere #1/a b%.json";
      outside.write(name, `\uFEFF${integration("acme").replace('"none"', '"Custom"')}`);
      const file = path.join(outside.root, name);
      const relative = path.relative(path.join(project.root, "integrations"), file);
      const result = project.lint(["-f", "github", "-o", "sarif=../reports/outside.sarif", relative], {
        cwd: "integrations",
      });
      expect(result.code).toBe(1);
      const log = expectValidSarif(project.read("reports/outside.sarif"));
      expect(expectCodeScanningReady(log)).toEqual([file, file]);
      const uris = log.runs[0]?.results?.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation);
      expect(uris?.[0]).toEqual({ uri: pathToFileURL(file).href });
      expect(uris?.[0]?.uri).toMatch(/%C3%A9lsewhere%20%231\/a%20b%25\.json$/);
      expect(result.stdout.split("\n")[0]).toBe(
        `::warning file=${file.replace("%", "%25")},line=1,col=1,endLine=1,endColumn=1,title=no-bom::the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM`,
      );
    } finally {
      outside.remove();
    }
  });

  it("writes a report through a symbolic link to its target, and leaves the link a link", () => {
    project.write("reports/real.json", "old");
    symlinkSync("real.json", path.join(project.root, "reports/link.json"));
    expect(project.lint(["-o", "json=reports/link.json", "integrations/acme.json"]).code).toBe(1);
    expect(lstatSync(path.join(project.root, "reports/link.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(project.read("reports/real.json"))[0].messages).toHaveLength(2);
  });

  it("keeps the mode of a report it replaces", () => {
    project.write("reports/private.json", "old", 0o600);
    expect(project.lint(["-o", "json=reports/private.json", "integrations/acme.json"]).code).toBe(1);
    expect(statSync(path.join(project.root, "reports/private.json")).mode & 0o777).toBe(0o600);
    expect(JSON.parse(project.read("reports/private.json"))[0].messages).toHaveLength(2);
  });

  it("writes a report into a named pipe (as into /dev/null) without replacing it by a file", async () => {
    const fifo = path.join(project.root, "reports/pipe");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let received = "";
    reader.stdout.on("data", (chunk: Buffer) => {
      received += chunk.toString("utf8");
    });
    const closed = new Promise((resolve) => reader.on("close", resolve));
    try {
      // cat reads the pipe in its own process while this one waits for lint; its output waits in our pipe.
      const result = project.lint(["-o", "json=reports/pipe", "integrations/acme.json"]);
      expect(result.code).toBe(1);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      await closed;
      expect(JSON.parse(received)[0].messages).toHaveLength(2);
    } finally {
      reader.kill();
    }
  });

  it("compact and json", () => {
    expect(project.lint(["--format", "compact", "integrations/clean.json"])).toMatchObject({ code: 0, stdout: "" });
    const json = JSON.parse(project.lint(["-f", "json", "integrations/acme.json"]).stdout);
    expect(json[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["no-bom", "enum-value"]);
  });

  it("rejects an ambiguous output plan with exit 2", () => {
    expect(project.lint(["--format", "stylish", "--format", "github"])).toMatchObject({
      code: 2,
      stderr:
        "td-integration: only one format can go to standard output; send the others to files, e.g. --output-file github=report.github\n",
    });
    expect(project.lint(["--format", "sarf"]).stderr).toBe(
      'td-integration: unknown format "sarf"; use one of stylish, json, compact, sarif, github, junit\n',
    );
  });
});
