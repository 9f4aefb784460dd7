import { action, integration, ruleTable } from "../support/rule-tester.js";

ruleTable("required-key", {
  valid: [
    { name: "complete integration", code: integration() },
    { name: "complete action", code: action() },
    {
      name: "none integration without configuration",
      code: integration({ authentication_type: "none", authentication_configuration: undefined }),
    },
  ],
  invalid: [
    {
      name: "integration without icon_url points at the opening brace",
      code: integration({ icon_url: undefined }),
      errors: [{ line: 1, column: 1, message: "missing required key `icon_url`" }],
    },
    {
      name: "action without endpoint and inputs",
      code: action({ endpoint: undefined, inputs: undefined }),
      errors: [
        { line: 1, column: 1, message: "`endpoint`" },
        { line: 1, column: 1, message: "`inputs`" },
      ],
    },
    {
      name: "auth field without display, list shape",
      code: '{\n  "name": "x",\n  "display_name": "X",\n  "description": "d",\n  "logo_url": "https://x.example.com/l.png",\n  "icon_url": "https://x.example.com/i.png",\n  "authentication_type": "custom",\n  "authentication_configuration": [\n    { "field_name": "token", "mandatory": true, "type": "input", "store": true }\n  ]\n}\n',
      errors: [{ line: 9, column: 5, message: "`display`" }],
    },
    {
      name: "auth field without store, keyed shape",
      code: '{\n  "name": "x",\n  "display_name": "X",\n  "description": "d",\n  "logo_url": "https://x.example.com/l.png",\n  "icon_url": "https://x.example.com/i.png",\n  "authentication_type": "custom",\n  "authentication_configuration": [\n    { "token": { "display": "Token", "mandatory": true, "type": "input" } }\n  ]\n}\n',
      errors: [{ line: 9, column: 16, message: "`store`" }],
    },
  ],
});

ruleTable("value-type", {
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
      name: "number default for a Number input",
      code: action({ inputs: [{ key: "n", name: "N", mandatory: false, type: "Number", format: 3 }] }),
    },
  ],
  invalid: [
    {
      name: "mandatory as a string",
      code: '{\n  "provider": "p",\n  "name": "n",\n  "display": "do it",\n  "description": "do it",\n  "endpoint": "https://x.example.com/a",\n  "inputs": [\n    { "key": "k", "name": "K", "mandatory": "true", "type": "Text" }\n  ]\n}\n',
      errors: [
        { line: 8, column: 45, message: 'must be a boolean (true or false, without quotes), not the string "true"' },
      ],
    },
    {
      name: "interaction_types not strings",
      code: integration({ interaction_types: ["Ticket", 3] }),
      errors: [{ line: 33, column: 5, message: "must be a string" }],
    },
  ],
});

ruleTable("enum-value", {
  valid: [
    {
      name: "lowercase input types",
      code: action({ inputs: [{ key: "k", name: "K", mandatory: true, type: "datetime" }] }),
    },
    {
      name: "legacy auth field type text is not an enum error",
      code: integration({
        authentication_configuration: [{ field_name: "t", display: "T", mandatory: true, type: "Text", store: true }],
      }),
    },
  ],
  invalid: [
    {
      name: "capitalised authentication_type",
      code: integration({ authentication_type: "Custom" }),
      errors: [{ line: 7, column: 26, message: "did you mean `custom`?" }],
      output: integration({ authentication_type: "custom" }),
    },
    {
      name: "unknown input type",
      code: action({ inputs: [{ key: "k", name: "K", mandatory: true, type: "Checkbox" }] }),
      errors: [{ line: 12, column: 15, message: "must be one of Text, Textarea, Number, Tel, URL, Datetime, Select" }],
    },
    {
      name: "unknown auth field source",
      code: integration({
        authentication_configuration: [
          { field_name: "t", display: "T", mandatory: true, type: "input", store: true, source: "user" },
        ],
      }),
      errors: [{ line: 15, column: 17, message: "must be one of input, default, auth_validation" }],
    },
  ],
});
