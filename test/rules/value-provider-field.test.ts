import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { action, ruleTable } from "../support/rule-tester.js";

const input = (format: string) => ({ key: "k", name: "K", mandatory: false, type: "Text", format });
const withCollections = {
  configFor: () => ({
    rules: {},
    settings: { ...DEFAULT_RULE_SETTINGS, collections: { contact: ["crm_id"], ticket: ["id"] } },
  }),
};

ruleTable("value-provider-field", {
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
      name: "a field the config adds to contact",
      code: action({ inputs: [input("{{contact.crm_id}}")] }),
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
          line: 13,
          column: 17,
          severity: "error",
          message: "`{{contact.emial}}`: the contact collection has no field `emial`; did you mean `email`?",
        },
      ],
    },
    {
      name: "unknown field lists the fields",
      code: action({ inputs: [input("Hi {{contact.nickname}}")] }),
      errors: [{ line: 13, column: 17, message: "its fields are first_name, last_name" }],
    },
    {
      name: "not collection.field",
      code: action({ inputs: [input("{{email}}")] }),
      errors: [{ line: 13, column: 17, message: "`{{email}}` is not a value provider: write `{{collection.field}}`" }],
    },
  ],
});
