import { reportPhraseProblems } from "./analyses.js";
import { defineRule } from "./types.js";

export const displayMaxLength = defineRule<"tooLong">({
  meta: {
    id: "display-max-length",
    severity: "warning",
    fixable: false,
    scope: "action",
    description: "Action display fits a combo-box (displayMaxLength, default 30 characters)",
    messages: {
      tooLong: '`display` is {{length}} characters long; a combo-box shows {{limit}} ("{{truncated}}"): shorten it',
    },
  },
  check(ctx) {
    reportPhraseProblems(ctx, "too-long");
  },
});
