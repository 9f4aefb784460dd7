import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { integration, ruleTable } from "../support/rule-tester.js";

const cti = { configFor: () => ({ rules: {}, settings: { ...DEFAULT_RULE_SETTINGS, cti: true } }) };

ruleTable("agent-sync-endpoint", {
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
      errors: [{ line: 1, column: 1, severity: "error", message: "add `agent_synchronization_endpoint`" }],
    },
    {
      name: "cti with an empty endpoint points at the value",
      code: integration({ agent_synchronization_endpoint: "" }),
      options: cti,
      errors: [{ line: 35, column: 37, message: "needs CTI (`cti: true`)" }],
    },
  ],
});
