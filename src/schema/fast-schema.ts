import * as z from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { AUTH_FIELD_KEYS } from "../manifest/vocabulary.js";
import { caseInsensitivePattern } from "./patterns.js";
import { actionSchema, authFieldSchema, enumParams, integrationSchema, listAuthFieldSchema } from "./schemas.js";

/**
 * JSON Schemas of what lint's zod schemas accept, compiled ahead of time into a plain validator
 * (src/schema/fast-validate.ts) so a valid manifest is checked without loading zod. They may reject
 * more than zod does, never less: a document they reject is checked by zod, which has the last word.
 */
export type FastSchemaKind = "integration" | "action";

function toJson(schema: $ZodType): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    override: ({ zodSchema, jsonSchema }) => {
      const checks = zodSchema._zod.def.checks ?? [];
      if (checks.length === 0) return;
      const params = enumParams(zodSchema);
      // A refinement the JSON Schema cannot express would make the fast path accept what zod rejects.
      if (!params || checks.length !== 1) {
        throw new Error(`fast schema: cannot express the checks of a ${zodSchema._zod.def.type} schema`);
      }
      // The values in any ASCII casing when case does not matter (zod lower-cases with Unicode rules,
      // so it accepts a little more); legacy values the refinement also accepts are left to zod.
      jsonSchema.type = "string";
      delete jsonSchema.enum;
      if (params.caseInsensitive) jsonSchema.pattern = caseInsensitivePattern(params.enumeration);
      else jsonSchema.enum = [...params.enumeration];
    },
  }) as Record<string, unknown>;
  const { $schema: _, ...rest } = generated;
  return rest;
}

/** One `authentication_configuration` item, classified exactly as src/manifest/auth-fields.ts does. */
function authConfigurationItem(): Record<string, unknown> {
  return {
    type: "object",
    anyOf: [
      // Keyed shape: one key that is not an auth-field key, whose value is the field.
      {
        minProperties: 1,
        maxProperties: 1,
        propertyNames: { not: { enum: [...AUTH_FIELD_KEYS] } },
        additionalProperties: toJson(authFieldSchema),
      },
      // List shape: anything else; it has at least four required keys, so it is never keyed.
      toJson(listAuthFieldSchema),
    ],
  };
}

export function fastSchemas(): Record<FastSchemaKind, Record<string, unknown>> {
  const integration = toJson(integrationSchema);
  const properties = integration.properties as Record<string, unknown>;
  properties.authentication_configuration = {
    anyOf: [{ type: "array", items: authConfigurationItem() }, { type: "null" }],
  };
  return { integration, action: toJson(actionSchema) };
}

/** Ajv options for the fast validator, shared by the build (standalone code) and src (compiled at load). */
export const FAST_AJV_OPTIONS = {
  // NaN and Infinity (JSON.parse turns 1e999 into Infinity) are not numbers for zod either.
  strictNumbers: true,
  strict: true,
  allowUnionTypes: true,
  allErrors: false,
  // The validator only answers yes or no; the messages come from zod.
  messages: false,
} as const;
