import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostic.js";
import { classify } from "../../src/document/classify.js";
import { lintSources } from "../../src/engine/engine.js";
import { PROJECT_RULES } from "../../src/rules/index.js";
import { DEFINITIONS } from "../../src/schema/definitions.js";
import { jsonSchemaFor, type SchemaKind } from "../../src/schema/json-schema.js";
import { ROOT } from "../support/cli.js";
import { seededRandom } from "../support/random.js";

/**
 * One judge: the editor JSON Schemas and lint agree on thousands of seeded single-value mutations of
 * real manifests. (a) A document lint says nothing about is accepted by the schema; (b) a document
 * with an error from a schema-level rule is rejected by it. Cross-file rules are left out: they judge
 * a document against other files, which a schema of one document cannot see.
 */

const MUTATIONS = 4000;
const SCHEMA_RULES = new Set(["required-key", "value-type", "enum-value", "no-empty-value"]);
const CROSS_FILE = new Set(PROJECT_RULES.map((rule) => rule.meta.id));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: false });
addFormats.default(ajv);
const validators: Record<SchemaKind, (value: unknown) => boolean> = {
  integration: ajv.compile(jsonSchemaFor("integration")),
  action: ajv.compile(jsonSchemaFor("action")),
};

function manifestsIn(dir: string): { file: string; value: Json }[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const file = `${dir}/${name}`;
      try {
        const value = JSON.parse(readFileSync(path.join(ROOT, file), "utf8").replace(/^\uFEFF/, "")) as Json;
        return classify(value) ? [{ file, value }] : [];
      } catch {
        return [];
      }
    });
}

const SEEDS = [
  "examples/integrations",
  "examples/actions",
  "test/fixtures/realistic",
  "test/bridge/fixtures",
  "test/fixtures/init/lookup-template",
].flatMap(manifestsIn);

const ENUM_VALUES = Object.values(DEFINITIONS).flatMap((definition) =>
  Object.values(definition.properties).flatMap((property) => {
    const e = property.enumeration;
    if (!e) return [];
    return [...e.values, ...(e.legacy ?? [])].flatMap((v) => [v, v.toUpperCase(), v[0]?.toUpperCase() + v.slice(1)]);
  }),
);
const KEYS = [
  ...new Set(Object.values(DEFINITIONS).flatMap((definition) => Object.keys(definition.properties))),
  "unknown_key",
];
const VALUES: Json[] = [
  null,
  "",
  " ",
  "\t\n",
  "\u00a0",
  "\ufeff",
  "x",
  "create a ticket",
  "Ticket",
  "oauth",
  "user",
  "Checkbox",
  "https://bridge.example.com/x",
  "{{contact.email}}",
  true,
  false,
  0,
  -1,
  2.5,
  [],
  ["Ticket"],
  [1],
  [null],
  {},
  { a: 1 },
  { display: "X", mandatory: true, store: true },
  { field_name: "x", display: "X", mandatory: true, store: true },
  { key: "k", name: "K" },
  ...ENUM_VALUES,
];

function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) pathsOf(value[i] as Json, [...at, i], out);
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) pathsOf(value[key] as Json, [...at, key], out);
  }
  return out;
}

function nodeAt(root: Json, at: Path): Json {
  let node = root;
  for (const segment of at) node = (node as Record<string | number, Json>)[segment] as Json;
  return node;
}

/** One change to one place: delete it, replace it, add a key next to it, or swap an auth field's shape. */
function mutate(root: Json, random: () => number): Json {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const paths = pathsOf(root).filter((p) => p.length > 0);
  const at = pick(paths);
  const parent = nodeAt(root, at.slice(0, -1)) as Record<string | number, Json>;
  const last = at[at.length - 1] as string | number;
  const roll = random();
  if (roll < 0.25) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (roll < 0.8) {
    parent[last] = structuredClone(pick(VALUES));
  } else if (roll < 0.95) {
    const target = nodeAt(root, at);
    const object = target !== null && typeof target === "object" && !Array.isArray(target) ? target : parent;
    if (!Array.isArray(object)) object[pick(KEYS)] = structuredClone(pick(VALUES));
  } else {
    // An auth field written in the other shape, or with a name that is one of the auth field keys.
    const list = (root as { authentication_configuration?: Json }).authentication_configuration;
    if (Array.isArray(list) && list.length > 0) {
      const i = Math.floor(random() * list.length);
      const item = list[i];
      if (item && typeof item === "object" && !Array.isArray(item)) {
        const { field_name, ...rest } = item as Record<string, Json>;
        list[i] =
          field_name === undefined
            ? { field_name: pick([...Object.keys(item), "display"]), ...(Object.values(item)[0] as object) }
            : { [typeof field_name === "string" && random() < 0.7 ? field_name : pick(KEYS)]: rest };
      }
    }
  }
  return root;
}

interface Outcome {
  file: string;
  kind: SchemaKind;
  text: string;
  diagnostics: Diagnostic[];
  accepted: boolean;
}

function judge(file: string, value: Json): Outcome | undefined {
  const kind = classify(value);
  if (!kind) return undefined;
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const summary = lintSources([{ file: "manifest.json", text }]);
  const diagnostics = summary.results.flatMap((r) => r.diagnostics).filter((d) => !CROSS_FILE.has(d.ruleId));
  return { file, kind, text, diagnostics, accepted: validators[kind](value) };
}

const describeOutcome = (o: Outcome) =>
  `${o.file} as ${o.kind}: ${o.diagnostics.map((d) => `${d.ruleId} ${d.message}`).join(" | ") || "no diagnostics"}\n${o.text}`;

describe("the JSON Schemas judge as lint's schema-level rules do", () => {
  it(`on ${MUTATIONS} seeded single-value mutations of ${SEEDS.length} manifests`, () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(20);
    const random = seededRandom(20261204);
    const cleanButRejected: string[] = [];
    const reportedButAccepted: string[] = [];
    let clean = 0;
    let schemaErrors = 0;
    for (let i = 0; i < MUTATIONS; i++) {
      const seed = SEEDS[i % SEEDS.length] as (typeof SEEDS)[number];
      const outcome = judge(seed.file, mutate(structuredClone(seed.value), random));
      if (!outcome) continue;
      if (outcome.diagnostics.length === 0) {
        clean++;
        if (!outcome.accepted) cleanButRejected.push(describeOutcome(outcome));
      }
      if (outcome.diagnostics.some((d) => d.severity === "error" && SCHEMA_RULES.has(d.ruleId))) {
        schemaErrors++;
        if (outcome.accepted) reportedButAccepted.push(describeOutcome(outcome));
      }
    }
    expect(cleanButRejected.slice(0, 3), `(a) ${cleanButRejected.length} clean documents rejected`).toEqual([]);
    expect(reportedButAccepted.slice(0, 3), `(b) ${reportedButAccepted.length} schema errors accepted`).toEqual([]);
    // Both sides are exercised, not just one.
    expect(clean).toBeGreaterThanOrEqual(300);
    expect(schemaErrors).toBeGreaterThanOrEqual(1000);
  }, 60_000);

  it("accepts every seed lint leaves clean, and rejects every seed with a schema-level error", () => {
    for (const seed of SEEDS) {
      const outcome = judge(seed.file, structuredClone(seed.value)) as Outcome;
      if (outcome.diagnostics.length === 0) expect(outcome.accepted, describeOutcome(outcome)).toBe(true);
      if (outcome.diagnostics.some((d) => d.severity === "error" && SCHEMA_RULES.has(d.ruleId))) {
        expect(outcome.accepted, describeOutcome(outcome)).toBe(false);
      }
    }
  });
});
