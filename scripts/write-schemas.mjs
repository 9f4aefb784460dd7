// Writes schemas/integration.schema.json and schemas/action.schema.json from the zod schemas
// (src/schema/json-schema.ts), so editors get the same rules as `td-integration lint`.
import { mkdirSync, writeFileSync } from "node:fs";
import { importSource } from "./import-source.mjs";

const { SCHEMA_KINDS, jsonSchemaText } = await importSource("src/schema/json-schema.ts");
mkdirSync("schemas", { recursive: true });
for (const kind of SCHEMA_KINDS) writeFileSync(`schemas/${kind}.schema.json`, jsonSchemaText(kind));
