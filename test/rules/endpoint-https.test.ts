import { action, integration, ruleTable } from "../support/rule-tester.js";

ruleTable("endpoint-https", {
  valid: [
    { name: "https endpoints", code: integration() },
    { name: "https action endpoint", code: action() },
    { name: "null optional endpoint means absent", code: integration({ auth_validation_endpoint: null }) },
    { name: "empty optional endpoint is no-empty-endpoint's", code: integration({ auth_validation_endpoint: "" }) },
  ],
  invalid: [
    {
      name: "http integration endpoint is an error naming the https URL",
      code: integration({ interaction_retrieval_endpoint: "http://bridge.example.com/interactions" }),
      errors: [{ line: 30, column: 37, severity: "error", message: "write `https://bridge.example.com/interactions`" }],
    },
    {
      name: "relative action endpoint",
      code: action({ endpoint: "/actions/create_ticket" }),
      errors: [{ line: 6, column: 15, message: "`endpoint` `/actions/create_ticket` is not an absolute https URL" }],
    },
    {
      name: "empty action endpoint is an error",
      code: action({ endpoint: "" }),
      errors: [{ line: 6, column: 15, message: "`endpoint` is empty" }],
    },
  ],
});
