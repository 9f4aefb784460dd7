import { action, integration, ruleTable } from "../support/rule-tester.js";

const input = (format: string) => ({ key: "k", name: "K", mandatory: false, type: "Text", format });

ruleTable("template-syntax", {
  valid: [
    { name: "balanced placeholders", code: action() },
    { name: "spaces inside braces", code: action({ inputs: [input("{{ contact.email }}")] }) },
    { name: "auth format", code: integration() },
  ],
  invalid: [
    {
      name: "unclosed placeholder",
      code: action({ inputs: [input("{{contact.email}")] }),
      errors: [
        { line: 13, column: 17, severity: "error", message: "`format` `{{contact.email}`: `{{` is never closed" },
      ],
    },
    {
      name: "single braces",
      code: action({ inputs: [input("{contact.email}")] }),
      errors: [{ line: 13, column: 17, message: "uses single braces: write `{{contact.email}}`" }],
    },
    {
      name: "empty placeholder and stray closing braces",
      code: action({ inputs: [input("{{}} and }}")] }),
      errors: [
        { line: 13, column: 17, message: "empty placeholder" },
        { line: 13, column: 17, message: "`}}` has no opening `{{`" },
      ],
    },
    {
      name: "in an auth field format (same tokenizer)",
      code: integration({
        authentication_configuration: [
          {
            field_name: "a",
            display: "A",
            mandatory: true,
            type: "input",
            store: true,
            format: "https://{{a}.example.org",
          },
        ],
      }),
      errors: [{ line: 15, column: 17, message: "`{{` is never closed" }],
    },
  ],
});
