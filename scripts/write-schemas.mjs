// Writes schemas/integration.schema.json and schemas/action.schema.json from the format's
// definitions (src/schema/json-schema.ts), the data the schema-level lint rules are driven by.
import { mkdirSync, writeFileSync } from "node:fs";
import { importSource } from "./import-source.mjs";

const { SCHEMA_KINDS, jsonSchemaText } = await importSource("src/schema/json-schema.ts");
mkdirSync("schemas", { recursive: true });
for (const kind of SCHEMA_KINDS) writeFileSync(`schemas/${kind}.schema.json`, jsonSchemaText(kind));
