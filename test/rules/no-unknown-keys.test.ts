import { noUnknownKeys } from "../../src/rules/no-unknown-keys.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

ruleTester(noUnknownKeys, {
  valid: [
    { name: "every key known", code: integration() },
    { name: "$schema is allowed at the top level", code: integration({ $schema: "./schemas/integration.json" }) },
    { name: "$schema in an action", code: action({ $schema: "./schemas/action.json" }) },
    {
      name: "legacy keys are legacy-key's",
      code: integration({ contact_synchronization_url: "https://x.example.com/c" }),
    },
  ],
  invalid: [
    {
      name: "misspelt top-level key with a suggestion",
      code: integration({ contact_synchronisation_endpoint: "https://x.example.com/c" }),
      errors: [
        {
          messageId: "inIntegrationSuggestion",
          data: { key: "contact_synchronisation_endpoint", suggestion: "contact_synchronization_endpoint" },
          line: 35,
          column: 3,
          endLine: 35,
          endColumn: 37,
        },
      ],
    },
    {
      name: "key far from any known one lists the known keys",
      code: action({ colour: "blue" }),
      errors: [
        {
          messageId: "inAction",
          data: { key: "colour", known: "provider, name, display, description, endpoint, inputs" },
          line: 23,
          column: 3,
          endLine: 23,
          endColumn: 11,
        },
      ],
    },
    {
      name: "in an input, counted from 1",
      code: action({ inputs: [{ key: "k", name: "K", mandatory: true, tpye: "Text" }] }),
      errors: [
        {
          messageId: "inInputSuggestion",
          data: { key: "tpye", input: 1, suggestion: "type" },
          message: "unknown key `tpye` in input 1; did you mean `type`?",
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 13,
        },
      ],
    },
    {
      name: "in a list-shape auth field",
      code: integration({
        authentication_configuration: [
          { field_name: "t", display: "T", mandatory: true, type: "input", store: true, hint: "x" },
        ],
      }),
      errors: [
        {
          messageId: "inAuthField",
          message: "unknown key `hint` in auth field `t`: Talkdesk ignores it",
          line: 15,
          column: 7,
          endLine: 15,
          endColumn: 13,
        },
      ],
    },
    {
      name: "in a keyed-shape auth field (field_name is redundant there)",
      code: integration({
        authentication_configuration: [
          { t: { field_name: "t", display: "T", mandatory: true, type: "input", store: true } },
        ],
      }),
      errors: [
        {
          messageId: "inAuthField",
          message: "unknown key `field_name` in auth field `t`",
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 21,
        },
      ],
    },
    {
      name: "an auth field without a name is counted from 1",
      code: integration({
        authentication_configuration: [{ display: "T", mandatory: true, type: "input", store: true, colour: "x" }],
      }),
      errors: [
        {
          messageId: "inAuthField",
          data: { key: "colour", field: 1, known: "field_name, display, mandatory, type, store, help, format, source" },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 15,
        },
      ],
    },
  ],
});
