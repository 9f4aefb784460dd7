import { defineRule } from "./types.js";

export const uniqueInputKeys = defineRule<"duplicateKey">({
  meta: {
    id: "unique-input-keys",
    severity: "error",
    fixable: false,
    scope: "action",
    description: "Every input key appears once within its action",
    messages: {
      duplicateKey:
        "duplicate input key `{{key}}`: input {{first}} already uses it, and the bridge receives one value per key: rename or remove one",
    },
  },
  check(ctx) {
    const firstByKey = new Map<string, number>();
    for (const { input, path, index } of ctx.inputs()) {
      const key = input.key;
      if (typeof key !== "string" || key === "") continue;
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, index);
      else ctx.report({ path: [...path, "key"], messageId: "duplicateKey", data: { key, first: first + 1 } });
    }
  },
});
