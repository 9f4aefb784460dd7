import { requiredKey } from "../../src/rules/required-key.js";
import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

const manifest = (fields: string) =>
  `{\n  "name": "x",\n  "display_name": "X",\n  "description": "d",\n  "logo_url": "https://x.example.com/l.png",\n  "icon_url": "https://x.example.com/i.png",\n  "authentication_type": "custom",\n  "authentication_configuration": [\n${fields}\n  ]\n}\n`;

const actionWithInputs = (inputs: string) =>
  `{"provider":"acme_helpdesk","name":"n","display":"do it","description":"do it","endpoint":"https://x.example.com/a","inputs":[\n${inputs}\n]}\n`;

const enumValueOff = {
  configFor: () => ({ rules: { "enum-value": "off" as const }, settings: DEFAULT_RULE_SETTINGS }),
};

ruleTester(requiredKey, {
  valid: [
    { name: "complete integration", code: integration() },
    { name: "complete action", code: action() },
    {
      name: "none integration without configuration",
      code: integration({ authentication_type: "none", authentication_configuration: undefined }),
    },
    {
      name: "an input without mandatory is read as mandatory: false",
      code: action({ inputs: [{ key: "subject", name: "Subject" }] }),
    },
    {
      name: "an input without type is a Text input",
      code: action({ inputs: [{ key: "subject", name: "Subject", mandatory: true }] }),
    },
    {
      name: "optional keys given as null",
      code: integration({ interaction_types: null, auth_validation_endpoint: null }),
    },
  ],
  invalid: [
    {
      name: "integration without authentication_type: at the opening brace, not an enumeration error",
      code: integration({ authentication_type: undefined, authentication_configuration: undefined }),
      errors: [
        {
          messageId: "missingDocumentKey",
          data: {
            key: "authentication_type",
            hint: "one of none, custom, oauth2, oauth2_password, oauth2_client_credentials",
          },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
      ],
    },
    {
      name: "missing authentication_type is reported with enum-value turned off",
      code: integration({ authentication_type: undefined, authentication_configuration: undefined }),
      options: enumValueOff,
      errors: [{ messageId: "missingDocumentKey", line: 1, column: 1, endLine: 1, endColumn: 2 }],
    },
    {
      name: "integration without name and icon_url, in the format's order",
      code: integration({ name: undefined, icon_url: undefined }),
      errors: [
        {
          messageId: "missingDocumentKey",
          message: "missing required key `name`: add a unique system name such as `mycrm`",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
        {
          messageId: "missingDocumentKey",
          message: "`icon_url`: add the https URL of the icon",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
      ],
    },
    {
      name: "action without display, endpoint and inputs",
      code: action({ display: undefined, endpoint: undefined, inputs: undefined }),
      errors: [
        {
          messageId: "missingDocumentKey",
          data: { key: "display", hint: "a short lowercase label such as `create a ticket`" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
        {
          messageId: "missingDocumentKey",
          message: "`endpoint`: add the https URL of the bridge endpoint",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
        {
          messageId: "missingDocumentKey",
          message: "`inputs`: add a list of input definitions (it may be empty: [])",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
        },
      ],
    },
    {
      name: "list-shape auth fields without display and without field_name, counted from 1",
      code: manifest(
        '    { "field_name": "token", "mandatory": true, "type": "input", "store": true },\n    { "display": "Account", "mandatory": true, "store": true }',
      ),
      errors: [
        {
          messageId: "missingAuthFieldKey",
          data: { key: "display", number: 1, hint: "the label shown next to the field on the sign-in form" },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 6,
        },
        {
          messageId: "missingAuthFieldKey",
          data: {
            key: "field_name",
            number: 2,
            hint: "the name of the field sent to the bridge",
          },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 6,
        },
      ],
    },
    {
      name: "keyed-shape auth field without store points at the field's own brace",
      code: manifest('    { "token": { "display": "Token", "mandatory": true, "type": "input" } }'),
      errors: [
        {
          messageId: "missingAuthFieldKey",
          data: { key: "store", number: 1, hint: "true or false" },
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 17,
        },
      ],
    },
    {
      name: "inputs without name and without key",
      code: actionWithInputs('  {"key":"subject"},\n  {"name":"Body","mandatory":true}'),
      errors: [
        {
          messageId: "missingInputKey",
          data: { key: "name", number: 1, hint: "the label shown on the action's form" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 4,
        },
        {
          messageId: "missingInputKey",
          data: {
            key: "key",
            number: 2,
            hint: "the identifier of the field sent to the bridge",
          },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 4,
        },
      ],
    },
  ],
});
