import { phrasesOf } from "./analyses.js";
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
    for (const finding of phrasesOf(ctx)) {
      for (const problem of finding.problems) {
        if (problem.code !== "title-case") continue;
        const path = [finding.field];
        ctx.report({ path, messageId: problem.messageId, data: problem.data });
      }
    }
  },
});
