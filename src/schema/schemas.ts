import * as z from "zod/mini";
import type { $ZodType, GlobalMeta } from "zod/v4/core";
import {
  AUTH_FIELD_SOURCES,
  AUTH_FIELD_TYPES,
  AUTHENTICATION_TYPES,
  INPUT_TYPES,
  LEGACY_AUTH_FIELD_TYPES,
} from "../manifest/vocabulary.js";

// zod's mini build: the same checks and issues as the full one, in fewer bytes for the commands that
// load these schemas (config, init, schema). lint itself runs them as data (src/schema/lint-plans.ts).

/**
 * A copy of `schema` with JSON Schema metadata (a description, a title, an enum), as the full
 * build's `.meta()` makes: the copy, so a schema used in several places keeps its own metadata.
 */
export function withMeta<T extends $ZodType>(schema: T, meta: GlobalMeta): T {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, meta);
  return copy;
}

/** Metadata carried by enumeration checks so issues can be turned into "did you mean" messages. */
export interface EnumParams {
  enumeration: readonly string[];
  caseInsensitive: boolean;
  /** The values the refinement accepts: `enumeration` plus legacy spellings (src/schema/plan.ts reads it). */
  accepted: readonly string[];
}

/** The enumeration a schema's refinement checks, if it has one. */
export function enumParams(schema: $ZodType): EnumParams | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const params = (check._zod.def as { params?: Partial<EnumParams> }).params;
    if (params?.enumeration) return params as EnumParams;
  }
  return undefined;
}

/** A string enumeration that may ignore case; case-insensitive ones cannot be plain z.enum. */
function enumeration(values: readonly string[], caseInsensitive: boolean, accepted: readonly string[] = values) {
  const set = new Set(caseInsensitive ? accepted.map((v) => v.toLowerCase()) : accepted);
  const params: EnumParams = { enumeration: values, caseInsensitive, accepted };
  return withMeta(z.string().check(z.refine((v) => set.has(caseInsensitive ? v.toLowerCase() : v), { params })), {
    enum: values,
  });
}

const optionalText = z.nullish(z.string());

export const authFieldSchema = z.object({
  display: withMeta(z.string(), { description: "Display-friendly name of the input in the interface" }),
  mandatory: withMeta(z.boolean(), { description: "Talkdesk only validates mandatory fields" }),
  type: withMeta(
    z.optional(enumeration(AUTH_FIELD_TYPES, true, [...AUTH_FIELD_TYPES, ...Object.keys(LEGACY_AUTH_FIELD_TYPES)])),
    { description: "input for user-provided fields, oauth for fields provided by the OAuth 2.0 authority" },
  ),
  store: withMeta(z.boolean(), { description: "Whether the field is stored in the configuration" }),
  help: withMeta(optionalText, { description: "Hint displayed with the field" }),
  format: withMeta(optionalText, { description: "Input template, e.g. https://{{account}}.example.org" }),
  source: z.optional(enumeration(AUTH_FIELD_SOURCES, false)),
});

export const listAuthFieldSchema = z.extend(authFieldSchema, {
  field_name: withMeta(z.string(), { description: "The name of the field sent to the bridge" }),
});

const endpoint = z.nullish(z.string());

/** The integration's top level; auth fields are checked one by one (they come in two shapes). */
export const integrationSchema = z.object({
  name: withMeta(z.string(), { description: "The integration's unique system name" }),
  display_name: z.string(),
  description: z.string(),
  logo_url: z.string(),
  icon_url: z.string(),
  authentication_type: z.enum(AUTHENTICATION_TYPES),
  authentication_configuration: z.nullish(z.array(z.unknown())),
  auth_validation_endpoint: endpoint,
  contact_synchronization_endpoint: endpoint,
  interaction_retrieval_endpoint: endpoint,
  agent_synchronization_endpoint: endpoint,
  interaction_types: z.nullish(z.array(z.string())),
});

export const inputSchema = z.object({
  key: z.string(),
  name: z.string(),
  mandatory: z.boolean(),
  type: z.optional(enumeration(INPUT_TYPES, true)),
  format: z.nullish(z.union([z.string(), z.number()])),
});

export const actionSchema = z.object({
  provider: z.string(),
  name: z.string(),
  display: z.string(),
  description: z.string(),
  endpoint: z.string(),
  inputs: z.array(inputSchema),
});
