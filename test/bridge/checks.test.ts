import { describe, expect, it } from "vitest";
import {
  checkActionReply,
  checkAscending,
  checkNextOffset,
  compareCheckpointValues,
  isJsonContentType,
} from "../../src/bridge/checks.js";
import { contactValues, expandInputs } from "../../src/bridge/contact.js";
import { envNameFor, maskText, maskValue, resolveAuth } from "../../src/bridge/credentials.js";
import { rewriteOrigin } from "../../src/bridge/setup.js";

describe("contract checks", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["Application/JSON", true],
    ["application/vnd.api+json", true],
    ["text/json", false],
    ["text/plain", false],
    [undefined, false],
  ])("Content-Type %s is JSON: %s", (type, expected) => {
    expect(isJsonContentType(type)).toBe(expected);
  });

  it.each([
    ["2", "10", "numbers as numbers"],
    ["2024-01-02T00:00:00Z", "2024-01-02T01:00:00+00:00", "dates as instants"],
    ["a", "b", "other strings by code point"],
  ])("orders %s before %s (%s)", (a, b) => {
    expect(compareCheckpointValues(a, b)).toBeLessThan(0);
    expect(compareCheckpointValues(b, a)).toBeGreaterThan(0);
  });

  it("ascending order names contacts lacking the field, and passes when none carries it", () => {
    const check = checkAscending(
      [
        { value: "1", at: "page 1 contacts[0]" },
        { value: undefined, at: "page 1 contacts[1]" },
      ],
      "updated_at",
    );
    expect(check).toEqual({
      id: "ascending-order",
      ok: false,
      message:
        "contacts must come in ascending order of the checkpoint field `updated_at`: page 1 contacts[1] has no `updated_at`",
    });
    expect(checkAscending([{ value: undefined, at: "x" }], "updated_at").ok).toBe(true);
  });

  it("next_offset must be a string for contacts and an integer (assumed) for agents", () => {
    expect(checkNextOffset(3, 1, new Map(), 100, "string")).toEqual({
      id: "paging",
      ok: false,
      message: 'next_offset is 3, expected a string such as "3"',
    });
    expect(checkNextOffset("3", 1, new Map(), 100, "integer")).toEqual({
      id: "paging",
      ok: false,
      message: 'next_offset is "3", expected an integer',
      assumed: true,
    });
  });

  it("action replies: string fields only", () => {
    expect(checkActionReply({ message: 1 }, 400).message).toBe("`message` is 1, expected a string");
    expect(checkActionReply([], 201).ok).toBe(false);
  });
});

describe("credentials", () => {
  it("environment variables override the file; names are upper-cased", () => {
    expect(envNameFor("api-token")).toBe("TD_AUTH_API_TOKEN");
    const fields = [
      { name: "api_token", mandatory: true, type: "input" },
      { name: "region", mandatory: false, type: "input" },
    ];
    expect(resolveAuth(fields, { api_token: "file" }, { TD_AUTH_API_TOKEN: "env" }, undefined)).toEqual({
      auth: { api_token: "env" },
      missing: [],
    });
    expect(resolveAuth(fields, {}, {}, { tokenKey: "access_token" }).missing).toEqual(["api_token", "access_token"]);
  });

  it("masks show the length and, for longer values, the last two characters", () => {
    expect(maskValue("abc")).toBe("*** (3 chars)");
    expect(maskValue("secret-token-42")).toBe("***42 (15 chars)");
    expect(maskText('{"echo":"secret-token-42"}', ["secret-token-42"])).toBe('{"echo":"***42 (15 chars)"}');
  });
});

describe("action inputs from a contact", () => {
  const contact = { id: "c1", name: "Jane van Doe", emails: ["jane@example.com"], phones: [] };

  it("splits the name at the first space and takes the first email", () => {
    expect(contactValues(contact)).toMatchObject({
      first_name: "Jane",
      last_name: "van Doe",
      email: "jane@example.com",
      phone: "",
    });
  });

  it("expands value providers, takes a Select's first option, and reports a mandatory input left empty", () => {
    const inputs = [
      { key: "subject", mandatory: true, type: "Text", format: "Call from {{ contact.first_name }}" },
      { key: "priority", mandatory: true, type: "Select", format: " low , high" },
      { key: "phone", mandatory: true, type: "Tel", format: "{{contact.phone}}" },
      { key: "count", mandatory: false, type: "Number", format: "3" },
    ];
    expect(expandInputs(inputs, contact)).toEqual({
      data: { subject: "Call from Jane", priority: "low", count: "3" },
      missing: ["phone"],
      notes: ['input `phone`: `{{contact.phone}}` has no value from the contact; sent as ""'],
    });
    expect(expandInputs(inputs, contact, { phone: "+1555" }).missing).toEqual([]);
  });
});

it("--base replaces the origin and keeps the path, with the base's path as a prefix", () => {
  const endpoint = "https://bridge.example.com/talkdesk/contact_sync?v=2";
  expect(rewriteOrigin(endpoint, new URL("http://127.0.0.1:3000"))).toBe(
    "http://127.0.0.1:3000/talkdesk/contact_sync?v=2",
  );
  expect(rewriteOrigin(endpoint, new URL("https://staging.example.com/acme/"))).toBe(
    "https://staging.example.com/acme/talkdesk/contact_sync?v=2",
  );
});
