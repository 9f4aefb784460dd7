import { phraseLowercaseStart } from "../../src/rules/phrase-lowercase-start.js";
import { action, ruleTester } from "../support/rule-tester.js";

ruleTester(phraseLowercaseStart, {
  valid: [
    { name: "lowercase phrases", code: action() },
    { name: "proper nouns later in the phrase", code: action({ description: "create a new ticket in Zendesk" }) },
    { name: "a digit first", code: action({ display: "2 step verification" }) },
  ],
  invalid: [
    {
      name: "capitalised display and description, lowered by --fix",
      code: action({ display: "Create a ticket", description: "Create a new ticket in Zendesk" }),
      errors: [
        {
          messageId: "uppercaseStart",
          data: { field: "display", suggestion: "create a ticket" },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 31,
        },
        {
          messageId: "uppercaseStart",
          message: '`description` starts with a capital letter; Talkdesk shows it after "Then", so write "create a new',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 50,
        },
      ],
      output: action({ display: "create a ticket", description: "create a new ticket in Zendesk" }),
    },
    {
      name: "leading spaces are dropped by the fix",
      code: action({ display: "  Create a ticket" }),
      errors: [{ messageId: "uppercaseStart", line: 4, column: 14, endLine: 4, endColumn: 33 }],
      output: action({ display: "create a ticket" }),
    },
    {
      name: "an acronym cannot be lowered: no fix",
      code: action({ display: "SMS the caller" }),
      errors: [
        {
          messageId: "acronymStart",
          data: { field: "display", word: "SMS", lowered: "sMS" },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 30,
        },
      ],
      output: action({ display: "SMS the caller" }),
    },
  ],
});
