import { authFormatFields } from "../../src/rules/auth-format-fields.js";
import { integration, ruleTester } from "../support/rule-tester.js";

const field = (name: string, format?: string) => ({
  field_name: name,
  display: "X",
  mandatory: true,
  type: "input",
  store: true,
  ...(format === undefined ? {} : { format }),
});

ruleTester(authFormatFields, {
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
          messageId: "unknown",
          data: { placeholder: "{{account}}", fields: "subdomain, api_key" },
          line: 15,
          column: 17,
          endLine: 15,
          endColumn: 50,
        },
      ],
    },
    {
      name: "close name gets a suggestion",
      code: integration({ authentication_configuration: [field("subdomain", "https://{{subdomian}}.example.org")] }),
      errors: [
        {
          messageId: "unknownSuggestion",
          data: { placeholder: "{{subdomian}}", suggestion: "{{subdomain}}" },
          message: "did you mean `{{subdomain}}`?",
          line: 15,
          column: 17,
          endLine: 15,
          endColumn: 52,
        },
      ],
    },
    {
      name: "no field has a name to use",
      code: integration({
        authentication_configuration: [{ display: "X", mandatory: true, type: "input", store: true, format: "{{x}}" }],
      }),
      errors: [
        {
          messageId: "unknownNoFields",
          data: { placeholder: "{{x}}" },
          line: 14,
          column: 17,
          endLine: 14,
          endColumn: 24,
        },
      ],
    },
  ],
});
