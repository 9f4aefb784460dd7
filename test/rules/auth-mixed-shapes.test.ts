import { integration, ruleTable } from "../support/rule-tester.js";

const listField = { field_name: "site", display: "Site", mandatory: true, type: "input", store: true };
const keyedField = { token: { display: "Token", mandatory: true, type: "input", store: true } };

ruleTable("auth-mixed-shapes", {
  valid: [
    { name: "all field_name objects", code: integration() },
    {
      name: "all keyed objects",
      code: integration({ authentication_configuration: [keyedField, { other: keyedField.token }] }),
    },
  ],
  invalid: [
    {
      name: "a keyed element after a field_name element points at its brace",
      code: integration({ authentication_configuration: [listField, keyedField] }),
      errors: [
        {
          line: 16,
          column: 5,
          severity: "warning",
          message: "item 1 of `authentication_configuration` is an object keyed by the field name",
        },
      ],
    },
    {
      name: "a field_name element after a keyed element",
      code: integration({ authentication_configuration: [keyedField, listField] }),
      errors: [
        { line: 17, column: 5, message: 'item 1 of `authentication_configuration` is an object with "field_name"' },
      ],
    },
  ],
});
