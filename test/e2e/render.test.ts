import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

const ESC = "\u001b[";

// These run the built bin (npm run build first), as a user in a pipe would: no TTY, so no colour.

const ACTION = "examples/actions/acme_helpdesk_create_ticket.json";
const INTEGRATION = "examples/integrations/acme_helpdesk.json";

let dir: string;
function file(name: string, content: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

const action = (inputs: unknown[], extra: Record<string, unknown> = {}) =>
  `${JSON.stringify(
    {
      provider: "acme_helpdesk",
      name: "note",
      display: "add a note",
      description: "add a note to the ticket",
      endpoint: "https://bridge.example.com/note",
      inputs,
      ...extra,
    },
    null,
    2,
  )}\n`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "td-render-"));
});

describe("td-integration render", () => {
  it("renders an action and its integration as plain text", () => {
    const result = runCli(["render", ACTION, INTEGRATION]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(EXPECTED);
  });

  it("renders every example in 80 columns without colour", () => {
    const result = runCli(["render", "examples"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    for (const line of result.stdout.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(result.stdout).toContain("Rendered 10 files (5 integrations, 5 actions): no problems.\n");
    expect(result.stdout).toContain("    on   actions                 log_call: Then log a call\n");
    expect(result.stdout).toContain("    * API client secret  (client_secret, masked text box)\n");
  });

  it("colours only when asked or forced", () => {
    expect(runCli(["render", ACTION, "--color"]).stdout).toContain(ESC);
    expect(runCli(["render", ACTION], { env: { FORCE_COLOR: "1" } }).stdout).toContain(ESC);
    expect(runCli(["render", ACTION, "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(ESC);
  });

  it("prints the documented JSON shape", () => {
    const result = runCli(["render", "examples", "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.version).toBe(2);
    expect(json.summary).toEqual({
      files: 10,
      integrations: 5,
      actions: 5,
      skipped: 0,
      invalid: 0,
      errorCount: 0,
      warningCount: 0,
    });
    const actionFile = json.files.find((f: { file: string }) => f.file === ACTION);
    expect(Object.keys(actionFile)).toEqual(["file", "kind", "action", "messages", "errorCount", "warningCount"]);
    expect(actionFile.action.display).toEqual({
      original: "create a ticket",
      rendered: "Then create a ticket",
      steps: ['"create a ticket"', '"Then" added: "Then create a ticket"'],
      comboBox: { text: "create a ticket", limit: 30, truncated: false },
    });
    expect(actionFile.action.inputs[0]).toEqual({
      pointer: "/inputs/0",
      key: "subject",
      name: "Subject",
      mandatory: true,
      type: "Text",
      widget: "text",
      widgetLabel: "one-line text box",
      options: null,
      default: {
        template: "Call from {{contact.first_name}} {{contact.last_name}}",
        result: "Call from Dana Whitfield",
        complete: true,
        values: [
          { name: "contact.first_name", value: "Dana", source: "sample" },
          { name: "contact.last_name", value: "Whitfield", source: "sample" },
        ],
      },
    });
    expect(actionFile.action.inputs[4].options).toEqual(["low", "normal", "high", "urgent"]);
    const integrationFile = json.files.find((f: { file: string }) => f.file === INTEGRATION);
    expect(Object.keys(integrationFile.integration)).toEqual([
      "name",
      "displayName",
      "description",
      "authenticationType",
      "signInForm",
      "authFields",
      "features",
    ]);
    expect(integrationFile.integration.authFields[2]).toEqual({
      pointer: "/authentication_configuration/2/api_token",
      name: "api_token",
      display: "API token",
      help: "Under Admin > Channels > API, create a token named Talkdesk",
      mandatory: true,
      filledBy: "user",
      masked: true,
      store: true,
      format: null,
    });
    expect(integrationFile.integration.features).toEqual({
      contactSync: { on: true, endpoint: "https://bridge.acme-helpdesk.example.com/talkdesk/contact_sync" },
      interactionRetrieval: {
        on: true,
        endpoint: "https://bridge.acme-helpdesk.example.com/talkdesk/interaction_update",
        interactionTypes: ["ticket", "chat", "call_note"],
      },
      agentSync: { on: true, endpoint: "https://bridge.acme-helpdesk.example.com/talkdesk/agent_sync" },
      authValidation: { on: true, endpoint: "https://bridge.acme-helpdesk.example.com/talkdesk/auth_validation" },
      actions: { on: true, actions: [{ file: ACTION, name: "create_ticket", rendered: "Then create a ticket" }] },
    });
  });

  it("shows a missing value as a marker and exits 1; --allow-missing makes it a warning", () => {
    const note = file(
      "missing.json",
      action([{ key: "who", name: "Who", mandatory: false, format: "{{contact.nickname}}!" }]),
    );
    const strict = runCli(["render", note]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(
      [
        "      Who  (who, one-line text box)",
        "        template    {{contact.nickname}}!",
        "        values      contact.nickname = no value",
        "        default     ⟨missing: contact.nickname⟩!",
      ].join("\n"),
    );
    // In the Problems block, as lint's stylish output lists them: lint's value-provider-field and render's own.
    expect(strict.stdout).toContain(
      [
        "    12:17  error    input `who` default: `{{contact.nickname}}` has no value",
        "                    (the contact collection has no field `nickname`); it is",
        "                    shown as ⟨missing: contact.nickname⟩  render/missing-value",
        "                    https://github.com/td-integration/td-integration/blob/main/docs/render-json.md#render-problems",
      ].join("\n"),
    );
    const lenient = runCli(["render", note, "--allow-missing"]);
    expect(lenient.stdout).toContain("    12:17  warning  input `who` default: `{{contact.nickname}}` has no value");
    // Lint's value-provider-field error stays: --allow-missing only lowers render's own problem.
    expect(lenient.code).toBe(1);
    const json = JSON.parse(runCli(["render", note, "--json"]).stdout);
    expect(json.files[0].messages.find((m: { ruleId: string }) => m.ruleId === "render/missing-value")).toEqual({
      ruleId: "render/missing-value",
      severity: 2,
      message:
        "input `who` default: `{{contact.nickname}}` has no value (the contact collection has no field `nickname`); it is shown as ⟨missing: contact.nickname⟩",
      line: 12,
      column: 17,
      endLine: 12,
      endColumn: 40,
      path: "/inputs/0/format",
      docsUrl: "https://github.com/td-integration/td-integration/blob/main/docs/render-json.md#render-problems",
    });
  });

  it("takes values from --contact and --set, and says where each came from", () => {
    const contact = file("contact.json", '{ "first_name": "Sam", "email": "sam@northwind.example.com" }\n');
    const result = runCli(["render", ACTION, "--contact", contact, "--set", "contact.last_name=O'Neil & Sons"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      [
        "        template    Call from {{contact.first_name}} {{contact.last_name}}",
        '        values      contact.first_name = "Sam"  (--contact file)',
        `                    contact.last_name  = "O'Neil & Sons"  (--set)`,
        "        default     Call from Sam O'Neil & Sons",
      ].join("\n"),
    );
    expect(result.stdout).toContain(
      '        values      contact.email = "sam@northwind.example.com"\n                    (--contact file)\n',
    );
  });

  it("checks an expanded URL", () => {
    const result = runCli(["render", INTEGRATION, "--set", "subdomain=acme corp"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      [
        '        values      subdomain = "acme corp"  (--set)',
        "        shows       https://acme corp.acme-helpdesk.example.com",
      ].join("\n"),
    );
    expect(result.stdout).toContain(
      [
        '    17:19  error    auth field `subdomain` format expands to "https://acme',
        '                    corp.acme-helpdesk.example.com", which is not a usable URL:',
        "                    its host `acme corp.acme-helpdesk.example.com` contains a",
        "                    space; fix the template or the value it uses",
        "                    render/invalid-url",
      ].join("\n"),
    );
  });

  it("reports phrasing that reads badly, with the combo-box truncation", () => {
    const bad = file(
      "phrasing.json",
      action([], { display: "Add A New Internal Note To The Ticket.", description: "then add a note" }),
    );
    const result = runCli(["render", bad, "--display-max-length", "20"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      [
        '    display      "Add A New Internal Note To The Ticket."',
        '                 → first letter lowered: "add A New Internal Note To The',
        '                 Ticket."',
        '                 → "Then" added: "Then add A New Internal Note To The Ticket."',
        '    combo-box    "Add A New Internal …"  (cut at 20 characters)',
      ].join("\n"),
    );
    // Whether it reads well is lint's to say: render lists lint's phrasing diagnostics.
    const lint = JSON.parse(runCli(["lint", bad, "--format", "json"]).stdout)[0].messages;
    const rendered = JSON.parse(runCli(["render", bad, "--json", "--display-max-length", "20"]).stdout).files[0];
    // Render's messages are lint's, without the fields only ESLint's result shape has.
    expect(rendered.messages).toEqual(
      lint.map(({ nodeType, messageId, ...message }: Record<string, unknown>) => message),
    );
    expect(lint.map((m: { ruleId: string }) => m.ruleId)).toContain("display-max-length");
  });

  it("exits 1 for an empty display, with lint's diagnostic", () => {
    const empty = file("empty-display.json", action([], { display: "" }));
    const result = runCli(["render", empty]);
    expect(result.code).toBe(1);
    const [lint] = JSON.parse(runCli(["lint", empty, "--format", "json"]).stdout)[0].messages;
    expect(result.stdout).toContain(`    ${lint.line}:${lint.column}  error    `);
    expect(result.stdout).toContain(lint.ruleId);
  });

  it("reports a syntax error as lint's json-syntax, with the preview a tolerant parse allows, exit 1", () => {
    file("broken.json", '{\n  "provider": "x",\n  "name": "y"\n  "display": "z"\n}\n');
    const result = runCli(["render", "broken.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("  action y, provider x\n");
    expect(result.stdout).toContain(
      [
        "  Problems",
        "    3:14  error    missing comma: add `,` here to separate the entries",
        "                   json-syntax",
      ].join("\n"),
    );
    expect(result.stdout).toContain("Rendered 1 file (1 action): 1 error, 0 warnings.\n");
  });

  it("renders an ad hoc template with --format", () => {
    const result = runCli([
      "render",
      "--format",
      "https://{{account}}.example.org/{{contact.email}}",
      "--set",
      "account=acme",
    ]);
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "template    https://{{account}}.example.org/{{contact.email}}",
        'values      account       = "acme"  (--set)',
        '            contact.email = "dana.whitfield@harborlight.example.com"',
        "            (built-in sample)",
        "result      https://acme.example.org/dana.whitfield@harborlight.example.com",
        "",
      ].join("\n"),
    });
    const json = JSON.parse(runCli(["render", "--format", "{{contact.email}}", "--json"]).stdout);
    expect(json).toEqual({
      version: 2,
      template: {
        template: "{{contact.email}}",
        result: "dana.whitfield@harborlight.example.com",
        complete: true,
        values: [{ name: "contact.email", value: "dana.whitfield@harborlight.example.com", source: "sample" }],
      },
      messages: [],
      summary: { errorCount: 0, warningCount: 0 },
    });
    expect(runCli(["render", "--format", "{{ticket.id}}"]).code).toBe(1);
  });

  it.each([
    [["--set", "account"], '--set expects NAME=VALUE, such as --set contact.email=a@b.co; got "account"'],
    [
      ["--set", "contact.mail=x"],
      '--set "contact.mail=x": the contact collection has no field "mail"; did you mean "email"?',
    ],
    [["--contact", "nope.json"], "--contact nope.json: no such file"],
    [
      ["--format", "x", "examples"],
      "--format renders one template and reads no files; drop examples or the --format option",
    ],
    [["no-such-dir"], "no such file or directory: no-such-dir"],
  ])("usage error %j exits 2 with one line", (args, message) => {
    const result = runCli(["render", ...args]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `td-integration: ${message}\n` });
  });

  it("rejects a bad --contact file with exit 2", () => {
    const notJson = file("bad-contact.json", '{ "email": "x", }\n');
    expect(runCli(["render", ACTION, "--contact", notJson]).stderr).toBe(
      `td-integration: --contact ${notJson}:1:15: invalid JSON: trailing comma; JSON does not allow a comma before a closing bracket, remove it\n`,
    );
    const unknown = file("unknown-contact.json", '{ "emial": "x" }\n');
    const result = runCli(["render", ACTION, "--contact", unknown]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^td-integration: --contact .*unknown-contact\.json: the contact collection has no field "emial"; /,
    );
    expect(result.stderr.split("\n")).toHaveLength(2);
  });
});

const EXPECTED = `examples/actions/acme_helpdesk_create_ticket.json
  action create_ticket, provider acme_helpdesk

  Phrasing
    display      "create a ticket"
                 → "Then" added: "Then create a ticket"
    combo-box    "create a ticket"
    description  "create a new ticket in Acme Helpdesk for the contact on the
                 call"
                 → "Then" added: "Then create a new ticket in Acme Helpdesk for
                 the contact on the call"

  Input form  (5 inputs; * mandatory)
    * Subject  (subject, one-line text box)
        template    Call from {{contact.first_name}} {{contact.last_name}}
        values      contact.first_name = "Dana"  (built-in sample)
                    contact.last_name  = "Whitfield"  (built-in sample)
        default     Call from Dana Whitfield
      Description  (description, multi-line text box)
    * Requester email  (requester_email, one-line text box)
        template    {{contact.email}}
        values      contact.email = "dana.whitfield@harborlight.example.com"
                    (built-in sample)
        default     dana.whitfield@harborlight.example.com
      Callback number  (callback_number, phone number)
        template    {{contact.phone}}
        values      contact.phone = "+1 415 555 0142"  (built-in sample)
        default     +1 415 555 0142
    * Priority  (priority, dropdown)
        options     low | normal | high | urgent

examples/integrations/acme_helpdesk.json
  integration acme_helpdesk

  Acme Helpdesk
    Bring every Acme Helpdesk ticket, chat and call note next to the caller in
    Talkdesk, and open tickets straight from a live call.

  Sign-in form  (custom fields; * mandatory)
    * Helpdesk subdomain  (subdomain, text box)
        help        The first part of your helpdesk address, e.g. support for
                    support.acme-helpdesk.example.com
        template    https://{{subdomain}}.acme-helpdesk.example.com
        values      subdomain = "acme"  (built-in sample)
        shows       https://acme.acme-helpdesk.example.com
    * Agent email  (email, text box)
        help        The email of the Acme Helpdesk admin that owns the API token
    * API token  (api_token, masked text box)
        help        Under Admin > Channels > API, create a token named Talkdesk

  Other auth fields  (not on the form)
      Agent ID  (agent_id, filled in by the auth validation response)

  Features
    on   contact sync
    on   interaction retrieval   types: ticket, chat, call_note
    on   agent sync (CTI)
    on   auth validation
    on   actions                 create_ticket: Then create a ticket

Rendered 2 files (1 integration, 1 action): no problems.
`;
