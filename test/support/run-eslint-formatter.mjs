// A user's glue between `td-integration lint --format json` and an ESLint formatter package:
//   td-integration rules --json > rules.json
//   td-integration lint --format json | node run-eslint-formatter.mjs eslint-formatter-rdjson rules.json
// It hands the formatter the results and, as ESLint does, the rules' meta (docs URL, description).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [formatterName, rulesFile] = process.argv.slice(2);
const results = JSON.parse(readFileSync(0, "utf8"));
const rules = JSON.parse(readFileSync(rulesFile, "utf8"));
const rulesMeta = Object.fromEntries(
  rules.map((rule) => [
    rule.id,
    {
      type: "problem",
      ...(rule.fixable ? { fixable: "code" } : {}),
      docs: { description: rule.description, url: rule.docs },
    },
  ]),
);
// Resolved from where this script is, as a project's own script resolves its dev dependencies.
const format = createRequire(import.meta.url)(formatterName);
process.stdout.write(await format(results, { cwd: process.cwd(), rulesMeta }));
