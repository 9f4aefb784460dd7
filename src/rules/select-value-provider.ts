import { quote } from "../util/describe.js";
import { inputName } from "./analyses.js";
import { defineRule } from "./types.js";

export const selectValueProvider = defineRule<"providerAsOptions">({
  meta: {
    id: "select-value-provider",
    severity: "warning",
    fixable: false,
    scope: "action",
    description: "A Select input's format is its option list, not a value provider",
    messages: {
      providerAsOptions:
        'Select input {{input}} has {{value}} as its option list: a Select\'s format lists its options ("low,normal,high"), so a value provider would show as one option; list the options, or make the input Text to default it from a value provider',
    },
  },
  check(ctx) {
    const refs = ctx.inputs();
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i] as (typeof refs)[number];
      const format = ref.input.format;
      if (ref.type !== "Select" || typeof format !== "string" || !format.includes("{{")) continue;
      // Braces that make no placeholder (`{{}}`, an unclosed `{{`) are template-syntax's.
      if (!ctx.tokenized(format).tokens.some((token) => token.type === "placeholder")) continue;
      ctx.report({
        path: [...ref.path, "format"],
        messageId: "providerAsOptions",
        data: { input: inputName(ref), value: quote(format) },
      });
    }
  },
});
