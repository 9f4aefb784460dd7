import { integrationName } from "../../src/rules/integration-name.js";
import { integration, ruleTester } from "../support/rule-tester.js";

ruleTester(integrationName, {
  valid: [
    { name: "snake_case", code: integration() },
    { name: "dashes and capitals", code: integration({ name: "Acme-Helpdesk2" }) },
  ],
  invalid: [
    {
      name: "spaces",
      code: integration({ name: "Acme Helpdesk" }),
      errors: [
        {
          messageId: "notSystemName",
          data: { name: "`Acme Helpdesk`", suggestion: "acme_helpdesk" },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 26,
        },
      ],
    },
    {
      name: "dots",
      code: integration({ name: "acme.helpdesk" }),
      errors: [{ messageId: "notSystemName", line: 2, column: 11, endLine: 2, endColumn: 26 }],
    },
    {
      name: "nothing left to suggest",
      code: integration({ name: "!!!" }),
      errors: [{ messageId: "notSystemNameNoSuggestion", line: 2, column: 11, endLine: 2, endColumn: 16 }],
    },
  ],
});
