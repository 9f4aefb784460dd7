import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("phrase-title-case", {
  valid: [
    { name: "a phrase", code: action() },
    { name: "one capitalised proper noun", code: action({ description: "create a new ticket in Acme Helpdesk" }) },
  ],
  invalid: [
    {
      name: "Title Case display",
      code: action({ display: "Create A New Ticket" }),
      errors: [{ line: 4, column: 14, severity: "warning", message: 'write it as a phrase: "create a new ticket"' }],
    },
  ],
});
