import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("phrase-trailing-period", {
  valid: [
    { name: "no period", code: action() },
    { name: "an ellipsis is not a period", code: action({ description: "create a ticket and more..." }) },
  ],
  invalid: [
    {
      name: "periods removed by --fix",
      code: action({ display: "create a ticket.", description: "create a new ticket in Acme." }),
      errors: [
        { line: 4, column: 14, severity: "warning", message: "`display` ends with a period" },
        { line: 5, column: 18, message: "`description` ends with a period" },
      ],
      output: action({ display: "create a ticket", description: "create a new ticket in Acme" }),
    },
  ],
});
