import { integration, ruleTable } from "../support/rule-tester.js";

const listField = (name: string) => ({ field_name: name, display: "X", mandatory: true, type: "input", store: true });
const keyedField = (name: string) => ({ [name]: { display: "X", mandatory: true, type: "input", store: true } });

ruleTable("unique-field-names", {
  valid: [{ name: "distinct names", code: integration() }],
  invalid: [
    {
      name: "list shape: at the second field_name value",
      code: integration({ authentication_configuration: [listField("token"), listField("token")] }),
      errors: [{ line: 17, column: 21, message: "duplicate auth field name `token`: item 0" }],
    },
    {
      name: "keyed shape: at the second key",
      code: integration({ authentication_configuration: [keyedField("token"), keyedField("token")] }),
      errors: [{ line: 18, column: 7, message: "duplicate auth field name `token`" }],
    },
    {
      name: "across shapes",
      code: integration({ authentication_configuration: [listField("token"), keyedField("token")] }),
      errors: [{ line: 17, column: 7, message: "`token`" }],
    },
  ],
});
