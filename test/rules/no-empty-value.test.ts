import { noEmptyValue } from "../../src/rules/no-empty-value.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

ruleTester(noEmptyValue, {
  valid: [
    { name: "complete integration", code: integration() },
    { name: "complete action", code: action() },
    {
      name: "optional help may be empty",
      code: integration({
        authentication_configuration: [
          { field_name: "t", display: "T", mandatory: true, type: "input", store: true, help: "" },
        ],
      }),
    },
    { name: "empty URLs are the URL rules' business", code: action({ endpoint: "" }) },
  ],
  invalid: [
    {
      name: "empty display_name and spaces-only description",
      code: integration({ display_name: "", description: "  " }),
      errors: [
        {
          messageId: "documentEmpty",
          data: { key: "display_name", document: "integration", hint: "the name shown to users" },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 21,
        },
        {
          messageId: "documentBlank",
          message: "`description` of the integration is only spaces",
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 22,
        },
      ],
    },
    {
      name: "empty provider and display of an action",
      code: action({ provider: "", display: "" }),
      errors: [
        {
          messageId: "documentEmpty",
          data: {
            key: "provider",
            document: "action",
            hint: "the `name` of the integration that provides this action",
          },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 17,
        },
        {
          messageId: "documentEmpty",
          data: { key: "display", document: "action", hint: "a short lowercase label such as `create a ticket`" },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 16,
        },
      ],
    },
    {
      name: "an input's empty key and blank name, counted from 1",
      code: action({ inputs: [{ key: "", name: " ", mandatory: true }] }),
      errors: [
        {
          messageId: "inputEmpty",
          data: {
            key: "key",
            number: 1,
            hint: "the identifier of the field sent to the bridge",
          },
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 16,
        },
        {
          messageId: "inputBlank",
          data: { key: "name", number: 1, hint: "the label shown on the action's form" },
          line: 10,
          column: 15,
          endLine: 10,
          endColumn: 18,
        },
      ],
    },
    {
      name: "auth fields in both shapes",
      code: integration({
        authentication_configuration: [
          { t: { display: "", mandatory: true, type: "input", store: true } },
          { field_name: " ", display: "\t", mandatory: true, store: true },
        ],
      }),
      errors: [
        {
          messageId: "authFieldEmpty",
          data: { key: "display", number: 1, hint: "the label shown next to the field on the sign-in form" },
          line: 11,
          column: 20,
          endLine: 11,
          endColumn: 22,
        },
        {
          messageId: "authFieldBlank",
          message: "`field_name` of auth field 2 is only spaces",
          line: 18,
          column: 21,
          endLine: 18,
          endColumn: 24,
        },
        {
          messageId: "authFieldBlank",
          message: "`display` of auth field 2 is only spaces",
          line: 19,
          column: 18,
          endLine: 19,
          endColumn: 22,
        },
      ],
    },
  ],
});
