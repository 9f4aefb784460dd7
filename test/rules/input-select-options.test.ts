import { inputSelectOptions } from "../../src/rules/input-select-options.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (format?: unknown, type = "Select") => ({
  key: "s",
  name: "S",
  mandatory: false,
  type,
  ...(format === undefined ? {} : { format }),
});
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});

ruleTester(inputSelectOptions, {
  valid: [
    { name: "options", code: action({ inputs: [input("low,normal,high")] }) },
    { name: "spaces after commas", code: action({ inputs: [input("Lakers, Bulls, Celtics")] }) },
    { name: "one option", code: action({ inputs: [input("yes")] }) },
    { name: "lowercase type", code: action({ inputs: [input("a,b", "select")] }) },
    { name: "duplicates are input-select-duplicates'", code: action({ inputs: [input("a,a")] }) },
    { name: "a value provider is select-value-provider's", code: action({ inputs: [input("{{contact.company}}")] }) },
    { name: "a Text input without format", code: action({ inputs: [input(undefined, "Text")] }) },
  ],
  invalid: [
    {
      name: "empty option",
      code: action({ inputs: [input("low,,high")] }),
      errors: [
        {
          messageId: "emptyOption",
          data: { input: "`s`", value: "`low,,high`", option: 2 },
          ...formatAt(13, "low,,high"),
        },
      ],
    },
    {
      name: "trailing comma",
      code: action({ inputs: [input("low,high,")] }),
      errors: [{ messageId: "emptyOption", message: "(option 3)", ...formatAt(13, "low,high,") }],
    },
    {
      name: "an option of spaces",
      code: action({ inputs: [input("low, ,high")] }),
      errors: [{ messageId: "emptyOption", message: "(option 2)", ...formatAt(13, "low, ,high") }],
    },
    {
      name: "empty list",
      code: action({ inputs: [input("")] }),
      errors: [{ messageId: "emptyList", data: { input: "`s`", value: "``" }, ...formatAt(13, "") }],
    },
    {
      name: "a list of spaces",
      code: action({ inputs: [input("  ")] }),
      errors: [{ messageId: "emptyList", ...formatAt(13, "  ") }],
    },
    {
      name: "no format at all points at the input's brace",
      code: action({ inputs: [input()] }),
      errors: [{ messageId: "noFormat", data: { input: "`s`" }, line: 8, column: 5, endLine: 8, endColumn: 6 }],
    },
    {
      name: "a null format is no format; an input without key is counted from 1",
      code: action({ inputs: [{ name: "S", mandatory: false, type: "Select", format: null }] }),
      errors: [{ messageId: "noFormat", data: { input: "1" }, line: 8, column: 5, endLine: 8, endColumn: 6 }],
    },
  ],
});
