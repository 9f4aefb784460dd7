import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { parse as parseJsonc } from "jsonc-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.mjs";
import { fastValidatorCode } from "../../scripts/fast-validator.mjs";
import type { DocumentKind } from "../../src/diagnostic.js";
import { authFields } from "../../src/manifest/auth-fields.js";
import { classify } from "../../src/manifest/classify.js";
import {
  ACTION_KEYS,
  AUTH_FIELD_KEYS,
  AUTH_FIELD_SOURCES,
  AUTHENTICATION_TYPES,
  INPUT_KEYS,
  INPUT_TYPES,
  INTEGRATION_KEYS,
} from "../../src/manifest/vocabulary.js";
import { planFindings } from "../../src/rules/schema.js";
import { fastValidators } from "../../src/schema/fast-validate.js";
import { lintPlans } from "../../src/schema/lint-plans.js";
import { planIssues } from "../../src/schema/plan.js";
import { ROOT } from "../support/cli.js";
import { zodJudge } from "../support/zod-judge.js";

/** What zod finds in a document, through the same findings as lint's plans. */
const zodFindings = (kind: DocumentKind, root: Record<string, unknown>) => planFindings(kind, root, zodJudge);

type Validators = Record<DocumentKind, (value: unknown) => boolean>;
const KINDS: DocumentKind[] = ["integration", "action"];

/** The standalone code shipped in dist/, generated exactly as scripts/build.mjs does. */
let shipped: Validators;
const work = mkdtempSync(path.join(tmpdir(), "td-fast-"));
beforeAll(async () => {
  const file = path.join(work, "fast-validate.mjs");
  writeFileSync(file, await fastValidatorCode());
  shipped = ((await import(pathToFileURL(file).href)) as { fastValidators: Validators }).fastValidators;
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The guarantee lint relies on: when a fast validator accepts a document, zod finds nothing in it,
 * so skipping zod changes no diagnostic. Checked with both the src validator and the shipped code,
 * for both kinds (a document is linted as whichever kind it is classified as).
 */
function checkGuarantee(value: unknown): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return;
  for (const kind of KINDS) {
    const fast = fastValidators[kind](value);
    expect(shipped[kind](value), `shipped and src validators agree (${kind})`).toBe(fast);
    const root = value as Record<string, unknown>;
    const findings = zodFindings(kind, root);
    if (fast) expect(findings).toEqual([]);
    // The plans lint runs instead of zod find what zod finds: the same issues, so the same findings.
    expect(planIssues(lintPlans[kind], root), `plan issues (${kind})`).toEqual(zodJudge(kind, root));
    expect(planFindings(kind, root), `plan findings (${kind})`).toEqual(findings);
    if (kind !== "integration") continue;
    for (const field of authFields(root)) {
      if (field.shape === "invalid") continue;
      const part = field.shape === "list" ? "listAuthField" : "authField";
      expect(planIssues(lintPlans[part], field.field), `plan issues (${part})`).toEqual(zodJudge(part, field.field));
    }
  }
}

function jsonFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function parseLoosely(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return parseJsonc(text, [], { allowTrailingComma: true });
  }
}

const repositoryFiles = ["examples", "templates", "test/fixtures"].flatMap(jsonFiles);
const corpus = generateCorpus({ seed: 20260301, integrations: 300, actions: 700 }).files;
const cleanCorpus = generateCorpus({ seed: 20260301, integrations: 300, actions: 700, clean: true }).files;

describe("fast validator: accepted ⇒ zod finds nothing", () => {
  it("holds for every JSON file of the examples, templates and test fixtures", () => {
    expect(repositoryFiles.length).toBeGreaterThan(40);
    for (const file of repositoryFiles) checkGuarantee(parseLoosely(readFileSync(file, "utf8")));
  });

  it("holds for the benchmark corpus, broken and clean", () => {
    for (const file of [...corpus, ...cleanCorpus]) checkGuarantee(parseLoosely(file.text));
  });

  it("takes the fast path for every clean corpus document", () => {
    const rejected = cleanCorpus.filter((file) => {
      const value = JSON.parse(file.text);
      return !fastValidators[classify(value) as DocumentKind](value);
    });
    expect(rejected.map((file) => file.path)).toEqual([]);
  });

  it("accepts other ASCII casings; rejects legacy auth field types and Infinity, which zod judges", () => {
    const action = {
      provider: "p",
      name: "n",
      display: "d",
      description: "d",
      endpoint: "https://x.example.com",
      inputs: [{ key: "k", name: "n", mandatory: true, type: "Text", format: 1 }],
    };
    expect(fastValidators.action(action)).toBe(true);
    const input = action.inputs[0] as Record<string, unknown>;
    expect(fastValidators.action({ ...action, inputs: [{ ...action.inputs[0], type: "tEXT" }] })).toBe(true);
    for (const [key, value] of [
      ["type", "Texts"],
      ["type", "\u212Aey"],
      ["format", Number.POSITIVE_INFINITY],
    ] as const) {
      const changed = { ...action, inputs: [{ ...input, [key]: value }] };
      expect(fastValidators.action(changed)).toBe(false);
      expect(shipped.action(changed)).toBe(false);
    }
    const integration = JSON.parse(
      readFileSync(path.join(ROOT, "examples/integrations/acme_helpdesk.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(fastValidators.integration(integration)).toBe(true);
    integration.authentication_configuration = [
      { token: { display: "T", mandatory: true, store: true, type: "text" } },
    ];
    expect(fastValidators.integration(integration)).toBe(false);
    expect(zodFindings("integration", integration)).toEqual([]);
  });
});

// Mutations of valid manifests: values from the format's vocabulary in several casings, keys that
// switch an auth field between its two shapes, and arbitrary JSON.
const words = [...AUTHENTICATION_TYPES, ...AUTH_FIELD_SOURCES, ...INPUT_TYPES, "input", "oauth", "text", "password"];
const vocabulary = words.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase(), w[0]?.toUpperCase() + w.slice(1)]);
const keys = [...INTEGRATION_KEYS, ...ACTION_KEYS, ...AUTH_FIELD_KEYS, ...INPUT_KEYS, "$schema", "x", "token"];
// Mostly valid auth fields, so that small changes land on both sides of the line.
const authField = fc.record(
  {
    display: fc.constantFrom("Token", "Token", "Token", 1),
    mandatory: fc.constantFrom(true, false, true, "yes"),
    store: fc.constantFrom(true, false, null),
    type: fc.constantFrom("input", "oauth", "Input", "OAUTH", "text", 3),
    source: fc.constantFrom("input", "default", "Default", null),
    help: fc.constantFrom("h", null, 1),
    format: fc.constantFrom("https://{{site}}.example.com", null, []),
    field_name: fc.constantFrom("token", "token", 1),
  },
  { requiredKeys: ["display", "mandatory", "store"] },
);
/** An `authentication_configuration` item in either shape, keyed by any name (auth-field keys too). */
const authItem = fc.oneof(authField, fc.dictionary(fc.constantFrom(...keys), authField, { minKeys: 1, maxKeys: 2 }));
const interesting: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.constantFrom(null, true, false, 0, 1.5, -1, "", {}, [], Number.POSITIVE_INFINITY, Number.NaN),
  authItem,
  fc.array(authItem, { maxLength: 2 }),
  fc.jsonValue({ maxDepth: 2 }),
);

type Path = (string | number)[];
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      out.push(...paths(item, [...at, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return out;
}

type Mutation = { op: "set" | "delete" | "add" | "auth"; pick: number; key: string; value: unknown; item: unknown };
function mutate(doc: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  for (const { op, pick, key, value, item } of mutations) {
    const list = copy.authentication_configuration;
    if (op === "auth") {
      if (Array.isArray(list)) list[pick % (list.length + 1)] = structuredClone(item);
      continue;
    }
    const all = paths(copy).filter((p) => p.length > 0);
    const target = all[pick % all.length];
    if (!target) continue;
    const parent = target.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], copy) as Record<
      string | number,
      unknown
    >;
    const last = target[target.length - 1] as string | number;
    if (op === "set") parent[last] = structuredClone(value);
    else if (op === "delete" && !Array.isArray(parent)) delete parent[last];
    else {
      const holder = parent[last];
      if (holder !== null && typeof holder === "object" && !Array.isArray(holder))
        (holder as Record<string, unknown>)[key] = structuredClone(value);
      else if (Array.isArray(holder)) holder.push(structuredClone(value));
    }
  }
  return copy;
}

describe("fast validator: property over mutated valid manifests", () => {
  const seeds = [
    ...repositoryFiles.map((f) => parseLoosely(readFileSync(f, "utf8"))),
    ...cleanCorpus.slice(0, 50).map((f) => JSON.parse(f.text)),
  ].filter((value) => {
    const kind = classify(value);
    return kind !== undefined && fastValidators[kind](value);
  });

  it("has valid manifests of both kinds to start from", () => {
    expect(seeds.filter((s) => classify(s) === "integration").length).toBeGreaterThan(5);
    expect(seeds.filter((s) => classify(s) === "action").length).toBeGreaterThan(5);
  });

  it("accepted ⇒ zod finds nothing, after up to four mutations", () => {
    const mutation = fc.record({
      op: fc.constantFrom("set", "delete", "add", "auth") as fc.Arbitrary<Mutation["op"]>,
      pick: fc.nat(),
      key: fc.constantFrom(...keys),
      value: interesting,
      item: authItem,
    });
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        checkGuarantee(mutate(seeds[index], mutations));
      }),
      { seed: 20260301, numRuns: 3000 },
    );
  });
});
