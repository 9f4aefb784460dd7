import { defineRule } from "./types.js";

/** Each optional endpoint and the message naming the feature it serves. */
const ENDPOINTS = {
  auth_validation_endpoint: "emptyAuthValidation",
  contact_synchronization_endpoint: "emptyContactSync",
  interaction_retrieval_endpoint: "emptyInteractionRetrieval",
  agent_synchronization_endpoint: "emptyAgentSync",
} as const;

const ENTRIES = Object.entries(ENDPOINTS);

export const noEmptyEndpoint = defineRule<(typeof ENDPOINTS)[keyof typeof ENDPOINTS]>({
  meta: {
    id: "no-empty-endpoint",
    severity: "warning",
    fixable: false,
    scope: "integration",
    description: "Optional integration endpoints are omitted rather than empty strings",
    messages: {
      emptyAuthValidation:
        "`auth_validation_endpoint` is an empty string: remove the key if the integration has no credential validation, or give its https URL",
      emptyContactSync:
        "`contact_synchronization_endpoint` is an empty string: remove the key if the integration has no contact synchronization, or give its https URL",
      emptyInteractionRetrieval:
        "`interaction_retrieval_endpoint` is an empty string: remove the key if the integration has no interaction retrieval, or give its https URL",
      emptyAgentSync:
        "`agent_synchronization_endpoint` is an empty string: remove the key if the integration has no agent synchronization, or give its https URL",
    },
  },
  check(ctx) {
    for (let i = 0; i < ENTRIES.length; i++) {
      const entry = ENTRIES[i] as (typeof ENTRIES)[number];
      const key = entry[0];
      const messageId = entry[1];
      if (ctx.value[key] === "") ctx.report({ path: [key], messageId });
    }
  },
});
