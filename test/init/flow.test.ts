import { cpSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintDir, runScripted, type Step, tempDir } from "./support.js";

const EXAMPLES = path.resolve(import.meta.dirname, "../../examples");

function integrationSteps(auth: string, authSteps: Step[]): Step[] {
  return [
    { ask: /What do you want to create/, answer: "integration" },
    { ask: /Authentication type/, answer: auth },
    { ask: /System name/, answer: "acme" },
    { ask: /Display name/, answer: "" },
    { ask: /Description/, answer: "Acme tickets next to the caller" },
    { ask: /Logo URL/, answer: "https://cdn.acme.example.com/logo.png" },
    { ask: /Icon URL/, answer: "https://cdn.acme.example.com/icon.png" },
    { ask: /Base URL of your bridge/, answer: "https://bridge.acme.example.com/talkdesk/" },
    ...authSteps,
    { ask: /Features/, answer: ["contact_sync", "interaction_retrieval", "agent_sync"] },
    { ask: /Contact synchronization endpoint/, answer: "" },
    { ask: /Interaction retrieval endpoint/, answer: "" },
    { ask: /Agent synchronization endpoint/, answer: "" },
    { ask: /Interaction types/, answer: "ticket, case" },
  ];
}

const BASE = {
  name: "acme",
  display_name: "Acme",
  description: "Acme tickets next to the caller",
  logo_url: "https://cdn.acme.example.com/logo.png",
  icon_url: "https://cdn.acme.example.com/icon.png",
};
const ENDPOINTS = {
  contact_synchronization_endpoint: "https://bridge.acme.example.com/talkdesk/contact_sync",
  interaction_retrieval_endpoint: "https://bridge.acme.example.com/talkdesk/interaction_update",
  agent_synchronization_endpoint: "https://bridge.acme.example.com/talkdesk/agent_sync",
  interaction_types: ["ticket", "case"],
};
const AUTH_VALIDATION = { auth_validation_endpoint: "https://bridge.acme.example.com/talkdesk/auth_validation" };
const extraField = (prefix: RegExp): Step[] => [
  { ask: prefix, answer: true },
  { ask: /field name/, answer: "region" },
  { ask: /display name/, answer: "" },
  { ask: /type/, answer: "input" },
  { ask: /mandatory/, answer: false },
  { ask: /store/, answer: true },
  { ask: /help text/, answer: "eu or us" },
  { ask: /format template/, answer: "https://{{regio}}.acme.example.com", rejects: /regio/ },
  { ask: /format template/, answer: "https://{{region}}.acme.example.com" },
  { ask: /Add another extra auth field/, answer: false },
];
const REGION = {
  field_name: "region",
  display: "Region",
  mandatory: false,
  type: "input",
  store: true,
  help: "eu or us",
  format: "https://{{region}}.acme.example.com",
};
const oauth = (name: string, display: string, type = "oauth", store = true, help?: string) => ({
  field_name: name,
  display,
  mandatory: true,
  type,
  store,
  ...(help ? { help } : {}),
});
const SITE = oauth("site", "Site", "oauth", true, "Base URL of the OAuth 2.0 authority");
const ID = oauth("client_id", "Client ID");
const SECRET = oauth("client_secret", "Client secret");
const TOKEN = oauth("access_token_url", "Access token URL");

describe("init prompts, one run per authentication type", () => {
  it("none: no auth fields, no auth validation endpoint", async () => {
    const dir = tempDir();
    const run = await runScripted(dir, integrationSteps("none", []));
    expect(run.code).toBe(0);
    expect(run.files).toEqual({ "acme.json": { ...BASE, authentication_type: "none", ...ENDPOINTS } });
    expect(lintDir(dir)).toEqual([]);
    expect(run.stdout).toContain("created  acme.json");
    expect(run.stdout).toContain("lint: no problems in the new file.");
    expect(run.stdout).toContain("Next steps:");
  });

  it("custom: fields added one by one, each validated inline", async () => {
    const dir = tempDir();
    const run = await runScripted(
      dir,
      integrationSteps("custom", [
        { ask: /Auth validation endpoint/, answer: "" },
        { ask: /Auth field 1 · field name/, answer: "account" },
        { ask: /Auth field 1 · display name/, answer: "" },
        { ask: /type/, answer: "input" },
        { ask: /mandatory/, answer: true },
        { ask: /store/, answer: true },
        { ask: /help text/, answer: "under Settings > Account" },
        { ask: /format template/, answer: "https://{{account}}.example.org" },
        { ask: /Add another auth field/, answer: true },
        { ask: /Auth field 2 · field name/, answer: "account", rejects: /account/ },
        { ask: /Auth field 2 · field name/, answer: "token" },
        { ask: /display name/, answer: "API token" },
        { ask: /type/, answer: "input" },
        { ask: /mandatory/, answer: true },
        { ask: /store/, answer: true },
        { ask: /help text/, answer: "" },
        { ask: /format template/, answer: "" },
        { ask: /Add another auth field/, answer: false },
      ]),
    );
    expect(run.code).toBe(0);
    expect(run.files).toEqual({
      "acme.json": {
        ...BASE,
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
          { field_name: "token", display: "API token", mandatory: true, type: "input", store: true },
        ],
        ...AUTH_VALIDATION,
        ...ENDPOINTS,
      },
    });
    expect(lintDir(dir)).toEqual([]);
  });

  it("oauth2: the five mandatory OAuth fields and code are already there", async () => {
    const dir = tempDir();
    const run = await runScripted(
      dir,
      integrationSteps("oauth2", [
        { ask: /Auth validation endpoint/, answer: "" },
        { ask: /Add an extra auth field/, answer: false },
      ]),
    );
    expect(run.code).toBe(0);
    expect(run.files["acme.json"]).toEqual({
      ...BASE,
      authentication_type: "oauth2",
      authentication_configuration: [
        SITE,
        ID,
        SECRET,
        oauth("authorization_url", "Authorization URL"),
        TOKEN,
        oauth(
          "code",
          "Authorization code",
          "oauth",
          false,
          "Retrieved by Talkdesk during the authorization; not stored",
        ),
      ],
      ...AUTH_VALIDATION,
      ...ENDPOINTS,
    });
    expect(lintDir(dir)).toEqual([]);
  });

  it("oauth2_password: username and password, plus an extra field", async () => {
    const dir = tempDir();
    const run = await runScripted(
      dir,
      integrationSteps("oauth2_password", [
        { ask: /Auth validation endpoint/, answer: "" },
        ...extraField(/Add an extra auth field/),
      ]),
    );
    expect(run.code).toBe(0);
    expect(run.files["acme.json"]).toEqual({
      ...BASE,
      authentication_type: "oauth2_password",
      authentication_configuration: [
        SITE,
        ID,
        SECRET,
        oauth("username", "Username", "input"),
        oauth("password", "Password", "input", false),
        TOKEN,
        REGION,
      ],
      ...AUTH_VALIDATION,
      ...ENDPOINTS,
    });
    expect(lintDir(dir)).toEqual([]);
  });

  it("oauth2_client_credentials: site, client id and secret, token URL", async () => {
    const dir = tempDir();
    const run = await runScripted(
      dir,
      integrationSteps("oauth2_client_credentials", [
        { ask: /Auth validation endpoint/, answer: "http://bridge.acme.example.com/v", rejects: /https/ },
        { ask: /Auth validation endpoint/, answer: "https://bridge.acme.example.com/validate" },
        { ask: /Add an extra auth field/, answer: false },
      ]),
    );
    expect(run.code).toBe(0);
    expect(run.files["acme.json"]).toEqual({
      ...BASE,
      authentication_type: "oauth2_client_credentials",
      authentication_configuration: [SITE, ID, SECRET, TOKEN],
      auth_validation_endpoint: "https://bridge.acme.example.com/validate",
      ...ENDPOINTS,
    });
    expect(lintDir(dir)).toEqual([]);
  });
});

describe("init prompts: lint's warnings show under the prompt and do not block", () => {
  it("an http:// logo URL is taken, with its warning shown under the prompt", async () => {
    const dir = tempDir();
    const steps = integrationSteps("none", []);
    const logo = steps.findIndex((s) => String(s.ask) === String(/Logo URL/));
    steps[logo] = {
      ask: /Logo URL/,
      answer: "http://cdn.acme.example.com/logo.png",
      warns: /uses http:\/\/.*image-url-https/,
    };
    const run = await runScripted(dir, steps);
    expect(run.code).toBe(0);
    expect(run.files["acme.json"]).toMatchObject({ logo_url: "http://cdn.acme.example.com/logo.png" });
    expect(run.stdout).toMatch(
      /lint: 1 warning in the new file .*\n {2}acme\.json:5:15 {2}warning {2}.*image-url-https/,
    );
    expect(lintDir(dir)).toEqual([expect.stringMatching(/^acme\.json:5:15 image-url-https /)]);
  });
});

describe("init prompts for actions", () => {
  it("an action with several inputs, offered the project's integrations as providers", async () => {
    const dir = tempDir();
    cpSync(path.join(EXAMPLES, "integrations/acme_helpdesk.json"), path.join(dir, "acme_helpdesk.json"));
    const run = await runScripted(dir, [
      { ask: /What do you want to create/, answer: "action" },
      { ask: /Start the action from/, answer: "action-generic" },
      { ask: /Provider/, answer: "acme_helpdesk" },
      { ask: /Action name/, answer: "log_call" },
      { ask: /Display/, answer: "" },
      { ask: /Description/, answer: "log the call in Acme Helpdesk" },
      { ask: /Endpoint/, answer: "https://bridge.acme-helpdesk.example.com/talkdesk/actions/log_call" },
      { ask: /Add an input/, answer: true },
      { ask: /Input 1 · key/, answer: "subject" },
      { ask: /Input 1 · name/, answer: "" },
      { ask: /Input 1 · type/, answer: "Text" },
      { ask: /Input 1 · mandatory/, answer: true },
      { ask: /Input 1 · default value/, answer: "type a value" },
      { ask: /Input 1 · default value/, answer: "Call from {{contact.frist_name}}", rejects: /first_name/ },
      { ask: /Input 1 · default value/, answer: "Call from {{contact.first_name}}" },
      { ask: /Add another input/, answer: true },
      { ask: /Input 2 · key/, answer: "email" },
      { ask: /Input 2 · name/, answer: "Caller email" },
      { ask: /Input 2 · type/, answer: "Text" },
      { ask: /Input 2 · mandatory/, answer: false },
      { ask: /Input 2 · default value/, answer: "{{contact.email}}" },
      { ask: /Add another input/, answer: true },
      { ask: /Input 3 · key/, answer: "minutes" },
      { ask: /Input 3 · name/, answer: "" },
      { ask: /Input 3 · type/, answer: "Number" },
      { ask: /Input 3 · mandatory/, answer: false },
      { ask: /Input 3 · default value/, answer: "type a value" },
      { ask: /Input 3 · default value/, answer: "ten", rejects: /integer|number/i },
      { ask: /Input 3 · default value/, answer: "10" },
      { ask: /Add another input/, answer: true },
      { ask: /Input 4 · key/, answer: "outcome" },
      { ask: /Input 4 · name/, answer: "" },
      { ask: /Input 4 · type/, answer: "Select" },
      { ask: /Input 4 · mandatory/, answer: true },
      { ask: /Input 4 · options/, answer: "resolved,,follow-up", rejects: /empty/ },
      { ask: /Input 4 · options/, answer: "resolved,follow-up" },
      { ask: /Add another input/, answer: true },
      { ask: /Input 5 · key/, answer: "notes" },
      { ask: /Input 5 · name/, answer: "" },
      { ask: /Input 5 · type/, answer: "Textarea" },
      { ask: /Input 5 · mandatory/, answer: false },
      { ask: /Input 5 · default value/, answer: "no default" },
      { ask: /Add another input/, answer: false },
    ]);
    expect(run.code).toBe(0);
    expect(run.files["acme_helpdesk_log_call.json"]).toEqual({
      provider: "acme_helpdesk",
      name: "log_call",
      display: "log call",
      description: "log the call in Acme Helpdesk",
      endpoint: "https://bridge.acme-helpdesk.example.com/talkdesk/actions/log_call",
      inputs: [
        { key: "subject", name: "Subject", mandatory: true, type: "Text", format: "Call from {{contact.first_name}}" },
        { key: "email", name: "Caller email", mandatory: false, type: "Text", format: "{{contact.email}}" },
        { key: "minutes", name: "Minutes", mandatory: false, type: "Number", format: "10" },
        { key: "outcome", name: "Outcome", mandatory: true, type: "Select", format: "resolved,follow-up" },
        { key: "notes", name: "Notes", mandatory: false, type: "Textarea" },
      ],
    });
    expect(lintDir(dir)).toEqual([]);
    expect(run.stdout).toContain("created  acme_helpdesk_log_call.json");
  });

  it("both: the action's provider defaults to the new integration and its endpoint to the bridge", async () => {
    const dir = tempDir();
    const steps = integrationSteps("none", []);
    steps[0] = { ask: /What do you want to create/, answer: "both" };
    steps.splice(2, 0, { ask: /Start the action from/, answer: "action-create-ticket" });
    const run = await runScripted(dir, [
      ...steps,
      { ask: /Provider/, answer: "acme" },
      { ask: /Action name/, answer: "" },
      { ask: /Display/, answer: "" },
      { ask: /Description/, answer: "" },
      { ask: /Endpoint/, answer: "" },
      { ask: /Add an extra input/, answer: false },
    ]);
    expect(run.code).toBe(0);
    expect(Object.keys(run.files)).toEqual(["acme.json", "acme_create_ticket.json"]);
    expect(run.files["acme_create_ticket.json"]).toMatchObject({
      provider: "acme",
      name: "create_ticket",
      display: "create a ticket",
      description: "create a new ticket for the contact on the call",
      endpoint: "https://bridge.acme.example.com/talkdesk/actions/create_ticket",
    });
    expect((run.files["acme_create_ticket.json"] as { inputs: unknown[] }).inputs).toHaveLength(5);
    expect(lintDir(dir)).toEqual([]);
  });
});
