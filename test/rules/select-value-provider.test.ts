import { selectValueProvider } from "../../src/rules/select-value-provider.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (format: string, type = "Select") => ({ key: "s", name: "S", mandatory: false, type, format });
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});

ruleTester(selectValueProvider, {
  valid: [
    { name: "an option list", code: action({ inputs: [input("low,normal,high")] }) },
    { name: "a provider in a Text input", code: action({ inputs: [input("{{contact.company}}", "Text")] }) },
    { name: "broken braces are template-syntax's", code: action({ inputs: [input("low,{{,high")] }) },
  ],
  invalid: [
    {
      name: "a provider as the option list",
      code: action({ inputs: [input("{{contact.company}}")] }),
      errors: [
        {
          messageId: "providerAsOptions",
          data: { input: "`s`", value: "`{{contact.company}}`" },
          ...formatAt(13, "{{contact.company}}"),
        },
      ],
    },
    {
      name: "a provider among options, lowercase type",
      code: action({ inputs: [input("low,{{contact.company}}", "select")] }),
      errors: [{ messageId: "providerAsOptions", ...formatAt(13, "low,{{contact.company}}") }],
    },
  ],
});
