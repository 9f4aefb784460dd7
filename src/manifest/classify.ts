import type { DocumentKind } from "../diagnostic.js";
import { isPlainObject } from "../util/suggest.js";

const ACTION_ONLY = new Set(["provider", "display", "endpoint", "inputs"]);
const INTEGRATION_ONLY = new Set([
  "display_name",
  "logo_url",
  "icon_url",
  "authentication_type",
  "authentication_configuration",
  "authentication_fields",
  "auth_validation_endpoint",
  "contact_synchronization_endpoint",
  "interaction_retrieval_endpoint",
  "agent_synchronization_endpoint",
  "contact_synchronization_url",
  "interaction_retrieval_url",
  "interaction_types",
]);

/** Tells an integration from an action by the keys it carries; undefined for any other JSON object. */
export function classify(value: unknown): DocumentKind | undefined {
  if (!isPlainObject(value)) return undefined;
  let action = 0;
  let integration = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (ACTION_ONLY.has(key)) action++;
    else if (INTEGRATION_ONLY.has(key)) integration++;
  }
  if (action === 0 && integration === 0) return undefined;
  if (action === integration) return Object.hasOwn(value, "provider") ? "action" : "integration";
  return action > integration ? "action" : "integration";
}

/** True for a top-level array whose items look like manifests (an error: one manifest per file). */
export function isManifestArray(value: unknown): boolean {
  return Array.isArray(value) && value.some((item) => classify(item) !== undefined);
}
