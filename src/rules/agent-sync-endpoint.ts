import { defineRule } from "./types.js";

export const agentSyncEndpoint = defineRule<"missing" | "empty">({
  meta: {
    id: "agent-sync-endpoint",
    severity: "error",
    fixable: false,
    scope: "integration",
    description: "agent_synchronization_endpoint is present when the config says the integration needs CTI (cti: true)",
    messages: {
      missing:
        "the config says this integration needs CTI (`cti: true`), which relies on agent synchronization: add `agent_synchronization_endpoint` with the https URL of the bridge's agent sync",
      empty:
        "`agent_synchronization_endpoint` is empty, but the config says this integration needs CTI (`cti: true`), which relies on agent synchronization: give the https URL of the bridge's agent sync",
    },
  },
  check(ctx) {
    if (!ctx.settings.cti) return;
    const value = ctx.value.agent_synchronization_endpoint;
    if (typeof value === "string" && value !== "") return;
    if (value === undefined) ctx.report({ path: [], target: "object", messageId: "missing" });
    else ctx.report({ path: ["agent_synchronization_endpoint"], messageId: "empty" });
  },
});
