import { authConfigurationUnused } from "../../src/rules/auth-configuration-unused.js";
import { integration, ruleTester } from "../support/rule-tester.js";

const field = { field_name: "token", display: "Token", mandatory: true, type: "input", store: true };

ruleTester(authConfigurationUnused, {
  valid: [
    {
      name: "none without configuration",
      code: integration({ authentication_type: "none", authentication_configuration: undefined }),
    },
    {
      name: "none with an empty list",
      code: integration({ authentication_type: "none", authentication_configuration: [] }),
    },
    { name: "custom with fields", code: integration() },
  ],
  invalid: [
    {
      name: "none with two fields",
      code: integration({ authentication_type: "none" }),
      errors: [{ messageId: "unusedFields", data: { count: 2 }, line: 8, column: 3, endLine: 8, endColumn: 33 }],
    },
    {
      name: "None in another case with one field",
      code: integration({ authentication_type: "None", authentication_configuration: [field] }),
      errors: [
        {
          messageId: "unusedField",
          message: "so the auth field in `authentication_configuration` will never be asked for",
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 33,
        },
      ],
    },
  ],
});
