import { noDuplicateKeys } from "../../src/rules/no-duplicate-keys.js";
import { action, ruleTester } from "../support/rule-tester.js";

ruleTester(noDuplicateKeys, {
  valid: [{ name: "unique keys", code: action() }],
  invalid: [
    {
      name: "second key points at the key",
      code: '{\n  "provider": "p",\n  "name": "a",\n  "name": "b"\n}\n',
      errors: [
        { messageId: "duplicate", data: { key: "name", firstLine: 3 }, line: 4, column: 3, endLine: 4, endColumn: 9 },
      ],
    },
  ],
});
