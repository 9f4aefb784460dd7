import { interactionTypes } from "../../src/rules/interaction-types.js";
import { integration, ruleTester } from "../support/rule-tester.js";

ruleTester(interactionTypes, {
  valid: [
    { name: "distinct types", code: integration() },
    { name: "non-strings are value-type's", code: integration({ interaction_types: ["Ticket", 3, 3] }) },
  ],
  invalid: [
    {
      name: "case-only duplicate points at the later one, items counted from 1",
      code: integration({ interaction_types: ["ticket", "chat", "Ticket"] }),
      errors: [
        {
          messageId: "caseDuplicate",
          data: { type: "`Ticket`", item: 3, firstType: "`ticket`", first: 1 },
          line: 34,
          column: 5,
          endLine: 34,
          endColumn: 13,
        },
      ],
    },
    {
      name: "exact duplicate and empty item",
      code: integration({ interaction_types: ["call", "", "call"] }),
      errors: [
        {
          messageId: "empty",
          data: { item: 2 },
          message: "item 2 of `interaction_types` is empty",
          line: 33,
          column: 5,
          endLine: 33,
          endColumn: 7,
        },
        {
          messageId: "duplicate",
          data: { type: "`call`", item: 3, first: 1 },
          line: 34,
          column: 5,
          endLine: 34,
          endColumn: 11,
        },
      ],
    },
    {
      name: "the first item empty is item 1",
      code: integration({ interaction_types: [" "] }),
      errors: [{ messageId: "empty", data: { item: 1 }, line: 32, column: 5, endLine: 32, endColumn: 8 }],
    },
  ],
});
