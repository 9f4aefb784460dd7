import { describe, expect, it } from "vitest";
import { datetimeProblem } from "../../../src/rules/checks/datetime.js";
import { inputDefaultProblem } from "../../../src/rules/checks/input-default.js";
import { phraseProblems } from "../../../src/rules/checks/phrase.js";
import { selectOptionsProblems, splitOptions } from "../../../src/rules/checks/select-options.js";
import { braceProblems } from "../../../src/rules/checks/template-braces.js";
import {
  knownCollections,
  parseValueProvider,
  valueProviderProblem,
} from "../../../src/rules/checks/value-provider.js";

// The shared checks answer in codes and data, never in words: lint, render and init word them alike.

describe("checks/datetime", () => {
  it.each([
    ["2026-03-15", undefined],
    ["2026-03-15T08:30:00-05:30", undefined],
    ["2024-02-29", undefined],
    ["2026-02-29", { code: "noSuchDay", yearMonth: "2026-02", day: "29" }],
    ["2026-00-10", { code: "noSuchMonth", month: "00" }],
    ["2026-01-01T12:60:00", { code: "noSuchTime", time: "12:60:00" }],
    ["2026-01-01T12:00:00-12:60", { code: "noSuchOffset", offset: "-12:60" }],
    ["2026-1-1", { code: "notDatetime" }],
  ])("%s", (text, problem) => {
    expect(datetimeProblem(text)).toEqual(problem);
  });
});

describe("checks/select-options", () => {
  it("splits and trims", () => {
    expect(splitOptions("a, b ,c")).toEqual(["a", "b", "c"]);
  });
  it.each([
    ["low,normal,high", []],
    [" ", [{ code: "emptyList" }]],
    [
      "a,,b,a",
      [
        { code: "emptyOption", option: 2 },
        { code: "duplicateOption", option: "a" },
      ],
    ],
    [
      "b,a,a,b",
      [
        { code: "duplicateOption", option: "a" },
        { code: "duplicateOption", option: "b" },
      ],
    ],
  ])("%j", (format, problems) => {
    expect(selectOptionsProblems(format)).toEqual(problems);
  });
});

describe("checks/value-provider", () => {
  const collections = knownCollections({ ticket: ["id"] });
  it("parses collection.field", () => {
    expect(parseValueProvider(" contact.email ")).toEqual({ collection: "contact", field: "email" });
    expect(parseValueProvider("email")).toBeUndefined();
    expect(parseValueProvider("a.b.c")).toBeUndefined();
  });
  it("knows the built-in and the configured collections", () => {
    expect(valueProviderProblem("contact.email", collections)).toBeUndefined();
    expect(valueProviderProblem("ticket.id", collections)).toBeUndefined();
    expect(valueProviderProblem("contact.emial", collections)).toMatchObject({
      code: "unknownField",
      collection: "contact",
      field: "emial",
      suggestion: "email",
    });
    expect(valueProviderProblem("tikcet.id", collections)).toMatchObject({
      code: "unknownCollection",
      suggestion: "ticket",
    });
    expect(valueProviderProblem("contact", collections)).toEqual({ code: "notCollectionField" });
  });
  it("a declared collection adds fields to a built-in one", () => {
    expect(knownCollections({ contact: ["crm_id"] }).contact).toContain("crm_id");
    expect(knownCollections({ contact: ["crm_id"] }).contact).toContain("email");
  });
});

describe("checks/template-braces", () => {
  it("gives codes and offsets", () => {
    expect(braceProblems("a {{b c}} }} {x.y} {{")).toEqual([
      { code: "invalidPlaceholder", data: { written: "{{b c}}" }, start: 2, end: 9 },
      { code: "unopened", data: {}, start: 10, end: 12 },
      { code: "singleBraces", data: { written: "{x.y}", suggestion: "{{x.y}}" }, start: 13, end: 18 },
      { code: "unclosed", data: {}, start: 19, end: 21 },
    ]);
  });
});

describe("checks/input-default", () => {
  it.each([
    ["Number", 2.5, { code: "notInteger", rounded: 3 }],
    ["Number", "-7", undefined],
    ["Number", "x{{contact.phone}}", { code: "mixedWithProvider" }],
    ["Datetime", "2026-02-30", { code: "noSuchDay", yearMonth: "2026-02", day: "30" }],
    ["Datetime", 5, { code: "numberNotString" }],
    ["URL", "example.com/x", { code: "notAbsoluteUrl", suggestion: "https://example.com/x" }],
    ["URL", "{{contact.website}}", undefined],
    ["Tel", "+1 (555) {{contact.phone}}", undefined],
    ["Tel", "ext", { code: "notPhoneNumber" }],
    ["Text", "anything", undefined],
  ] as const)("%s %j", (type, format, problem) => {
    expect(inputDefaultProblem(type, format)).toEqual(problem);
  });
});

describe("checks/phrase", () => {
  it("gives message ids and data, and the safe fix", () => {
    expect(phraseProblems("Then Create A Ticket.", "display", 10)).toEqual([
      expect.objectContaining({ messageId: "uppercaseStart", fixed: "then Create A Ticket." }),
      expect.objectContaining({ messageId: "titleCase" }),
      expect.objectContaining({ messageId: "leadingThen", fixed: "Create A Ticket." }),
      expect.objectContaining({
        messageId: "trailingPeriod",
        data: { field: "display" },
        fixed: "Then Create A Ticket",
      }),
      expect.objectContaining({ messageId: "tooLong", data: { length: 21, limit: 10, truncated: "Then Crea…" } }),
    ]);
  });
});
