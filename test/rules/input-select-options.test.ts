import { action, ruleTable } from "../support/rule-tester.js";

const input = (format?: unknown) => ({
  key: "s",
  name: "S",
  mandatory: false,
  type: "Select",
  ...(format === undefined ? {} : { format }),
});

ruleTable("input-select-options", {
  valid: [
    { name: "options", code: action({ inputs: [input("low,normal,high")] }) },
    { name: "spaces after commas", code: action({ inputs: [input("Lakers, Bulls, Celtics")] }) },
    { name: "one option", code: action({ inputs: [input("yes")] }) },
    { name: "duplicates are input-select-duplicates'", code: action({ inputs: [input("a,a")] }) },
  ],
  invalid: [
    {
      name: "empty option",
      code: action({ inputs: [input("low,,high")] }),
      errors: [
        {
          line: 13,
          column: 17,
          severity: "error",
          message: "the option list `low,,high` has an empty option (option 2)",
        },
      ],
    },
    {
      name: "trailing comma",
      code: action({ inputs: [input("low,high,")] }),
      errors: [{ line: 13, column: 17, message: "(option 3)" }],
    },
    {
      name: "empty list",
      code: action({ inputs: [input("")] }),
      errors: [{ line: 13, column: 17, message: "has an empty option list" }],
    },
    {
      name: "no format at all points at the input's brace",
      code: action({ inputs: [input()] }),
      errors: [{ line: 8, column: 5, message: "has no `format`, so its dropdown has no options" }],
    },
  ],
});
