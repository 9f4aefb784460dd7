import { valueType } from "../../src/rules/value-type.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

const actionWithInputs = (inputs: string) =>
  `{"provider":"acme_helpdesk","name":"n","display":"do it","description":"do it","endpoint":"https://x.example.com/a","inputs":[\n${inputs}\n]}\n`;

ruleTester(valueType, {
  valid: [
    {
      name: "null help and format mean absent",
      code: integration({
        authentication_configuration: [
          { field_name: "t", display: "T", mandatory: true, type: "input", store: true, help: null, format: null },
        ],
      }),
    },
    {
      name: "null optional endpoints and lists mean absent",
      code: integration({
        contact_synchronization_endpoint: null,
        interaction_types: null,
        authentication_type: "none",
        authentication_configuration: null,
      }),
    },
    {
      name: "number default for a Number input",
      code: action({ inputs: [{ key: "n", name: "N", mandatory: false, type: "Number", format: 3 }] }),
    },
    { name: "a $schema key", code: action({ $schema: "./schemas/action.schema.json" }) },
  ],
  invalid: [
    {
      name: "input values of the wrong type, and an input that is not an object",
      code: actionWithInputs('  {"key":"k","name":"K","mandatory":"true","type":null,"format":[1]},\n  "subject"'),
      errors: [
        {
          messageId: "wrongInputType",
          data: {
            key: "mandatory",
            number: 1,
            expected: "a boolean (true or false, without quotes)",
            found: 'the string "true"',
          },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 43,
        },
        {
          messageId: "wrongInputType",
          data: { key: "type", number: 1, expected: "a string", found: "null" },
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 55,
        },
        {
          messageId: "wrongInputType",
          data: { key: "format", number: 1, expected: "a string or a number", found: "a list" },
          line: 2,
          column: 65,
          endLine: 2,
          endColumn: 68,
        },
        {
          messageId: "wrongItemType",
          data: { key: "inputs", item: 2, expected: "an object", found: 'the string "subject"' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      name: "integration values of the wrong type, items counted from 1",
      code: integration({
        interaction_types: ["Ticket", 3],
        display_name: 7,
        authentication_configuration: [
          "token",
          { field_name: "t", display: "T", mandatory: true, store: "yes", help: null, format: null },
        ],
      }),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "display_name", expected: "a string", found: "the number 7" },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 20,
        },
        {
          messageId: "wrongItemType",
          data: { key: "authentication_configuration", item: 1, expected: "an object", found: 'the string "token"' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 12,
        },
        {
          messageId: "wrongAuthFieldType",
          message: '`store` of auth field 2 must be a boolean (true or false, without quotes), not the string "yes"',
          line: 14,
          column: 16,
          endLine: 14,
          endColumn: 21,
        },
        {
          messageId: "wrongItemType",
          data: { key: "interaction_types", item: 2, expected: "a string", found: "the number 3" },
          line: 24,
          column: 5,
          endLine: 24,
          endColumn: 6,
        },
      ],
    },
    {
      name: "an input's mandatory that is present and not a boolean",
      code: actionWithInputs('  {"key":"k","name":"K","mandatory":null}'),
      errors: [{ messageId: "wrongInputType", line: 2, column: 37, endLine: 2, endColumn: 41 }],
    },
    {
      name: "null where the format gives no default (a mandatory string)",
      code: action({ provider: null }),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "provider", expected: "a string", found: "null" },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 19,
        },
      ],
    },
  ],
});
