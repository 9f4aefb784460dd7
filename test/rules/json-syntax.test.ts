import { ruleTable } from "../support/rule-tester.js";

ruleTable("json-syntax", {
  valid: [{ name: "valid JSON", code: '{ "provider": "p" }\n' }],
  invalid: [
    {
      name: "trailing comma points at the comma",
      code: '{\n  "provider": "p",\n  "name": "n",\n}\n',
      errors: [{ line: 3, column: 14, severity: "error", message: "trailing comma" }],
    },
    {
      name: "missing comma points at the end of the line that needs it",
      code: '{\n  "provider": "p"\n  "name": "n"\n}\n',
      errors: [{ line: 2, column: 18, message: "missing comma" }],
    },
  ],
});
