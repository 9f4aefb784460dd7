import { integration, ruleTable } from "../support/rule-tester.js";

const legacy = integration({
  contact_synchronization_endpoint: undefined,
  contact_synchronization_url: "https://x.example.com/c",
});

ruleTable("legacy-key", {
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
          line: 34,
          column: 3,
          severity: "warning",
          message: "`contact_synchronization_url` is the legacy name of `contact_synchronization_endpoint`",
        },
      ],
      output: legacy.replace('"contact_synchronization_url"', '"contact_synchronization_endpoint"'),
    },
    {
      name: "no rename when the current key is present too",
      code: integration({ interaction_retrieval_url: "https://x.example.com/i" }),
      errors: [
        { line: 35, column: 3, message: "(`interaction_retrieval_endpoint` is also present: keep one of them)" },
      ],
      output: integration({ interaction_retrieval_url: "https://x.example.com/i" }),
    },
    {
      name: "authentication_fields with none is a warning",
      code: integration({
        authentication_type: "none",
        authentication_configuration: undefined,
        authentication_fields: [],
      }),
      errors: [
        {
          line: 15,
          column: 3,
          severity: "warning",
          message: "`authentication_fields` is the legacy name of `authentication_configuration`",
        },
      ],
    },
  ],
});
