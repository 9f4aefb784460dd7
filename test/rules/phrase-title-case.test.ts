import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("phrase-title-case", {
  valid: [
    { name: "a phrase", code: action() },
    { name: "one capitalised proper noun", code: action({ description: "create a new ticket in Acme Helpdesk" }) },
    { name: "a two-word proper noun after a lowercase verb", code: action({ display: "open Google Maps" }) },
    { name: "an acronym", code: action({ display: "send SMS via Twilio" }) },
  ],
  invalid: [
    {
      name: "Title Case display",
      code: action({ display: "Create A New Ticket" }),
      errors: [{ line: 4, column: 14, severity: "warning", message: 'write it as a phrase: "create a new ticket"' }],
    },
    {
      name: "Title Case after the first letter was lowered (as --fix leaves it)",
      code: action({ display: "create A New Ticket In Zendesk" }),
      errors: [{ line: 4, column: 14, severity: "warning", message: "Title Case" }],
    },
  ],
});
