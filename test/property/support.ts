import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { ROOT } from "../support/cli.js";

/**
 * `npm test` runs every property with a fixed seed and a bounded number of runs. `npm run fuzz`
 * sets FUZZ_SECONDS: each property then runs with a fresh seed until its time is up, and prints
 * how many inputs it tried (replay a failure with FUZZ_SEED=<seed>).
 */
const FUZZ_SECONDS = Number(process.env.FUZZ_SECONDS ?? 0);
export const FUZZING = FUZZ_SECONDS > 0;
const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : FUZZING
    ? Date.now() ^ (Math.random() * 2 ** 31)
    : 8;

/** The vitest timeout of a property test: room for the fuzz budget, or the default. */
export const PROPERTY_TIMEOUT = FUZZING ? (FUZZ_SECONDS + 120) * 1000 : 30_000;

/** Checks a property: `runs` inputs under `npm test`, as many as fit in FUZZ_SECONDS under `npm run fuzz`. */
export function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, runs: number): void {
  const details = fc.check(fc.property(arbitrary, predicate), {
    seed: SEED,
    numRuns: FUZZING ? Number.MAX_SAFE_INTEGER : runs,
    interruptAfterTimeLimit: FUZZING ? FUZZ_SECONDS * 1000 : undefined,
    markInterruptAsFailure: false,
  });
  if (FUZZING)
    console.log(`fuzz ${name}: ${details.numRuns} inputs, seed ${SEED}, ${details.failed ? "FAILED" : "ok"}`);
  if (details.failed) {
    const cause =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${fc.defaultReportMessage(details) ?? `property ${name} failed`}\nCause: ${cause}`);
  }
}

export interface Seed {
  file: string;
  text: string;
}

/** The example manifests, the seeds every mutation starts from. */
export const SEEDS: readonly Seed[] = ["examples/integrations", "examples/actions"].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(path.join(ROOT, dir, name), "utf8") })),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonPath = (string | number)[];

/** Every path in a JSON value (iterative), the root included. */
export function pathsOf(value: Json): JsonPath[] {
  const out: JsonPath[] = [];
  const stack: { value: Json; path: JsonPath }[] = [{ value, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    out.push(item.path);
    const current = item.value;
    if (Array.isArray(current)) {
      for (const [i, v] of current.entries()) stack.push({ value: v, path: [...item.path, i] });
    } else if (current !== null && typeof current === "object") {
      for (const key of Object.keys(current)) stack.push({ value: current[key] as Json, path: [...item.path, key] });
    }
  }
  return out;
}

function parentOf(root: Json, path: JsonPath): Json | undefined {
  let node: Json | undefined = root;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, Json>)[segment];
  }
  return node;
}

const TRICKY_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "", "🙂", "é"];
const TRICKY_STRINGS = [
  "",
  " ",
  "{{",
  "}}",
  "{{contact.email}}",
  "{{constructor.constructor('x')()}}",
  "{contact.email}",
  "https://",
  "http://localhost",
  "Then Create A Ticket.",
  "😀😀😀",
  "\u0000",
  "\uD800",
  "\u202E",
  "x".repeat(100_000),
];

const jsonValue = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const anyString = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom(...TRICKY_STRINGS));

/** One change to the parsed value: delete, retype, add a tricky key, nest deeply, or grow a huge string. */
const valueMutation = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("retype" as const), at: fc.nat(), value: fc.oneof(jsonValue, anyString) }),
  fc.record({
    op: fc.constant("add-key" as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...TRICKY_KEYS), fc.string({ maxLength: 12 })),
    value: fc.oneof(jsonValue, anyString),
  }),
  fc.record({ op: fc.constant("nest" as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 1500 }) }),
  fc.record({ op: fc.constant("huge" as const), at: fc.nat(), length: fc.integer({ min: 1000, max: 200_000 }) }),
);

/** One change to the text: truncate, insert punctuation or odd characters, delete, swap quotes, BOM, CRLF, duplicate. */
const textMutation = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(
        ",",
        "{",
        "}",
        "[",
        "]",
        ":",
        '"',
        "'",
        "\\",
        "\u0000",
        "😀",
        "é",
        "\r\n",
        "\r",
        "\uFEFF",
        "//x\n",
        "\uD83D",
      ),
      fc.string({ unit: "binary", maxLength: 6 }),
    ),
  }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant("swap-quote" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.constant({ op: "bom" as const }),
  fc.constant({ op: "crlf" as const }),
);

type ValueMutation = typeof valueMutation extends fc.Arbitrary<infer T> ? T : never;
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function applyValueMutation(root: Json, m: ValueMutation): Json {
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length] as JsonPath;
  const parent = parentOf(root, path) as Record<string | number, Json> | Json[] | undefined;
  const last = path[path.length - 1];
  const replace = (value: Json): Json => {
    if (last === undefined || !parent || typeof parent !== "object") return value;
    if (Array.isArray(parent)) parent[last as number] = value;
    else parent[last as string] = value;
    return root;
  };
  const current = last === undefined ? root : (parent as Record<string | number, Json>)[last];
  switch (m.op) {
    case "delete":
      if (last === undefined || !parent) return root;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last as string];
      return root;
    case "retype":
      return replace(m.value);
    case "add-key":
      if (current !== null && typeof current === "object" && !Array.isArray(current)) {
        // defineProperty, so `__proto__` becomes an own key as JSON.parse would make it.
        Object.defineProperty(current, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      }
      return root;
    case "nest": {
      let nested: Json = current ?? null;
      for (let i = 0; i < m.depth; i++) nested = i % 2 ? [nested] : { a: nested };
      return replace(nested);
    }
    case "huge":
      return replace("é😀x".repeat(Math.ceil(m.length / 4)));
  }
}

function applyTextMutation(text: string, m: TextMutation): string {
  const at = "at" in m ? m.at % (text.length + 1) : 0;
  switch (m.op) {
    case "truncate":
      return text.slice(0, at);
    case "insert":
      return text.slice(0, at) + m.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + m.length);
    case "swap-quote": {
      const quote = text.indexOf('"', at);
      return quote === -1 ? text : `${text.slice(0, quote)}'${text.slice(quote + 1)}`;
    }
    case "duplicate":
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case "bom":
      return `\uFEFF${text}`;
    case "crlf":
      return text.replace(/\r?\n/g, "\r\n");
  }
}

/** A mutated example manifest: value mutations, then a layout, then text mutations. */
export const mutatedManifest: fc.Arbitrary<{ file: string; text: string }> = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    values: fc.array(valueMutation, { maxLength: 3 }),
    indent: fc.constantFrom(0, 2, 4, "\t"),
    texts: fc.array(textMutation, { maxLength: 3 }),
  })
  .map(({ seed, values, indent, texts }) => {
    let text = seed.text;
    if (values.length > 0) {
      let value = JSON.parse(seed.text) as Json;
      for (const m of values) value = applyValueMutation(value, m);
      text = `${JSON.stringify(value, null, indent)}\n`;
    }
    for (const m of texts) text = applyTextMutation(text, m);
    return { file: seed.file, text };
  });

/** A mutated manifest that is still valid JSON (for fixing: the output must parse too). */
export const validMutatedManifest = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    values: fc.array(
      valueMutation.filter((m) => m.op !== "nest" && m.op !== "huge"),
      { maxLength: 4 },
    ),
    indent: fc.constantFrom(0, 2, "\t"),
    bom: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ seed, values, indent, bom, crlf }) => {
    let value = JSON.parse(seed.text) as Json;
    for (const m of values) value = applyValueMutation(value, m);
    let text = `${JSON.stringify(value, null, indent)}\n`;
    if (crlf) text = text.replace(/\n/g, "\r\n");
    if (bom) text = `\uFEFF${text}`;
    return { file: seed.file, text };
  });
