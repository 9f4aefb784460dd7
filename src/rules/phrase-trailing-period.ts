import { reportPhraseProblems } from "./analyses.js";
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
    reportPhraseProblems(ctx, "trailing-period");
  },
});
