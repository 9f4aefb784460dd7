import { providersOf } from "./analyses.js";
import { defineRule } from "./types.js";

export const valueProviderCollection = defineRule<"unknownCollection" | "unknownCollectionNoSuggestion">({
  meta: {
    id: "value-provider-collection",
    severity: "warning",
    fixable: false,
    scope: "action",
    description: "Value providers in input formats use a known collection (contact, or one declared in the config)",
    messages: {
      unknownCollection:
        "`{{placeholder}}`: unknown value-provider collection `{{collection}}`; did you mean `{{suggestion}}`?",
      unknownCollectionNoSuggestion:
        "`{{placeholder}}`: unknown value-provider collection `{{collection}}`; known collections: {{known}} (declare others in the config)",
    },
  },
  check(ctx) {
    const findings = providersOf(ctx);
    for (let i = 0; i < findings.length; i++) {
      const { path, placeholder, problem } = findings[i] as (typeof findings)[number];
      if (problem.code !== "unknownCollection") continue;
      const { collection, suggestion, known } = problem;
      ctx.report(
        suggestion
          ? { path, messageId: "unknownCollection", data: { placeholder, collection, suggestion } }
          : { path, messageId: "unknownCollectionNoSuggestion", data: { placeholder, collection, known } },
      );
    }
  },
});
