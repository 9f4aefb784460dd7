import { describeExpected, describeValue, listWords } from "../util/describe.js";
import { documentShape, type ShapeOwner } from "./checks/shape.js";
import { defineRule } from "./types.js";

type MessageId = "wrongType" | "wrongAuthFieldType" | "wrongInputType" | "wrongItemType";

const MESSAGE: Record<ShapeOwner, MessageId> = {
  document: "wrongType",
  authField: "wrongAuthFieldType",
  input: "wrongInputType",
};

export const valueType = defineRule<MessageId>({
  meta: {
    id: "value-type",
    severity: "error",
    fixable: false,
    scope: "manifest",
    description: "Every value has the JSON type the format requires",
    messages: {
      wrongType: "`{{key}}` must be {{expected}}, not {{found}}",
      wrongAuthFieldType: "`{{key}}` of auth field {{number}} must be {{expected}}, not {{found}}",
      wrongInputType: "`{{key}}` of input {{number}} must be {{expected}}, not {{found}}",
      wrongItemType: "item {{item}} of `{{key}}` must be {{expected}}, not {{found}}",
    },
  },
  check(ctx) {
    const findings = documentShape(ctx);
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i] as (typeof findings)[number];
      if (finding.kind === "value-type") {
        ctx.report({
          path: finding.path,
          messageId: MESSAGE[finding.owner],
          data: {
            key: finding.key,
            number: finding.number,
            expected: listWords(finding.expected.map(describeExpected)),
            found: describeValue(finding.value),
          },
        });
      } else if (finding.kind === "item-type") {
        ctx.report({
          path: finding.path,
          messageId: "wrongItemType",
          data: {
            key: finding.key,
            item: finding.item,
            expected: describeExpected(finding.expected),
            found: describeValue(finding.value),
          },
        });
      }
    }
  },
});
