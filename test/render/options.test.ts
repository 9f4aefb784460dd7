import { describe, expect, it } from "vitest";
import { parseContactJson, parseSetValues } from "../../src/render/options.js";

describe("parseSetValues", () => {
  it("reads NAME=VALUE pairs; the value keeps everything after the first =", () => {
    expect(
      parseSetValues(["contact.email=a@b.co", "account=acme", "note=a=b", "{{ticket.id}}=7", "account=eu"]),
    ).toEqual({
      "contact.email": "a@b.co",
      account: "eu",
      note: "a=b",
      "ticket.id": "7",
    });
  });

  it.each([
    ["account", '--set expects NAME=VALUE, such as --set contact.email=a@b.co; got "account"'],
    [
      "=x",
      '--set "=x": "" is not a placeholder name; use letters, digits and _ separated by dots, such as contact.email or account',
    ],
    ["contact.mail=x", '--set "contact.mail=x": the contact collection has no field "mail"; did you mean "email"?'],
  ])("%s is a usage error", (entry, message) => {
    expect(() => parseSetValues([entry])).toThrow(message);
  });
});

describe("parseContactJson", () => {
  it("reads contact fields", () => {
    expect(parseContactJson('\uFEFF{"email": "sam@example.com", "first_name": "Sam"}', "c.json")).toEqual({
      email: "sam@example.com",
      first_name: "Sam",
    });
  });

  it.each([
    [
      '{"email": "x",}',
      "--contact c.json:1:14: invalid JSON: trailing comma; JSON does not allow a comma before a closing bracket, remove it",
    ],
    [
      "[]",
      '--contact c.json must hold one JSON object of contact fields, such as {"first_name": "Dana", "email": "dana@example.com"}',
    ],
    ['{"phonee": "1"}', '--contact c.json: the contact collection has no field "phonee"; did you mean "phone"?'],
    [
      '{"phone": 5550142}',
      '--contact c.json: "phone" must be a string (every contact field is text), not a number; write it in double quotes',
    ],
  ])("%s is a usage error", (text, message) => {
    expect(() => parseContactJson(text, "c.json")).toThrow(message);
  });
});
