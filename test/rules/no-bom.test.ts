import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("no-bom", {
  valid: [{ name: "no BOM", code: action() }],
  invalid: [
    {
      name: "BOM is removed by --fix",
      code: `\uFEFF${action()}`,
      errors: [{ line: 1, column: 1, severity: "warning", message: "byte-order mark" }],
      output: action(),
    },
  ],
});
