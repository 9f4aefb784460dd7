import { integration, ruleTable } from "../support/rule-tester.js";

const field = (name: string, type = "oauth") => ({
  field_name: name,
  display: name,
  mandatory: true,
  type,
  store: true,
});
const keyed = (name: string) => ({ [name]: { display: name, mandatory: true, type: "oauth", store: true } });

ruleTable("oauth-required-fields", {
  valid: [
    { name: "custom needs no OAuth names", code: integration() },
    {
      name: "oauth2_client_credentials with its four fields",
      code: integration({
        authentication_type: "oauth2_client_credentials",
        authentication_configuration: ["site", "client_id", "client_secret", "access_token_url"].map((n) => field(n)),
      }),
    },
    {
      name: "oauth2_password in the keyed shape",
      code: integration({
        authentication_type: "oauth2_password",
        authentication_configuration: [
          "site",
          "client_id",
          "client_secret",
          "username",
          "password",
          "access_token_url",
        ].map(keyed),
      }),
    },
    {
      name: "an invalid type is left to enum-value",
      code: integration({ authentication_type: "OAuth2", authentication_configuration: [field("site")] }),
    },
  ],
  invalid: [
    {
      name: "oauth2 without authorization_url points at the authentication_configuration key",
      code: integration({
        authentication_type: "oauth2",
        authentication_configuration: ["site", "client_id", "client_secret", "access_token_url"].map((n) => field(n)),
      }),
      errors: [{ line: 8, column: 3, message: "requires the field `authorization_url`" }],
    },
    {
      name: "oauth2_password names every missing field in one diagnostic",
      code: integration({
        authentication_type: "oauth2_password",
        authentication_configuration: [keyed("site"), keyed("client_id")],
      }),
      errors: [{ line: 8, column: 3, message: "`client_secret`, `username`, `password` and `access_token_url`" }],
    },
  ],
});
