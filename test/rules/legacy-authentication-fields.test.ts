import { integration, ruleTable } from "../support/rule-tester.js";

ruleTable("legacy-authentication-fields", {
  valid: [
    { name: "current name", code: integration() },
    {
      name: "with authentication_type none it is only a warning (legacy-key)",
      code: integration({
        authentication_type: "none",
        authentication_configuration: undefined,
        authentication_fields: [],
      }),
    },
  ],
  invalid: [
    {
      name: "custom with authentication_fields is an error, renamed by --fix",
      code: '{\n  "name": "t",\n  "authentication_type": "custom",\n  "authentication_fields": []\n}\n',
      errors: [
        {
          line: 4,
          column: 3,
          severity: "error",
          message: "with authentication_type `custom` Talkdesk would see no auth fields at all",
        },
      ],
      output: '{\n  "name": "t",\n  "authentication_type": "custom",\n  "authentication_configuration": []\n}\n',
    },
    {
      name: "not renamed when authentication_configuration exists",
      code: integration({ authentication_fields: [] }),
      errors: [{ line: 35, column: 3, message: "is also present" }],
      output: integration({ authentication_fields: [] }),
    },
  ],
});
