import { templateSyntax } from "../../src/rules/template-syntax.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

const input = (format: string) => ({ key: "k", name: "K", mandatory: false, type: "Text", format });
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});
const authField = (format: string) => ({
  field_name: "account",
  display: "Account",
  mandatory: true,
  type: "input",
  store: true,
  format,
});

ruleTester(templateSyntax, {
  valid: [
    { name: "balanced placeholders", code: action() },
    { name: "spaces inside braces", code: action({ inputs: [input("{{ contact.email }}")] }) },
    { name: "a single brace that is not a placeholder", code: action({ inputs: [input("a {b} c")] }) },
    { name: "auth format", code: integration() },
  ],
  invalid: [
    {
      name: "unclosed placeholder",
      code: action({ inputs: [input("{{contact.email}")] }),
      errors: [
        {
          messageId: "unclosed",
          data: { format: "`{{contact.email}`" },
          message: "`format` `{{contact.email}`: `{{` is never closed",
          ...formatAt(13, "{{contact.email}"),
        },
      ],
    },
    {
      name: "single braces",
      code: action({ inputs: [input("{contact.email}")] }),
      errors: [
        {
          messageId: "singleBraces",
          message: "`format` `{contact.email}`: `{contact.email}` uses single braces: write `{{contact.email}}`",
          ...formatAt(13, "{contact.email}"),
        },
      ],
    },
    {
      name: "empty placeholder and stray closing braces",
      code: action({ inputs: [input("{{}} and }}")] }),
      errors: [
        {
          messageId: "emptyPlaceholder",
          message: "empty placeholder `{{}}`: put a name inside, such as `{{contact.email}}`",
          ...formatAt(13, "{{}} and }}"),
        },
        { messageId: "unopened", message: "`}}` has no opening `{{`", ...formatAt(13, "{{}} and }}") },
      ],
    },
    {
      name: "a placeholder that is not a name",
      code: action({ inputs: [input("{{contact email}}")] }),
      errors: [
        {
          messageId: "invalidPlaceholder",
          message: "`{{contact email}}` is not a valid placeholder",
          ...formatAt(13, "{{contact email}}"),
        },
      ],
    },
    {
      name: "in an auth field format (same tokenizer), with a field name as example",
      code: integration({ authentication_configuration: [authField("https://{{}}.example.org")] }),
      errors: [
        {
          messageId: "emptyPlaceholder",
          message: "such as `{{account}}`",
          line: 15,
          column: 17,
          endLine: 15,
          endColumn: 17 + JSON.stringify("https://{{}}.example.org").length,
        },
      ],
    },
    {
      name: "in the keyed auth field shape",
      code: integration({
        authentication_configuration: [
          { account: { display: "Account", mandatory: true, type: "input", store: true, format: "https://{{account" } },
        ],
      }),
      errors: [
        {
          messageId: "unclosed",
          line: 15,
          column: 19,
          endLine: 15,
          endColumn: 19 + JSON.stringify("https://{{account").length,
        },
      ],
    },
  ],
});
