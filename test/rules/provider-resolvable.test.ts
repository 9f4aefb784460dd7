import { providerResolvable } from "../../src/rules/provider-resolvable.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

const provider = { line: 2, column: 15, endLine: 2, endColumn: 30 };

ruleTester(providerResolvable, {
  valid: [
    {
      name: "integration in the run",
      code: [
        { file: "a.json", text: action() },
        { file: "i.json", text: integration() },
      ],
    },
    {
      name: "integration in the project",
      code: [{ file: "a.json", text: action() }],
      options: {
        externalIntegrations: () => [{ file: "i.json", kind: "integration", value: JSON.parse(integration()) }],
      },
    },
    { name: "only integrations", code: integration() },
    {
      name: "an integration in the run that cannot be parsed was still found (missing comma)",
      code: [
        { file: "a.json", text: action() },
        { file: "i.json", text: integration().replace('"acme_helpdesk",', '"acme_helpdesk"') },
      ],
    },
    {
      name: "an integration in the run that cannot be parsed was still found (name unreadable)",
      code: [
        { file: "a.json", text: action() },
        { file: "i.json", text: integration().replace('"name": "acme_helpdesk"', '"name" "acme_helpdesk"') },
      ],
    },
  ],
  invalid: [
    {
      name: "one action",
      code: [{ file: "a.json", text: action() }],
      errors: [{ messageId: "noIntegration", ...provider }],
    },
    {
      name: "said once, on the first action",
      code: [
        { file: "a.json", text: action() },
        { file: "b.json", text: action({ name: "other" }) },
      ],
      errors: [{ messageId: "noIntegrationMany", data: { count: 2 }, file: "a.json", ...provider }],
    },
  ],
});
