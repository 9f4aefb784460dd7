import { action, integration, ruleTable } from "../support/rule-tester.js";

const input = (format: string) => ({ key: "k", name: "K", mandatory: false, type: "Text", format });
const field = (extra: Record<string, string>) => ({
  field_name: "token",
  display: "T",
  mandatory: true,
  type: "input",
  store: true,
  ...extra,
});
const clean = (format: string) => ({ name: format, code: action({ inputs: [input(format)] }) });

ruleTable("no-secrets", {
  valid: [
    clean("{{contact.email}}"),
    clean("https://api.fieldpro.example.com/oauth2/token/v2/integrations"),
    clean("customer_request_duplicate_2024"),
    clean("order_number_12345678901234567890"),
    clean("123e4567-e89b-12d3-a456-426614174000"),
    clean("Centralizing all the customer conversations so nothing gets ignored"),
    { name: "auth format with a placeholder", code: integration() },
    {
      name: "help text",
      code: integration({ authentication_configuration: [field({ help: "Under Settings > Channels > API tokens" })] }),
    },
  ],
  invalid: [
    {
      name: "Stripe live key as an input default",
      code: action({ inputs: [input("sk_live_51HxYzAbCdEfGhIjKlMnOpQr")] }),
      errors: [
        {
          line: 13,
          column: 17,
          severity: "warning",
          message: "the default of input `k` looks like a real credential (a Stripe live key)",
        },
      ],
    },
    {
      name: "GitHub token in auth help",
      code: integration({
        authentication_configuration: [field({ help: "use ghp_16C7e42F292c6912E7710c838347Ae178B4a" })],
      }),
      errors: [
        {
          line: 15,
          column: 15,
          message: "the help of auth field `token` looks like a real credential (a GitHub token)",
        },
      ],
    },
    {
      name: "Slack, AWS and JWT",
      code: action({
        inputs: [
          input("xoxb-1234567890-abcdefghij"),
          { ...input("AKIAIOSFODNN7EXAMPLE"), key: "l" },
          {
            ...input("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"),
            key: "m",
          },
        ],
      }),
      errors: [
        { line: 13, column: 17, message: "a Slack token" },
        { line: 20, column: 17, message: "an AWS access key id" },
        { line: 27, column: 17, message: "a JSON Web Token" },
      ],
    },
    {
      name: "a random token next to a placeholder in an auth format",
      code: integration({
        authentication_configuration: [field({ format: "https://{{token}}.example.com?key=Zx9Qw3Er7Ty1Ui5Op2As8Df4" })],
      }),
      errors: [{ line: 15, column: 17, message: "(a long random token)" }],
    },
  ],
});
