import { authMixedShapes } from "../../src/rules/auth-mixed-shapes.js";
import { integration, ruleTester } from "../support/rule-tester.js";

const listField = { field_name: "site", display: "Site", mandatory: true, type: "input", store: true };
const keyedField = { token: { display: "Token", mandatory: true, type: "input", store: true } };

ruleTester(authMixedShapes, {
  valid: [
    { name: "all field_name objects", code: integration() },
    {
      name: "all keyed objects",
      code: integration({ authentication_configuration: [keyedField, { other: keyedField.token }] }),
    },
    {
      name: "items that are not objects are value-type's",
      code: integration({ authentication_configuration: ["site", keyedField] }),
    },
  ],
  invalid: [
    {
      name: "a keyed item after a field_name item points at its brace (items counted from 1)",
      code: integration({ authentication_configuration: [listField, keyedField] }),
      errors: [
        { messageId: "keyedAmongList", data: { item: 2, first: 1 }, line: 16, column: 5, endLine: 16, endColumn: 6 },
      ],
    },
    {
      name: "a field_name item after a keyed item",
      code: integration({ authentication_configuration: [keyedField, listField] }),
      errors: [
        { messageId: "listAmongKeyed", data: { item: 2, first: 1 }, line: 17, column: 5, endLine: 17, endColumn: 6 },
      ],
    },
  ],
});
