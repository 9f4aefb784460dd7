import { documentRule, quote } from "./helpers.js";

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** "Create Ticket" / "createTicket" / "create-ticket" -> "create_ticket". */
export function toSnakeCase(text: string): string {
  return text
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

export const actionName = documentRule({
  id: "action-name",
  severity: "warning",
  description: "The action name is an identifier in snake_case (create_ticket)",
  fixable: false,
  scope: "action",
  check(ctx) {
    const name = ctx.value.name;
    if (typeof name !== "string" || name.trim() === "" || SNAKE_CASE.test(name)) return;
    const suggestion = toSnakeCase(name);
    ctx.report({
      path: ["name"],
      message: `action name ${quote(name)} is not a snake_case identifier: write ${
        suggestion && /^[a-z]/.test(suggestion) ? `\`${suggestion}\`` : "a name such as `create_ticket`"
      } (the readable label belongs in \`display\`)`,
    });
  },
});

export const interactionTypes = documentRule({
  id: "interaction-types",
  severity: "warning",
  description: "interaction_types lists non-empty strings without duplicates (case-insensitive)",
  fixable: false,
  scope: "integration",
  check(ctx) {
    const list = ctx.value.interaction_types;
    if (!Array.isArray(list)) return;
    const seen = new Map<string, { index: number; value: string }>();
    list.forEach((item, index) => {
      if (typeof item !== "string") return;
      if (item.trim() === "") {
        ctx.report({
          path: ["interaction_types", index],
          message: `item ${index} of \`interaction_types\` is empty: remove it or name the interaction type`,
        });
        return;
      }
      const lower = item.trim().toLowerCase();
      const first = seen.get(lower);
      if (!first) {
        seen.set(lower, { index, value: item });
        return;
      }
      ctx.report({
        path: ["interaction_types", index],
        message:
          first.value === item
            ? `interaction type ${quote(item)} is listed twice (item ${first.index} too): remove this one`
            : `interaction type ${quote(item)} duplicates ${quote(first.value)} (item ${first.index}); types differing only in case are the same to users: remove one`,
      });
    });
  },
});
