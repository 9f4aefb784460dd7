import { action, ruleTable } from "../support/rule-tester.js";

ruleTable("document-type", {
  valid: [
    { name: "one action", code: action() },
    { name: "a JSON object that is not a manifest is skipped", code: '{ "compilerOptions": {} }\n' },
  ],
  invalid: [
    { name: "empty file", code: "", errors: [{ line: 1, column: 1, severity: "error", message: "the file is empty" }] },
    {
      name: "a list of manifests",
      code: `[${action()}]`,
      errors: [{ line: 1, column: 1, message: "put each integration or action in a file of its own" }],
    },
    { name: "a string", code: '"x"\n', errors: [{ line: 1, column: 1, message: "not a string" }] },
  ],
});
