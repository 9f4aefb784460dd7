import { documentType } from "../../src/rules/document-type.js";
import { action, ruleTester } from "../support/rule-tester.js";

ruleTester(documentType, {
  valid: [
    { name: "one action", code: action() },
    { name: "a JSON object that is not a manifest is skipped", code: '{ "compilerOptions": {} }\n' },
    { name: "JSON with comments that is not a manifest is skipped", code: '{ "compilerOptions": {}, }\n' },
  ],
  invalid: [
    { name: "empty file", code: "", errors: [{ messageId: "empty", line: 1, column: 1, endLine: 1, endColumn: 1 }] },
    {
      name: "a list of manifests",
      code: `[${action()}]`,
      errors: [{ messageId: "manifestList", line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: "a string",
      code: '"x"\n',
      errors: [{ messageId: "notObject", data: { found: "a string" }, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: "nesting deeper than the limit points at the opener of level 1001 (the object is level 1)",
      code: `{"provider": ${"[".repeat(1001)}${"]".repeat(1001)}}`,
      errors: [{ messageId: "tooDeep", data: { limit: 1000 }, line: 1, column: 1013, endLine: 1, endColumn: 1014 }],
    },
  ],
});
