import { noSecrets } from "../../src/rules/no-secrets.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

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

ruleTester(noSecrets, {
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
          messageId: "inInputDefault",
          data: { input: "`k`", kind: "a Stripe live key" },
          line: 13,
          column: 17,
          endLine: 13,
          endColumn: 51,
        },
      ],
    },
    {
      name: "an input without a key is counted from 1",
      code: action({
        inputs: [{ name: "K", mandatory: false, type: "Text", format: "sk_live_51HxYzAbCdEfGhIjKlMnOpQr" }],
      }),
      errors: [
        {
          messageId: "inInputDefault",
          data: { input: 1, kind: "a Stripe live key" },
          line: 12,
          column: 17,
          endLine: 12,
          endColumn: 51,
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
          messageId: "inAuthField",
          data: { key: "help", field: "`token`", kind: "a GitHub token" },
          line: 15,
          column: 15,
          endLine: 15,
          endColumn: 61,
        },
      ],
    },
    {
      name: "an auth field without a name is counted from 1",
      code: integration({
        authentication_configuration: [
          {
            display: "T",
            mandatory: true,
            type: "input",
            store: true,
            help: "use ghp_16C7e42F292c6912E7710c838347Ae178B4a",
          },
        ],
      }),
      errors: [
        {
          messageId: "inAuthField",
          data: { key: "help", field: 1, kind: "a GitHub token" },
          line: 14,
          column: 15,
          endLine: 14,
          endColumn: 61,
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
        { messageId: "inInputDefault", message: "a Slack token", line: 13, column: 17, endLine: 13, endColumn: 45 },
        {
          messageId: "inInputDefault",
          message: "an AWS access key id",
          line: 20,
          column: 17,
          endLine: 20,
          endColumn: 39,
        },
        {
          messageId: "inInputDefault",
          message: "a JSON Web Token",
          line: 27,
          column: 17,
          endLine: 27,
          endColumn: 111,
        },
      ],
    },
    {
      name: "a random token next to a placeholder in an auth format",
      code: integration({
        authentication_configuration: [field({ format: "https://{{token}}.example.com?key=Zx9Qw3Er7Ty1Ui5Op2As8Df4" })],
      }),
      errors: [
        {
          messageId: "inAuthField",
          data: { key: "format", field: "`token`", kind: "a long random token" },
          line: 15,
          column: 17,
          endLine: 15,
          endColumn: 77,
        },
      ],
    },
  ],
});
