import { reportPhraseProblems } from "./analyses.js";
import { defineRule } from "./types.js";

export const phraseLeadingThen = defineRule<"leadingThen">({
  meta: {
    id: "phrase-leading-then",
    severity: "warning",
    fixable: true,
    scope: "action",
    description: 'Action display and description do not begin with "then" (Talkdesk adds it)',
    messages: {
      leadingThen:
        '`{{field}}` starts with "{{word}}"; Talkdesk already adds "Then", so it would read "{{reads}}": remove it',
    },
  },
  check(ctx) {
    reportPhraseProblems(ctx, "starts-with-then");
  },
});
