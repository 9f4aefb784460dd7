import { didYouMean } from "../util/suggest.js";
import { documentShape, type ShapeOwner } from "./checks/shape.js";
import { defineRule } from "./types.js";

type MessageId =
  | "wrongCase"
  | "authFieldWrongCase"
  | "notAllowed"
  | "notAllowedSuggestion"
  | "authFieldNotAllowed"
  | "authFieldNotAllowedSuggestion"
  | "inputNotAllowed"
  | "inputNotAllowedSuggestion";

const MESSAGE: Record<ShapeOwner, { plain: MessageId; suggestion: MessageId }> = {
  document: { plain: "notAllowed", suggestion: "notAllowedSuggestion" },
  authField: { plain: "authFieldNotAllowed", suggestion: "authFieldNotAllowedSuggestion" },
  input: { plain: "inputNotAllowed", suggestion: "inputNotAllowedSuggestion" },
};

export const enumValue = defineRule<MessageId>({
  meta: {
    id: "enum-value",
    severity: "error",
    fixable: true,
    scope: "manifest",
    description: "Enumerated values (authentication_type, auth field type and source, input type) are valid",
    messages: {
      wrongCase: "`{{key}}` must be `{{suggestion}}`, not `{{value}}`: this value is compared exactly, case included",
      authFieldWrongCase:
        "`{{key}}` of auth field {{number}} must be `{{suggestion}}`, not `{{value}}`: this value is compared exactly, case included",
      notAllowed: "`{{key}}` must be one of {{values}}; found `{{value}}`",
      notAllowedSuggestion: "`{{key}}` must be one of {{values}}; found `{{value}}`; did you mean `{{suggestion}}`?",
      authFieldNotAllowed: "`{{key}}` of auth field {{number}} must be one of {{values}}; found `{{value}}`",
      authFieldNotAllowedSuggestion:
        "`{{key}}` of auth field {{number}} must be one of {{values}}; found `{{value}}`; did you mean `{{suggestion}}`?",
      inputNotAllowed: "`{{key}}` of input {{number}} must be one of {{values}}; found `{{value}}`",
      inputNotAllowedSuggestion:
        "`{{key}}` of input {{number}} must be one of {{values}}; found `{{value}}`; did you mean `{{suggestion}}`?",
    },
  },
  check(ctx) {
    for (const finding of documentShape(ctx)) {
      if (finding.kind !== "enum-value") continue;
      const { key, number, value, path } = finding;
      const { values } = finding.enumeration;
      const lower = value.toLowerCase();
      // Only an exact enumeration (authentication_type, auth field source) can be missed by case alone: that is fixed.
      const sameButCase = values.find((v) => v.toLowerCase() === lower);
      if (sameButCase !== undefined) {
        ctx.report({
          path,
          messageId: finding.owner === "authField" ? "authFieldWrongCase" : "wrongCase",
          data: { key, number, value, suggestion: sameButCase },
          fix: { kind: "replace-value", path, json: sameButCase },
        });
        continue;
      }
      const suggestion = didYouMean(value, values);
      const data = { key, number, value, values: values.join(", ") };
      ctx.report(
        suggestion === undefined
          ? { path, messageId: MESSAGE[finding.owner].plain, data }
          : { path, messageId: MESSAGE[finding.owner].suggestion, data: { ...data, suggestion } },
      );
    }
  },
});
