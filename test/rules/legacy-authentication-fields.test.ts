import { legacyAuthenticationFields } from "../../src/rules/legacy-authentication-fields.js";
import { integration, ruleTester } from "../support/rule-tester.js";

ruleTester(legacyAuthenticationFields, {
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
      errors: [{ messageId: "legacyKey", data: { type: "custom" }, line: 4, column: 3, endLine: 4, endColumn: 26 }],
      output: '{\n  "name": "t",\n  "authentication_type": "custom",\n  "authentication_configuration": []\n}\n',
    },
    {
      name: "Custom in another case is read as custom",
      code: '{\n  "name": "t",\n  "authentication_type": "Custom",\n  "authentication_fields": []\n}\n',
      errors: [{ messageId: "legacyKey", data: { type: "custom" }, line: 4, column: 3, endLine: 4, endColumn: 26 }],
      output: '{\n  "name": "t",\n  "authentication_type": "Custom",\n  "authentication_configuration": []\n}\n',
    },
    {
      name: "without authentication_type",
      code: '{\n  "name": "t",\n  "authentication_fields": []\n}\n',
      errors: [{ messageId: "legacyKeyNoType", line: 3, column: 3, endLine: 3, endColumn: 26 }],
      output: '{\n  "name": "t",\n  "authentication_configuration": []\n}\n',
    },
    {
      name: "not renamed when authentication_configuration exists",
      code: integration({ authentication_fields: [] }),
      errors: [
        {
          messageId: "legacyKeyBesideCurrent",
          data: { type: "custom" },
          line: 35,
          column: 3,
          endLine: 35,
          endColumn: 26,
        },
      ],
      output: integration({ authentication_fields: [] }),
    },
  ],
});
