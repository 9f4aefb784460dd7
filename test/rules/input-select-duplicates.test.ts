import { inputSelectDuplicates } from "../../src/rules/input-select-duplicates.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (format: string) => ({ key: "s", name: "S", mandatory: false, type: "select", format });
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});
const long = [...Array.from({ length: 70 }, (_, i) => `o${i}`), "o5", "", "o2", "o5", "", "o2"].join(",");

ruleTester(inputSelectDuplicates, {
  valid: [
    { name: "distinct options", code: action({ inputs: [input("low,normal,high")] }) },
    { name: "case differs", code: action({ inputs: [input("Low,low")] }) },
    { name: "two empty options are input-select-options'", code: action({ inputs: [input("a,,b,")] }) },
  ],
  invalid: [
    {
      name: "a repeated option, once per option",
      code: action({ inputs: [input("low,normal,high,low,low, normal")] }),
      errors: [
        {
          messageId: "duplicateOption",
          data: { input: "`s`", value: "`low,normal,high,low,low, normal`", option: "low" },
          ...formatAt(13, "low,normal,high,low,low, normal"),
        },
        {
          messageId: "duplicateOption",
          message: "has `normal` more than once",
          ...formatAt(13, "low,normal,high,low,low, normal"),
        },
      ],
    },
    {
      name: "a long list, in the order the repeats appear",
      code: action({ inputs: [input(long)] }),
      errors: [
        { messageId: "duplicateOption", message: "has `o5` more than once", ...formatAt(13, long) },
        { messageId: "duplicateOption", message: "has `o2` more than once", ...formatAt(13, long) },
      ],
    },
  ],
});
