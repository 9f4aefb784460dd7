import { action, integration, ruleTable } from "../support/rule-tester.js";

const acme = { file: "integrations/acme.json", text: integration() };

ruleTable("known-provider", {
  valid: [
    { name: "provider equals the integration name", code: [{ file: "actions/a.json", text: action() }, acme] },
    {
      name: "provider found outside the run (a hook passing one file)",
      code: [{ file: "actions/a.json", text: action() }],
      options: {
        externalIntegrations: () => [
          {
            file: "integrations/acme.json",
            kind: "integration",
            value: JSON.parse(integration()),
            text: integration(),
          },
        ],
      },
    },
    {
      name: "no integration anywhere: provider-resolvable says it once",
      code: [{ file: "actions/a.json", text: action({ provider: "nope" }) }],
    },
  ],
  invalid: [
    {
      name: "case-only mismatch names the exact name and where it is",
      code: [{ file: "actions/a.json", text: action({ provider: "Acme_Helpdesk" }) }, acme],
      errors: [
        {
          line: 2,
          column: 15,
          severity: "error",
          message: "the integration's name is `acme_helpdesk` (integrations/acme.json:2:11), and case matters",
        },
      ],
    },
    {
      name: "close misspelling gets a suggestion",
      code: [{ file: "actions/a.json", text: action({ provider: "acme_helpdsk" }) }, acme],
      errors: [{ line: 2, column: 15, message: "did you mean `acme_helpdesk`?" }],
    },
    {
      name: "unknown provider, one diagnostic per action",
      code: [
        { file: "actions/a.json", text: action({ provider: "shopwave" }) },
        { file: "actions/b.json", text: action({ provider: "shopwave", name: "other" }) },
        acme,
      ],
      errors: [
        { line: 2, column: 15, file: "actions/a.json", message: "provider `shopwave` matches no integration name" },
        { line: 2, column: 15, file: "actions/b.json", message: "provider `shopwave`" },
      ],
    },
  ],
});
