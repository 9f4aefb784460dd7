import type { BuiltinRule } from "./types.js";

/** Rules the engine applies while reading a file, before the document is classified. */
export const fileRead: BuiltinRule = {
  id: "file-read",
  severity: "error",
  description: "The file can be read as UTF-8 text (exists, readable, not binary, not too large)",
  fixable: false,
  scope: "file",
};

export const jsonSyntax: BuiltinRule = {
  id: "json-syntax",
  severity: "error",
  description: "The file is valid JSON (no trailing commas, comments, single quotes or missing commas)",
  fixable: false,
  scope: "file",
};

export const noDuplicateKeys: BuiltinRule = {
  id: "no-duplicate-keys",
  severity: "error",
  description: "An object does not repeat a key (JSON keeps only the last one)",
  fixable: false,
  scope: "file",
};

export const noBom: BuiltinRule = {
  id: "no-bom",
  severity: "warning",
  description: "The file does not start with a byte-order mark",
  fixable: true,
  scope: "file",
};

export const documentType: BuiltinRule = {
  id: "document-type",
  severity: "error",
  description: "A manifest file holds exactly one JSON object: one integration or one action",
  fixable: false,
  scope: "file",
};
