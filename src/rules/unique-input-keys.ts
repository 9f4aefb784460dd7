import { defineRule, type InputRef } from "./types.js";

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
    const refs = ctx.inputs();
    for (let i = 1; i < refs.length; i++) {
      const { input, path } = refs[i] as InputRef;
      const key = input.key;
      if (typeof key !== "string" || key === "") continue;
      const first = firstWithKey(refs, i, key);
      if (first !== undefined) {
        ctx.report({ path: [...path, "key"], messageId: "duplicateKey", data: { key, first: first.index + 1 } });
      }
    }
  },
});

/** The first input before refs[end] whose key is `key`: an action has a handful of inputs, so this allocates nothing. */
function firstWithKey(refs: readonly InputRef[], end: number, key: string): InputRef | undefined {
  for (let j = 0; j < end; j++) if ((refs[j] as InputRef).input.key === key) return refs[j];
  return undefined;
}
