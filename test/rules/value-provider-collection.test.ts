import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { valueProviderCollection } from "../../src/rules/value-provider-collection.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (format: string) => ({ key: "k", name: "K", mandatory: false, type: "Text", format });
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});

ruleTester(valueProviderCollection, {
  valid: [
    { name: "contact", code: action() },
    {
      name: "a collection declared in the config",
      code: action({ inputs: [input("{{ticket.id}}")] }),
      options: {
        configFor: () => ({ rules: {}, settings: { ...DEFAULT_RULE_SETTINGS, collections: { ticket: ["id"] } } }),
      },
    },
    { name: "unknown fields are value-provider-field's", code: action({ inputs: [input("{{contact.nick}}")] }) },
  ],
  invalid: [
    {
      name: "unknown collection",
      code: action({ inputs: [input("{{ticket.id}}")] }),
      errors: [
        {
          messageId: "unknownCollectionNoSuggestion",
          data: { placeholder: "{{ticket.id}}", collection: "ticket", known: "contact" },
          message: "unknown value-provider collection `ticket`; known collections: contact",
          ...formatAt(13, "{{ticket.id}}"),
        },
      ],
    },
    {
      name: "misspelt collection",
      code: action({ inputs: [input("{{contcat.email}}")] }),
      errors: [
        {
          messageId: "unknownCollection",
          data: { placeholder: "{{contcat.email}}", collection: "contcat", suggestion: "contact" },
          ...formatAt(13, "{{contcat.email}}"),
        },
      ],
    },
  ],
});
