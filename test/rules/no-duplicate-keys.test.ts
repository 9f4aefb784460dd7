import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("no-duplicate-keys", {
  valid: [{ name: "unique keys", code: action() }],
  invalid: [
    {
      name: "second key points at the key",
      code: '{\n  "provider": "p",\n  "name": "a",\n  "name": "b"\n}\n',
      errors: [{ line: 4, column: 3, severity: "error", message: "duplicate key `name` (first written at line 3)" }],
    },
  ],
});
