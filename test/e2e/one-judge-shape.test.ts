import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Project } from "./lint-project.js";

/** The shape of a manifest, judged once from the format's definitions: through the built bin. */

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

let project: Project;
beforeEach(() => {
  project = new Project();
});
afterEach(() => project.remove());

const integration = (fields: Record<string, unknown>) =>
  `${JSON.stringify(
    {
      name: "acme",
      display_name: "Acme",
      description: "Acme CRM",
      logo_url: "https://acme.example.com/logo.png",
      icon_url: "https://acme.example.com/icon.png",
      authentication_type: "custom",
      authentication_configuration: [
        { field_name: "api_token", display: "API token", mandatory: true, type: "input", store: true },
      ],
      ...fields,
    },
    null,
    2,
  )}\n`;

const action = (fields: Record<string, unknown>) =>
  `${JSON.stringify(
    {
      provider: "acme",
      name: "create_ticket",
      display: "create a ticket",
      description: "create a ticket for the caller",
      endpoint: "https://bridge.acme.example.com/actions/create_ticket",
      inputs: [],
      ...fields,
    },
    null,
    2,
  )}\n`;

/** Every message of a run, as `line:column rule message`. */
function messages(args: string[]): { code: number; lines: string[] } {
  const result = project.lint(["--format", "json", ...args]);
  const files = JSON.parse(result.stdout) as { messages: JsonMessage[] }[];
  return {
    code: result.code,
    lines: files.flatMap((f) => f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)),
  };
}

describe("one judge of a manifest's shape (the built bin)", () => {
  it("a missing authentication_type is required-key at the opening brace, never enum-value", () => {
    const text = integration({ authentication_type: undefined, authentication_configuration: undefined });
    project.write("acme.json", text);
    const expected = [
      "1:1 required-key missing required key `authentication_type`: add one of none, custom, oauth2, oauth2_password, oauth2_client_credentials",
    ];
    expect(messages(["--no-config", "acme.json"])).toEqual({ code: 1, lines: expected });
    // Turning enum-value off does not hide the missing key.
    project.write(".td-integrationrc.json", JSON.stringify({ rules: { "enum-value": "off" } }));
    expect(messages(["acme.json"])).toEqual({ code: 1, lines: expected });
  });

  it("enum-value reports OAuth2 and --fix lowers it", () => {
    project.write("acme.json", integration({ authentication_type: "Custom" }));
    expect(messages(["--no-config", "acme.json"]).lines).toEqual([
      "7:26 enum-value `authentication_type` must be one of none, custom, oauth2, oauth2_password, oauth2_client_credentials; found `Custom`; did you mean `custom`?",
    ]);
    project.write("oauth.json", integration({ name: "oauth", authentication_type: "OAuth2" }));
    expect(messages(["--no-config", "oauth.json"]).lines).toContain(
      "7:26 enum-value `authentication_type` must be one of none, custom, oauth2, oauth2_password, oauth2_client_credentials; found `OAuth2`; did you mean `oauth2`?",
    );
    expect(project.lint(["--no-config", "--fix", "acme.json", "oauth.json"]).code).toBeGreaterThanOrEqual(0);
    expect(project.read("acme.json")).toBe(integration({ authentication_type: "custom" }));
    expect(project.read("oauth.json")).toContain('"authentication_type": "oauth2"');
  });

  it("an input without mandatory is read as false; a mandatory that is not a boolean is value-type", () => {
    project.write("acme.json", integration({}));
    project.write("create_ticket.json", action({ inputs: [{ key: "subject", name: "Subject" }] }));
    expect(messages(["--no-config", "."])).toEqual({ code: 0, lines: [] });
    project.write(
      "create_ticket.json",
      action({
        inputs: [
          { key: "subject", name: "Subject" },
          { key: "body", name: "Body", mandatory: "yes" },
        ],
      }),
    );
    expect(messages(["--no-config", "."])).toEqual({
      code: 1,
      lines: [
        '15:20 value-type `mandatory` of input 2 must be a boolean (true or false, without quotes), not the string "yes"',
      ],
    });
  });

  it("hints name the right object, and items are counted from 1", () => {
    project.write(
      "acme.json",
      integration({
        name: undefined,
        authentication_configuration: [
          { field_name: "api_token", display: "API token", mandatory: true, type: "input", store: true },
          { field_name: "account", mandatory: true, type: "input", store: true },
        ],
        interaction_types: ["Ticket", 3],
      }),
    );
    project.write(
      "create_ticket.json",
      action({ display: "", inputs: [{ key: "subject", name: "Subject", mandatory: true }, { key: "body" }] }),
    );
    expect(messages(["--no-config", "acme.json"]).lines).toEqual([
      "1:1 required-key missing required key `name`: add a unique system name such as `mycrm`",
      "15:5 required-key missing required key `display` in auth field 2: add the label shown next to the field on the sign-in form",
      "24:5 value-type item 2 of `interaction_types` must be a string, not the number 3",
    ]);
    const actionLines = messages(["--no-config", "create_ticket.json"]).lines.filter(
      (line) => !line.includes("provider-resolvable") && !line.includes("known-provider"),
    );
    expect(actionLines).toEqual([
      "4:14 no-empty-value `display` of the action is empty: write a short lowercase label such as `create a ticket`",
      "13:5 required-key missing required key `name` in input 2: add the label shown on the action's form",
    ]);
  });
});
