import { endpointHttps } from "../../src/rules/endpoint-https.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

ruleTester(endpointHttps, {
  valid: [
    { name: "https endpoints", code: integration() },
    { name: "https action endpoint", code: action() },
    { name: "null optional endpoint means absent", code: integration({ auth_validation_endpoint: null }) },
    { name: "empty optional endpoint is no-empty-endpoint's", code: integration({ auth_validation_endpoint: "" }) },
    { name: "a port and a query", code: action({ endpoint: "https://localhost:8443/actions?x=1" }) },
  ],
  invalid: [
    {
      name: "http integration endpoint is an error naming the https URL",
      code: integration({ interaction_retrieval_endpoint: "http://bridge.example.com/interactions" }),
      errors: [
        {
          messageId: "http",
          data: {
            key: "interaction_retrieval_endpoint",
            value: "`http://bridge.example.com/interactions`",
            fix: "https://bridge.example.com/interactions",
          },
          line: 30,
          column: 37,
          endLine: 30,
          endColumn: 77,
        },
      ],
    },
    {
      name: "HTTP in capitals gets an https fix",
      code: action({ endpoint: "HTTP://bridge.example.com/x" }),
      errors: [
        {
          messageId: "http",
          data: { key: "endpoint", value: "`HTTP://bridge.example.com/x`", fix: "https://bridge.example.com/x" },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 44,
        },
      ],
    },
    {
      name: "relative action endpoint",
      code: action({ endpoint: "/actions/create_ticket" }),
      errors: [
        {
          messageId: "notAbsoluteNoFix",
          data: { key: "endpoint", value: "`/actions/create_ticket`" },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 39,
        },
      ],
    },
    {
      name: "a host without scheme gets the full URL suggested",
      code: integration({ auth_validation_endpoint: "bridge.example.com/x" }),
      errors: [
        {
          messageId: "notAbsolute",
          data: {
            key: "auth_validation_endpoint",
            value: "`bridge.example.com/x`",
            fix: "https://bridge.example.com/x",
          },
          line: 28,
          column: 31,
          endLine: 28,
          endColumn: 53,
        },
      ],
    },
    {
      name: "a trailing space",
      code: action({ endpoint: "https://bridge.example.com/x " }),
      errors: [
        {
          messageId: "spaces",
          data: { key: "endpoint", value: "`https://bridge.example.com/x `", fix: "https://bridge.example.com/x" },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 46,
        },
      ],
    },
    {
      name: "empty action endpoint is an error",
      code: action({ endpoint: "" }),
      errors: [{ messageId: "emptyActionEndpoint", line: 6, column: 15, endLine: 6, endColumn: 17 }],
    },
  ],
});
