import type { AuthFieldRef } from "../manifest/auth-fields.js";
import { defineRule } from "./types.js";

export const authMixedShapes = defineRule<"keyedAmongList" | "listAmongKeyed">({
  meta: {
    id: "auth-mixed-shapes",
    severity: "warning",
    fixable: false,
    scope: "integration",
    description: "authentication_configuration uses one shape for all its fields (field_name objects or keyed objects)",
    messages: {
      keyedAmongList:
        'item {{item}} of `authentication_configuration` is an object keyed by the field name, but item {{first}} is an object with "field_name": write every auth field in the same shape',
      listAmongKeyed:
        'item {{item}} of `authentication_configuration` is an object with "field_name", but item {{first}} is an object keyed by the field name: write every auth field in the same shape',
    },
  },
  check(ctx) {
    let first: AuthFieldRef | undefined;
    let other: AuthFieldRef | undefined;
    const fields = ctx.authFields();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as (typeof fields)[number];
      if (field.shape === "invalid") continue;
      if (!first) first = field;
      else if (field.shape !== first.shape) {
        other = field;
        break;
      }
    }
    if (!first || !other) return;
    ctx.report({
      path: ["authentication_configuration", other.index],
      target: "object",
      messageId: other.shape === "keyed" ? "keyedAmongList" : "listAmongKeyed",
      data: { item: other.index + 1, first: first.index + 1 },
    });
  },
});
