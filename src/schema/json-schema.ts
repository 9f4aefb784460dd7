import { AUTH_FIELD_KEYS } from "../manifest/vocabulary.js";
import { DEFINITIONS, type ObjectDefinition, type PropertyDefinition } from "./definitions.js";
import { caseInsensitivePattern } from "./patterns.js";

export const SCHEMA_KINDS = ["integration", "action"] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

const SCHEMA_BASE_URL = "https://raw.githubusercontent.com/td-integration/td-integration/main/schemas";

type JsonSchema = Record<string, unknown>;

/** A string with at least one character that is not white space: what no-empty-value and the URL rules ask. */
const NON_BLANK = { minLength: 1, pattern: "\\S" };

function valueSchema(property: PropertyDefinition): JsonSchema {
  const { types, enumeration, nonBlank, items } = property;
  const schema: JsonSchema = { type: types.length === 1 ? types[0] : [...types] };
  if (enumeration) {
    const values = [...enumeration.values];
    if (enumeration.caseInsensitive) {
      // The exact values first, so editors offer them; the pattern accepts them in any case.
      delete schema.type;
      schema.anyOf = [
        { type: "string", enum: values },
        { type: "string", pattern: caseInsensitivePattern(values) },
      ];
    } else schema.enum = values;
  }
  if (nonBlank) Object.assign(schema, NON_BLANK);
  if (items) {
    if ("type" in items) schema.items = { type: items.type };
    else if (items.object === "input") schema.items = objectSchema(DEFINITIONS.input);
    else schema.items = authFieldItem();
  }
  return schema;
}

function propertySchema(property: PropertyDefinition): JsonSchema {
  const schema = valueSchema(property);
  const withDescription = { description: property.description, ...schema };
  if (!property.nullMeansAbsent) return withDescription;
  return { description: property.description, anyOf: [schema, { type: "null" }] };
}

/**
 * An object's JSON Schema: its current keys, the mandatory ones required, nothing else allowed. Legacy
 * keys stay out of completion, so editors flag them as lint's legacy-key warns about them.
 */
function objectSchema(definition: ObjectDefinition): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, property] of Object.entries(definition.properties)) {
    if (property.legacyOf !== undefined) continue;
    properties[key] = propertySchema(property);
    if (property.required) required.push(key);
  }
  return {
    title: definition.title,
    description: definition.description,
    type: "object",
    properties,
    required,
    // Unknown keys are lint warnings; editors show schema problems as warnings too.
    additionalProperties: false,
  };
}

/**
 * One `authentication_configuration` item in either shape, told apart as lint does
 * (src/manifest/auth-fields.ts): one key that is not an auth field key, holding an object, is the
 * keyed shape; anything else is the list shape.
 */
function authFieldItem(): JsonSchema {
  const keyed = DEFINITIONS.keyedAuthField;
  return {
    anyOf: [
      objectSchema(DEFINITIONS.listAuthField),
      {
        title: keyed.title,
        description: "An object with one key, the field name, whose value describes the field",
        type: "object",
        minProperties: 1,
        maxProperties: 1,
        propertyNames: { not: { enum: [...AUTH_FIELD_KEYS] } },
        additionalProperties: objectSchema(keyed),
      },
    ],
  };
}

/** JSON Schema (draft 2020-12) of an integration or an action, generated from the format's definitions. */
export function jsonSchemaFor(kind: SchemaKind): JsonSchema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${SCHEMA_BASE_URL}/${kind}.schema.json`,
    ...objectSchema(DEFINITIONS[kind]),
  };
}

/** The text of `schemas/<kind>.schema.json` as shipped in the package. */
export function jsonSchemaText(kind: SchemaKind): string {
  return `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`;
}
