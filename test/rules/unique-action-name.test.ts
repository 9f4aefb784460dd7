import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("unique-action-name", {
  valid: [
    {
      name: "same name, different providers",
      code: [
        { file: "a.json", text: action() },
        { file: "b.json", text: action({ provider: "other" }) },
      ],
    },
  ],
  invalid: [
    {
      name: "same provider and name",
      code: [
        { file: "a.json", text: action() },
        { file: "b.json", text: action({ display: "create a ticket fast" }) },
        { file: "c.json", text: action() },
      ],
      errors: [
        {
          line: 3,
          column: 11,
          file: "b.json",
          severity: "error",
          message: "action `create_ticket` of provider `acme_helpdesk` is already defined in a.json:3:11",
        },
        { line: 3, column: 11, file: "c.json", message: "a.json:3:11" },
      ],
    },
  ],
});
