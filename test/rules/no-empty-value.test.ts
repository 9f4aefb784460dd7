import { action, integration, ruleTable } from "../support/rule-tester.js";

ruleTable("no-empty-value", {
  valid: [
    { name: "complete integration", code: integration() },
    { name: "complete action", code: action() },
    {
      name: "optional help may be empty",
      code: integration({
        authentication_configuration: [
          { field_name: "t", display: "T", mandatory: true, type: "input", store: true, help: "" },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: "empty display_name and spaces-only description",
      code: integration({ display_name: "", description: "  " }),
      errors: [
        { line: 3, column: 19, severity: "error", message: "`display_name` of the integration is empty" },
        { line: 4, column: 18, message: "`description` of the integration is only spaces" },
      ],
    },
    {
      name: "empty provider and input key",
      code: action({ provider: "", inputs: [{ key: "", name: "K", mandatory: true }] }),
      errors: [
        { line: 2, column: 15, message: "`provider` of the action is empty: write the `name` of the integration" },
        { line: 9, column: 14, message: "`key` of input 0 is empty" },
      ],
    },
    {
      name: "empty auth field display",
      code: integration({
        authentication_configuration: [{ t: { display: "", mandatory: true, type: "input", store: true } }],
      }),
      errors: [{ line: 11, column: 20, message: "`display` of auth field `t` is empty" }],
    },
  ],
});
