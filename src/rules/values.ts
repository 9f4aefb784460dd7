import { actionInputs, documentRule, type InputRef } from "./helpers.js";

export const uniqueInputKeys = documentRule({
  id: "unique-input-keys",
  severity: "error",
  description: "Every input key appears once within its action",
  fixable: false,
  scope: "action",
  check(ctx) {
    const refs = actionInputs(ctx.value);
    // An action has a handful of inputs: comparing with the earlier ones allocates nothing.
    const seen = refs.length > SMALL_LIST ? new Map<string, number>() : undefined;
    for (let i = 0; i < refs.length; i++) {
      const { input, path } = refs[i] as InputRef;
      const key = input.key;
      if (typeof key !== "string" || key === "") continue;
      const first = seen ? seen.get(key) : firstWithKey(refs, i, key);
      if (first === undefined) {
        seen?.set(key, (refs[i] as InputRef).index);
        continue;
      }
      ctx.report({
        path: [...path, "key"],
        message: `duplicate input key \`${key}\`: input ${first} already uses it, and the bridge receives one value per key: rename or remove one`,
      });
    }
  },
});

const SMALL_LIST = 32;

/** The index of the first input before refs[end] whose key is `key`. */
function firstWithKey(refs: readonly InputRef[], end: number, key: string): number | undefined {
  for (let j = 0; j < end; j++) if ((refs[j] as InputRef).input.key === key) return (refs[j] as InputRef).index;
  return undefined;
}
