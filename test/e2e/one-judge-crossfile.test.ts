import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { action, integration, Project } from "./lint-project.js";

/** Every problem of a compact report as `file:line:column severity rule-id`, and the messages. */
function problems(stdout: string): { where: string[]; messages: string[] } {
  const lines = stdout.split("\n").filter((line) => /^\S+\.json:\d+:\d+: /.test(line));
  return {
    where: lines.map((line) => {
      const [, at, severity, rule] = /^(\S+\.json:\d+:\d+): (error|warning) .*\[([a-z0-9-]+)\]$/.exec(line) ?? [];
      return `${at} ${severity} ${rule}`;
    }),
    messages: lines,
  };
}

let project: Project;
beforeEach(() => {
  project = new Project();
});
afterEach(() => project.remove());

const acme = integration("acme");

describe("no cascade from an integration that cannot be parsed to its actions", () => {
  // Each integration text has one JSON syntax error; a tolerant parse still reads its name.
  const recoverable: [string, string, string][] = [
    ["a missing comma", acme.replace('"acme",', '"acme"'), "integrations/acme.json:2:17 error json-syntax"],
    ["a trailing comma", acme.replace('"none"\n', '"none",\n'), "integrations/acme.json:7:32 error json-syntax"],
    ["a comment", acme.replace("{\n", "{\n  // staging copy\n"), "integrations/acme.json:2:3 error json-syntax"],
    ["a truncated file", acme.slice(0, acme.indexOf('"logo_url"') + 5), "integrations/acme.json:5:3 error json-syntax"],
  ];
  for (const [name, text, syntaxError] of recoverable) {
    it(`${name}: the action whose provider is its name gets nothing, the integration only its syntax error`, () => {
      project.write("integrations/acme.json", text).write("actions/create.json", action("acme"));
      const result = project.lint(["-f", "compact", "."]);
      expect(result.code).toBe(1);
      const { where, messages } = problems(result.stdout);
      expect(where).toEqual([syntaxError]);
      expect(messages.join("\n")).not.toMatch(/no integration manifest was found|matches no integration/);
    });
  }

  it("an action whose provider differs from the recovered name is still told so", () => {
    project
      .write("integrations/acme.json", acme.replace('"acme",', '"acme"'))
      .write("actions/create.json", action("acmee"));
    const { where, messages } = problems(project.lint(["-f", "compact", "."]).stdout);
    expect(where).toEqual([
      "actions/create.json:2:15 error known-provider",
      "integrations/acme.json:2:17 error json-syntax",
    ]);
    expect(messages[0]).toContain("provider `acmee` matches no integration name; did you mean `acme`?");
  });

  it("a name no tolerant parse can read: a warning on the action naming the file, never an error", () => {
    project
      .write("integrations/acme.json", acme.replace('"name": "acme"', '"name" "acme"'))
      .write("actions/create.json", action("acme"))
      .write("actions/close.json", action("acme", "close_ticket"));
    const result = project.lint(["-f", "compact", "."]);
    expect(result.code).toBe(1);
    const { where, messages } = problems(result.stdout);
    expect(where).toEqual([
      "actions/close.json:2:15 warning known-provider",
      "actions/create.json:2:15 warning known-provider",
      "integrations/acme.json:2:10 error json-syntax",
    ]);
    expect(messages[0]).toContain(
      "provider `acme` cannot be checked: integrations/acme.json looks like an integration but cannot be parsed",
    );
    expect(messages.join("\n")).not.toContain("no integration manifest was found");
  });

  it("the action alone after its integration is fixed: nothing at all", () => {
    project.write("integrations/acme.json", acme).write("actions/create.json", action("acme"));
    expect(project.lint(["-f", "compact", "."])).toMatchObject({ code: 0, stdout: "" });
  });

  it("with no integration at all, the one warning still says so", () => {
    project.write("actions/create.json", action("acme"));
    const { where, messages } = problems(project.lint(["-f", "compact", "."]).stdout);
    expect(where).toEqual(["actions/create.json:2:15 warning provider-resolvable"]);
    expect(messages[0]).toContain("no integration manifest was found in this run or under the project roots");
  });
});

describe("a pre-commit run over one action whose integration, under the project roots, cannot be parsed", () => {
  beforeEach(() => {
    project.write("td-integration.config.json", JSON.stringify({ integrationRoots: ["integrations"] }));
    project.write("actions/create.json", action("acme"));
  });

  it("its name is still read: the action is clean", () => {
    project.write("integrations/acme.json", acme.replace('"acme",', '"acme"'));
    expect(project.lint(["-f", "compact", "actions/create.json"])).toMatchObject({ code: 0, stdout: "" });
  });

  it("its name cannot be read: a warning naming it, not that no integration was found", () => {
    project.write("integrations/acme.json", acme.replace('"name": "acme"', '"name" "acme"'));
    const result = project.lint(["-f", "compact", "actions/create.json"]);
    expect(result.code).toBe(0);
    const { where, messages } = problems(result.stdout);
    expect(where).toEqual(["actions/create.json:2:15 warning known-provider"]);
    expect(messages[0]).toContain(
      "provider `acme` cannot be checked: integrations/acme.json looks like an integration",
    );
  });
});

describe("an init --answers file left in the project is not a manifest", () => {
  const answers = {
    kind: "both",
    authentication_type: "custom",
    name: "acme",
    description: "Acme tickets next to the caller",
    logo_url: "https://cdn.acme.example.com/logo.png",
    icon_url: "https://cdn.acme.example.com/icon.png",
    bridge_url: "https://bridge.acme.example.com/talkdesk",
    auth_fields: [{ field_name: "token", display: "API token", store: false }],
    features: ["agent_sync"],
    action_template: "action-generic",
    action_name: "log_call",
    action_display: "log the call",
    action_description: "log the call in Acme",
    inputs: [{ key: "email", format: "{{contact.email}}" }],
  };

  it("next to the files init wrote from it, the project lints clean, and --verbose lists it as skipped", () => {
    writeFileSync(path.join(project.root, "answers.json"), `${JSON.stringify(answers, null, 2)}\n`);
    const init = runCli(["init", "--answers", "answers.json", "--yes"], {
      cwd: project.root,
      env: { HOME: project.root },
    });
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    const result = project.lint(["-f", "compact", "--verbose", "."]);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("skipped answers.json (not an integration or action)\n");
  });

  it("an answers file with the integration's name does not make the integration fail unique-integration-name", () => {
    const minimal = {
      name: "acme",
      description: "Acme CRM",
      logo_url: "https://acme.example.com/logo.png",
      icon_url: "https://acme.example.com/icon.png",
      bridge_url: "https://bridge.acme.example.com",
    };
    project.write("integrations/acme.json", acme).write("answers.json", JSON.stringify(minimal));
    const result = project.lint(["-f", "compact", "--verbose", "."]);
    expect(problems(result.stdout).where.filter((w) => w.endsWith("unique-integration-name"))).toEqual([]);
    expect(result.stderr).toContain("skipped answers.json (not an integration or action)\n");
  });
});
