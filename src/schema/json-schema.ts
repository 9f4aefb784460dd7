import * as z from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { LEGACY_INTEGRATION_KEYS } from "../manifest/vocabulary.js";
import { caseInsensitivePattern } from "./patterns.js";
import {
  actionSchema,
  authFieldSchema,
  enumParams,
  integrationSchema,
  listAuthFieldSchema,
  withMeta,
} from "./schemas.js";

export const SCHEMA_KINDS = ["integration", "action"] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

const SCHEMA_BASE_URL = "https://raw.githubusercontent.com/td-integration/td-integration/main/schemas";

const dollarSchema = withMeta(z.optional(z.string()), {
  description: "The JSON Schema of this file, for editor completion; td-integration ignores it",
});

/** The two shapes of `authentication_configuration` items: `{ "field_name": "account", ... }` or `{ "account": { ... } }`. */
const authConfigurationItem = z.union([
  withMeta(listAuthFieldSchema, {
    title: "Auth field (list shape)",
    description: "An auth field that names itself with `field_name`",
  }),
  withMeta(z.record(z.string(), authFieldSchema), {
    title: "Auth field (single-key shape)",
    description: "An object with one key, the field name, whose value describes the field",
    minProperties: 1,
    maxProperties: 1,
  }),
]);

const legacyKeys = Object.fromEntries(
  Object.entries(LEGACY_INTEGRATION_KEYS).map(([legacy, current]) => [
    legacy,
    withMeta(z.optional(z.unknown()), {
      deprecated: true,
      description: `Legacy name from the older spec; use \`${current}\``,
    }),
  ]),
);

const editorSchemas: Record<SchemaKind, $ZodType> = {
  integration: withMeta(
    z.extend(integrationSchema, {
      $schema: dollarSchema,
      authentication_configuration: z.nullish(z.array(authConfigurationItem)),
      ...legacyKeys,
    }),
    { title: "Talkdesk integration manifest" },
  ),
  action: withMeta(z.extend(actionSchema, { $schema: dollarSchema }), { title: "Talkdesk integration action" }),
};

/** JSON Schema (draft 2020-12) of an integration or an action, generated from the zod schemas lint uses. */
export function jsonSchemaFor(kind: SchemaKind): Record<string, unknown> {
  const generated = z.toJSONSchema(editorSchemas[kind], {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def.type === "object" && jsonSchema.additionalProperties === undefined) {
        // Unknown keys are lint warnings; editors show schema problems as warnings too.
        jsonSchema.additionalProperties = false;
      }
      const params = enumParams(zodSchema);
      if (params?.caseInsensitive) {
        const values = [...params.enumeration];
        delete jsonSchema.enum;
        delete jsonSchema.type;
        jsonSchema.anyOf = [
          { type: "string", enum: values },
          { type: "string", pattern: caseInsensitivePattern(values) },
        ];
        jsonSchema.description ??= `One of ${values.join(", ")} (case does not matter)`;
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${SCHEMA_BASE_URL}/${kind}.schema.json`, ...rest };
}

/** The text of `schemas/<kind>.schema.json` as shipped in the package. */
export function jsonSchemaText(kind: SchemaKind): string {
  return `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`;
}
