import { REQUIRED_OAUTH_FIELDS } from "../manifest/vocabulary.js";
import { listWords } from "../util/describe.js";
import { defineRule } from "./types.js";

export const oauthRequiredFields = defineRule<"missingField" | "missingFields">({
  meta: {
    id: "oauth-required-fields",
    severity: "error",
    fixable: false,
    scope: "integration",
    description: "OAuth authentication types declare every field name the document requires for them",
    messages: {
      missingField:
        "authentication_type `{{type}}` requires the auth field {{missing}} in `authentication_configuration`: add it (required: {{required}})",
      missingFields:
        "authentication_type `{{type}}` requires the auth fields {{missing}} in `authentication_configuration`: add them (required: {{required}})",
    },
  },
  check(ctx) {
    const type = ctx.authenticationType();
    const required = type ? REQUIRED_OAUTH_FIELDS[type] : undefined;
    if (!type || !required) return;
    const config = ctx.value.authentication_configuration;
    if (!Array.isArray(config) || config.length === 0) return; // auth-configuration-required
    const names = new Set<string>();
    const fields = ctx.authFields();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as (typeof fields)[number];
      if (field.name !== undefined) names.add(field.name);
    }
    const missing = required.filter((name) => !names.has(name));
    if (missing.length === 0) return;
    ctx.report({
      path: ["authentication_configuration"],
      target: "key",
      messageId: missing.length > 1 ? "missingFields" : "missingField",
      data: {
        type,
        missing: listWords(
          missing.map((name) => `\`${name}\``),
          "and",
        ),
        required: required.join(", "),
      },
    });
  },
});
