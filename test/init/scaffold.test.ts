import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { ANSWER_FLAGS } from "../../src/cli/commands/init.js";
import { inquirerAsker } from "../../src/cli/prompts.js";
import { AUTHENTICATION_TYPES } from "../../src/manifest/vocabulary.js";
import {
  AnswerError,
  builtinTemplatesDir,
  coerceAnswer,
  describeMissing,
  flagName,
  listTemplates,
  metaQuestions,
  renderTemplates,
  resolveQuestions,
} from "../../src/scaffold/index.js";

const templates = listTemplates(builtinTemplatesDir());
const byId = (id: string) => {
  const t = templates.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};

describe("built-in templates", () => {
  it("has one integration template per authentication type and two action templates", () => {
    expect(templates.map((t) => t.id)).toEqual([
      "action-create-ticket",
      "action-generic",
      "integration-custom",
      "integration-none",
      "integration-oauth2",
      "integration-oauth2-client-credentials",
      "integration-oauth2-password",
    ]);
    for (const type of AUTHENTICATION_TYPES) {
      expect(templates.find((t) => t.authenticationType === type)?.kind).toBe("integration");
    }
  });

  it("gives every question of every template (and the choosing questions) a command-line flag", () => {
    const flags = new Map(ANSWER_FLAGS.map((f) => [f.id, f.flag]));
    for (const q of [...metaQuestions(templates, []), ...templates.flatMap((t) => t.questions)]) {
      expect(flags.get(q.id), `question ${q.id}`).toBe(flagName(q));
    }
  });
});

describe("renderTemplates", () => {
  it("leaves out keys whose answers are absent and records where each answer went", () => {
    const result = renderTemplates([byId("integration-custom")], {
      name: "acme",
      auth_fields: [{ field_name: "token", display: "Token", type: "input", mandatory: true, store: false }],
      contact_synchronization_endpoint: "https://b.example.com/c",
    });
    expect(result.files.map((f) => f.path)).toEqual(["acme.json"]);
    expect(result.files[0]?.value).toEqual({
      name: "acme",
      authentication_type: "custom",
      authentication_configuration: [
        { field_name: "token", display: "Token", mandatory: true, type: "input", store: false },
      ],
      contact_synchronization_endpoint: "https://b.example.com/c",
    });
    expect(result.origins.get("name")).toEqual([{ file: "acme.json" }, { file: "acme.json", path: ["name"] }]);
    expect(result.origins.get("auth_fields/0/store")).toEqual([
      { file: "acme.json", path: ["authentication_configuration", 0, "store"] },
    ]);
  });
});

describe("answers from flags and files", () => {
  const authType = metaQuestions(templates, []).find((q) => q.id === "authentication_type");
  it("rejects a value outside the choices, suggesting the right one", () => {
    expect(() => coerceAnswer(authType as never, "OAuth2", "--auth-type")).toThrow(
      "--auth-type (Authentication type): `OAuth2` is not one of none, custom, oauth2, oauth2_password, oauth2_client_credentials; did you mean `oauth2`?",
    );
  });

  it("reads a group item from JSON and fills its defaults", () => {
    const group = byId("action-generic").questions.find((q) => q.id === "inputs");
    expect(coerceAnswer(group as never, ['{"key":"email","format":"{{contact.email}}"}'], "--input")).toEqual([
      { key: "email", name: "Email", type: "Text", mandatory: false, format: "{{contact.email}}" },
    ]);
    expect(() => coerceAnswer(group as never, ['{"kye":"x"}'], "--input")).toThrow(AnswerError);
  });

  it("lists a missing answer as a flag to paste, with its allowed values", () => {
    expect(describeMissing(authType as never, {}, "--yes")).toEqual({
      id: "authentication_type",
      flag: "auth-type",
      example: "none",
      about:
        'Authentication type (one of: none, custom, oauth2, oauth2_password, oauth2_client_credentials; --yes takes "none")',
    });
  });

  it("reports missing answers instead of asking when there is no prompt", async () => {
    const result = await resolveQuestions(byId("integration-none").questions, { given: { name: "acme" }, yes: true });
    expect(result.missing.map((q) => q.id)).toEqual(["description", "logo_url", "icon_url", "bridge_url"]);
  });
});

describe("inquirer prompts", () => {
  it("shows the validation message inline and keeps the prompt open", async () => {
    // The real inquirer input behind inquirerAsker, in @inquirer/testing's virtual terminal.
    const prompt = (config: Parameters<ReturnType<typeof inquirerAsker>["input"]>[0], context?: object) =>
      inquirerAsker(context).input(config);
    const validate = (value: string) => (value.startsWith("https://") ? true : `\`${value}\` must use https://`);
    const { answer, events, getScreen } = await render(prompt, { message: "Logo URL:", validate });
    events.type("http://x");
    events.keypress("enter");
    await new Promise((resolve) => setImmediate(resolve));
    expect(getScreen()).toContain("`http://x` must use https://");
    for (let i = 0; i < 8; i++) events.keypress("backspace");
    events.type("https://x");
    events.keypress("enter");
    await expect(answer).resolves.toBe("https://x");
  });
});
