import { phraseLeadingThen } from "../../src/rules/phrase-leading-then.js";
import { action, ruleTester } from "../support/rule-tester.js";

ruleTester(phraseLeadingThen, {
  valid: [
    { name: "no then", code: action() },
    { name: "then inside the phrase", code: action({ description: "log the call and then close the ticket" }) },
    { name: "a word that starts with then", code: action({ display: "thenceforth close it" }) },
  ],
  invalid: [
    {
      name: "leading then is removed by --fix",
      code: action({ display: "then add a note" }),
      errors: [
        {
          messageId: "leadingThen",
          data: { field: "display", word: "then", reads: "Then then add a note" },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 31,
        },
      ],
      output: action({ display: "add a note" }),
    },
    {
      name: "in the description, with a comma",
      code: action({ description: "Then, log the call" }),
      errors: [
        {
          messageId: "leadingThen",
          message: '`description` starts with "Then,"',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 38,
        },
      ],
      output: action({ description: "log the call" }),
    },
    {
      name: "only then: nothing left to keep, no fix",
      code: action({ display: "then" }),
      errors: [{ messageId: "leadingThen", line: 4, column: 14, endLine: 4, endColumn: 20 }],
      output: action({ display: "then" }),
    },
  ],
});
