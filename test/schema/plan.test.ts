import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { lintPlans, type PlanKind, planOf } from "../../src/schema/lint-plans.js";
import { planIssues } from "../../src/schema/plan.js";
import { zodJudge } from "../support/zod-judge.js";

// lint judges documents the fast validator rejects with plans derived from its zod schemas, not with
// zod (test/schema/fast-validate.test.ts compares the two on the corpora and on mutated manifests).
// These are the values those may never reach: each one against zod directly.

const INPUT = { key: "k", name: "Name", mandatory: true, type: "Text", format: "{{contact.email}}" };
const ACTION = { provider: "p", name: "n", display: "d", description: "d", endpoint: "https://x", inputs: [INPUT] };
const { provider: _, ...WITHOUT_PROVIDER } = ACTION;
const FIELD = { display: "Token", mandatory: true, store: true, type: "input", source: "input", help: "h" };
const INTEGRATION = {
  name: "n",
  display_name: "N",
  description: "d",
  logo_url: "https://x/l.png",
  icon_url: "https://x/i.png",
  authentication_type: "custom",
  authentication_configuration: [{ field_name: "token", ...FIELD }],
  interaction_types: ["ticket"],
};

const cases: [string, PlanKind, unknown][] = [
  ...[Number.POSITIVE_INFINITY, Number.NaN, true, null, 1.5, "x", [], {}, undefined].map(
    (format) =>
      [`an input format of ${String(format)}`, "action", { ...ACTION, inputs: [{ ...INPUT, format }] }] as [
        string,
        PlanKind,
        unknown,
      ],
  ),
  ...["TEXT", "tEXt", "Texts", "", "\u212Aey", 5, null].map(
    (type) =>
      [`an input type of ${String(type)}`, "action", { ...ACTION, inputs: [{ ...INPUT, type }] }] as [
        string,
        PlanKind,
        unknown,
      ],
  ),
  ["inputs that are not a list", "action", { ...ACTION, inputs: {} }],
  ["inputs holding null, a number and a list", "action", { ...ACTION, inputs: [null, 1, []] }],
  ["an action with every key missing", "action", {}],
  [
    "an action with keys of the wrong types",
    "action",
    { provider: 1, name: null, display: [], description: {}, endpoint: true, inputs: "x" },
  ],
  [
    "a key only inherited from the prototype",
    "action",
    Object.assign(Object.create({ provider: "p" }), WITHOUT_PROVIDER),
  ],
  ["an authentication type in capitals", "integration", { ...INTEGRATION, authentication_type: "CUSTOM" }],
  ["an unknown authentication type", "integration", { ...INTEGRATION, authentication_type: 3 }],
  ["interaction types holding a number", "integration", { ...INTEGRATION, interaction_types: ["a", 1] }],
  [
    "null endpoints and configuration",
    "integration",
    { ...INTEGRATION, auth_validation_endpoint: null, authentication_configuration: null },
  ],
  ["an integration with every key missing", "integration", {}],
  ...["text", "Password", "OAUTH", "inputs", 0].map(
    (type) => [`an auth field type of ${String(type)}`, "authField", { ...FIELD, type }] as [string, PlanKind, unknown],
  ),
  ["an auth field source in capitals", "authField", { ...FIELD, source: "Input" }],
  ["an auth field with help and format null", "authField", { ...FIELD, help: null, format: null }],
  ["an auth field with every key missing", "listAuthField", {}],
  ["an auth field that is a list", "authField", []],
];

describe("lint's plans judge as zod does", () => {
  it.each(cases)("on %s", (_, kind, value) => {
    expect(planIssues(lintPlans[kind], value)).toEqual(zodJudge(kind, value));
  });

  it("refuse schemas they would not judge exactly", () => {
    for (const schema of [
      z.string().check(z.minLength(3)),
      z.record(z.string(), z.string()),
      z.looseObject({ a: z.string() }),
      z.number().check(z.positive()),
      z.xor([z.string(), z.number()]),
      z.literal("x"),
    ]) {
      expect(() => planOf(schema)).toThrow(/cannot describe/);
    }
  });
});
