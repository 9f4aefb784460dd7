import { authConfigurationRequired } from "../../src/rules/auth-configuration-required.js";
import { integration, ruleTester } from "../support/rule-tester.js";

ruleTester(authConfigurationRequired, {
  valid: [
    { name: "custom with fields", code: integration() },
    {
      name: "none without configuration",
      code: integration({ authentication_type: "none", authentication_configuration: undefined }),
    },
    {
      name: "NONE in another case without configuration",
      code: integration({ authentication_type: "NONE", authentication_configuration: undefined }),
    },
    {
      name: "a type that is none of the five is left to enum-value",
      code: integration({ authentication_type: "basic", authentication_configuration: undefined }),
    },
    {
      name: "legacy authentication_fields is reported by its own rule",
      code: integration({ authentication_configuration: undefined, authentication_fields: [] }),
    },
  ],
  invalid: [
    {
      name: "custom without authentication_configuration points at the opening brace",
      code: integration({ authentication_configuration: undefined }),
      errors: [{ messageId: "missing", data: { type: "custom" }, line: 1, column: 1, endLine: 1, endColumn: 2 }],
    },
    {
      name: "Custom in another case is read as custom",
      code: integration({ authentication_type: "Custom", authentication_configuration: undefined }),
      errors: [{ messageId: "missing", data: { type: "custom" }, line: 1, column: 1, endLine: 1, endColumn: 2 }],
    },
    {
      name: "oauth2 with an empty list points at the list",
      code: integration({ authentication_type: "oauth2", authentication_configuration: [] }),
      errors: [{ messageId: "empty", data: { type: "oauth2" }, line: 8, column: 35, endLine: 8, endColumn: 37 }],
    },
    {
      name: "null means absent; an OAuth type names the fields it needs",
      code: integration({ authentication_type: "oauth2_client_credentials", authentication_configuration: null }),
      errors: [
        {
          messageId: "missingOAuth",
          data: { type: "oauth2_client_credentials", required: "site, client_id, client_secret, access_token_url" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
      ],
    },
  ],
});
