import { integration, ruleTable } from "../support/rule-tester.js";

ruleTable("unique-integration-name", {
  valid: [
    {
      name: "different names",
      code: [
        { file: "a.json", text: integration() },
        { file: "b.json", text: integration({ name: "other" }) },
      ],
    },
  ],
  invalid: [
    {
      name: "reported on the later file in path order, naming the first",
      code: [
        { file: "z.staging.json", text: integration() },
        { file: "a.json", text: integration() },
      ],
      errors: [
        {
          line: 2,
          column: 11,
          file: "z.staging.json",
          severity: "error",
          message: "integration name `acme_helpdesk` is already used by a.json:2:11",
        },
      ],
    },
  ],
});
