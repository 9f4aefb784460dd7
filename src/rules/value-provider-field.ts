import { providersOf } from "./analyses.js";
import { defineRule } from "./types.js";

export const valueProviderField = defineRule<"notCollectionField" | "unknownField" | "unknownFieldNoSuggestion">({
  meta: {
    id: "value-provider-field",
    severity: "error",
    fixable: false,
    scope: "action",
    description: "Value providers in input formats are {{collection.field}} with a field the collection has",
    messages: {
      notCollectionField:
        "`{{placeholder}}` is not a value provider: write `{{collection.field}}`, such as `{{contact.email}}`",
      unknownField:
        "`{{placeholder}}`: the {{collection}} collection has no field `{{field}}`; did you mean `{{suggestion}}`?",
      unknownFieldNoSuggestion:
        "`{{placeholder}}`: the {{collection}} collection has no field `{{field}}`; its fields are {{fields}}",
    },
  },
  check(ctx) {
    const findings = providersOf(ctx);
    for (let i = 0; i < findings.length; i++) {
      const { path, placeholder, problem } = findings[i] as (typeof findings)[number];
      if (problem.code === "notCollectionField") {
        ctx.report({ path, messageId: "notCollectionField", data: { placeholder } });
      } else if (problem.code === "unknownField") {
        const { collection, field, suggestion, fields } = problem;
        ctx.report(
          suggestion
            ? { path, messageId: "unknownField", data: { placeholder, collection, field, suggestion } }
            : { path, messageId: "unknownFieldNoSuggestion", data: { placeholder, collection, field, fields } },
        );
      }
    }
  },
});
