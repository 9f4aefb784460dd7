import { quote } from "../util/describe.js";
import { inputName, selectsOf } from "./analyses.js";
import { defineRule } from "./types.js";

export const inputSelectDuplicates = defineRule<"duplicateOption">({
  meta: {
    id: "input-select-duplicates",
    severity: "warning",
    fixable: false,
    scope: "action",
    description: "A Select input's option list does not repeat an option",
    messages: {
      duplicateOption:
        "Select input {{input}}: the option list {{value}} has `{{option}}` more than once; remove the repeat",
    },
  },
  check(ctx) {
    const selects = selectsOf(ctx);
    for (let i = 0; i < selects.length; i++) {
      const { ref, problems } = selects[i] as (typeof selects)[number];
      for (let j = 0; j < problems.length; j++) {
        const problem = problems[j] as (typeof problems)[number];
        if (problem.code !== "duplicateOption") continue;
        ctx.report({
          path: [...ref.path, "format"],
          messageId: "duplicateOption",
          data: { input: inputName(ref), value: quote(String(ref.input.format)), option: problem.option },
        });
      }
    }
  },
});
