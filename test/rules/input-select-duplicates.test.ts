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
    {
      name: "a long list, in the order the repeats appear",
      code: action({
        inputs: [input([...Array.from({ length: 70 }, (_, i) => `o${i}`), "o5", "", "o2", "o5", "", "o2"].join(","))],
      }),
      errors: [
        { line: 13, column: 17, message: "has `o5` more than once" },
        { line: 13, column: 17, message: "has `o2` more than once" },
      ],
    },
  ],
});
