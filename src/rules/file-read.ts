import { defineRule } from "./types.js";

export const fileRead = defineRule<"unreadable">({
  meta: {
    id: "file-read",
    severity: "error",
    fixable: false,
    scope: "file",
    alwaysOn: true,
    description: "The file can be read as UTF-8 text (exists, readable, not binary, not too large)",
    messages: { unreadable: "cannot read the file: {{reason}}" },
  },
});
