import { z } from "zod";
import {
  AUTH_FIELD_SOURCES,
  AUTH_FIELD_TYPES,
  AUTHENTICATION_TYPES,
  INPUT_TYPES,
  LEGACY_AUTH_FIELD_TYPES,
} from "../manifest/vocabulary.js";

/** Metadata carried by enumeration checks so issues can be turned into "did you mean" messages. */
export interface EnumParams {
  enumeration: readonly string[];
  caseInsensitive: boolean;
}

/** A string enumeration that may ignore case; case-insensitive ones cannot be plain z.enum. */
function enumeration(values: readonly string[], caseInsensitive: boolean, accepted: readonly string[] = values) {
  const set = new Set(caseInsensitive ? accepted.map((v) => v.toLowerCase()) : accepted);
  const params: EnumParams = { enumeration: values, caseInsensitive };
  return z
    .string()
    .refine((v) => set.has(caseInsensitive ? v.toLowerCase() : v), { params })
    .meta({ enum: values });
}

const optionalText = z.string().nullish();

export const authFieldSchema = z.object({
  display: z.string().meta({ description: "Display-friendly name of the input in the interface" }),
  mandatory: z.boolean().meta({ description: "Talkdesk only validates mandatory fields" }),
  type: enumeration(AUTH_FIELD_TYPES, true, [...AUTH_FIELD_TYPES, ...Object.keys(LEGACY_AUTH_FIELD_TYPES)])
    .optional()
    .meta({ description: "input for user-provided fields, oauth for fields provided by the OAuth 2.0 authority" }),
  store: z.boolean().meta({ description: "Whether the field is stored in the configuration" }),
  help: optionalText.meta({ description: "Hint displayed with the field" }),
  format: optionalText.meta({ description: "Input template, e.g. https://{{account}}.example.org" }),
  source: enumeration(AUTH_FIELD_SOURCES, false).optional(),
});

export const listAuthFieldSchema = authFieldSchema.extend({
  field_name: z.string().meta({ description: "The name of the field sent to the bridge" }),
});

const endpoint = z.string().nullish();

/** The integration's top level; auth fields are checked one by one (they come in two shapes). */
export const integrationSchema = z.object({
  name: z.string().meta({ description: "The integration's unique system name" }),
  display_name: z.string(),
  description: z.string(),
  logo_url: z.string(),
  icon_url: z.string(),
  authentication_type: z.enum(AUTHENTICATION_TYPES),
  authentication_configuration: z.array(z.unknown()).nullish(),
  auth_validation_endpoint: endpoint,
  contact_synchronization_endpoint: endpoint,
  interaction_retrieval_endpoint: endpoint,
  agent_synchronization_endpoint: endpoint,
  interaction_types: z.array(z.string()).nullish(),
});

export const inputSchema = z.object({
  key: z.string(),
  name: z.string(),
  mandatory: z.boolean(),
  type: enumeration(INPUT_TYPES, true).optional(),
  format: z.union([z.string(), z.number()]).nullish(),
});

export const actionSchema = z.object({
  provider: z.string(),
  name: z.string(),
  display: z.string(),
  description: z.string(),
  endpoint: z.string(),
  inputs: z.array(inputSchema),
});
