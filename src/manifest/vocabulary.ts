/** The words of the format: keys, enumerations and required names, as the document defines them. */

export const AUTHENTICATION_TYPES = [
  "none",
  "custom",
  "oauth2",
  "oauth2_password",
  "oauth2_client_credentials",
] as const;
export type AuthenticationType = (typeof AUTHENTICATION_TYPES)[number];

/** Field names each OAuth type must declare in `authentication_configuration`. */
export const REQUIRED_OAUTH_FIELDS: Record<string, readonly string[]> = {
  oauth2: ["site", "client_id", "client_secret", "authorization_url", "access_token_url"],
  oauth2_password: ["site", "client_id", "client_secret", "username", "password", "access_token_url"],
  oauth2_client_credentials: ["site", "client_id", "client_secret", "access_token_url"],
};

export const AUTH_FIELD_TYPES = ["input", "oauth"] as const;
/** The document's type column spells these; real manifests use input/oauth. */
export const LEGACY_AUTH_FIELD_TYPES: Record<string, string> = { text: "input", password: "input" };
export const AUTH_FIELD_SOURCES = ["input", "default", "auth_validation"] as const;

export const INPUT_TYPES = ["Text", "Textarea", "Number", "Tel", "URL", "Datetime", "Select"] as const;
export type InputType = (typeof INPUT_TYPES)[number];

const INPUT_TYPE_BY_LOWER = new Map<string, InputType>(INPUT_TYPES.map((t) => [t.toLowerCase(), t]));
const INPUT_TYPE_SET: ReadonlySet<string> = new Set(INPUT_TYPES);

export function canonicalInputType(type: unknown): InputType | undefined {
  if (typeof type !== "string") return undefined;
  // Runs for every input of every action: the usual exact spelling is answered without lower-casing.
  if (INPUT_TYPE_SET.has(type)) return type as InputType;
  return INPUT_TYPE_BY_LOWER.get(type.toLowerCase());
}

const AUTHENTICATION_TYPE_SET: ReadonlySet<string> = new Set(AUTHENTICATION_TYPES);

/** `authentication_type` read without regard to case (`OAuth2` is `oauth2`); undefined when missing or unknown. */
export function canonicalAuthenticationType(type: unknown): AuthenticationType | undefined {
  if (typeof type !== "string") return undefined;
  const lower = type.toLowerCase();
  return AUTHENTICATION_TYPE_SET.has(lower) ? (lower as AuthenticationType) : undefined;
}

export const INTEGRATION_ENDPOINT_KEYS = [
  "auth_validation_endpoint",
  "contact_synchronization_endpoint",
  "interaction_retrieval_endpoint",
  "agent_synchronization_endpoint",
] as const;

export const INTEGRATION_KEYS = [
  "name",
  "display_name",
  "description",
  "logo_url",
  "icon_url",
  "authentication_type",
  "authentication_configuration",
  ...INTEGRATION_ENDPOINT_KEYS,
  "interaction_types",
] as const;

export const ACTION_KEYS = ["provider", "name", "display", "description", "endpoint", "inputs"] as const;
export const AUTH_FIELD_KEYS = [
  "field_name",
  "display",
  "mandatory",
  "type",
  "store",
  "help",
  "format",
  "source",
] as const;
export const INPUT_KEYS = ["key", "name", "mandatory", "type", "format"] as const;

/** Names from Talkdesk's older spec, with what replaced them. */
export const LEGACY_INTEGRATION_KEYS: Record<string, string> = {
  authentication_fields: "authentication_configuration",
  contact_synchronization_url: "contact_synchronization_endpoint",
  interaction_retrieval_url: "interaction_retrieval_endpoint",
};

/** Keys that are allowed anywhere at the top level without being part of the format. */
export const META_KEYS = ["$schema"] as const;

export const CONTACT_FIELDS = [
  "first_name",
  "last_name",
  "email",
  "phone",
  "address",
  "title",
  "company",
  "twitter",
  "linkedin",
  "facebook",
  "skype",
  "googleplus",
  "website",
  "industry",
  "location",
  "updated_at",
] as const;

/** Value-provider collections known out of the box: collection name -> its fields. */
export const DEFAULT_COLLECTIONS: Record<string, readonly string[]> = { contact: CONTACT_FIELDS };
