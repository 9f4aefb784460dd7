import { didYouMean } from "../util/suggest.js";
import { documentShape, type ShapeOwner } from "./checks/shape.js";
import { defineRule } from "./types.js";

type MessageId =
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
    const findings = documentShape(ctx);
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i] as (typeof findings)[number];
      if (finding.kind !== "enum-value") continue;
      const { key, number, value, path } = finding;
      const { values } = finding.enumeration;
      const lower = value.toLowerCase();
      // Only an exact enumeration (authentication_type, auth field source) can be missed by case alone:
      // that value is suggested and fixed.
      const sameButCase = values.find((v) => v.toLowerCase() === lower);
      const suggestion = sameButCase ?? didYouMean(value, values);
      const data = { key, number, value, values: values.join(", ") };
      if (suggestion === undefined) {
        ctx.report({ path, messageId: MESSAGE[finding.owner].plain, data });
        continue;
      }
      ctx.report({
        path,
        messageId: MESSAGE[finding.owner].suggestion,
        data: { ...data, suggestion },
        fix: sameButCase === undefined ? undefined : { kind: "replace-value", path, json: sameButCase },
      });
    }
  },
});
