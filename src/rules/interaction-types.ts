import { quote } from "../util/describe.js";
import { defineRule } from "./types.js";

export const interactionTypes = defineRule<"empty" | "duplicate" | "caseDuplicate">({
  meta: {
    id: "interaction-types",
    severity: "warning",
    fixable: false,
    scope: "integration",
    description: "interaction_types lists non-empty strings without duplicates (case-insensitive)",
    messages: {
      empty: "item {{item}} of `interaction_types` is empty: remove it or name the interaction type",
      duplicate:
        "interaction type {{type}} (item {{item}} of `interaction_types`) is listed twice (item {{first}} too): remove this one",
      caseDuplicate:
        "interaction type {{type}} (item {{item}} of `interaction_types`) duplicates {{firstType}} (item {{first}}); types differing only in case are the same to users: remove one",
    },
  },
  check(ctx) {
    const list = ctx.value.interaction_types;
    if (!Array.isArray(list)) return;
    const seen = new Map<string, { index: number; value: string }>();
    list.forEach((item, index) => {
      if (typeof item !== "string") return; // value-type's
      const path = ["interaction_types", index];
      if (item.trim() === "") {
        ctx.report({ path, messageId: "empty", data: { item: index + 1 } });
        return;
      }
      const lower = item.trim().toLowerCase();
      const first = seen.get(lower);
      if (!first) {
        seen.set(lower, { index, value: item });
        return;
      }
      const data = { type: quote(item), item: index + 1, first: first.index + 1 };
      if (first.value === item) ctx.report({ path, messageId: "duplicate", data });
      else ctx.report({ path, messageId: "caseDuplicate", data: { ...data, firstType: quote(first.value) } });
    });
  },
});
