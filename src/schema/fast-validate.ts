// In dist/, scripts/build.mjs replaces this module with ajv's standalone code for the same schemas
// and options, so the CLI loads neither ajv nor zod to accept a valid document.
import { Ajv } from "ajv";
import { FAST_AJV_OPTIONS, type FastSchemaKind, fastSchemas } from "./fast-schema.js";

const ajv = new Ajv(FAST_AJV_OPTIONS);
const schemas = fastSchemas();

/** True when lint's zod schemas certainly accept the document; false means "ask zod". */
export const fastValidators: Record<FastSchemaKind, (value: unknown) => boolean> = {
  integration: ajv.compile(schemas.integration),
  action: ajv.compile(schemas.action),
};
