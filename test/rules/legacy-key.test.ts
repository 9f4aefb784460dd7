import { legacyKey } from "../../src/rules/legacy-key.js";
import { integration, ruleTester } from "../support/rule-tester.js";

const legacy = integration({
  contact_synchronization_endpoint: undefined,
  contact_synchronization_url: "https://x.example.com/c",
});

ruleTester(legacyKey, {
  valid: [
    { name: "current names", code: integration() },
    {
      name: "authentication_fields with custom is legacy-authentication-fields' job",
      code: integration({ authentication_configuration: undefined, authentication_fields: [] }),
    },
  ],
  invalid: [
    {
      name: "contact_synchronization_url is renamed by --fix",
      code: legacy,
      errors: [
        {
          messageId: "legacyKey",
          data: { key: "contact_synchronization_url", current: "contact_synchronization_endpoint" },
          line: 34,
          column: 3,
          endLine: 34,
          endColumn: 32,
        },
      ],
      output: legacy.replace('"contact_synchronization_url"', '"contact_synchronization_endpoint"'),
    },
    {
      name: "no rename when the current key is present too",
      code: integration({ interaction_retrieval_url: "https://x.example.com/i" }),
      errors: [
        {
          messageId: "legacyKeyBesideCurrent",
          data: { key: "interaction_retrieval_url", current: "interaction_retrieval_endpoint" },
          line: 35,
          column: 3,
          endLine: 35,
          endColumn: 30,
        },
      ],
      output: integration({ interaction_retrieval_url: "https://x.example.com/i" }),
    },
    {
      name: "authentication_fields with None (any case) is a warning, renamed by --fix",
      code: integration({
        authentication_type: "None",
        authentication_configuration: undefined,
        authentication_fields: [],
      }),
      errors: [
        {
          messageId: "legacyKey",
          data: { key: "authentication_fields", current: "authentication_configuration" },
          line: 15,
          column: 3,
          endLine: 15,
          endColumn: 26,
        },
      ],
      output: integration({
        authentication_type: "None",
        authentication_configuration: undefined,
        authentication_fields: [],
      }).replace('"authentication_fields"', '"authentication_configuration"'),
    },
  ],
});
