import { uniqueFieldNames } from "../../src/rules/unique-field-names.js";
import { integration, ruleTester } from "../support/rule-tester.js";

const listField = (name: string) => ({ field_name: name, display: "X", mandatory: true, type: "input", store: true });
const keyedField = (name: string) => ({ [name]: { display: "X", mandatory: true, type: "input", store: true } });

ruleTester(uniqueFieldNames, {
  valid: [
    { name: "distinct names", code: integration() },
    {
      name: "distinct names across shapes",
      code: integration({ authentication_configuration: [listField("site"), keyedField("token")] }),
    },
  ],
  invalid: [
    {
      name: "list shape: at the second field_name value, naming item 1",
      code: integration({ authentication_configuration: [listField("token"), listField("token")] }),
      errors: [
        { messageId: "duplicate", data: { name: "token", first: 1 }, line: 17, column: 21, endLine: 17, endColumn: 28 },
      ],
    },
    {
      name: "keyed shape: at the second key",
      code: integration({ authentication_configuration: [keyedField("token"), keyedField("token")] }),
      errors: [{ messageId: "duplicate", line: 18, column: 7, endLine: 18, endColumn: 14 }],
    },
    {
      name: "across shapes",
      code: integration({ authentication_configuration: [listField("token"), keyedField("token")] }),
      errors: [{ messageId: "duplicate", line: 17, column: 7, endLine: 17, endColumn: 14 }],
    },
  ],
});
