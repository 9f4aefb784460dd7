import { actionName } from "../../src/rules/action-name.js";
import { action, ruleTester } from "../support/rule-tester.js";

ruleTester(actionName, {
  valid: [
    { name: "snake_case", code: action() },
    { name: "digits", code: action({ name: "create_ticket_v2" }) },
    { name: "an empty name is no-empty-value's", code: action({ name: "" }) },
  ],
  invalid: [
    {
      name: "camelCase",
      code: action({ name: "createTicket" }),
      errors: [
        {
          messageId: "notSnakeCase",
          data: { name: "`createTicket`", suggestion: "create_ticket" },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 25,
        },
      ],
    },
    {
      name: "words with spaces",
      code: action({ name: "Create ticket" }),
      errors: [
        {
          messageId: "notSnakeCase",
          data: { name: "`Create ticket`", suggestion: "create_ticket" },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 26,
        },
      ],
    },
    {
      name: "kebab-case",
      code: action({ name: "create-ticket" }),
      errors: [{ messageId: "notSnakeCase", line: 3, column: 11, endLine: 3, endColumn: 26 }],
    },
    {
      name: "nothing snake_case to suggest when it starts with a digit",
      code: action({ name: "2FA" }),
      errors: [
        {
          messageId: "notSnakeCaseNoSuggestion",
          data: { name: "`2FA`" },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
  ],
});
