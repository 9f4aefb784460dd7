import { describe, expect, it } from "vitest";
import { isTitleCase } from "../../src/phrasing/phrase.js";

// isTitleCase reads words in place (no split): these pin its answers on Unicode spaces, letters and
// capitals, acronyms with trailing punctuation, and the lowered-first-word reading.
describe("isTitleCase", () => {
  const cases: [string, boolean][] = [
    ["Create A New Ticket", true],
    ["create A New Ticket", true],
    ["open Google Maps", false],
    ["Send SMS To Contact", true],
    ["send an SMS", false],
    ["Get\u00a0Contact\u3000Details", true],
    ["get\u2003The Contact", true],
    ["Créer Un Ticket", true],
    ["créer un Ticket", false],
    ["İstanbul Office Sync", true],
    ["Sync CRM, Then Notify", true],
    ["API Sync", false],
    ["  Update Deal-Level Fields.", true],
    ["𝐀pple Notes Export", false],
    ["update the Contact In Zendesk", true],
    ["close a invoice in Northstar Erp 964 for the caller", false],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} is ${expected ? "" : "not "}Title Case`, () => {
      expect(isTitleCase(text)).toBe(expected);
    });
  }
});
