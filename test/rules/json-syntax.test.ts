import { jsonSyntax } from "../../src/rules/json-syntax.js";
import { action, ruleTester } from "../support/rule-tester.js";

ruleTester(jsonSyntax, {
  valid: [{ name: "valid JSON", code: '{ "provider": "p" }\n' }],
  invalid: [
    {
      name: "trailing comma points at the comma",
      code: '{\n  "provider": "p",\n  "name": "n",\n}\n',
      errors: [{ messageId: "trailingComma", line: 3, column: 14, endLine: 3, endColumn: 15 }],
    },
    {
      name: "missing comma points at the end of the line that needs it",
      code: '{\n  "provider": "p"\n  "name": "n"\n}\n',
      errors: [{ messageId: "CommaExpected", line: 2, column: 18, endLine: 2, endColumn: 18 }],
    },
    {
      name: "a list of manifests with a trailing comma is judged, not skipped as JSON with comments",
      code: `[${action()},]`,
      errors: [{ messageId: "trailingComma", line: 24, column: 1, endLine: 24, endColumn: 2 }],
    },
    {
      name: "single quotes",
      code: "{'provider': 'p'}\n",
      errors: [{ messageId: "singleQuotes", line: 1, column: 2, endLine: 1, endColumn: 3 }],
    },
  ],
});
