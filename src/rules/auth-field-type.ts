import { AUTH_FIELD_TYPES, LEGACY_AUTH_FIELD_TYPES } from "../manifest/vocabulary.js";
import { defineRule } from "./types.js";

const CANONICAL = new Set<string>(AUTH_FIELD_TYPES);

export const authFieldType = defineRule<"wrongCase" | "documentColumn">({
  meta: {
    id: "auth-field-type",
    severity: "warning",
    fixable: true,
    scope: "integration",
    description: "Auth field type is written input or oauth (not Text, Password or another case)",
    messages: {
      wrongCase: "auth field type `{{type}}` is written `{{fix}}`: Talkdesk's values are lowercase",
      documentColumn:
        "auth field type `{{type}}` comes from the document's type column; real manifests use `{{fix}}` for fields the user types in (`oauth` for fields from the OAuth authority): write `{{fix}}`",
    },
  },
  check(ctx) {
    const fields = ctx.authFields();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as (typeof fields)[number];
      const type = field.field?.type;
      if (typeof type !== "string" || CANONICAL.has(type)) continue;
      const lower = type.toLowerCase();
      const path = [...field.fieldPath, "type"];
      if (CANONICAL.has(lower)) {
        ctx.report({
          path,
          messageId: "wrongCase",
          data: { type, fix: lower },
          fix: { kind: "replace-value", path, json: lower },
        });
        continue;
      }
      const replacement = LEGACY_AUTH_FIELD_TYPES[lower];
      if (replacement === undefined) continue; // enum-value reports other values
      ctx.report({ path, messageId: "documentColumn", data: { type, fix: replacement } });
    }
  },
});
