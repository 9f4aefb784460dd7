import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("phrase-leading-then", {
  valid: [
    { name: "no then", code: action() },
    { name: "then inside the phrase", code: action({ description: "log the call and then close the ticket" }) },
    { name: "a word that starts with then", code: action({ display: "thenceforth close it" }) },
  ],
  invalid: [
    {
      name: "leading then is removed by --fix",
      code: action({ display: "then add a note" }),
      errors: [{ line: 4, column: 14, severity: "warning", message: 'would read "Then then add a note"' }],
      output: action({ display: "add a note" }),
    },
    {
      name: "in the description, with a comma",
      code: action({ description: "Then, log the call" }),
      errors: [{ line: 5, column: 18, message: '`description` starts with "Then,"' }],
      output: action({ description: "log the call" }),
    },
  ],
});
