import { inputDatetimeFormat } from "../../src/rules/input-datetime-format.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (format: unknown, key = "d", type = "Datetime") => ({ key, name: "D", mandatory: false, type, format });
const valid = (format: string) => ({ name: format, code: action({ inputs: [input(format)] }) });
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});

ruleTester(inputDatetimeFormat, {
  valid: [
    valid("2026-03-15"),
    valid("2026-03-15T08:30:00"),
    valid("2026-03-15T08:30:00Z"),
    valid("2026-03-15T08:30:00+01:00"),
    valid("2026-03-15T08:30:00-05:30"),
    valid("2026-12-31T23:59:59+23:59"),
    valid("2024-02-29"),
    valid("2000-02-29"),
    valid("{{contact.updated_at}}"),
    { name: "lowercase type", code: action({ inputs: [input("2026-03-15", "d", "datetime")] }) },
    { name: "empty means no default", code: action({ inputs: [input("")] }) },
  ],
  invalid: [
    {
      name: "30 February",
      code: action({ inputs: [input("2026-02-30")] }),
      errors: [
        {
          messageId: "noSuchDay",
          data: { input: "`d`", value: "`2026-02-30`", yearMonth: "2026-02", day: "30" },
          ...formatAt(13, "2026-02-30"),
        },
      ],
    },
    {
      name: "29 February outside a leap year (1900 is not one)",
      code: action({ inputs: [input("1900-02-29")] }),
      errors: [{ messageId: "noSuchDay", message: "1900-02 has no day 29", ...formatAt(13, "1900-02-29") }],
    },
    {
      name: "wrong order of parts",
      code: action({ inputs: [input("15/03/2026")] }),
      errors: [
        {
          messageId: "notDatetime",
          message: "is not in an accepted format (YYYY-MM-DD",
          ...formatAt(13, "15/03/2026"),
        },
      ],
    },
    {
      name: "month 13, hour 24, offset without colon, offset 24:00, Z without a time",
      code: action({
        inputs: [
          input("2026-13-01"),
          input("2026-01-01T24:00:00", "e"),
          input("2026-01-01T10:00:00+0100", "f"),
          input("2026-01-01T10:00:00+24:00", "g"),
          input("2026-01-01Z", "h"),
        ],
      }),
      errors: [
        {
          messageId: "noSuchMonth",
          data: { input: "`d`", value: "`2026-13-01`", month: "13" },
          ...formatAt(13, "2026-13-01"),
        },
        { messageId: "noSuchTime", message: "has the time 24:00:00", ...formatAt(20, "2026-01-01T24:00:00") },
        { messageId: "notDatetime", ...formatAt(27, "2026-01-01T10:00:00+0100") },
        { messageId: "noSuchOffset", message: "has the offset +24:00", ...formatAt(34, "2026-01-01T10:00:00+24:00") },
        { messageId: "notDatetime", ...formatAt(41, "2026-01-01Z") },
      ],
    },
    {
      name: "a JSON number",
      code: action({ inputs: [input(20260315)] }),
      errors: [
        {
          messageId: "numberNotString",
          data: { input: "`d`", value: "20260315" },
          ...formatAt(13, 20260315),
        },
      ],
    },
    {
      name: "text mixed with a value provider",
      code: action({ inputs: [input("on {{contact.updated_at}}")] }),
      errors: [{ messageId: "mixedWithProvider", ...formatAt(13, "on {{contact.updated_at}}") }],
    },
  ],
});
