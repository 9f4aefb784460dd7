import { phraseTitleCase } from "../../src/rules/phrase-title-case.js";
import { action, ruleTester } from "../support/rule-tester.js";

ruleTester(phraseTitleCase, {
  valid: [
    { name: "a phrase", code: action() },
    { name: "one capitalised proper noun", code: action({ description: "create a new ticket in Acme Helpdesk" }) },
    { name: "a two-word proper noun after a lowercase verb", code: action({ display: "open Google Maps" }) },
    { name: "an acronym", code: action({ display: "send SMS via Twilio" }) },
  ],
  invalid: [
    {
      name: "Title Case display",
      code: action({ display: "Create A New Ticket" }),
      errors: [
        {
          messageId: "titleCase",
          data: { field: "display", text: "Create A New Ticket", suggestion: "create a new ticket" },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 35,
        },
      ],
    },
    {
      name: "Title Case after the first letter was lowered (as --fix leaves it)",
      code: action({ display: "create A New Ticket In Zendesk" }),
      errors: [{ messageId: "titleCase", line: 4, column: 14, endLine: 4, endColumn: 46 }],
    },
    {
      name: "a Title Case description keeps its acronyms",
      code: action({ description: "Send An SMS To The Caller" }),
      errors: [
        {
          messageId: "titleCase",
          message: 'write it as a phrase: "send an SMS to the caller"',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 45,
        },
      ],
    },
  ],
});
