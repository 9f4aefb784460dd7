import { suggestName } from "../util/suggest.js";
import { defineRule } from "./types.js";

export const authFormatFields = defineRule<"unknownSuggestion" | "unknown" | "unknownNoFields">({
  meta: {
    id: "auth-format-fields",
    severity: "error",
    fixable: false,
    scope: "integration",
    description: "Placeholders in an auth field format name fields of the same authentication_configuration",
    messages: {
      unknownSuggestion:
        "`{{placeholder}}` in `format` names no auth field of `authentication_configuration`; did you mean `{{suggestion}}`?",
      unknown:
        "`{{placeholder}}` in `format` names no auth field of `authentication_configuration` (its fields: {{fields}}): use one of them or add the auth field",
      unknownNoFields:
        "`{{placeholder}}` in `format` names no auth field of `authentication_configuration`: add the auth field",
    },
  },
  check(ctx) {
    const fields = ctx.authFields();
    let names: Set<string> | undefined;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as (typeof fields)[number];
      const format = field.field?.format;
      if (typeof format !== "string" || !format.includes("{{")) continue;
      if (!names) {
        names = new Set();
        for (let j = 0; j < fields.length; j++) {
          const f = fields[j] as (typeof fields)[number];
          if (f.name !== undefined) names.add(f.name);
        }
      }
      const tokens = ctx.tokenized(format).tokens;
      for (let j = 0; j < tokens.length; j++) {
        const token = tokens[j] as (typeof tokens)[number];
        if (token.type !== "placeholder" || names.has(token.expression)) continue;
        const path = [...field.fieldPath, "format"];
        const suggestion = suggestName(token.expression, names);
        if (suggestion) {
          ctx.report({
            path,
            messageId: "unknownSuggestion",
            data: { placeholder: token.raw, suggestion: `{{${suggestion}}}` },
          });
        } else if (names.size > 0) {
          ctx.report({ path, messageId: "unknown", data: { placeholder: token.raw, fields: [...names].join(", ") } });
        } else {
          ctx.report({ path, messageId: "unknownNoFields", data: { placeholder: token.raw } });
        }
      }
    }
  },
});
