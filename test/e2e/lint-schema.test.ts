import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { jsonSchemaFor, jsonSchemaText, SCHEMA_KINDS } from "../../src/schema/json-schema.js";
import { ROOT, runCli } from "../support/cli.js";
import { integration, Project } from "./lint-project.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, ajv.compile(jsonSchemaFor(kind))]));

describe("td-integration schema", () => {
  for (const kind of SCHEMA_KINDS) {
    it(`prints the ${kind} schema, equal to the shipped schemas/${kind}.schema.json`, () => {
      const shipped = readFileSync(`${ROOT}/schemas/${kind}.schema.json`, "utf8");
      expect(shipped).toBe(jsonSchemaText(kind));
      expect(runCli(["schema", kind])).toEqual({ code: 0, stdout: shipped, stderr: "" });
    });
  }

  it("rejects an unknown kind", () => {
    const result = runCli(["schema", "widget"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("expected integration or action.");
  });

  it("is draft 2020-12 with enums, both auth shapes and case-insensitive input types", () => {
    const schema = jsonSchemaFor("integration") as { $schema: string; properties: Record<string, { enum?: string[] }> };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.authentication_type?.enum).toEqual([
      "none",
      "custom",
      "oauth2",
      "oauth2_password",
      "oauth2_client_credentials",
    ]);
    const validate = validators.integration as (v: unknown) => boolean;
    const base = JSON.parse(integration("acme").replace('"none"', '"custom"'));
    const field = { display: "Account", mandatory: true, type: "input", store: true };
    expect(validate({ ...base, authentication_configuration: [{ field_name: "account", ...field }] })).toBe(true);
    expect(validate({ ...base, authentication_configuration: [{ account: field }] })).toBe(true);
    expect(validate({ ...base, authentication_configuration: [{ account: field, other: field }] })).toBe(false);
    expect(validate({ ...base, authentication_type: "Custom" })).toBe(false);
    expect(validate({ ...base, $schema: "./schemas/integration.schema.json" })).toBe(true);
    const validateAction = validators.action as (v: unknown) => boolean;
    const input = (type: string) => ({
      provider: "acme",
      name: "a",
      display: "a",
      description: "a",
      endpoint: "https://x.example.com",
      inputs: [{ key: "k", name: "K", mandatory: true, type }],
    });
    expect(validateAction(input("textarea"))).toBe(true);
    expect(validateAction(input("Checkbox"))).toBe(false);
  });

  it("describes every property, so hover in editors is never blank", () => {
    const blank: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) {
        for (const [i, item] of node.entries()) walk(item, `${at}/${i}`);
      } else if (node !== null && typeof node === "object") {
        const properties = (node as { properties?: Record<string, { description?: string }> }).properties;
        for (const [key, property] of Object.entries(properties ?? {})) {
          if (!property.description?.trim()) blank.push(`${at}/properties/${key}`);
        }
        for (const [key, value] of Object.entries(node)) walk(value, `${at}/${key}`);
      }
    };
    for (const kind of SCHEMA_KINDS) walk(jsonSchemaFor(kind), kind);
    expect(blank).toEqual([]);
  });

  it("rejects empty and blank strings where lint errors on them, and keeps legacy keys out of completion", () => {
    const schema = jsonSchemaFor("integration") as {
      $id: string;
      additionalProperties: boolean;
      properties: Record<string, { minLength?: number; pattern?: string }>;
    };
    expect(schema.$id).toBe(
      "https://raw.githubusercontent.com/td-integration/td-integration/main/schemas/integration.schema.json",
    );
    expect(schema.properties.display_name).toMatchObject({ minLength: 1, pattern: "\\S" });
    expect(schema.properties.logo_url).toMatchObject({ minLength: 1, pattern: "\\S" });
    expect(schema.properties.auth_validation_endpoint?.minLength).toBeUndefined();
    for (const legacy of ["authentication_fields", "contact_synchronization_url", "interaction_retrieval_url"]) {
      expect(Object.keys(schema.properties)).not.toContain(legacy);
    }
    expect(schema.additionalProperties).toBe(false);
    const validate = validators.integration as (v: unknown) => boolean;
    const base = JSON.parse(integration("acme"));
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, display_name: " \t" })).toBe(false);
    expect(validate({ ...base, contact_synchronization_url: "https://x.example.com" })).toBe(false);
    const validateAction = validators.action as (v: unknown) => boolean;
    const action = {
      provider: "acme",
      name: "a",
      display: "a",
      description: "a",
      endpoint: "https://x.example.com",
      inputs: [{ key: "k", name: "K" }],
    };
    // An input without mandatory is read as false, by lint and by the schema.
    expect(validateAction(action)).toBe(true);
    expect(validateAction({ ...action, inputs: [{ key: "k", name: "K", mandatory: "true" }] })).toBe(false);
  });

  it("accepts every example manifest", () => {
    for (const kind of SCHEMA_KINDS) {
      const dir = `${ROOT}/examples/${kind}s`;
      for (const file of readdirSync(dir)) {
        const validate = validators[kind] as ((v: unknown) => boolean) & { errors?: unknown };
        expect([file, validate(JSON.parse(readFileSync(`${dir}/${file}`, "utf8"))), validate.errors ?? null]).toEqual([
          file,
          true,
          null,
        ]);
      }
    }
  });

  it("a manifest may carry $schema without a warning", () => {
    const project = new Project();
    try {
      project.write(
        "acme.json",
        integration("acme").replace(
          "{\n",
          '{\n  "$schema": "./node_modules/td-integration/schemas/integration.schema.json",\n',
        ),
      );
      expect(project.lint(["--no-config", "acme.json"])).toMatchObject({ code: 0, stdout: "" });
    } finally {
      project.remove();
    }
  });
});
