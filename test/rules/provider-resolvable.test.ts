import { action, integration, ruleTable } from "../support/rule-tester.js";

ruleTable("provider-resolvable", {
  valid: [
    {
      name: "integration in the run",
      code: [
        { file: "a.json", text: action() },
        { file: "i.json", text: integration() },
      ],
    },
    {
      name: "integration in the project",
      code: [{ file: "a.json", text: action() }],
      options: {
        externalIntegrations: () => [{ file: "i.json", kind: "integration", value: JSON.parse(integration()) }],
      },
    },
    { name: "only integrations", code: integration() },
  ],
  invalid: [
    {
      name: "said once, on the first action",
      code: [
        { file: "a.json", text: action() },
        { file: "b.json", text: action({ name: "other" }) },
      ],
      errors: [
        {
          line: 2,
          column: 15,
          file: "a.json",
          severity: "warning",
          message: "the provider of 2 actions cannot be checked",
        },
      ],
    },
  ],
});
