import { duplicates, nameOf } from "./project-names.js";
import { defineRule } from "./types.js";

export const uniqueIntegrationName = defineRule<"duplicate" | "firstDefined">({
  meta: {
    id: "unique-integration-name",
    severity: "error",
    fixable: false,
    scope: "project",
    description: "Integration names are unique across the files linted together",
    messages: {
      duplicate:
        "integration name `{{name}}` is already used by {{where}}; Talkdesk identifies an integration by its name: rename one of them",
      firstDefined: "first defined here",
    },
  },
  check(ctx) {
    const groups = duplicates(ctx.documents, (doc) => (doc.kind === "integration" ? nameOf(doc, "name") : undefined));
    for (const { original, others } of groups) {
      const data = { name: nameOf(original, "name") as string, where: ctx.where(original, ["name"]) };
      for (const doc of others) {
        ctx.report({
          file: doc.file,
          path: ["name"],
          messageId: "duplicate",
          data,
          related: { file: original.file, path: ["name"], messageId: "firstDefined" },
        });
      }
    }
  },
});
