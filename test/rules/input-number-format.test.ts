import { action, ruleTable } from "../support/rule-tester.js";

const input = (format: unknown, type = "Number") => ({ key: "n", name: "N", mandatory: false, type, format });

ruleTable("input-number-format", {
  valid: [
    { name: "digit string", code: action({ inputs: [input("42")] }) },
    { name: "negative", code: action({ inputs: [input("-7")] }) },
    { name: "JSON integer", code: action({ inputs: [input(3)] }) },
    { name: "value provider", code: action({ inputs: [input("{{contact.phone}}")] }) },
    { name: "lowercase type name", code: action({ inputs: [input("5", "number")] }) },
    { name: "empty means no default", code: action({ inputs: [input("")] }) },
    { name: "a Text input is not checked", code: action({ inputs: [input("3.5", "Text")] }) },
  ],
  invalid: [
    {
      name: "decimal string",
      code: action({ inputs: [input("3.5")] }),
      errors: [
        {
          line: 13,
          column: 17,
          severity: "error",
          message: "Number input `n` has the default `3.5`, which is not an integer",
        },
      ],
    },
    {
      name: "JSON decimal",
      code: action({ inputs: [input(2.5)] }),
      errors: [{ line: 13, column: 17, message: "has the default 2.5, which is not an integer" }],
    },
    {
      name: "words and a plus sign",
      code: action({ inputs: [input("ten"), { ...input("+3"), key: "m" }] }),
      errors: [
        { line: 13, column: 17, message: "`ten`" },
        { line: 20, column: 17, message: "`+3`" },
      ],
    },
    {
      name: "text mixed with a value provider",
      code: action({ inputs: [input("1{{contact.phone}}")] }),
      errors: [{ line: 13, column: 17, message: "mixes text with a value provider" }],
    },
  ],
});
