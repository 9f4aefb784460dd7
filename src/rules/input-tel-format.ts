import { quote } from "../util/describe.js";
import { inputName } from "./analyses.js";
import { inputDefaultProblem } from "./checks/input-default.js";
import { defineRule } from "./types.js";

export const inputTelFormat = defineRule<"notPhoneNumber">({
  meta: {
    id: "input-tel-format",
    severity: "error",
    fixable: false,
    scope: "action",
    description: "A Tel input's format default has only digits, spaces, +, -, ( and ), or is a value provider",
    messages: {
      notPhoneNumber:
        "Tel input {{input}} has the default {{value}}, which is not a phone number: use only digits, spaces, +, -, ( and ) (such as `+1 (555) 010-0199`), or a value provider such as `{{contact.phone}}`",
    },
  },
  check(ctx) {
    const refs = ctx.inputs();
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i] as (typeof refs)[number];
      if (ref.type !== "Tel") continue;
      const format = ref.input.format;
      const problem = inputDefaultProblem("Tel", format, ctx.tokenized);
      if (problem?.code !== "notPhoneNumber") continue;
      ctx.report({
        path: [...ref.path, "format"],
        messageId: "notPhoneNumber",
        data: { input: inputName(ref), value: quote(String(format)) },
      });
    }
  },
});
