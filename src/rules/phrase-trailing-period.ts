import { phrasesOf } from "./analyses.js";
import { defineRule } from "./types.js";

export const phraseTrailingPeriod = defineRule<"trailingPeriod">({
  meta: {
    id: "phrase-trailing-period",
    severity: "warning",
    fixable: true,
    scope: "action",
    description: "Action display and description do not end with a period",
    messages: {
      trailingPeriod: "`{{field}}` ends with a period; it is shown as part of a sentence, so remove it",
    },
  },
  check(ctx) {
    for (const finding of phrasesOf(ctx)) {
      for (const problem of finding.problems) {
        if (problem.code !== "trailing-period") continue;
        const path = [finding.field];
        const fixed = "fixed" in problem ? problem.fixed : undefined;
        ctx.report({
          path,
          messageId: problem.messageId,
          data: problem.data,
          fix:
            fixed !== undefined && fixed !== finding.original
              ? { kind: "replace-value", path, json: fixed }
              : undefined,
        });
      }
    }
  },
});
