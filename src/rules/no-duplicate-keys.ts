import { defineRule } from "./types.js";

export const noDuplicateKeys = defineRule<"duplicate">({
  meta: {
    id: "no-duplicate-keys",
    severity: "error",
    fixable: false,
    scope: "file",
    description: "An object does not repeat a key (JSON keeps only the last one)",
    messages: {
      duplicate:
        "duplicate key `{{key}}` (first written at line {{firstLine}}); JSON keeps only the last value, so remove one of them",
    },
  },
});
