import { z } from "zod";

/** `off`, `warn` or `error`, as in ESLint. */
export const severitySchema = z.enum(["off", "warn", "error"]);
export type ConfigSeverity = z.infer<typeof severitySchema>;

/**
 * Rule options, the second item of `["warn", { ... }]`. They feed the rule settings of the files the
 * entry applies to; every option is named after the setting it changes.
 */
export const ruleOptionsSchema = z.strictObject({
  displayMaxLength: z
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: "Longest action `display` a combo-box shows in full (default 30)" }),
});
export type RuleOptions = z.infer<typeof ruleOptionsSchema>;

export const ruleEntrySchema = z.union([
  severitySchema,
  z.tuple([severitySchema]),
  z.tuple([severitySchema, ruleOptionsSchema]),
]);
export type RuleEntry = z.infer<typeof ruleEntrySchema>;

const globs = z.union([z.string().min(1), z.array(z.string().min(1))]);

/** Extra value-provider collections, or extra fields of a known one: `{ "ticket": ["id", "subject"] }`. */
const valueProvidersSchema = z.record(z.string().min(1), z.array(z.string().min(1)));

const sharedKeys = {
  rules: z.record(z.string(), ruleEntrySchema).optional(),
  valueProviders: valueProvidersSchema.optional(),
  cti: z.boolean().optional(),
};

export const overrideSchema = z.strictObject({
  files: globs,
  ignores: globs.optional(),
  ...sharedKeys,
});
export type OverrideConfig = z.infer<typeof overrideSchema>;

/**
 * A problem not to report: a rule in the files a glob selects (as `files` does), at a JSON Pointer and
 * everything below it, or in the whole file without one.
 */
export const suppressionSchema = z.strictObject({
  file: globs,
  rule: z.string().min(1),
  pointer: z.string().optional(),
  reason: z.string().optional(),
});
export type SuppressionConfig = z.infer<typeof suppressionSchema>;

export const configFileSchema = z.strictObject({
  $schema: z.string().optional(),
  files: globs.optional(),
  ignores: globs.optional(),
  integrationRoots: z.array(z.string().min(1)).optional(),
  overrides: z.array(overrideSchema).optional(),
  ...sharedKeys,
  suppress: z.array(suppressionSchema).optional(),
});
export type ConfigFile = z.infer<typeof configFileSchema>;
