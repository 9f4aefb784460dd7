import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { action, ruleTable } from "../support/rule-tester.js";

const input = (format: string) => ({ key: "k", name: "K", mandatory: false, type: "Text", format });

ruleTable("value-provider-collection", {
  valid: [
    { name: "contact", code: action() },
    {
      name: "a collection declared in the config",
      code: action({ inputs: [input("{{ticket.id}}")] }),
      options: {
        configFor: () => ({ rules: {}, settings: { ...DEFAULT_RULE_SETTINGS, collections: { ticket: ["id"] } } }),
      },
    },
  ],
  invalid: [
    {
      name: "unknown collection",
      code: action({ inputs: [input("{{ticket.id}}")] }),
      errors: [
        {
          line: 13,
          column: 17,
          severity: "warning",
          message: "unknown value-provider collection `ticket`; known collections: contact",
        },
      ],
    },
    {
      name: "misspelt collection",
      code: action({ inputs: [input("{{contcat.email}}")] }),
      errors: [{ line: 13, column: 17, message: "did you mean `contact`?" }],
    },
  ],
});
