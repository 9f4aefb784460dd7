import { quote } from "../util/describe.js";
import { toSnakeCase } from "./checks/names.js";
import { defineRule } from "./types.js";

const SYSTEM_NAME = /^[A-Za-z0-9_-]+$/;

export const integrationName = defineRule<"notSystemName" | "notSystemNameNoSuggestion">({
  meta: {
    id: "integration-name",
    severity: "warning",
    fixable: false,
    scope: "integration",
    description: "The integration name is a system name: letters, digits, _ and - only",
    messages: {
      notSystemName:
        "integration name {{name}} is not a system name (only letters, digits, `_` and `-`): write `{{suggestion}}` and put the readable name in `display_name`; actions refer to it in `provider`",
      notSystemNameNoSuggestion:
        "integration name {{name}} is not a system name (only letters, digits, `_` and `-`): write a name such as `mycrm` and put the readable name in `display_name`; actions refer to it in `provider`",
    },
  },
  check(ctx) {
    const name = ctx.value.name;
    if (typeof name !== "string" || name.trim() === "" || SYSTEM_NAME.test(name)) return;
    const suggestion = toSnakeCase(name);
    ctx.report(
      suggestion
        ? { path: ["name"], messageId: "notSystemName", data: { name: quote(name), suggestion } }
        : { path: ["name"], messageId: "notSystemNameNoSuggestion", data: { name: quote(name) } },
    );
  },
});
