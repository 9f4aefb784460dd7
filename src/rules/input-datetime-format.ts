import { quote } from "../util/describe.js";
import { inputName } from "./analyses.js";
import { inputDefaultProblem } from "./checks/input-default.js";
import { defineRule } from "./types.js";

export const inputDatetimeFormat = defineRule<
  "numberNotString" | "mixedWithProvider" | "notDatetime" | "noSuchMonth" | "noSuchDay" | "noSuchTime" | "noSuchOffset"
>({
  meta: {
    id: "input-datetime-format",
    severity: "error",
    fixable: false,
    scope: "action",
    description: "A Datetime input's format default is a real date in an accepted format, or a value provider",
    messages: {
      numberNotString:
        'Datetime input {{input}} has the number {{value}} as default: write a date string such as "2026-03-15"',
      mixedWithProvider:
        "Datetime input {{input}} mixes text with a value provider in {{value}}: use a date or a single value provider",
      notDatetime:
        "Datetime input {{input}}: the default {{value}} is not in an accepted format (YYYY-MM-DD, YYYY-MM-DDTHH:mm:ss, or that followed by Z or ±HH:MM)",
      noSuchMonth: "Datetime input {{input}}: the default {{value}} has month {{month}}, which does not exist",
      noSuchDay:
        "Datetime input {{input}}: the default {{value}} is not a real date ({{yearMonth}} has no day {{day}})",
      noSuchTime: "Datetime input {{input}}: the default {{value}} has the time {{time}}, which does not exist",
      noSuchOffset: "Datetime input {{input}}: the default {{value}} has the offset {{offset}}, which does not exist",
    },
  },
  check(ctx) {
    const refs = ctx.inputs();
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i] as (typeof refs)[number];
      if (ref.type !== "Datetime") continue;
      const format = ref.input.format;
      const problem = inputDefaultProblem("Datetime", format, ctx.tokenized);
      if (!problem) continue;
      const path = [...ref.path, "format"];
      const data = { input: inputName(ref), value: typeof format === "string" ? quote(format) : String(format) };
      switch (problem.code) {
        case "numberNotString":
        case "mixedWithProvider":
        case "notDatetime":
          ctx.report({ path, messageId: problem.code, data });
          break;
        case "noSuchMonth":
          ctx.report({ path, messageId: problem.code, data: { ...data, month: problem.month } });
          break;
        case "noSuchDay":
          ctx.report({
            path,
            messageId: problem.code,
            data: { ...data, yearMonth: problem.yearMonth, day: problem.day },
          });
          break;
        case "noSuchTime":
          ctx.report({ path, messageId: problem.code, data: { ...data, time: problem.time } });
          break;
        case "noSuchOffset":
          ctx.report({ path, messageId: problem.code, data: { ...data, offset: problem.offset } });
          break;
      }
    }
  },
});
