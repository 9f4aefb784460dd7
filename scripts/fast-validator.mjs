// ajv's standalone code for src/schema/fast-schema.ts: the plain JS module that replaces
// src/schema/fast-validate.ts in dist/ (scripts/build.mjs), and that test/schema checks against zod.
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { importSource } from "./import-source.mjs";

/** ESM source exporting `fastValidators: { integration, action }`, each `(value) => boolean`. */
export async function fastValidatorCode() {
  const { FAST_AJV_OPTIONS, fastSchemas } = await importSource("src/schema/fast-schema.ts");
  const ajv = new Ajv({ ...FAST_AJV_OPTIONS, code: { source: true, esm: true } });
  const schemas = fastSchemas();
  const kinds = Object.keys(schemas);
  for (const kind of kinds) ajv.addSchema(schemas[kind], kind);
  const code = standaloneCode(ajv, Object.fromEntries(kinds.map((kind) => [kind, kind])));
  return `${code}\nexport const fastValidators = { ${kinds.join(", ")} };\n`;
}
