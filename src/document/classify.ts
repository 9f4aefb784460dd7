import type { DocumentKind } from "../diagnostic.js";
import { isPlainObject } from "../util/suggest.js";

// What a top-level key tells about the object, as bits.
const ACTION = 1;
const INTEGRATION = 2;
/** Written by init from the answers, never an answer itself. */
const WRITTEN = 4;
/** A question id of `init --answers` that no manifest has (the templates' question ids and init's own). */
const ANSWER = 8;

/** What a top-level key tells about the object; one lookup per key, as this runs for every file. */
const KEY_KINDS = new Map<string, number>([
  ["provider", ACTION],
  ["inputs", ACTION],
  ["display", ACTION | WRITTEN],
  ["endpoint", ACTION | WRITTEN],
  ["display_name", INTEGRATION],
  ["logo_url", INTEGRATION],
  ["icon_url", INTEGRATION],
  ["authentication_type", INTEGRATION],
  ["authentication_configuration", INTEGRATION | WRITTEN],
  ["authentication_fields", INTEGRATION | WRITTEN],
  ["auth_validation_endpoint", INTEGRATION],
  ["contact_synchronization_endpoint", INTEGRATION],
  ["interaction_retrieval_endpoint", INTEGRATION],
  ["agent_synchronization_endpoint", INTEGRATION],
  ["contact_synchronization_url", INTEGRATION],
  ["interaction_retrieval_url", INTEGRATION],
  ["interaction_types", INTEGRATION],
  ["kind", ANSWER],
  ["bridge_url", ANSWER],
  ["auth_fields", ANSWER],
  ["features", ANSWER],
  ["action_template", ANSWER],
  ["action_name", ANSWER],
  ["action_display", ANSWER],
  ["action_description", ANSWER],
  ["action_endpoint", ANSWER],
]);

/**
 * Tells an integration from an action by the keys it carries; undefined for any other JSON object,
 * such as an `init --answers` file: it carries question ids no manifest has (`bridge_url`, `auth_fields`,
 * `features`, `kind`, `action_name`...) and none of the keys only init writes (`authentication_configuration`,
 * `display`, `endpoint`...). A manifest carrying one of those keys stays a manifest whatever stray answer key
 * it has (no-unknown-keys reports that key).
 */
export function classify(value: unknown): DocumentKind | undefined {
  if (!isPlainObject(value)) return undefined;
  let action = 0;
  let integration = 0;
  let answers = 0;
  let written = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const kind = KEY_KINDS.get(key);
    if (kind === undefined) continue;
    if ((kind & ANSWER) !== 0) {
      answers++;
      continue;
    }
    if ((kind & WRITTEN) !== 0) written++;
    if ((kind & ACTION) !== 0) action++;
    else integration++;
  }
  if (answers > 0 && written === 0) return undefined;
  if (action === 0 && integration === 0) return undefined;
  if (action === integration) return Object.hasOwn(value, "provider") ? "action" : "integration";
  return action > integration ? "action" : "integration";
}

/** The keys of which an integration carries at least one (classify counts no other toward "integration"), opened by a quote. */
const OPENED_INTEGRATION_KEYS = [...KEY_KINDS]
  .filter(([, kind]) => (kind & (INTEGRATION | ANSWER)) === INTEGRATION)
  .map(([key]) => `"${key}`);

/**
 * False when no object parsed from `text`, however tolerantly, can classify as an integration: none of
 * the keys only integrations carry is written anywhere in it. The closing quote is not looked for
 * (jsonc-parser ends a string left open at the end of its line), and a text with a backslash is never
 * ruled out (an escape, even an invalid one that jsonc-parser drops, can spell a key).
 */
export function mayHoldIntegration(text: string): boolean {
  if (text.includes("\\")) return true;
  for (let i = 0; i < OPENED_INTEGRATION_KEYS.length; i++) {
    if (text.includes(OPENED_INTEGRATION_KEYS[i] as string)) return true;
  }
  return false;
}

/** True for a top-level array whose items look like manifests (an error: one manifest per file). */
export function isManifestArray(value: unknown): boolean {
  return Array.isArray(value) && value.some((item) => classify(item) !== undefined);
}
