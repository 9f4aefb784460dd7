import { noBom } from "../../src/rules/no-bom.js";
import { action, ruleTester } from "../support/rule-tester.js";

ruleTester(noBom, {
  valid: [{ name: "no BOM", code: action() }],
  invalid: [
    {
      name: "BOM is removed by --fix",
      code: `\uFEFF${action()}`,
      errors: [{ messageId: "bom", line: 1, column: 1, endLine: 1, endColumn: 1 }],
      output: action(),
    },
  ],
});
