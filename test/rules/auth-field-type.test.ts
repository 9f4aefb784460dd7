import { authFieldType } from "../../src/rules/auth-field-type.js";
import { integration, ruleTester } from "../support/rule-tester.js";

const field = (type: string) => ({ field_name: "token", display: "Token", mandatory: true, type, store: true });

ruleTester(authFieldType, {
  valid: [
    { name: "input", code: integration({ authentication_configuration: [field("input")] }) },
    { name: "oauth", code: integration({ authentication_configuration: [field("oauth")] }) },
    {
      name: "an unknown value is enum-value's",
      code: integration({ authentication_configuration: [field("secret")] }),
    },
  ],
  invalid: [
    {
      name: "Input is lowered by --fix",
      code: integration({ authentication_configuration: [field("Input")] }),
      errors: [
        {
          messageId: "wrongCase",
          data: { type: "Input", fix: "input" },
          line: 13,
          column: 15,
          endLine: 13,
          endColumn: 22,
        },
      ],
      output: integration({ authentication_configuration: [field("input")] }),
    },
    {
      name: "OAuth is lowered by --fix",
      code: integration({ authentication_configuration: [field("OAuth")] }),
      errors: [
        {
          messageId: "wrongCase",
          data: { type: "OAuth", fix: "oauth" },
          line: 13,
          column: 15,
          endLine: 13,
          endColumn: 22,
        },
      ],
      output: integration({ authentication_configuration: [field("oauth")] }),
    },
    {
      name: "Password suggests input but is not rewritten",
      code: integration({ authentication_configuration: [field("Password")] }),
      errors: [
        {
          messageId: "documentColumn",
          data: { type: "Password", fix: "input" },
          line: 13,
          column: 15,
          endLine: 13,
          endColumn: 25,
        },
      ],
      output: integration({ authentication_configuration: [field("Password")] }),
    },
    {
      name: "text in the keyed shape",
      code: integration({
        authentication_configuration: [{ token: { display: "T", mandatory: true, type: "text", store: true } }],
      }),
      errors: [
        {
          messageId: "documentColumn",
          data: { type: "text", fix: "input" },
          line: 13,
          column: 17,
          endLine: 13,
          endColumn: 23,
        },
      ],
    },
  ],
});
