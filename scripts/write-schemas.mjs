// Writes schemas/integration.schema.json and schemas/action.schema.json from the zod schemas
// (src/schema/json-schema.ts), so editors get the same rules as `td-integration lint`.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const temp = `schemas.tmp-${process.pid}.mjs`;
try {
  await build({
    entryPoints: ["src/schema/json-schema.ts"],
    outfile: temp,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  const { SCHEMA_KINDS, jsonSchemaText } = await import(pathToFileURL(temp).href);
  mkdirSync("schemas", { recursive: true });
  for (const kind of SCHEMA_KINDS) writeFileSync(`schemas/${kind}.schema.json`, jsonSchemaText(kind));
} finally {
  rmSync(temp, { force: true });
}
