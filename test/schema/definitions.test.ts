import { describe, expect, it } from "vitest";
import {
  ACTION_KEYS,
  AUTH_FIELD_KEYS,
  INPUT_KEYS,
  INTEGRATION_KEYS,
  LEGACY_INTEGRATION_KEYS,
  META_KEYS,
} from "../../src/manifest/vocabulary.js";
import { DEFINITIONS } from "../../src/schema/definitions.js";

const keysOf = (kind: keyof typeof DEFINITIONS) =>
  Object.entries(DEFINITIONS[kind].properties)
    .filter(([, property]) => property.legacyOf === undefined)
    .map(([key]) => key)
    .filter((key) => !(META_KEYS as readonly string[]).includes(key))
    .sort();

describe("the format's definitions", () => {
  it("define the keys of the format's vocabulary, and nothing else", () => {
    expect(keysOf("integration")).toEqual([...INTEGRATION_KEYS].sort());
    expect(keysOf("action")).toEqual([...ACTION_KEYS].sort());
    expect(keysOf("listAuthField")).toEqual([...AUTH_FIELD_KEYS].sort());
    expect(keysOf("keyedAuthField")).toEqual(AUTH_FIELD_KEYS.filter((key) => key !== "field_name").sort());
    expect(keysOf("input")).toEqual([...INPUT_KEYS].sort());
  });

  it("mark the older spec's names as legacy, with what replaced them", () => {
    const legacy = Object.fromEntries(
      Object.entries(DEFINITIONS.integration.properties).flatMap(([key, property]) =>
        property.legacyOf === undefined ? [] : [[key, property.legacyOf]],
      ),
    );
    expect(legacy).toEqual(LEGACY_INTEGRATION_KEYS);
  });

  it("describe every property, and give a hint wherever a message asks for a value", () => {
    const problems: string[] = [];
    for (const [kind, definition] of Object.entries(DEFINITIONS)) {
      for (const [key, property] of Object.entries(definition.properties)) {
        if (!property.description.trim()) problems.push(`${kind}.${key}: no description`);
        const asked = property.required || property.nonBlank === "no-empty-value";
        if (asked && !property.hint?.trim()) problems.push(`${kind}.${key}: no hint`);
        if (property.nonBlank && !property.types.includes("string")) problems.push(`${kind}.${key}: blank non-string`);
        if (property.enumeration && property.types.join() !== "string")
          problems.push(`${kind}.${key}: enum non-string`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("read an input without mandatory as false, and require it of auth fields", () => {
    expect(DEFINITIONS.input.properties.mandatory?.required).toBe(false);
    expect(DEFINITIONS.listAuthField.properties.mandatory?.required).toBe(true);
    expect(DEFINITIONS.integration.properties.authentication_type?.required).toBe(true);
  });
});
