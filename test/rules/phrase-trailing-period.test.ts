import { phraseTrailingPeriod } from "../../src/rules/phrase-trailing-period.js";
import { action, ruleTester } from "../support/rule-tester.js";

ruleTester(phraseTrailingPeriod, {
  valid: [
    { name: "no period", code: action() },
    { name: "an ellipsis is not a period", code: action({ description: "create a ticket and more..." }) },
  ],
  invalid: [
    {
      name: "periods removed by --fix",
      code: action({ display: "create a ticket.", description: "create a new ticket in Acme." }),
      errors: [
        {
          messageId: "trailingPeriod",
          data: { field: "display" },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 32,
        },
        {
          messageId: "trailingPeriod",
          data: { field: "description" },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 48,
        },
      ],
      output: action({ display: "create a ticket", description: "create a new ticket in Acme" }),
    },
  ],
});
