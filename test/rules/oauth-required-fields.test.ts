import { oauthRequiredFields } from "../../src/rules/oauth-required-fields.js";
import { integration, ruleTester } from "../support/rule-tester.js";

const field = (name: string, type = "oauth") => ({
  field_name: name,
  display: name,
  mandatory: true,
  type,
  store: true,
});
const keyed = (name: string) => ({ [name]: { display: name, mandatory: true, type: "oauth", store: true } });
const OAUTH2 = "site, client_id, client_secret, authorization_url, access_token_url";

ruleTester(oauthRequiredFields, {
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
      name: "OAuth2 in another case with every field",
      code: integration({
        authentication_type: "OAuth2",
        authentication_configuration: OAUTH2.split(", ").map((n) => field(n)),
      }),
    },
    {
      name: "a type that is none of the five is left to enum-value",
      code: integration({ authentication_type: "oauth3", authentication_configuration: [field("site")] }),
    },
    {
      name: "an empty list is auth-configuration-required's",
      code: integration({ authentication_type: "oauth2", authentication_configuration: [] }),
    },
  ],
  invalid: [
    {
      name: "oauth2 without authorization_url points at the authentication_configuration key",
      code: integration({
        authentication_type: "oauth2",
        authentication_configuration: ["site", "client_id", "client_secret", "access_token_url"].map((n) => field(n)),
      }),
      errors: [
        {
          messageId: "missingField",
          data: { type: "oauth2", missing: "`authorization_url`", required: OAUTH2 },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 33,
        },
      ],
    },
    {
      name: "oauth2_password names every missing field in one diagnostic",
      code: integration({
        authentication_type: "oauth2_password",
        authentication_configuration: [keyed("site"), keyed("client_id")],
      }),
      errors: [
        {
          messageId: "missingFields",
          message: "requires the auth fields `client_secret`, `username`, `password` and `access_token_url`",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 33,
        },
      ],
    },
    {
      name: "OAuth2 is read as oauth2 (enum-value reports the case in the same run)",
      code: integration({
        authentication_type: "OAuth2",
        authentication_configuration: ["site", "client_id", "client_secret"].map((n) => field(n)),
      }),
      errors: [
        {
          messageId: "missingFields",
          data: { type: "oauth2", missing: "`authorization_url` and `access_token_url`", required: OAUTH2 },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 33,
        },
      ],
    },
  ],
});
