import { action, ruleTable } from "../support/rule-tester.js";

const input = (format: unknown) => ({ key: "t", name: "T", mandatory: false, type: "Tel", format });

ruleTable("input-tel-format", {
  valid: [
    { name: "international", code: action({ inputs: [input("+1 (555) 010-0199")] }) },
    { name: "value provider", code: action({ inputs: [input("{{contact.phone}}")] }) },
    { name: "prefix before a provider", code: action({ inputs: [input("+351 {{contact.phone}}")] }) },
  ],
  invalid: [
    {
      name: "words",
      code: action({ inputs: [input("call me")] }),
      errors: [{ line: 13, column: 17, severity: "error", message: "`call me`, which is not a phone number" }],
    },
    {
      name: "extension letters",
      code: action({ inputs: [input("555-0100 ext. 4")] }),
      errors: [{ line: 13, column: 17, message: "use only digits, spaces, +, -, ( and )" }],
    },
    {
      name: "punctuation without digits",
      code: action({ inputs: [input("()")] }),
      errors: [{ line: 13, column: 17, message: "not a phone number" }],
    },
  ],
});
