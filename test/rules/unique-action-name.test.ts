import { uniqueActionName } from "../../src/rules/unique-action-name.js";
import { action, ruleTester } from "../support/rule-tester.js";

/** The action's name value: line 3, columns 11 to 26 (`"create_ticket"`). */
const name = { line: 3, column: 11, endLine: 3, endColumn: 26 };

ruleTester(uniqueActionName, {
  valid: [
    {
      name: "same name, different providers",
      code: [
        { file: "a.json", text: action() },
        { file: "b.json", text: action({ provider: "other" }) },
      ],
    },
    {
      name: "same provider, different names",
      code: [
        { file: "a.json", text: action() },
        { file: "b.json", text: action({ name: "close_ticket" }) },
      ],
    },
  ],
  invalid: [
    {
      name: "same provider and name",
      code: [
        { file: "a.json", text: action() },
        { file: "b.json", text: action({ display: "create a ticket fast" }) },
        { file: "c.json", text: action() },
      ],
      errors: [
        {
          messageId: "duplicate",
          data: { name: "create_ticket", provider: "acme_helpdesk", where: "a.json:3:11" },
          file: "b.json",
          ...name,
        },
        { messageId: "duplicate", message: "already defined in a.json:3:11", file: "c.json", ...name },
      ],
    },
  ],
});
