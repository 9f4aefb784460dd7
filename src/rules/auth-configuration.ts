import type { AuthFieldRef } from "../manifest/auth-fields.js";
import { AUTHENTICATION_TYPES, REQUIRED_OAUTH_FIELDS } from "../manifest/vocabulary.js";
import { listWords } from "../util/describe.js";
import { cachedAuthFields, documentRule } from "./helpers.js";

const TYPES = new Set<string>(AUTHENTICATION_TYPES);

/** The authentication type when it is one of the five valid values (enum-value reports the rest). */
function authType(value: Record<string, unknown>): string | undefined {
  const type = value.authentication_type;
  return typeof type === "string" && TYPES.has(type) ? type : undefined;
}

export const oauthRequiredFields = documentRule({
  id: "oauth-required-fields",
  severity: "error",
  description: "OAuth authentication types declare every field name the document requires for them",
  fixable: false,
  scope: "integration",
  check(ctx) {
    const type = authType(ctx.value);
    const required = type ? REQUIRED_OAUTH_FIELDS[type] : undefined;
    if (!required || !Array.isArray(ctx.value.authentication_configuration)) return;
    if (ctx.value.authentication_configuration.length === 0) return; // auth-configuration-required
    const names = new Set<string>();
    for (const field of cachedAuthFields(ctx.value)) if (field.name !== undefined) names.add(field.name);
    const missing = required.filter((name) => !names.has(name));
    if (missing.length === 0) return;
    ctx.report({
      path: ["authentication_configuration"],
      target: "key",
      message: `authentication_type \`${type}\` requires the field${missing.length > 1 ? "s" : ""} ${listWords(
        missing.map((m) => `\`${m}\``),
        "and",
      )} in \`authentication_configuration\`; add ${missing.length > 1 ? "them" : "it"} (required: ${required.join(", ")})`,
    });
  },
});

export const authConfigurationRequired = documentRule({
  id: "auth-configuration-required",
  severity: "error",
  description: "custom and OAuth authentication types have a non-empty authentication_configuration",
  fixable: false,
  scope: "integration",
  check(ctx) {
    const type = authType(ctx.value);
    if (!type || type === "none") return;
    // The legacy key is reported on its own (legacy-authentication-fields); do not pile on.
    if (Object.hasOwn(ctx.value, "authentication_fields")) return;
    const config = ctx.value.authentication_configuration;
    if (config === undefined || config === null) {
      ctx.report({
        path: [],
        target: "object",
        message: `authentication_type \`${type}\` needs \`authentication_configuration\`: add the list of auth fields Talkdesk asks the user for${
          REQUIRED_OAUTH_FIELDS[type] ? ` (at least ${REQUIRED_OAUTH_FIELDS[type]?.join(", ")})` : ""
        }, or set authentication_type to \`none\``,
      });
    } else if (Array.isArray(config) && config.length === 0) {
      ctx.report({
        path: ["authentication_configuration"],
        message: `\`authentication_configuration\` is empty, but authentication_type \`${type}\` needs auth fields: add them, or set authentication_type to \`none\``,
      });
    }
  },
});

export const authConfigurationUnused = documentRule({
  id: "auth-configuration-unused",
  severity: "warning",
  description: "authentication_type none has no authentication_configuration (it would be ignored)",
  fixable: false,
  scope: "integration",
  check(ctx) {
    if (ctx.value.authentication_type !== "none") return;
    const config = ctx.value.authentication_configuration;
    if (!Array.isArray(config) || config.length === 0) return;
    ctx.report({
      path: ["authentication_configuration"],
      target: "key",
      message: `authentication_type is \`none\`, so the ${config.length} auth field${config.length > 1 ? "s" : ""} in \`authentication_configuration\` will never be asked for: remove the list, or set authentication_type to \`custom\``,
    });
  },
});

export const authMixedShapes = documentRule({
  id: "auth-mixed-shapes",
  severity: "warning",
  description: "authentication_configuration uses one shape for all its fields (field_name objects or keyed objects)",
  fixable: false,
  scope: "integration",
  check(ctx) {
    let first: AuthFieldRef | undefined;
    let other: AuthFieldRef | undefined;
    for (const field of cachedAuthFields(ctx.value)) {
      if (field.shape === "invalid") continue;
      if (!first) first = field;
      else if (field.shape !== first.shape) {
        other = field;
        break;
      }
    }
    if (!first || !other) return;
    const describe = (shape: string) =>
      shape === "list" ? 'an object with "field_name"' : "an object keyed by the field name";
    ctx.report({
      path: ["authentication_configuration", other.index],
      target: "object",
      message: `item ${other.index} of \`authentication_configuration\` is ${describe(other.shape)}, but item ${first.index} is ${describe(first.shape)}: write every field in the same shape`,
    });
  },
});
