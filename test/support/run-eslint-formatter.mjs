// td-integration rules --json > rules.json
// td-integration lint --format json | node eslint-format.mjs eslint-formatter-rdjson rules.json | reviewdog -f=rdjson
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [name, rulesFile] = process.argv.slice(2);
const results = JSON.parse(readFileSync(0, "utf8"));
const rulesMeta = Object.fromEntries(
  JSON.parse(readFileSync(rulesFile, "utf8")).map((r) => [r.id, { docs: { description: r.description, url: r.docs } }]),
);
process.stdout.write(await createRequire(import.meta.url)(name)(results, { cwd: process.cwd(), rulesMeta }));
