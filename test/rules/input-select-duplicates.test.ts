import { action, ruleTable } from "../support/rule-tester.js";

const input = (format: string) => ({ key: "s", name: "S", mandatory: false, type: "select", format });

ruleTable("input-select-duplicates", {
  valid: [
    { name: "distinct options", code: action({ inputs: [input("low,normal,high")] }) },
    { name: "case differs", code: action({ inputs: [input("Low,low")] }) },
  ],
  invalid: [
    {
      name: "a repeated option, once per option",
      code: action({ inputs: [input("low,normal,high,low,low, normal")] }),
      errors: [
        { line: 13, column: 17, severity: "warning", message: "has `low` more than once" },
        { line: 13, column: 17, message: "has `normal` more than once" },
      ],
    },
  ],
});
