import { integration, ruleTable } from "../support/rule-tester.js";

const field = (type: string) => ({ field_name: "token", display: "Token", mandatory: true, type, store: true });

ruleTable("auth-field-type", {
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
      errors: [{ line: 13, column: 15, severity: "warning", message: "auth field type `Input` is written `input`" }],
      output: integration({ authentication_configuration: [field("input")] }),
    },
    {
      name: "OAuth is lowered by --fix",
      code: integration({ authentication_configuration: [field("OAuth")] }),
      errors: [{ line: 13, column: 15, message: "`oauth`" }],
      output: integration({ authentication_configuration: [field("oauth")] }),
    },
    {
      name: "Password suggests input but is not rewritten",
      code: integration({ authentication_configuration: [field("Password")] }),
      errors: [{ line: 13, column: 15, message: "write `input`" }],
      output: integration({ authentication_configuration: [field("Password")] }),
    },
    {
      name: "text in the keyed shape",
      code: integration({
        authentication_configuration: [{ token: { display: "T", mandatory: true, type: "text", store: true } }],
      }),
      errors: [{ line: 13, column: 17, message: "auth field type `text`" }],
    },
  ],
});
