import { defineRule } from "./types.js";

export const authConfigurationUnused = defineRule<"unusedField" | "unusedFields">({
  meta: {
    id: "auth-configuration-unused",
    severity: "warning",
    fixable: false,
    scope: "integration",
    description: "authentication_type none has no authentication_configuration (it would be ignored)",
    messages: {
      unusedField:
        "authentication_type is `none`, so the auth field in `authentication_configuration` will never be asked for: remove the list, or set authentication_type to `custom`",
      unusedFields:
        "authentication_type is `none`, so the {{count}} auth fields in `authentication_configuration` will never be asked for: remove the list, or set authentication_type to `custom`",
    },
  },
  check(ctx) {
    if (ctx.authenticationType() !== "none") return;
    const config = ctx.value.authentication_configuration;
    if (!Array.isArray(config) || config.length === 0) return;
    ctx.report({
      path: ["authentication_configuration"],
      target: "key",
      messageId: config.length > 1 ? "unusedFields" : "unusedField",
      data: { count: config.length },
    });
  },
});
