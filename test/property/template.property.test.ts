import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analysePhrase } from "../../src/phrasing/phrase.js";
import { expandTemplate, renderSource, renderTemplate } from "../../src/render/index.js";
import { tokenize } from "../../src/template/tokenize.js";
import { check, mutatedManifest, PROPERTY_TIMEOUT } from "./support.js";

/** Strings rich in template punctuation, as well as any code points (lone surrogates included). */
const templateText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({
    unit: fc.constantFrom("{", "}", "{{", "}}", ".", "_", "a", "1", " ", "-", "(", ")", "'", "😀", "\n"),
    maxLength: 60,
  }),
  fc.constantFrom(
    "{{constructor.constructor('x')()}}",
    "{{__proto__.polluted}}",
    "{{contact.__proto__}}",
    "{{ toString }}",
  ),
);

describe("templates and phrasing on generated strings", () => {
  it(
    "tokenize never throws, and its tokens cover the template in order",
    () => {
      check(
        "tokenize",
        templateText,
        (template) => {
          const { tokens, errors } = tokenize(template);
          let cursor = 0;
          for (const token of tokens) {
            expect(token.start).toBe(cursor);
            cursor = token.end;
          }
          expect(cursor).toBe(tokens.length ? template.length : 0);
          for (const error of errors)
            expect(0 <= error.start && error.start <= error.end && error.end <= template.length).toBe(true);
        },
        1000,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "template expansion never throws and never evaluates anything",
    () => {
      check(
        "expand",
        fc.record({ template: templateText, allowMissing: fc.boolean() }),
        ({ template, allowMissing }) => {
          const rendered = renderTemplate(template, { allowMissing });
          expect(typeof rendered.expansion.result).toBe("string");
          const outcome = expandTemplate(template, (token) => ({ value: `<${token.expression}>`, source: "set" }));
          expect(typeof outcome.expansion.result).toBe("string");
          expect(Object.prototype).not.toHaveProperty("polluted");
        },
        800,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "analysePhrase never throws on any string, field and length limit",
    () => {
      check(
        "analysePhrase",
        fc.record({
          text: templateText,
          field: fc.constantFrom("display" as const, "description" as const),
          limit: fc.integer({ min: 0, max: 60 }),
        }),
        ({ text, field, limit }) => {
          const analysis = analysePhrase(text, field, limit);
          expect(typeof analysis.rendered).toBe("string");
        },
        1000,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "render never throws on mutated manifests",
    () => {
      check(
        "render(mutated manifest)",
        mutatedManifest,
        (source) => {
          const result = renderSource(source.file, source.text);
          for (const diagnostic of result.diagnostics) expect(typeof diagnostic.message).toBe("string");
        },
        60,
      );
    },
    PROPERTY_TIMEOUT,
  );
});
