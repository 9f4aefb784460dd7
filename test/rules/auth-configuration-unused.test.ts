import { integration, ruleTable } from "../support/rule-tester.js";

ruleTable("auth-configuration-unused", {
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
      errors: [
        {
          line: 8,
          column: 3,
          severity: "warning",
          message: "the 2 auth fields in `authentication_configuration` will never be asked for",
        },
      ],
    },
  ],
});
