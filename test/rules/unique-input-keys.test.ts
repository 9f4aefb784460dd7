import { uniqueInputKeys } from "../../src/rules/unique-input-keys.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (key: string) => ({ key, name: "X", mandatory: false });

ruleTester(uniqueInputKeys, {
  valid: [
    { name: "distinct keys", code: action() },
    { name: "no inputs", code: action({ inputs: [] }) },
    { name: "keys differing in case", code: action({ inputs: [input("id"), input("ID")] }) },
  ],
  invalid: [
    {
      name: "second and third uses of a key name the first input, counted from 1",
      code: action({ inputs: [input("priority"), input("subject"), input("priority"), input("priority")] }),
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "priority", first: 1 },
          message: "duplicate input key `priority`: input 1 already uses it",
          line: 19,
          column: 14,
          endLine: 19,
          endColumn: 24,
        },
        {
          messageId: "duplicateKey",
          data: { key: "priority", first: 1 },
          line: 24,
          column: 14,
          endLine: 24,
          endColumn: 24,
        },
      ],
    },
    {
      name: "a non-object input still counts in the numbering",
      code: action({ inputs: ["oops", input("a"), input("a")] }),
      errors: [
        { messageId: "duplicateKey", data: { key: "a", first: 2 }, line: 15, column: 14, endLine: 15, endColumn: 17 },
      ],
    },
  ],
});
