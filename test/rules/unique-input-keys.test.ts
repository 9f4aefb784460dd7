import { action, ruleTable } from "../support/rule-tester.js";

const input = (key: string) => ({ key, name: "X", mandatory: false });

ruleTable("unique-input-keys", {
  valid: [
    { name: "distinct keys", code: action() },
    { name: "no inputs", code: action({ inputs: [] }) },
  ],
  invalid: [
    {
      name: "second and third uses of a key",
      code: action({ inputs: [input("priority"), input("subject"), input("priority"), input("priority")] }),
      errors: [
        { line: 19, column: 14, severity: "error", message: "duplicate input key `priority`: input 0 already uses it" },
        { line: 24, column: 14, message: "input 0" },
      ],
    },
  ],
});
