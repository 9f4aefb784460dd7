import { inputTelFormat } from "../../src/rules/input-tel-format.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (format: unknown, type = "Tel") => ({ key: "t", name: "T", mandatory: false, type, format });
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});

ruleTester(inputTelFormat, {
  valid: [
    { name: "international", code: action({ inputs: [input("+1 (555) 010-0199")] }) },
    { name: "value provider", code: action({ inputs: [input("{{contact.phone}}")] }) },
    { name: "prefix before a provider", code: action({ inputs: [input("+351 {{contact.phone}}")] }) },
    { name: "uppercase type", code: action({ inputs: [input("5550100", "TEL")] }) },
    { name: "empty means no default", code: action({ inputs: [input("")] }) },
    { name: "a JSON integer is digits", code: action({ inputs: [input(5550100)] }) },
  ],
  invalid: [
    {
      name: "words",
      code: action({ inputs: [input("call me")] }),
      errors: [{ messageId: "notPhoneNumber", data: { input: "`t`", value: "`call me`" }, ...formatAt(13, "call me") }],
    },
    {
      name: "extension letters",
      code: action({ inputs: [input("555-0100 ext. 4")] }),
      errors: [
        {
          messageId: "notPhoneNumber",
          message: "use only digits, spaces, +, -, ( and )",
          ...formatAt(13, "555-0100 ext. 4"),
        },
      ],
    },
    {
      name: "punctuation without digits",
      code: action({ inputs: [input("()")] }),
      errors: [{ messageId: "notPhoneNumber", ...formatAt(13, "()") }],
    },
    {
      name: "a JSON number with a fraction",
      code: action({ inputs: [input(555.01)] }),
      errors: [{ messageId: "notPhoneNumber", data: { input: "`t`", value: "`555.01`" }, ...formatAt(13, 555.01) }],
    },
    {
      name: "letters beside a provider",
      code: action({ inputs: [input("tel {{contact.phone}}")] }),
      errors: [{ messageId: "notPhoneNumber", ...formatAt(13, "tel {{contact.phone}}") }],
    },
  ],
});
