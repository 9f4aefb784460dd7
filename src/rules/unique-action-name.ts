import { duplicates, nameOf } from "./project-names.js";
import { defineRule } from "./types.js";

export const uniqueActionName = defineRule<"duplicate" | "firstDefined">({
  meta: {
    id: "unique-action-name",
    severity: "error",
    fixable: false,
    scope: "project",
    description: "Action names are unique per provider across the files linted together",
    messages: {
      duplicate:
        "action `{{name}}` of provider `{{provider}}` is already defined in {{where}}; action names are unique per provider: rename one of them",
      firstDefined: "first defined here",
    },
  },
  check(ctx) {
    const groups = duplicates(ctx.documents, (doc) => {
      if (doc.kind !== "action") return undefined;
      const provider = nameOf(doc, "provider");
      const name = nameOf(doc, "name");
      return provider === undefined || name === undefined ? undefined : `${provider}\u0000${name}`;
    });
    for (const { original, others } of groups) {
      const data = {
        name: nameOf(original, "name") as string,
        provider: nameOf(original, "provider") as string,
        where: ctx.where(original, ["name"]),
      };
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
