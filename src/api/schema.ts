import { jsonSchemaFor, SCHEMA_KINDS, type SchemaKind } from "../schema/json-schema.js";
import { OptionError } from "./errors.js";

/**
 * The JSON Schema (draft 2020-12) of an integration manifest or an action, as an object: the one
 * `td-integration schema` prints and the package ships in `schemas/`, generated from the schemas lint uses.
 *
 * @example
 * const schema = jsonSchema("action"); // give it to Ajv, or write it next to your manifests
 */
export function jsonSchema(kind: SchemaKind): Record<string, unknown> {
  if (!(SCHEMA_KINDS as readonly string[]).includes(kind)) {
    throw new OptionError(`unknown schema "${String(kind)}"; use ${SCHEMA_KINDS.join(" or ")}`);
  }
  return jsonSchemaFor(kind);
}

export { SCHEMA_KINDS, type SchemaKind };
