import { action, ruleTable } from "../support/rule-tester.js";

const input = (format: string, type = "Select") => ({ key: "s", name: "S", mandatory: false, type, format });

ruleTable("select-value-provider", {
  valid: [
    { name: "an option list", code: action({ inputs: [input("low,normal,high")] }) },
    { name: "a provider in a Text input", code: action({ inputs: [input("{{contact.company}}", "Text")] }) },
  ],
  invalid: [
    {
      name: "a provider as the option list",
      code: action({ inputs: [input("{{contact.company}}")] }),
      errors: [{ line: 13, column: 17, severity: "warning", message: "a value provider would show as one option" }],
    },
  ],
});
