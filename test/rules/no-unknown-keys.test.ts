import { action, integration, ruleTable } from "../support/rule-tester.js";

ruleTable("no-unknown-keys", {
  valid: [
    { name: "every key known", code: integration() },
    { name: "$schema is allowed at the top level", code: integration({ $schema: "./schemas/integration.json" }) },
    { name: "$schema in an action", code: action({ $schema: "./schemas/action.json" }) },
    {
      name: "legacy keys are legacy-key's",
      code: integration({ contact_synchronization_url: "https://x.example.com/c" }),
    },
  ],
  invalid: [
    {
      name: "misspelt top-level key with a suggestion",
      code: integration({ contact_synchronisation_endpoint: "https://x.example.com/c" }),
      errors: [
        { line: 35, column: 3, severity: "warning", message: "did you mean `contact_synchronization_endpoint`?" },
      ],
    },
    {
      name: "key far from any known one lists the known keys",
      code: action({ colour: "blue" }),
      errors: [{ line: 23, column: 3, message: "unknown key `colour` in the action: Talkdesk ignores it" }],
    },
    {
      name: "in an input",
      code: action({ inputs: [{ key: "k", name: "K", mandatory: true, tpye: "Text" }] }),
      errors: [{ line: 12, column: 7, message: "unknown key `tpye` in input 0; did you mean `type`?" }],
    },
    {
      name: "in a list-shape auth field",
      code: integration({
        authentication_configuration: [
          { field_name: "t", display: "T", mandatory: true, type: "input", store: true, hint: "x" },
        ],
      }),
      errors: [{ line: 15, column: 7, message: "unknown key `hint` in auth field `t`" }],
    },
    {
      name: "in a keyed-shape auth field (field_name is redundant there)",
      code: integration({
        authentication_configuration: [
          { t: { field_name: "t", display: "T", mandatory: true, type: "input", store: true } },
        ],
      }),
      errors: [{ line: 11, column: 9, message: "unknown key `field_name` in auth field `t`" }],
    },
  ],
});
