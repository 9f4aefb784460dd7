import { integration, ruleTable } from "../support/rule-tester.js";

const field = (name: string, format?: string) => ({
  field_name: name,
  display: "X",
  mandatory: true,
  type: "input",
  store: true,
  ...(format === undefined ? {} : { format }),
});

ruleTable("auth-format-fields", {
  valid: [
    { name: "format names its own field", code: integration() },
    {
      name: "format names another field, keyed shape",
      code: integration({
        authentication_configuration: [
          { site: { display: "S", mandatory: true, type: "input", store: true } },
          { token: { display: "T", mandatory: true, type: "input", store: true, format: "{{site}}/{{ token }}" } },
        ],
      }),
    },
    {
      name: "no placeholder",
      code: integration({ authentication_configuration: [field("a", "https://example.com")] }),
    },
  ],
  invalid: [
    {
      name: "unknown field with the list of fields",
      code: integration({
        authentication_configuration: [field("subdomain", "https://{{account}}.example.org"), field("api_key")],
      }),
      errors: [
        {
          line: 15,
          column: 17,
          message:
            "`{{account}}` in `format` names no field of `authentication_configuration` (its fields: subdomain, api_key)",
        },
      ],
    },
    {
      name: "close name gets a suggestion",
      code: integration({ authentication_configuration: [field("subdomain", "https://{{subdomian}}.example.org")] }),
      errors: [{ line: 15, column: 17, message: "did you mean `{{subdomain}}`?" }],
    },
  ],
});
