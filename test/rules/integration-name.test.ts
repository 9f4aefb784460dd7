import { integration, ruleTable } from "../support/rule-tester.js";

ruleTable("integration-name", {
  valid: [
    { name: "snake_case", code: integration() },
    { name: "dashes and capitals", code: integration({ name: "Acme-Helpdesk2" }) },
  ],
  invalid: [
    {
      name: "spaces",
      code: integration({ name: "Acme Helpdesk" }),
      errors: [{ line: 2, column: 11, severity: "warning", message: "write `acme_helpdesk`" }],
    },
    {
      name: "dots",
      code: integration({ name: "acme.helpdesk" }),
      errors: [{ line: 2, column: 11, message: "integration name `acme.helpdesk` is not a system name" }],
    },
  ],
});
