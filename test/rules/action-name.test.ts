import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("action-name", {
  valid: [
    { name: "snake_case", code: action() },
    { name: "digits", code: action({ name: "create_ticket_v2" }) },
  ],
  invalid: [
    {
      name: "camelCase",
      code: action({ name: "createTicket" }),
      errors: [{ line: 3, column: 11, severity: "warning", message: "write `create_ticket`" }],
    },
    {
      name: "words with spaces",
      code: action({ name: "Create ticket" }),
      errors: [{ line: 3, column: 11, message: "action name `Create ticket` is not a snake_case identifier" }],
    },
    {
      name: "kebab-case",
      code: action({ name: "create-ticket" }),
      errors: [{ line: 3, column: 11, message: "`create_ticket`" }],
    },
  ],
});
