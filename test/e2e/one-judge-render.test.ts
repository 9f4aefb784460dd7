import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

// `render` shows lint's diagnostics for the files it renders (one judge of the format). These run the
// built bin (npm run build first) and compare with `lint` at run time: wording may change, rule ids
// and positions do not.

interface Message {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
}

let dir: string;

function write(name: string, value: unknown): string {
  writeFileSync(path.join(dir, name), typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`);
  return name;
}

const INTEGRATION = {
  name: "acme_helpdesk",
  display_name: "Acme Helpdesk",
  description: "Acme Helpdesk tickets next to the caller",
  logo_url: "https://cdn.acme.example.com/logo.png",
  icon_url: "https://cdn.acme.example.com/icon.png",
  authentication_type: "custom",
  auth_validation_endpoint: "https://bridge.acme.example.com/auth_validation",
  authentication_configuration: [
    { field_name: "api_token", display: "API token", mandatory: true, type: "input", store: true },
  ],
};

const action = (inputs: unknown[]) => ({
  provider: "acme_helpdesk",
  name: "add_note",
  display: "add a note",
  description: "add a note to the ticket",
  endpoint: "https://bridge.acme.example.com/actions/add_note",
  inputs,
});

function lintMessages(file: string): Message[] {
  const result = runCli(["lint", file, "--format", "json"], { cwd: dir });
  const [entry] = JSON.parse(result.stdout) as { messages: Message[] }[];
  return entry?.messages ?? [];
}

function renderJson(args: string[]): { code: number; files: { file: string; messages: Message[] }[] } {
  const result = runCli(["render", ...args, "--json"], { cwd: dir });
  return { code: result.code, files: JSON.parse(result.stdout).files };
}

/** Rule id, position and message: what must be the same in both. */
const shape = (m: Message) => ({ ruleId: m.ruleId, line: m.line, column: m.column, message: m.message });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "td-one-judge-"));
  write("acme_helpdesk.json", INTEGRATION);
});

describe("render shows lint's diagnostics", () => {
  it("a Number default 12.5: lint's input-number-format with its line:column, exit 1", () => {
    const file = write(
      "number.json",
      action([{ key: "count", name: "Count", mandatory: false, type: "Number", format: 12.5 }]),
    );
    const expected = lintMessages(file).find((m) => m.ruleId === "input-number-format");
    expect(expected).toBeDefined();
    const text = runCli(["render", file, "acme_helpdesk.json"], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("  Problems\n");
    expect(text.stdout).toMatch(new RegExp(`\\n    ${expected?.line}:${expected?.column} +error +`));
    expect(text.stdout).toContain("input-number-format");
    expect(text.stdout).toContain("docs/rules/input-number-format.md");
    const json = renderJson([file]);
    expect(json.code).toBe(1);
    expect(json.files[0]?.messages.map(shape)).toContainEqual(shape(expected as Message));
  });

  it("a Datetime default `31/12/2026 17:00`: lint's input-datetime-format, exit 1", () => {
    const file = write(
      "datetime.json",
      action([{ key: "due", name: "Due", mandatory: false, type: "Datetime", format: "31/12/2026 17:00" }]),
    );
    const expected = lintMessages(file).find((m) => m.ruleId === "input-datetime-format");
    expect(expected).toBeDefined();
    const text = runCli(["render", file, "acme_helpdesk.json"], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`\\n    ${expected?.line}:${expected?.column} +error +`));
    expect(text.stdout).toContain("input-datetime-format");
    expect(renderJson([file]).files[0]?.messages.map(shape)).toContainEqual(shape(expected as Message));
  });

  it("a legacy key is pointed at the key, where lint points; a warning alone exits 0", () => {
    const file = write("legacy.json", {
      ...INTEGRATION,
      contact_synchronization_url: "https://bridge.acme.example.com/sync",
    });
    const expected = lintMessages(file).filter((m) => m.ruleId === "legacy-key");
    expect(expected).toHaveLength(1);
    // The key `"contact_synchronization_url"` starts at column 3 of its line.
    expect(expected[0]?.column).toBe(3);
    const json = renderJson([file]);
    expect(json.code).toBe(0);
    const legacy = json.files[0]?.messages.filter((m) => m.ruleId.endsWith("legacy-key")) ?? [];
    expect(legacy.map(shape)).toEqual(expected.map(shape));
    const text = runCli(["render", file], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`\\n    ${expected[0]?.line}:3 +warning +`));
  });

  it("authentication_type none (any case) draws no sign-in form; OAuth fields still say who fills them", () => {
    for (const type of ["none", "None"]) {
      const file = write(`none-${type}.json`, { ...INTEGRATION, authentication_type: type });
      const text = runCli(["render", file], { cwd: dir });
      expect(text.stdout).toContain("no sign-in form: authentication_type is none");
      expect(text.stdout).not.toContain("API token");
      const integration = JSON.parse(runCli(["render", file, "--json"], { cwd: dir }).stdout).files[0].integration;
      expect(integration.signInForm).toBe(false);
      expect(integration.authFields).toEqual([]);
    }
    const oauth = write("oauth.json", {
      ...INTEGRATION,
      authentication_type: "OAuth2_client_credentials",
      authentication_configuration: [
        { field_name: "client_id", display: "Client ID", mandatory: true, type: "input", store: true },
        { field_name: "access_token", display: "Access token", mandatory: true, type: "oauth", store: true },
      ],
    });
    const text = runCli(["render", oauth], { cwd: dir });
    expect(text.stdout).toContain("(OAuth 2.0, client credentials; * mandatory)");
    expect(text.stdout).toContain("Access token  (access_token, filled in by the OAuth 2.0 provider)");
  });

  it("a file that does not parse: lint's json-syntax diagnostic and the preview a tolerant parse allows", () => {
    const file = write(
      "broken.json",
      '{\n  "provider": "acme_helpdesk",\n  "name": "add_note"\n  "display": "add a note"\n}\n',
    );
    const expected = lintMessages(file);
    expect(expected.map((m) => m.ruleId)).toEqual(["json-syntax"]);
    const text = runCli(["render", file], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("action add_note, provider acme_helpdesk");
    expect(text.stdout).toMatch(new RegExp(`\\n    ${expected[0]?.line}:${expected[0]?.column} +error +`));
    expect(renderJson([file]).files[0]?.messages.map(shape)).toEqual(expected.map(shape));
  });

  it("render's diagnostics are lint's for the same files, plus only render/ ones", () => {
    write(
      "mixed.json",
      action([
        { key: "who", name: "Who", format: "{{contact.nickname}}" },
        { key: "count", name: "Count", mandatory: "yes", type: "number", format: "1.5" },
        { key: "site", name: "Site", mandatory: false, type: "URL", format: "https://{{contact.company}}.example.com" },
      ]),
    );
    write("shouting.json", { ...action([]), name: "shout", display: "Add A Note.", description: "then add" });
    write("package.json", { name: "not-a-manifest", version: "1.0.0" });
    const lint = JSON.parse(runCli(["lint", ".", "--format", "json"], { cwd: dir }).stdout) as {
      filePath: string;
      messages: Message[];
    }[];
    const json = renderJson(["."]);
    const rendered = new Map(json.files.map((f) => [path.resolve(dir, f.file), f.messages]));
    expect(lint.length).toBeGreaterThan(5);
    for (const entry of lint) {
      const messages = rendered.get(entry.filePath) ?? [];
      expect(messages.filter((m) => !m.ruleId.startsWith("render/")).map(shape), entry.filePath).toEqual(
        entry.messages.map(shape),
      );
    }
    const mixed = rendered.get(path.join(dir, "mixed.json")) ?? [];
    expect(mixed.filter((m) => m.ruleId.startsWith("render/")).map((m) => m.ruleId)).toEqual([
      "render/missing-value",
      "render/invalid-url",
    ]);
    expect(json.code).toBe(1);
  });
});
