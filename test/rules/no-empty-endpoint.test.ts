import { integration, ruleTable } from "../support/rule-tester.js";

ruleTable("no-empty-endpoint", {
  valid: [
    { name: "endpoints given", code: integration() },
    { name: "endpoint omitted", code: integration({ contact_synchronization_endpoint: undefined }) },
  ],
  invalid: [
    {
      name: "empty agent sync endpoint",
      code: integration({ agent_synchronization_endpoint: "" }),
      errors: [
        {
          line: 35,
          column: 37,
          severity: "warning",
          message: "remove the key if the integration has no agent synchronization",
        },
      ],
    },
  ],
});
