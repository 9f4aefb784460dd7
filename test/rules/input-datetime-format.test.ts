import { action, ruleTable } from "../support/rule-tester.js";

const input = (format: unknown) => ({ key: "d", name: "D", mandatory: false, type: "Datetime", format });
const valid = (format: string) => ({ name: format, code: action({ inputs: [input(format)] }) });

ruleTable("input-datetime-format", {
  valid: [
    valid("2026-03-15"),
    valid("2026-03-15T08:30:00"),
    valid("2026-03-15T08:30:00Z"),
    valid("2026-03-15T08:30:00+01:00"),
    valid("2026-03-15T08:30:00-05:30"),
    valid("2024-02-29"),
    valid("2000-02-29"),
    valid("{{contact.updated_at}}"),
  ],
  invalid: [
    {
      name: "30 February",
      code: action({ inputs: [input("2026-02-30")] }),
      errors: [
        { line: 13, column: 17, severity: "error", message: "`2026-02-30` is not a real date (2026-02 has no day 30)" },
      ],
    },
    {
      name: "29 February outside a leap year (1900 is not one)",
      code: action({ inputs: [input("1900-02-29")] }),
      errors: [{ line: 13, column: 17, message: "1900-02 has no day 29" }],
    },
    {
      name: "wrong order of parts",
      code: action({ inputs: [input("15/03/2026")] }),
      errors: [{ line: 13, column: 17, message: "is not in an accepted format (YYYY-MM-DD" }],
    },
    {
      name: "month 13, hour 24, offset without colon",
      code: action({
        inputs: [
          input("2026-13-01"),
          { ...input("2026-01-01T24:00:00"), key: "e" },
          { ...input("2026-01-01T10:00:00+0100"), key: "f" },
        ],
      }),
      errors: [
        { line: 13, column: 17, message: "has month 13" },
        { line: 20, column: 17, message: "has the time 24:00:00" },
        { line: 27, column: 17, message: "not in an accepted format" },
      ],
    },
    {
      name: "a JSON number",
      code: action({ inputs: [input(20260315)] }),
      errors: [{ line: 13, column: 17, message: "write a date string" }],
    },
  ],
});
