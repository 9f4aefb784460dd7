import { defineRule } from "./types.js";

export const uniqueFieldNames = defineRule<"duplicate">({
  meta: {
    id: "unique-field-names",
    severity: "error",
    fixable: false,
    scope: "integration",
    description: "Every auth field name appears once in authentication_configuration (both shapes)",
    messages: {
      duplicate:
        "duplicate auth field name `{{name}}`: item {{first}} of `authentication_configuration` already declares it; rename this auth field or remove one of them",
    },
  },
  check(ctx) {
    const seen = new Map<string, number>();
    const fields = ctx.authFields();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as (typeof fields)[number];
      if (field.name === undefined) continue;
      const first = seen.get(field.name);
      if (first === undefined) {
        seen.set(field.name, field.index);
        continue;
      }
      ctx.report({
        path: field.namePath,
        target: field.nameTarget,
        messageId: "duplicate",
        data: { name: field.name, first: first + 1 },
      });
    }
  },
});
