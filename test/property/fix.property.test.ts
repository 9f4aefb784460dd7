import { describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/engine.js";
import { applyFixes, fixSources } from "../../src/engine/fix.js";
import { check, mutatedManifest, PROPERTY_TIMEOUT, validMutatedManifest } from "./support.js";

const body = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function parses(text: string): boolean {
  try {
    JSON.parse(body(text));
    return true;
  } catch {
    return false;
  }
}

const unescapeSegment = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");
const pointerPath = (pointer: string) => (pointer === "" ? [] : pointer.slice(1).split("/").map(unescapeSegment));

/**
 * The JSON paths where two values differ: a changed key set is reported at the object, any other
 * change at the value. Iterative, so deep values cannot overflow the stack.
 */
function differences(a: unknown, b: unknown): string[][] {
  const out: string[][] = [];
  const stack: { a: unknown; b: unknown; path: string[] }[] = [{ a, b, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { a: x, b: y, path } = item;
    const bothObjects = x !== null && y !== null && typeof x === "object" && typeof y === "object";
    if (!bothObjects || Array.isArray(x) !== Array.isArray(y)) {
      if (!Object.is(x, y)) out.push(path);
      continue;
    }
    const xKeys = Object.keys(x as object);
    const yKeys = Object.keys(y as object);
    if (xKeys.length !== yKeys.length || xKeys.some((k) => !Object.hasOwn(y as object, k))) out.push(path);
    for (const key of xKeys) {
      if (Object.hasOwn(y as object, key)) {
        stack.push({
          a: (x as Record<string, unknown>)[key],
          b: (y as Record<string, unknown>)[key],
          path: [...path, key],
        });
      }
    }
  }
  return out;
}

const isPrefix = (prefix: string[], path: string[]) =>
  prefix.length <= path.length && prefix.every((s, i) => s === path[i]);

describe("--fix on generated manifests", () => {
  it(
    "keeps valid JSON valid, and a second fix changes nothing",
    () => {
      check(
        "fix(valid mutated manifest)",
        validMutatedManifest,
        (source) => {
          const first = fixSources([source]).summary.results[0];
          const output = first?.output ?? source.text;
          expect(parses(output), output.slice(0, 300)).toBe(true);
          const second = fixSources([{ file: source.file, text: output }]).summary.results[0];
          expect(second?.output).toBeUndefined();
        },
        100,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on broken manifests, and a second fix changes nothing",
    () => {
      check(
        "fix(mutated manifest)",
        mutatedManifest,
        (source) => {
          const first = fixSources([source]).summary.results[0];
          const output = first?.output ?? source.text;
          if (parses(source.text)) expect(parses(output)).toBe(true);
          const second = fixSources([{ file: source.file, text: output }]).summary.results[0];
          expect(second?.output).toBeUndefined();
        },
        50,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "changes nothing outside the fixed spans: the text around them is kept, and the value differs only where a fix points",
    () => {
      check(
        "fix spans(valid mutated manifest)",
        validMutatedManifest,
        (source) => {
          const diagnostics = lintSources([source]).results[0]?.diagnostics ?? [];
          const fixed = diagnostics.filter((d) => d.fix);
          const { output, applied } = applyFixes(source.text, diagnostics);
          if (applied === 0) {
            expect(output).toBe(source.text);
            return;
          }
          const spans = fixed.map((d) => d.fix as NonNullable<typeof d.fix>);
          const first = Math.min(...spans.map((s) => s.start));
          const last = Math.max(...spans.map((s) => s.end));
          expect(output.startsWith(source.text.slice(0, first))).toBe(true);
          expect(output.endsWith(source.text.slice(last))).toBe(true);
          // A value fix changes the value at its pointer; a key rename changes the object holding the key.
          const allowed = fixed.flatMap((d) => {
            const at = pointerPath(d.pointer);
            return [at, at.slice(0, -1)];
          });
          for (const changed of differences(JSON.parse(body(source.text)), JSON.parse(body(output)))) {
            expect(
              allowed.some((p) => isPrefix(p, changed)),
              `/${changed.join("/")} changed, but no fix points there`,
            ).toBe(true);
          }
        },
        150,
      );
    },
    PROPERTY_TIMEOUT,
  );
});
