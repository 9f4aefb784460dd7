import { noEmptyEndpoint } from "../../src/rules/no-empty-endpoint.js";
import { integration, ruleTester } from "../support/rule-tester.js";

ruleTester(noEmptyEndpoint, {
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
          messageId: "emptyAgentSync",
          message: "remove the key if the integration has no agent synchronization",
          line: 35,
          column: 37,
          endLine: 35,
          endColumn: 39,
        },
      ],
    },
    {
      name: "empty auth validation endpoint",
      code: integration({ auth_validation_endpoint: "" }),
      errors: [{ messageId: "emptyAuthValidation", line: 28, column: 31, endLine: 28, endColumn: 33 }],
    },
  ],
});
