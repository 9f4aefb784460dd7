import { defineRule } from "./types.js";

export const documentType = defineRule<"empty" | "manifestList" | "notObject" | "tooDeep">({
  meta: {
    id: "document-type",
    severity: "error",
    fixable: false,
    scope: "file",
    description: "A manifest file holds exactly one JSON object: one integration or one action",
    messages: {
      empty: "the file is empty; a manifest holds one JSON object (an integration or an action)",
      manifestList: "the file holds a list of manifests; put each integration or action in a file of its own",
      notObject: "the top level must be a JSON object (an integration or an action), not {{found}}",
      tooDeep:
        "objects and lists nest more than {{limit}} levels deep here; a manifest needs only a few levels, so flatten the data (the file is not checked further)",
    },
  },
});
