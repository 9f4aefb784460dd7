import { inputNumberFormat } from "../../src/rules/input-number-format.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (format: unknown, type = "Number", key = "n") => ({
  key,
  name: "N",
  mandatory: false,
  type,
  format,
});
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});

ruleTester(inputNumberFormat, {
  valid: [
    { name: "digit string", code: action({ inputs: [input("42")] }) },
    { name: "negative", code: action({ inputs: [input("-7")] }) },
    { name: "JSON integer", code: action({ inputs: [input(3)] }) },
    { name: "value provider", code: action({ inputs: [input("{{contact.phone}}")] }) },
    { name: "lowercase type name", code: action({ inputs: [input("5", "number")] }) },
    { name: "empty means no default", code: action({ inputs: [input("")] }) },
    { name: "null means no default", code: action({ inputs: [input(null)] }) },
    { name: "a Text input is not checked", code: action({ inputs: [input("3.5", "Text")] }) },
    {
      name: "an input without type is Text",
      code: action({ inputs: [{ key: "n", name: "N", mandatory: false, format: "3.5" }] }),
    },
  ],
  invalid: [
    {
      name: "decimal string",
      code: action({ inputs: [input("3.5")] }),
      errors: [
        {
          messageId: "notIntegerText",
          data: { input: "`n`", value: "`3.5`" },
          ...formatAt(13, "3.5"),
        },
      ],
    },
    {
      name: "JSON decimal",
      code: action({ inputs: [input(2.5)] }),
      errors: [{ messageId: "notInteger", data: { input: "`n`", value: "2.5", rounded: 3 }, ...formatAt(13, 2.5) }],
    },
    {
      name: "words and a plus sign, in mixed-case types",
      code: action({ inputs: [input("ten", "NUMBER"), input("+3", "number", "m")] }),
      errors: [
        { messageId: "notIntegerText", message: "`ten`", ...formatAt(13, "ten") },
        { messageId: "notIntegerText", message: "Number input `m` has the default `+3`", ...formatAt(20, "+3") },
      ],
    },
    {
      name: "text mixed with a value provider",
      code: action({ inputs: [input("1{{contact.phone}}")] }),
      errors: [
        {
          messageId: "mixedWithProvider",
          message: "mixes text with a value provider",
          ...formatAt(13, "1{{contact.phone}}"),
        },
      ],
    },
    {
      name: "an input without a key is counted from 1",
      code: action({ inputs: [input("1"), { name: "N", mandatory: false, type: "Number", format: "x" }] }),
      errors: [{ messageId: "notIntegerText", data: { input: "2", value: "`x`" }, ...formatAt(19, "x") }],
    },
  ],
});
