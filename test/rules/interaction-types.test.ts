import { integration, ruleTable } from "../support/rule-tester.js";

ruleTable("interaction-types", {
  valid: [
    { name: "distinct types", code: integration() },
    { name: "non-strings are value-type's", code: integration({ interaction_types: ["Ticket", 3, 3] }) },
  ],
  invalid: [
    {
      name: "case-only duplicate points at the later one",
      code: integration({ interaction_types: ["ticket", "chat", "Ticket"] }),
      errors: [{ line: 34, column: 5, severity: "warning", message: "`Ticket` duplicates `ticket` (item 0)" }],
    },
    {
      name: "exact duplicate and empty item",
      code: integration({ interaction_types: ["call", "", "call"] }),
      errors: [
        { line: 33, column: 5, message: "item 1 of `interaction_types` is empty" },
        { line: 34, column: 5, message: "`call` is listed twice" },
      ],
    },
  ],
});
