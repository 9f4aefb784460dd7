import { REQUIRED_OAUTH_FIELDS } from "../manifest/vocabulary.js";
import { defineRule } from "./types.js";

export const authConfigurationRequired = defineRule<"missing" | "missingOAuth" | "empty">({
  meta: {
    id: "auth-configuration-required",
    severity: "error",
    fixable: false,
    scope: "integration",
    description: "custom and OAuth authentication types have a non-empty authentication_configuration",
    messages: {
      missing:
        "authentication_type `{{type}}` needs `authentication_configuration`: add the list of auth fields Talkdesk asks the user for, or set authentication_type to `none`",
      missingOAuth:
        "authentication_type `{{type}}` needs `authentication_configuration`: add the list of auth fields Talkdesk asks the user for (at least {{required}}), or set authentication_type to `none`",
      empty:
        "`authentication_configuration` is empty, but authentication_type `{{type}}` needs auth fields: add them, or set authentication_type to `none`",
    },
  },
  check(ctx) {
    const type = ctx.authenticationType();
    if (!type || type === "none") return;
    // The legacy key is reported on its own (legacy-authentication-fields); do not pile on.
    if (Object.hasOwn(ctx.value, "authentication_fields")) return;
    const config = ctx.value.authentication_configuration;
    if (config === undefined || config === null) {
      const required = REQUIRED_OAUTH_FIELDS[type];
      ctx.report(
        required
          ? { path: [], target: "object", messageId: "missingOAuth", data: { type, required: required.join(", ") } }
          : { path: [], target: "object", messageId: "missing", data: { type } },
      );
    } else if (Array.isArray(config) && config.length === 0) {
      ctx.report({ path: ["authentication_configuration"], messageId: "empty", data: { type } });
    }
  },
});
