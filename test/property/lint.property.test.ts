import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { decodeSource } from "../../src/document/read.js";
import { lintSources, type SourceFile } from "../../src/engine/engine.js";
import { BIN } from "../support/cli.js";
import { assertPositionsInside } from "./positions.js";
import { check, mutatedManifest, PROPERTY_TIMEOUT, SEEDS } from "./support.js";

function lintNeverThrows(sources: SourceFile[]): void {
  const summary = lintSources(sources, { keepSource: true });
  assertPositionsInside(summary, new Map(sources.map((s) => [s.file, s.text])));
}

describe("lint on generated input", () => {
  it(
    "never throws on arbitrary bytes, and positions stay inside the file",
    () => {
      check(
        "lint(bytes)",
        fc.uint8Array({ maxLength: 300 }),
        (bytes) => {
          const read = decodeSource(bytes);
          lintNeverThrows([{ file: "bytes.json", text: read.ok ? read.text : Buffer.from(bytes).toString("latin1") }]);
        },
        300,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on arbitrary strings (astral characters and lone surrogates included)",
    () => {
      check(
        "lint(string)",
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ unit: fc.constantFrom(..."{}[],:\"' \n\r\\01tfnaeu"), maxLength: 200 }),
        ),
        (text) => lintNeverThrows([{ file: "text.json", text }]),
        400,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on arbitrary JSON values, however they are laid out",
    () => {
      check(
        "lint(json value)",
        fc.record({ value: fc.jsonValue(), indent: fc.constantFrom(0, 1, 2, "\t") }),
        ({ value, indent }) =>
          lintNeverThrows([{ file: "value.json", text: JSON.stringify(value, null, indent) ?? "" }]),
        300,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on mutated example manifests, alone or with the other examples (cross-file rules)",
    () => {
      check(
        "lint(mutated manifest)",
        fc.record({ mutated: mutatedManifest, withOthers: fc.boolean() }),
        ({ mutated, withOthers }) => {
          const others = withOthers ? SEEDS.filter((s) => s.file !== mutated.file) : [];
          lintNeverThrows([mutated, ...others]);
        },
        100,
      );
    },
    PROPERTY_TIMEOUT,
  );

  const dir = mkdtempSync(path.join(os.tmpdir(), "td-property-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "the built bin exits 0 or 1 on mutated manifests, with no stack trace",
    () => {
      check(
        "bin lint(mutated manifest)",
        mutatedManifest,
        (source) => {
          writeFileSync(path.join(dir, "manifest.json"), source.text);
          const result = spawnSync(process.execPath, [BIN, "lint", "--format", "json", "manifest.json"], {
            cwd: dir,
            encoding: "utf8",
            timeout: 60_000,
            // The JSON carries the text of a file with problems (ESLint's `source`): megabytes here.
            maxBuffer: 64 * 1024 * 1024,
          });
          expect(result.stderr).toBe("");
          expect([0, 1]).toContain(result.status);
        },
        4,
      );
    },
    PROPERTY_TIMEOUT,
  );
});
