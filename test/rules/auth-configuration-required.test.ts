import { integration, ruleTable } from "../support/rule-tester.js";

ruleTable("auth-configuration-required", {
  valid: [
    { name: "custom with fields", code: integration() },
    {
      name: "none without configuration",
      code: integration({ authentication_type: "none", authentication_configuration: undefined }),
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
      errors: [{ line: 1, column: 1, message: "authentication_type `custom` needs `authentication_configuration`" }],
    },
    {
      name: "oauth2 with an empty list points at the list",
      code: integration({ authentication_type: "oauth2", authentication_configuration: [] }),
      errors: [{ line: 8, column: 35, message: "`authentication_configuration` is empty" }],
    },
    {
      name: "null means absent",
      code: integration({ authentication_type: "oauth2_client_credentials", authentication_configuration: null }),
      errors: [{ line: 1, column: 1, message: "(at least site, client_id, client_secret, access_token_url)" }],
    },
  ],
});
