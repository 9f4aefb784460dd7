import { documentShape, type ShapeOwner } from "./checks/shape.js";
import { defineRule } from "./types.js";

type MessageId = "missingDocumentKey" | "missingAuthFieldKey" | "missingInputKey";

const MESSAGE: Record<ShapeOwner, MessageId> = {
  document: "missingDocumentKey",
  authField: "missingAuthFieldKey",
  input: "missingInputKey",
};

export const requiredKey = defineRule<MessageId>({
  meta: {
    id: "required-key",
    severity: "error",
    fixable: false,
    scope: "manifest",
    description: "Mandatory keys of integrations, actions, auth fields and inputs are present",
    messages: {
      missingDocumentKey: "missing required key `{{key}}`: add {{hint}}",
      missingAuthFieldKey: "missing required key `{{key}}` in auth field {{number}}: add {{hint}}",
      missingInputKey: "missing required key `{{key}}` in input {{number}}: add {{hint}}",
    },
  },
  check(ctx) {
    const findings = documentShape(ctx);
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i] as (typeof findings)[number];
      if (finding.kind !== "required-key") continue;
      ctx.report({
        path: finding.objectPath,
        target: "object",
        messageId: MESSAGE[finding.owner],
        data: { key: finding.key, hint: finding.hint, number: finding.number },
      });
    }
  },
});
