import { agentSyncEndpoint } from "../../src/rules/agent-sync-endpoint.js";
import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { integration, ruleTester } from "../support/rule-tester.js";

const cti = { configFor: () => ({ rules: {}, settings: { ...DEFAULT_RULE_SETTINGS, cti: true } }) };

ruleTester(agentSyncEndpoint, {
  valid: [
    { name: "without cti nothing is required", code: integration() },
    {
      name: "cti with the endpoint",
      code: integration({ agent_synchronization_endpoint: "https://bridge.example.com/agent_sync" }),
      options: cti,
    },
  ],
  invalid: [
    {
      name: "cti without the endpoint points at the opening brace",
      code: integration(),
      options: cti,
      errors: [{ messageId: "missing", line: 1, column: 1, endLine: 1, endColumn: 2 }],
    },
    {
      name: "cti with an empty endpoint points at the value",
      code: integration({ agent_synchronization_endpoint: "" }),
      options: cti,
      errors: [{ messageId: "empty", line: 35, column: 37, endLine: 35, endColumn: 39 }],
    },
  ],
});
