import { reportPhraseProblems } from "./analyses.js";
import { defineRule } from "./types.js";

export const phraseTitleCase = defineRule<"titleCase">({
  meta: {
    id: "phrase-title-case",
    severity: "warning",
    fixable: false,
    scope: "action",
    description: "Action display and description are phrases, not Title Case",
    messages: {
      titleCase: '`{{field}}` is written in Title Case ("{{text}}"); write it as a phrase: "{{suggestion}}"',
    },
  },
  check(ctx) {
    reportPhraseProblems(ctx, "title-case");
  },
});
