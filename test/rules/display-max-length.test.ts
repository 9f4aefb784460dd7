import { displayMaxLength } from "../../src/rules/display-max-length.js";
import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { action, ruleTester } from "../support/rule-tester.js";

const limit = (displayMaxLength: number) => ({
  configFor: () => ({ rules: {}, settings: { ...DEFAULT_RULE_SETTINGS, displayMaxLength } }),
});

ruleTester(displayMaxLength, {
  valid: [
    { name: "short display", code: action() },
    { name: "exactly 30 characters", code: action({ display: "a".repeat(30) }) },
    { name: "30 characters, one of them outside the BMP", code: action({ display: `${"a".repeat(29)}😀` }) },
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
        {
          messageId: "tooLong",
          data: { length: 36, limit: 30, truncated: "log a call against the matchi…" },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 52,
        },
      ],
    },
    {
      name: "a smaller configured limit",
      code: action({ display: "create a ticket" }),
      options: limit(10),
      errors: [
        {
          messageId: "tooLong",
          message: '`display` is 15 characters long; a combo-box shows 10 ("create a …"): shorten it',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
  ],
});
