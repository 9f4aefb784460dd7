import { documentShape, type ShapeOwner } from "./checks/shape.js";
import { defineRule } from "./types.js";

type MessageId = "documentEmpty" | "documentBlank" | "authFieldEmpty" | "authFieldBlank" | "inputEmpty" | "inputBlank";

const MESSAGE: Record<ShapeOwner, { empty: MessageId; blank: MessageId }> = {
  document: { empty: "documentEmpty", blank: "documentBlank" },
  authField: { empty: "authFieldEmpty", blank: "authFieldBlank" },
  input: { empty: "inputEmpty", blank: "inputBlank" },
};

export const noEmptyValue = defineRule<MessageId>({
  meta: {
    id: "no-empty-value",
    severity: "error",
    fixable: false,
    scope: "manifest",
    description: "Mandatory strings (names, labels, descriptions, keys) are not empty",
    messages: {
      documentEmpty: "`{{key}}` of the {{document}} is empty: write {{hint}}",
      documentBlank: "`{{key}}` of the {{document}} is only spaces: write {{hint}}",
      authFieldEmpty: "`{{key}}` of auth field {{number}} is empty: write {{hint}}",
      authFieldBlank: "`{{key}}` of auth field {{number}} is only spaces: write {{hint}}",
      inputEmpty: "`{{key}}` of input {{number}} is empty: write {{hint}}",
      inputBlank: "`{{key}}` of input {{number}} is only spaces: write {{hint}}",
    },
  },
  check(ctx) {
    const findings = documentShape(ctx);
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i] as (typeof findings)[number];
      if (finding.kind !== "no-empty-value") continue;
      const ids = MESSAGE[finding.owner];
      ctx.report({
        path: finding.path,
        messageId: finding.empty ? ids.empty : ids.blank,
        data: { key: finding.key, number: finding.number, hint: finding.hint, document: ctx.kind },
      });
    }
  },
});
