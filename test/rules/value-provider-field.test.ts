import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { valueProviderField } from "../../src/rules/value-provider-field.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (format: string) => ({ key: "k", name: "K", mandatory: false, type: "Text", format });
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});
const withCollections = {
  configFor: () => ({
    rules: {},
    settings: { ...DEFAULT_RULE_SETTINGS, collections: { contact: ["crm_id"], ticket: ["id"] } },
  }),
};

ruleTester(valueProviderField, {
  valid: [
    { name: "contact fields", code: action() },
    {
      name: "all sixteen contact fields",
      code: action({
        inputs: [
          input(
            "{{contact.first_name}} {{contact.last_name}} {{contact.email}} {{contact.phone}} {{contact.address}} {{contact.title}} {{contact.company}} {{contact.twitter}} {{contact.linkedin}} {{contact.facebook}} {{contact.skype}} {{contact.googleplus}} {{contact.website}} {{contact.industry}} {{contact.location}} {{contact.updated_at}}",
          ),
        ],
      }),
    },
    {
      name: "a field the config adds to contact, and a declared collection",
      code: action({ inputs: [input("{{contact.crm_id}} {{ticket.id}}")] }),
      options: withCollections,
    },
    { name: "unknown collections are value-provider-collection's", code: action({ inputs: [input("{{ticket.id}}")] }) },
  ],
  invalid: [
    {
      name: "misspelt contact field with a suggestion",
      code: action({ inputs: [input("{{contact.emial}}")] }),
      errors: [
        {
          messageId: "unknownField",
          data: { placeholder: "{{contact.emial}}", collection: "contact", field: "emial", suggestion: "email" },
          message: "`{{contact.emial}}`: the contact collection has no field `emial`; did you mean `email`?",
          ...formatAt(13, "{{contact.emial}}"),
        },
      ],
    },
    {
      name: "unknown field lists the fields",
      code: action({ inputs: [input("Hi {{contact.nickname}}")] }),
      errors: [
        {
          messageId: "unknownFieldNoSuggestion",
          message: "its fields are first_name, last_name",
          ...formatAt(13, "Hi {{contact.nickname}}"),
        },
      ],
    },
    {
      name: "a declared collection's field list",
      code: action({ inputs: [input("{{ticket.number}}")] }),
      options: withCollections,
      errors: [
        {
          messageId: "unknownFieldNoSuggestion",
          data: { placeholder: "{{ticket.number}}", collection: "ticket", field: "number", fields: "id" },
          ...formatAt(13, "{{ticket.number}}"),
        },
      ],
    },
    {
      name: "not collection.field",
      code: action({ inputs: [input("{{email}} {{a.b.c}}")] }),
      errors: [
        {
          messageId: "notCollectionField",
          message: "`{{email}}` is not a value provider: write `{{collection.field}}`",
          ...formatAt(13, "{{email}} {{a.b.c}}"),
        },
        { messageId: "notCollectionField", data: { placeholder: "{{a.b.c}}" }, ...formatAt(13, "{{email}} {{a.b.c}}") },
      ],
    },
  ],
});
