import { AUTH_FIELD_TYPES, LEGACY_AUTH_FIELD_TYPES } from "../manifest/vocabulary.js";
import { tokenize } from "../template/tokenize.js";
import { suggestName } from "../util/suggest.js";
import { cachedAuthFields, documentRule } from "./helpers.js";

export const uniqueFieldNames = documentRule({
  id: "unique-field-names",
  severity: "error",
  description: "Every auth field name appears once in authentication_configuration (both shapes)",
  fixable: false,
  scope: "integration",
  check(ctx) {
    const seen = new Map<string, number>();
    for (const field of cachedAuthFields(ctx.value)) {
      if (field.name === undefined) continue;
      const first = seen.get(field.name);
      if (first === undefined) {
        seen.set(field.name, field.index);
        continue;
      }
      ctx.report({
        path: field.namePath,
        target: field.nameTarget,
        message: `duplicate auth field name \`${field.name}\`: item ${first} of \`authentication_configuration\` already declares it; rename this field or remove one of them`,
      });
    }
  },
});

const CANONICAL = new Set<string>(AUTH_FIELD_TYPES);

export const authFieldType = documentRule({
  id: "auth-field-type",
  severity: "warning",
  description: "Auth field type is written input or oauth (not Text, Password or another case)",
  fixable: true,
  scope: "integration",
  check(ctx) {
    for (const field of cachedAuthFields(ctx.value)) {
      const type = field.field?.type;
      if (typeof type !== "string" || CANONICAL.has(type)) continue;
      const lower = type.toLowerCase();
      const path = [...field.fieldPath, "type"];
      if (CANONICAL.has(lower)) {
        ctx.report({
          path,
          message: `auth field type \`${type}\` is written \`${lower}\`: Talkdesk's values are lowercase`,
          fix: { kind: "replace-value", path, json: lower },
        });
        continue;
      }
      const replacement = LEGACY_AUTH_FIELD_TYPES[lower];
      if (replacement === undefined) continue; // enum-value reports other values
      ctx.report({
        path,
        message: `auth field type \`${type}\` comes from the document's type column; real manifests use \`${replacement}\` for fields the user types in (\`oauth\` for fields from the OAuth authority): write \`${replacement}\``,
      });
    }
  },
});

export const authFormatFields = documentRule({
  id: "auth-format-fields",
  severity: "error",
  description: "Placeholders in an auth field format name fields of the same authentication_configuration",
  fixable: false,
  scope: "integration",
  check(ctx) {
    const fields = cachedAuthFields(ctx.value);
    let names: Set<string> | undefined;
    for (const field of fields) {
      const format = field.field?.format;
      if (typeof format !== "string" || !format.includes("{{")) continue;
      if (!names) {
        names = new Set();
        for (const f of fields) if (f.name !== undefined) names.add(f.name);
      }
      for (const token of tokenize(format).tokens) {
        if (token.type !== "placeholder" || names.has(token.expression)) continue;
        const suggestion = suggestName(token.expression, names);
        const known = [...names];
        ctx.report({
          path: [...field.fieldPath, "format"],
          message: `\`${token.raw}\` in \`format\` names no field of \`authentication_configuration\`${
            suggestion
              ? `; did you mean \`{{${suggestion}}}\`?`
              : known.length
                ? ` (its fields: ${known.join(", ")}): use one of them or add the field`
                : ": add the field"
          }`,
        });
      }
    }
  },
});
