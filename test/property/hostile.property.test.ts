import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseJsonBody } from "../../src/bridge/checks.js";
import { maskBodyText, maskText } from "../../src/bridge/credentials.js";
import type { ReceivedResponse } from "../../src/bridge/types.js";
import { lintSources } from "../../src/engine/engine.js";
import { FORMATTERS } from "../../src/format/index.js";
import { BIN } from "../support/cli.js";
import { check, PROPERTY_TIMEOUT, SEEDS } from "./support.js";

/**
 * The hostile-input properties: what a terminal receives holds no control character, a credential
 * a bridge echoes back never survives masking however it is escaped, and no reply nests a check
 * into a stack overflow.
 */

/** C0 controls but tab and line feed, DEL and the C1 controls: what a terminal acts on. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the property is that these never reach a terminal.
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const CONTROL_STRINGS = [
  "\u001b[2J",
  "\u001b[2K\r\u001b[1A",
  "\u001b]0;pwned\u0007",
  "\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\",
  "\u009b31m",
  "\u0007",
  "\r",
  "\b\b\b",
  "\u007f",
];

const hostileString = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CONTROL_STRINGS),
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.string({ maxLength: 6 }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(""));

/** An example manifest with hostile strings as a value and as a key, and under a hostile file name. */
const hostileManifest = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    key: hostileString,
    value: hostileString,
    field: fc.constantFrom("display_name", "name", "description", "provider", "endpoint", "logo_url"),
    file: hostileString,
  })
  .map(({ seed, key, value, field, file }) => {
    const manifest = JSON.parse(seed.text) as Record<string, unknown>;
    manifest[field] = value;
    manifest[key] = value;
    return { file: `${file.replaceAll("/", "_")}.json`, text: JSON.stringify(manifest, null, 2) };
  });

const HUMAN_FORMATS = ["stylish", "compact", "github"] as const;

describe("hostile input, generated", () => {
  it(
    "reports meant for a terminal never carry a control character from a manifest or a file name",
    () => {
      check(
        "terminal-safe formats",
        hostileManifest,
        (source) => {
          const summary = lintSources([source], { keepSource: true });
          for (const format of HUMAN_FORMATS) {
            const formatter = FORMATTERS[format];
            if (!formatter) throw new Error(`no formatter ${format}`);
            const text = formatter(summary, { color: false, cwd: "/project", version: "0.0.0" });
            const found = TERMINAL_CONTROL.exec(text);
            expect(found, `${format} printed U+${found?.[0].charCodeAt(0).toString(16)}`).toBeNull();
          }
        },
        200,
      );
    },
    PROPERTY_TIMEOUT,
  );

  const dir = mkdtempSync(path.join(os.tmpdir(), "td-property-hostile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "the built bin prints no control character either (stylish on a terminal-less stdout)",
    () => {
      check(
        "bin terminal-safe",
        hostileManifest,
        (source) => {
          writeFileSync(path.join(dir, "manifest.json"), source.text);
          const result = spawnSync(process.execPath, [BIN, "lint", "manifest.json"], {
            cwd: dir,
            encoding: "utf8",
            timeout: 60_000,
          });
          expect([0, 1]).toContain(result.status);
          expect(TERMINAL_CONTROL.exec(result.stdout + result.stderr)).toBeNull();
        },
        3,
      );
    },
    PROPERTY_TIMEOUT,
  );

  /** A secret written into JSON text with any of its characters \u-escaped, in a key or a value. */
  const echoedSecret = fc
    .record({
      secret: fc.string({ unit: fc.constantFrom(..."abcXYZ019-_.~+/="), minLength: 6, maxLength: 24 }),
      escapes: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
      inKey: fc.boolean(),
      around: fc.string({ maxLength: 8 }),
    })
    .map(({ secret, escapes, inKey, around }) => {
      const escaped = [...secret]
        .map((c, i) => (escapes[i] ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c))
        .join("");
      const inner = `${JSON.stringify(around).slice(1, -1)}${escaped}`;
      const body = inKey ? `{"${inner}": 1, "next_offset": null}` : `{"message": "${inner}", "items": ["${inner}"]}`;
      return { secret, body };
    });

  it(
    "a credential echoed in a JSON reply, escaped any way, is masked in the text and in what a JSON reader decodes",
    () => {
      check(
        "masking",
        echoedSecret,
        ({ secret, body }) => {
          const masked = maskBodyText(body, [secret]);
          expect(masked).not.toContain(secret);
          let decoded: unknown;
          try {
            decoded = JSON.parse(masked);
          } catch {
            return;
          }
          expect(JSON.stringify(decoded)).not.toContain(secret);
          expect(maskText(masked, [secret])).toBe(masked);
        },
        500,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "a reply of any nesting is parsed or refused, never a stack overflow",
    () => {
      check(
        "reply nesting",
        fc.record({ depth: fc.integer({ min: 0, max: 300_000 }), open: fc.constantFrom("[", '{"a":') }),
        ({ depth, open }) => {
          const close = open === "[" ? "]" : "}";
          const bodyText = `${open.repeat(depth)}1${close.repeat(depth)}`;
          const response = { status: 200, headers: {}, bodyText, contentType: "application/json" };
          const parsed = parseJsonBody(response as unknown as ReceivedResponse);
          if (parsed.ok) JSON.stringify(parsed.value);
          else expect(parsed.check.ok).toBe(false);
        },
        20,
      );
    },
    PROPERTY_TIMEOUT,
  );
});
