import { reportPhraseProblems } from "./analyses.js";
import { defineRule } from "./types.js";

export const phraseLowercaseStart = defineRule<"uppercaseStart" | "acronymStart">({
  meta: {
    id: "phrase-lowercase-start",
    severity: "warning",
    fixable: true,
    scope: "action",
    description: 'Action display and description start with a lowercase letter (they follow "Then")',
    messages: {
      uppercaseStart:
        '`{{field}}` starts with a capital letter; Talkdesk shows it after "Then", so write "{{suggestion}}"',
      acronymStart:
        '`{{field}}` starts with the acronym "{{word}}", which Talkdesk will lower to "{{lowered}}": rephrase so it starts with a lowercase word',
    },
  },
  check(ctx) {
    reportPhraseProblems(ctx, "uppercase-start");
  },
});
