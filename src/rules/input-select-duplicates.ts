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
    for (const { ref, problems } of selectsOf(ctx)) {
      for (const problem of problems) {
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
