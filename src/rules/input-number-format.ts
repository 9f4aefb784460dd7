import { quote } from "../util/describe.js";
import { inputName } from "./analyses.js";
import { inputDefaultProblem } from "./checks/input-default.js";
import { defineRule } from "./types.js";

export const inputNumberFormat = defineRule<"notInteger" | "notIntegerText" | "mixedWithProvider">({
  meta: {
    id: "input-number-format",
    severity: "error",
    fixable: false,
    scope: "action",
    description: "A Number input's format default is an integer or a value provider",
    messages: {
      notInteger:
        "Number input {{input}} has the default {{value}}, which is not an integer: use a whole number such as {{rounded}}",
      notIntegerText:
        "Number input {{input}} has the default {{value}}, which is not an integer: write digits with an optional leading minus (such as `3`), or a value provider",
      mixedWithProvider:
        "Number input {{input}} mixes text with a value provider in {{value}}: a Number default is an integer or a single value provider",
    },
  },
  check(ctx) {
    const refs = ctx.inputs();
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i] as (typeof refs)[number];
      if (ref.type !== "Number") continue;
      const format = ref.input.format;
      const problem = inputDefaultProblem("Number", format, ctx.tokenized);
      if (!problem) continue;
      const path = [...ref.path, "format"];
      const data = { input: inputName(ref), value: typeof format === "string" ? quote(format) : String(format) };
      if (problem.code === "notInteger") {
        ctx.report({ path, messageId: "notInteger", data: { ...data, rounded: problem.rounded } });
      } else if (problem.code === "notIntegerText" || problem.code === "mixedWithProvider") {
        ctx.report({ path, messageId: problem.code, data });
      }
    }
  },
});
