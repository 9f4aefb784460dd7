import { quote } from "../util/describe.js";
import { isSnakeCase, toSnakeCase } from "./checks/names.js";
import { defineRule } from "./types.js";

export const actionName = defineRule<"notSnakeCase" | "notSnakeCaseNoSuggestion">({
  meta: {
    id: "action-name",
    severity: "warning",
    fixable: false,
    scope: "action",
    description: "The action name is an identifier in snake_case (create_ticket)",
    messages: {
      notSnakeCase:
        "action name {{name}} is not a snake_case identifier: write `{{suggestion}}` (the readable label belongs in `display`)",
      notSnakeCaseNoSuggestion:
        "action name {{name}} is not a snake_case identifier: write a name such as `create_ticket` (the readable label belongs in `display`)",
    },
  },
  check(ctx) {
    const name = ctx.value.name;
    if (typeof name !== "string" || name.trim() === "" || isSnakeCase(name)) return;
    const suggestion = toSnakeCase(name);
    ctx.report(
      isSnakeCase(suggestion)
        ? { path: ["name"], messageId: "notSnakeCase", data: { name: quote(name), suggestion } }
        : { path: ["name"], messageId: "notSnakeCaseNoSuggestion", data: { name: quote(name) } },
    );
  },
});
