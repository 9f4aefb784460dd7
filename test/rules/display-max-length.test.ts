import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { action, ruleTable } from "../support/rule-tester.js";

const limit = (displayMaxLength: number) => ({
  configFor: () => ({ rules: {}, settings: { ...DEFAULT_RULE_SETTINGS, displayMaxLength } }),
});

ruleTable("display-max-length", {
  valid: [
    { name: "short display", code: action() },
    { name: "exactly 30 characters", code: action({ display: "a".repeat(30) }) },
    { name: "long description is fine", code: action({ description: "d".repeat(200) }) },
    {
      name: "a larger configured limit",
      code: action({ display: "log a call against the matching deal" }),
      options: limit(40),
    },
  ],
  invalid: [
    {
      name: "36 characters",
      code: action({ display: "log a call against the matching deal" }),
      errors: [
        { line: 4, column: 14, severity: "warning", message: "`display` is 36 characters long; a combo-box shows 30" },
      ],
    },
    {
      name: "a smaller configured limit",
      code: action({ display: "create a ticket" }),
      options: limit(10),
      errors: [{ line: 4, column: 14, message: 'a combo-box shows 10 ("create a' }],
    },
  ],
});
