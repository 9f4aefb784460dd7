import { describe, expect, it } from "vitest";
import { classify, mayHoldIntegration } from "../../src/document/classify.js";
import { recoverIntegrationName } from "../../src/document/load.js";
import { ParsedDocument } from "../../src/document/parse.js";
import { seededRandom } from "../support/random.js";

// A file that fails to parse is parsed again tolerantly only when its text may hold an integration
// (mayHoldIntegration). These check that the shortcut never changes what the tolerant parse decides.

const INTEGRATION = `{
  "name": "mycrm",
  "display_name": "My CRM",
  "authentication_type": "oauth2",
  "authentication_configuration": [{ "field_name": "token", "type": "string" }]
}`;

const ACTION = `{
  "name": "create_ticket",
  "provider": "mycrm",
  "display": "Create a ticket",
  "inputs": [{ "key": "subject", "type": "Text", "format": "{{contact.email}}" }]
}`;

const INSERTS = ["//", "/*", ",", ",,", "'", "}", "]", "{", ":", '"', "\\", "\\x", "\\u0061", "\n", " ", "x"];

function mutate(next: () => number, text: string): string {
  let out = text;
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const at = Math.floor(next() * (out.length + 1));
    if (next() < 0.3) out = out.slice(0, at) + out.slice(at + 3);
    else out = out.slice(0, at) + (INSERTS[Math.floor(next() * INSERTS.length)] as string) + out.slice(at);
  }
  return out;
}

/** What recoverIntegrationName answered before the shortcut: the tolerant parse, always. */
function recoveredByTolerantParse(doc: ParsedDocument): { name: string | undefined } | undefined {
  if (!doc.syntaxError) return undefined;
  const tolerant = doc.tolerantValue();
  if (classify(tolerant) !== "integration") return undefined;
  const name = (tolerant as Record<string, unknown>).name;
  return { name: typeof name === "string" ? name : undefined };
}

describe("recovering the name of an integration that does not parse", () => {
  it("answers as the tolerant parse does on mutated integrations and actions", () => {
    const next = seededRandom(2026);
    let ruledOut = 0;
    let recovered = 0;
    for (let n = 0; n < 4000; n++) {
      const text = mutate(next, n % 2 === 0 ? INTEGRATION : ACTION);
      const doc = new ParsedDocument(text);
      if (!doc.syntaxError) continue;
      const expected = recoveredByTolerantParse(doc);
      expect(recoverIntegrationName(doc), text).toEqual(expected);
      if (!mayHoldIntegration(doc.body)) ruledOut++;
      if (expected) recovered++;
    }
    // Both paths are exercised: texts ruled out without a parse, and names recovered by it.
    expect(ruledOut).toBeGreaterThan(500);
    expect(recovered).toBeGreaterThan(500);
  });

  it("does not rule out a key that only jsonc-parser's reading of a string spells", () => {
    // A string left open ends at its line break; an escape (valid or not) can spell a key.
    const openKey = '{ "name": "a", "display_name\n: "A" ';
    const escapedKey = '{ "name": "a", "display\\u005fname": "A", }}';
    const invalidEscape = '{ "name": "a", "display_\\xname": "A", }}';
    for (const text of [openKey, escapedKey, invalidEscape]) {
      const doc = new ParsedDocument(text);
      expect(doc.syntaxError, text).toBeDefined();
      expect(recoveredByTolerantParse(doc), text).toEqual({ name: "a" });
      expect(recoverIntegrationName(doc), text).toEqual({ name: "a" });
    }
  });
});
