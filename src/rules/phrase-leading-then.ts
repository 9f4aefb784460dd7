import { phrasesOf } from "./analyses.js";
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
    for (const finding of phrasesOf(ctx)) {
      for (const problem of finding.problems) {
        if (problem.code !== "starts-with-then") continue;
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
