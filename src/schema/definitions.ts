import {
  AUTH_FIELD_SOURCES,
  AUTH_FIELD_TYPES,
  AUTHENTICATION_TYPES,
  INPUT_TYPES,
  LEGACY_AUTH_FIELD_TYPES,
} from "../manifest/vocabulary.js";

/**
 * The format of integrations and actions as plain data: the one definition both the schema-level
 * rules (required-key, value-type, enum-value, no-empty-value, through src/rules/checks/shape.ts)
 * and the editor JSON Schemas (src/schema/json-schema.ts) are made from.
 */

export type JsonType = "string" | "number" | "boolean" | "array" | "object";

/** The objects of the format. An auth field comes in two shapes (see AuthFieldShape in src/manifest). */
export type ObjectKind = "integration" | "action" | "listAuthField" | "keyedAuthField" | "input";

export interface Enumeration {
  values: readonly string[];
  /** Values match in any case (input types); otherwise exactly (`OAuth2` is not `oauth2`). */
  caseInsensitive: boolean;
  /** Older spellings enum-value accepts; another rule warns about them (auth-field-type). */
  legacy?: readonly string[];
}

/** Rules other than no-empty-value that report an empty or blank string as an error. */
export type BlankRule = "no-empty-value" | "image-url" | "endpoint-https";

export interface PropertyDefinition {
  /** The JSON types the value may have (the evaluator reports any other as value-type). */
  types: readonly JsonType[];
  /** Absent is a required-key error. */
  required: boolean;
  /** `null` is read as absent (optional strings and lists); otherwise null is a value-type error. */
  nullMeansAbsent?: boolean;
  enumeration?: Enumeration;
  /** Lint reports an empty or blank string here as an error, and which rule does. */
  nonBlank?: BlankRule;
  /** What a list holds: strings, or objects of one kind ("authField": either auth field shape). */
  items?: { type: "string" } | { object: "input" | "authField" };
  /** What the value is, for people (editor hover): every property has one. */
  description: string;
  /** What to write, for a message about a missing or empty value ("add …", "write …"). */
  hint?: string;
  /** A name from the older spec: the current key that replaced it. Kept out of editor completion. */
  legacyOf?: string;
}

export interface ObjectDefinition {
  title: string;
  description: string;
  properties: Readonly<Record<string, PropertyDefinition>>;
}

const SCHEMA_KEY: PropertyDefinition = {
  types: ["string"],
  required: false,
  description: "The JSON Schema of this file, for completion in editors; td-integration ignores it",
};

const optionalEndpoint = (description: string): PropertyDefinition => ({
  types: ["string"],
  required: false,
  nullMeansAbsent: true,
  description,
});

const INTEGRATION: ObjectDefinition = {
  title: "Talkdesk integration manifest",
  description: "An integration: how Talkdesk shows it, how users sign in, and the bridge endpoints it calls",
  properties: {
    $schema: SCHEMA_KEY,
    name: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description:
        "The integration's system name, unique among integrations: letters, digits, `_` and `-` (actions name it in `provider`)",
      hint: "a unique system name such as `mycrm`",
    },
    display_name: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description: "The integration's name as users read it in Talkdesk, such as `My CRM`",
      hint: "the name shown to users",
    },
    description: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description: "What the service behind the integration does, in words users understand",
      hint: "a user-friendly description of the service",
    },
    logo_url: {
      types: ["string"],
      required: true,
      nonBlank: "image-url",
      description: "The https URL of the logo shown while the integration is being set up",
      hint: "the https URL of the logo",
    },
    icon_url: {
      types: ["string"],
      required: true,
      nonBlank: "image-url",
      description: "The https URL of the icon shown next to interactions retrieved for a contact",
      hint: "the https URL of the icon shown for retrieved interactions",
    },
    authentication_type: {
      types: ["string"],
      required: true,
      enumeration: { values: AUTHENTICATION_TYPES, caseInsensitive: false },
      description:
        "How users authenticate: none, custom (the bridge's own fields), oauth2 (authorization code), oauth2_password or oauth2_client_credentials",
      hint: "one of none, custom, oauth2, oauth2_password, oauth2_client_credentials",
    },
    authentication_configuration: {
      types: ["array"],
      required: false,
      nullMeansAbsent: true,
      items: { object: "authField" },
      description:
        "The auth fields users give when they activate the integration, sent to the bridge with every request; needed unless authentication_type is none",
    },
    auth_validation_endpoint: optionalEndpoint(
      "The https URL of the bridge endpoint that checks whether the given credentials are valid",
    ),
    contact_synchronization_endpoint: optionalEndpoint(
      "The https URL of the bridge endpoint that synchronizes contacts; without it there is no contact synchronization",
    ),
    interaction_retrieval_endpoint: optionalEndpoint(
      "The https URL of the bridge endpoint that retrieves a contact's interactions; without it there is no interaction retrieval",
    ),
    agent_synchronization_endpoint: optionalEndpoint(
      "The https URL of the bridge endpoint that synchronizes agents; integrations that need CTI must have it",
    ),
    interaction_types: {
      types: ["array"],
      required: false,
      nullMeansAbsent: true,
      items: { type: "string" },
      description:
        "The kinds of interactions the integration can retrieve, such as Ticket or Case; each account picks some of them",
    },
    authentication_fields: {
      types: ["array"],
      required: false,
      description: "Older name of `authentication_configuration`, which Talkdesk reads instead",
      legacyOf: "authentication_configuration",
    },
    contact_synchronization_url: {
      types: ["string"],
      required: false,
      description: "Older name of `contact_synchronization_endpoint`, which Talkdesk reads instead",
      legacyOf: "contact_synchronization_endpoint",
    },
    interaction_retrieval_url: {
      types: ["string"],
      required: false,
      description: "Older name of `interaction_retrieval_endpoint`, which Talkdesk reads instead",
      legacyOf: "interaction_retrieval_endpoint",
    },
  },
};

/** The keys of an auth field in both shapes (the list shape adds `field_name`). */
const AUTH_FIELD_PROPERTIES: Readonly<Record<string, PropertyDefinition>> = {
  display: {
    types: ["string"],
    required: true,
    nonBlank: "no-empty-value",
    description: "The label of the field on the sign-in form",
    hint: "the label shown next to the field on the sign-in form",
  },
  mandatory: {
    types: ["boolean"],
    required: true,
    description: "Whether the user must fill the field in; Talkdesk checks only mandatory fields",
    hint: "true or false",
  },
  type: {
    types: ["string"],
    required: false,
    enumeration: {
      values: AUTH_FIELD_TYPES,
      caseInsensitive: true,
      legacy: Object.keys(LEGACY_AUTH_FIELD_TYPES),
    },
    description: "Where the value comes from: input (the user types it in) or oauth (the OAuth 2.0 authority gives it)",
  },
  store: {
    types: ["boolean"],
    required: true,
    description: "Whether Talkdesk keeps the value in the configuration (false for an OAuth code it only exchanges)",
    hint: "true or false",
  },
  help: {
    types: ["string"],
    required: false,
    nullMeansAbsent: true,
    description: "A hint shown with the field on the sign-in form",
  },
  format: {
    types: ["string"],
    required: false,
    nullMeansAbsent: true,
    description:
      "A display template around the value, naming fields of this list in braces, such as https://{{account}}.example.org",
  },
  source: {
    types: ["string"],
    required: false,
    enumeration: { values: AUTH_FIELD_SOURCES, caseInsensitive: false },
    description: "Where Talkdesk takes the value from: input, default or auth_validation",
  },
};

const LIST_AUTH_FIELD: ObjectDefinition = {
  title: "Auth field (list shape)",
  description: "An auth field that names itself with `field_name`",
  properties: {
    field_name: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description: "The name under which the bridge receives the value, unique in the list",
      hint: "the name of the field sent to the bridge",
    },
    ...AUTH_FIELD_PROPERTIES,
  },
};

const KEYED_AUTH_FIELD: ObjectDefinition = {
  title: "Auth field (keyed shape)",
  description: "The auth field named by the key that holds this object",
  properties: AUTH_FIELD_PROPERTIES,
};

const ACTION: ObjectDefinition = {
  title: "Talkdesk integration action",
  description: "An action Talkdesk automations can run through the integration's bridge",
  properties: {
    $schema: SCHEMA_KEY,
    provider: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description: "The `name` of the integration that provides the action, exactly as written there",
      hint: "the `name` of the integration that provides this action",
    },
    name: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description: "The action's identifier, unique among the provider's actions",
      hint: "an identifier unique among the provider's actions, such as `create_ticket`",
    },
    display: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description:
        'A short lowercase label; automations show it after "Then" ("Then create a ticket") and in a combo-box',
      hint: "a short lowercase label such as `create a ticket`",
    },
    description: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description: 'What the action does, in lowercase, read after "Then" in automations',
      hint: "a lowercase phrase such as `create a new ticket in Zendesk`",
    },
    endpoint: {
      types: ["string"],
      required: true,
      nonBlank: "endpoint-https",
      description: "The https URL of the bridge endpoint that runs the action",
      hint: "the https URL of the bridge endpoint that runs this action",
    },
    inputs: {
      types: ["array"],
      required: true,
      items: { object: "input" },
      description: "The fields the action receives from Talkdesk when it runs (the list may be empty)",
      hint: "a list of input definitions (it may be empty: [])",
    },
  },
};

const INPUT: ObjectDefinition = {
  title: "Action input",
  description: "A field the action receives, with its form label, type and default",
  properties: {
    key: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description: "The identifier under which the bridge receives the value, unique in the action",
      hint: "the identifier of the field sent to the bridge",
    },
    name: {
      types: ["string"],
      required: true,
      nonBlank: "no-empty-value",
      description: "The label of the field on the action's form",
      hint: "the label shown on the action's form",
    },
    mandatory: {
      types: ["boolean"],
      required: false,
      description: "Whether Talkdesk needs a value before it runs the action; absent means false, as in older actions",
    },
    type: {
      types: ["string"],
      required: false,
      enumeration: { values: INPUT_TYPES, caseInsensitive: true },
      description:
        "The kind of form field: Text (the default), Textarea, Number, Tel, URL, Datetime or Select, in any case",
    },
    format: {
      types: ["string", "number"],
      required: false,
      nullMeansAbsent: true,
      description:
        "The default value, which may name a value provider such as {{contact.email}}; for Select, the comma-separated options",
    },
  },
};

export const DEFINITIONS: Readonly<Record<ObjectKind, ObjectDefinition>> = {
  integration: INTEGRATION,
  action: ACTION,
  listAuthField: LIST_AUTH_FIELD,
  keyedAuthField: KEYED_AUTH_FIELD,
  input: INPUT,
};
