import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("phrase-lowercase-start", {
  valid: [
    { name: "lowercase phrases", code: action() },
    { name: "proper nouns later in the phrase", code: action({ description: "create a new ticket in Zendesk" }) },
  ],
  invalid: [
    {
      name: "capitalised display and description, lowered by --fix",
      code: action({ display: "Create a ticket", description: "Create a new ticket in Zendesk" }),
      errors: [
        { line: 4, column: 14, severity: "warning", message: 'write "create a ticket"' },
        { line: 5, column: 18, message: "`description` starts with a capital letter" },
      ],
      output: action({ display: "create a ticket", description: "create a new ticket in Zendesk" }),
    },
    {
      name: "an acronym cannot be lowered: no fix",
      code: action({ display: "SMS the caller" }),
      errors: [{ line: 4, column: 14, message: 'starts with the acronym "SMS"' }],
      output: action({ display: "SMS the caller" }),
    },
  ],
});
