import { quote } from "../util/describe.js";
import { inputName } from "./analyses.js";
import { inputDefaultProblem } from "./checks/input-default.js";
import { defineRule } from "./types.js";

export const inputUrlFormat = defineRule<"numberNotString" | "notAbsoluteUrl" | "notAbsoluteUrlSuggestion">({
  meta: {
    id: "input-url-format",
    severity: "error",
    fixable: false,
    scope: "action",
    description: "A URL input's format default is an absolute URL or a value provider",
    messages: {
      numberNotString:
        "URL input {{input}} has the number {{value}} as default: write an absolute URL such as `https://example.com`",
      notAbsoluteUrl:
        "URL input {{input}} has the default {{value}}, which is not an absolute URL: start it with a scheme such as https://, or use a value provider",
      notAbsoluteUrlSuggestion:
        "URL input {{input}} has the default {{value}}, which is not an absolute URL: write `{{suggestion}}`, or use a value provider",
    },
  },
  check(ctx) {
    const refs = ctx.inputs();
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i] as (typeof refs)[number];
      if (ref.type !== "URL") continue;
      const format = ref.input.format;
      const problem = inputDefaultProblem("URL", format, ctx.tokenized);
      if (!problem) continue;
      const path = [...ref.path, "format"];
      const data = { input: inputName(ref), value: typeof format === "string" ? quote(format) : String(format) };
      if (problem.code === "numberNotString") ctx.report({ path, messageId: "numberNotString", data });
      else if (problem.code === "notAbsoluteUrl") {
        ctx.report(
          problem.suggestion
            ? { path, messageId: "notAbsoluteUrlSuggestion", data: { ...data, suggestion: problem.suggestion } }
            : { path, messageId: "notAbsoluteUrl", data },
        );
      }
    }
  },
});
