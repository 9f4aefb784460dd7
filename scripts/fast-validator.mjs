// ajv's standalone code for src/schema/fast-schema.ts: the plain JS module that replaces
// src/schema/fast-validate.ts in dist/ (scripts/build.mjs), and that test/schema checks against zod.
import { rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";

/** ESM source exporting `fastValidators: { integration, action }`, each `(value) => boolean`. */
export async function fastValidatorCode() {
  const temp = path.resolve(`fast-schema.tmp-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: ["src/schema/fast-schema.ts"],
      outfile: temp,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      logLevel: "warning",
    });
    const { FAST_AJV_OPTIONS, fastSchemas } = await import(pathToFileURL(temp).href);
    const ajv = new Ajv({ ...FAST_AJV_OPTIONS, code: { source: true, esm: true } });
    const schemas = fastSchemas();
    const kinds = Object.keys(schemas);
    for (const kind of kinds) ajv.addSchema(schemas[kind], kind);
    const code = standaloneCode(ajv, Object.fromEntries(kinds.map((kind) => [kind, kind])));
    return `${code}\nexport const fastValidators = { ${kinds.join(", ")} };\n`;
  } finally {
    rmSync(temp, { force: true });
  }
}
