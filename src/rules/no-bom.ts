import { defineRule } from "./types.js";

export const noBom = defineRule<"bom">({
  meta: {
    id: "no-bom",
    severity: "warning",
    fixable: true,
    scope: "file",
    description: "The file does not start with a byte-order mark",
    messages: { bom: "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM" },
  },
});
