// What a bridge needs to know about its integration, read from the manifest and its action files:
// which path answers which endpoint, the auth fields, the interaction types and each action's inputs.
// Plain JavaScript without dependencies: this file is also copied into the bridge projects that
// `td-integration init --kind bridge` writes.

/** The manifest keys of each endpoint; the second key is the legacy name Talkdesk still reads. */
const ENDPOINT_KEYS = [
  ["auth-validation", "auth_validation_endpoint"],
  ["contact-sync", "contact_synchronization_endpoint", "contact_synchronization_url"],
  ["interaction-retrieval", "interaction_retrieval_endpoint", "interaction_retrieval_url"],
  ["agent-sync", "agent_synchronization_endpoint"],
];

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** The path part of an endpoint URL (`https://bridge.example.com/talkdesk/sync` gives `/talkdesk/sync`). */
function endpointPath(url) {
  if (typeof url !== "string" || url.trim() === "") return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/**
 * The auth fields of `authentication_configuration`, in either of its two shapes:
 * `[{"api_token": {...}}]` or `[{"field_name": "api_token", ...}]`.
 */
function authFieldsOf(manifest) {
  const list = Array.isArray(manifest.authentication_configuration) ? manifest.authentication_configuration : [];
  const fields = [];
  for (const entry of list) {
    if (!isObject(entry)) continue;
    let name;
    let field;
    if (typeof entry.field_name === "string") {
      name = entry.field_name;
      field = entry;
    } else {
      const keys = Object.keys(entry);
      if (keys.length !== 1 || !isObject(entry[keys[0]])) continue;
      name = keys[0];
      field = entry[keys[0]];
    }
    fields.push({
      name,
      type: String(field.type ?? "input").toLowerCase() === "oauth" ? "oauth" : "input",
      source: typeof field.source === "string" ? field.source : "input",
      mandatory: field.mandatory === true,
    });
  }
  return fields;
}

function inputsOf(action) {
  const inputs = Array.isArray(action.inputs) ? action.inputs : [];
  return inputs
    .filter((input) => isObject(input) && typeof input.key === "string")
    .map((input) => ({ key: input.key, mandatory: input.mandatory === true }));
}

/**
 * Reads a parsed manifest and its parsed action files. Actions of another provider, and actions
 * without an endpoint, are left out (Talkdesk would not call them on this bridge).
 *
 * @returns {{ name: string, authenticationType: string, authFields: object[], interactionTypes: string[],
 *   routes: { path: string, kind: string, action?: { name: string, inputs: { key: string, mandatory: boolean }[] } }[] }}
 */
export function describeIntegration(manifest, actions = []) {
  if (!isObject(manifest)) throw new TypeError("the manifest must be a JSON object");
  const name = typeof manifest.name === "string" ? manifest.name : "integration";
  const routes = [];
  const taken = new Set();
  const add = (route) => {
    // Two endpoints on one path cannot be told apart by the path alone: the first one wins.
    if (route.path === undefined || taken.has(route.path)) return;
    taken.add(route.path);
    routes.push(route);
  };
  for (const [kind, key, legacy] of ENDPOINT_KEYS) {
    const url = manifest[key] ?? (legacy ? manifest[legacy] : undefined);
    add({ path: endpointPath(url), kind });
  }
  for (const action of actions) {
    if (!isObject(action) || action.provider !== name || typeof action.name !== "string") continue;
    add({
      path: endpointPath(action.endpoint),
      kind: "action",
      action: { name: action.name, inputs: inputsOf(action) },
    });
  }
  return {
    name,
    authenticationType:
      typeof manifest.authentication_type === "string" ? manifest.authentication_type.toLowerCase() : "none",
    authFields: authFieldsOf(manifest),
    interactionTypes: Array.isArray(manifest.interaction_types)
      ? manifest.interaction_types.filter((type) => typeof type === "string")
      : [],
    routes,
  };
}

export const isOauth = (integration) => integration.authenticationType.startsWith("oauth2");

/**
 * The auth keys a bridge compares to tell valid credentials from invalid ones: the mandatory fields
 * the user types in (not those Talkdesk fills from the OAuth exchange or from auth validation), and
 * the OAuth access token.
 */
export function checkedAuthKeys(integration, oauthTokenKey = "access_token") {
  if (integration.authenticationType === "none") return [];
  const keys = integration.authFields
    .filter((field) => field.mandatory && field.type === "input" && field.source !== "auth_validation")
    .map((field) => field.name);
  if (isOauth(integration)) keys.push(oauthTokenKey);
  return keys;
}

/** A plausible sample value for an auth field, from its name. */
function sampleValue(name) {
  if (/e-?mail/i.test(name)) return "admin@sample.invalid";
  if (/url|endpoint/i.test(name)) return `https://sample-${name.replace(/_/g, "-")}.invalid`;
  if (/token|secret|password|passwd|key/i.test(name)) return `sample-${name.replace(/_/g, "-")}-0123456789`;
  return `sample-${name.replace(/_/g, "-")}`;
}

/**
 * One sample value per auth field (and the OAuth access token): what `credentials.example.json`
 * holds, and what the sample backend accepts.
 */
export function sampleCredentials(integration, oauthTokenKey = "access_token") {
  const credentials = {};
  if (integration.authenticationType === "none") return credentials;
  for (const field of integration.authFields) {
    // Fields that auth validation returns are the bridge's to fill, unless the user must type them too.
    if (field.source === "auth_validation" && !(field.mandatory && field.type === "input")) continue;
    credentials[field.name] = sampleValue(field.name);
  }
  if (isOauth(integration)) credentials[oauthTokenKey] = "sample-access-token-0123456789";
  return credentials;
}
