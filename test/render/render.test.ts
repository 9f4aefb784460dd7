import { readFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";
import stringWidth from "fast-string-width";
import { describe, expect, it } from "vitest";
import { formatRenderJson, formatRenderText, renderSource, renderSources } from "../../src/render/index.js";
import { isSecretName } from "../../src/render/integration.js";

const ESC = "\u001b[";

const integration = (overrides: Record<string, unknown> = {}) =>
  `${JSON.stringify(
    {
      name: "mycrm",
      display_name: "My CRM",
      description: "Everything from one place.",
      logo_url: "https://x.example.com/l.png",
      icon_url: "https://x.example.com/i.png",
      authentication_type: "custom",
      authentication_configuration: [
        {
          field_name: "account",
          display: "Account",
          mandatory: true,
          type: "input",
          store: true,
          help: "under Settings > Account",
          format: "https://{{account}}.example.org",
        },
        { field_name: "token", display: "API Token", mandatory: true, type: "input", store: true },
      ],
      contact_synchronization_endpoint: "https://mycrm.example.org/contact_sync",
      interaction_retrieval_endpoint: "",
      ...overrides,
    },
    null,
    2,
  )}\n`;

describe("renderSource", () => {
  it("previews an integration: auth form, masks, features", () => {
    const result = renderSource("mycrm.json", integration());
    expect(result.kind).toBe("integration");
    if (result.kind !== "integration") return;
    const [account, token] = result.integration.authFields;
    expect(account).toMatchObject({
      name: "account",
      display: "Account",
      mandatory: true,
      masked: false,
      filledBy: "user",
    });
    expect(account?.format?.result).toBe("https://acme.example.org");
    expect(token).toMatchObject({ name: "token", masked: true, filledBy: "user" });
    expect(result.integration.features.contactSync).toEqual({
      on: true,
      endpoint: "https://mycrm.example.org/contact_sync",
    });
    expect(result.integration.features.interactionRetrieval.on).toBe(false);
    expect(result.diagnostics).toEqual([]);
  });

  it("checks the expanded auth format URL and points at it", () => {
    const result = renderSource("mycrm.json", integration(), { set: { account: "acme corp" } });
    expect(result.diagnostics).toEqual([
      {
        file: "mycrm.json",
        ruleId: "render/invalid-url",
        severity: "error",
        message:
          'auth field `account` format expands to "https://acme corp.example.org", which is not a usable URL: its host `acme corp.example.org` contains a space; fix the template or the value it uses',
        pointer: "/authentication_configuration/0/format",
        line: 16,
        column: 17,
        endLine: 16,
        endColumn: 50,
        docsUrl: "https://github.com/td-integration/td-integration/blob/main/docs/render-json.md#render-problems",
      },
    ]);
  });

  it("reports a format naming a field that does not exist, as a warning with allowMissing", () => {
    const text = integration({
      authentication_configuration: [
        {
          account: {
            display: "Account",
            mandatory: true,
            type: "input",
            store: true,
            format: "https://{{acount}}.x.org",
          },
        },
      ],
    });
    const strict = renderSource("i.json", text);
    expect(strict.diagnostics.map((d) => `${d.severity} ${d.ruleId} ${d.pointer} ${d.line}:${d.column}`)).toEqual([
      "error render/missing-value /authentication_configuration/0/account/format 15:19",
    ]);
    const lenient = renderSource("i.json", text, { allowMissing: true });
    expect(lenient.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
  });

  // Whether the text is JSON, and a manifest, is lint's to say (json-syntax, document-type): render
  // previews what a tolerant parse reads and reports nothing of its own.
  it("previews text that does not parse as far as a tolerant parse reads it", () => {
    const result = renderSource("bad.json", '{\n  "provider": "x"\n  "name": "y",\n  "display": "do it"\n}\n');
    expect(result.kind).toBe("action");
    if (result.kind !== "action") return;
    expect(result.action).toMatchObject({ provider: "x", name: "y", display: { rendered: "Then do it" } });
    expect(result.diagnostics).toEqual([]);
  });

  it.each(["", "[1]", "[{]"])("%j has no preview", (text) => {
    expect(renderSource("x.json", text)).toEqual({ file: "x.json", kind: "invalid", diagnostics: [] });
  });

  it("skips JSON that is not a manifest", () => {
    expect(renderSource("package.json", '{"name": "x", "version": "1.0.0"}')).toEqual({
      file: "package.json",
      kind: "skipped",
      diagnostics: [],
    });
  });

  it("an integration whose authentication_type is none, in any case, has no sign-in form", () => {
    for (const type of ["none", "NONE"]) {
      const result = renderSource("mycrm.json", integration({ authentication_type: type }));
      if (result.kind !== "integration") throw new Error(result.kind);
      expect(result.integration).toMatchObject({ authenticationType: type, signInForm: false, authFields: [] });
      expect(formatRenderText([result], { color: false })).toContain(
        "Sign-in form  (no sign-in form: authentication_type is none)",
      );
    }
  });

  it("previews an action's input form", () => {
    const result = renderSource(
      "a.json",
      JSON.stringify({
        provider: "mycrm",
        name: "create_ticket",
        display: "create a ticket",
        description: "create a new ticket in My CRM",
        endpoint: "https://mycrm.example.org/a",
        inputs: [
          { key: "subject", name: "Subject", mandatory: true, format: "Call from {{contact.first_name}}" },
          { key: "count", name: "Count", type: "number", format: 3 },
          { key: "priority", name: "Priority", type: "SELECT", format: "low, normal,high" },
          { key: "profile", name: "Profile", type: "URL", format: "{{contact.linkedin}}" },
          { key: "when", name: "When", type: "Datetime" },
        ],
      }),
    );
    if (result.kind !== "action") throw new Error(result.kind);
    expect(
      result.action.inputs.map((i) => [i.key, i.mandatory, i.widget, i.widgetLabel, i.options ?? i.default?.result]),
    ).toEqual([
      ["subject", true, "text", "one-line text box", "Call from Dana"],
      ["count", false, "number", "number", "3"],
      ["priority", false, "select", "dropdown", ["low", "normal", "high"]],
      ["profile", false, "url", "URL", "https://www.linkedin.com/in/dana-whitfield"],
      ["when", false, "datetime", "date/time", undefined],
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe("isSecretName", () => {
  it.each([
    ["token", true],
    ["api_token", true],
    ["API Token", true],
    ["client_secret", true],
    ["password", true],
    ["apiKey", true],
    ["access_token_url", false],
    ["client_id", false],
    ["username", false],
    ["account", false],
  ])("%s -> %s", (name, secret) => {
    expect(isSecretName(name)).toBe(secret);
  });
});

describe("formatRenderText", () => {
  const files = [
    "examples/integrations/acme_helpdesk.json",
    "examples/integrations/fieldpro_service.json",
    "examples/actions/acme_helpdesk_create_ticket.json",
    "examples/actions/ledgerly_billing_send_payment_reminder.json",
  ];
  const results = renderSources(
    files.map((file) => ({ file, text: readFileSync(file, "utf8") })),
    { set: { "contact.company": "A Very Long Company Name Incorporated Of Greater Springfield And Beyond" } },
  );

  it.each([40, 60, 80, 100])("keeps every line within %i columns", (width) => {
    const text = formatRenderText(results, { color: false, width });
    for (const line of text.split("\n")) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  });

  it("colours only when asked", () => {
    expect(formatRenderText(results, { color: false })).not.toContain(ESC);
    const coloured = formatRenderText(results, { color: true });
    expect(coloured).toContain(ESC);
    expect(stripVTControlCharacters(coloured)).toBe(formatRenderText(results, { color: false }));
  });

  it("links actions to their integration", () => {
    const json = JSON.parse(formatRenderJson(results));
    expect(json.files[0].integration.features.actions).toEqual({
      on: true,
      actions: [
        {
          file: "examples/actions/acme_helpdesk_create_ticket.json",
          name: "create_ticket",
          rendered: "Then create a ticket",
        },
      ],
    });
    expect(json.files[1].integration.features.actions).toEqual({ on: false, actions: [] });
  });
});
