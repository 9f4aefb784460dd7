import { quote } from "../util/describe.js";
import { inputName, selectsOf } from "./analyses.js";
import { defineRule } from "./types.js";

export const inputSelectOptions = defineRule<"noFormat" | "emptyList" | "emptyOption">({
  meta: {
    id: "input-select-options",
    severity: "error",
    fixable: false,
    scope: "action",
    description: "A Select input's format is a comma-separated option list with no empty list or option",
    messages: {
      noFormat:
        'Select input {{input}} has no `format`, so its dropdown has no options: add them as a comma-separated list, such as "low,normal,high"',
      emptyList:
        'Select input {{input}} has an empty option list: write the options separated by commas, such as "low,normal,high"',
      emptyOption:
        "Select input {{input}}: the option list {{value}} has an empty option (option {{option}}); remove the extra comma",
    },
  },
  check(ctx) {
    const refs = ctx.inputs();
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i] as (typeof refs)[number];
      if (ref.type !== "Select" || (ref.input.format !== undefined && ref.input.format !== null)) continue;
      ctx.report({ path: ref.path, target: "object", messageId: "noFormat", data: { input: inputName(ref) } });
    }
    const selects = selectsOf(ctx);
    for (let i = 0; i < selects.length; i++) {
      const { ref, problems } = selects[i] as (typeof selects)[number];
      const path = [...ref.path, "format"];
      const data = { input: inputName(ref), value: quote(String(ref.input.format)) };
      for (let j = 0; j < problems.length; j++) {
        const problem = problems[j] as (typeof problems)[number];
        if (problem.code === "emptyList") ctx.report({ path, messageId: "emptyList", data });
        else if (problem.code === "emptyOption") {
          ctx.report({ path, messageId: "emptyOption", data: { ...data, option: problem.option } });
        }
      }
    }
  },
});
