import { documentType, jsonSyntax, noBom, noDuplicateKeys } from "./builtin.js";
import { enumValue, requiredKey, valueType } from "./schema.js";
import type { DocumentRule, ProjectRule, Rule } from "./types.js";

/** Every rule, in the order the catalogue lists them. */
export const RULES: readonly Rule[] = [
  jsonSyntax,
  noDuplicateKeys,
  noBom,
  documentType,
  requiredKey,
  valueType,
  enumValue,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export const DOCUMENT_RULES = RULES.filter(
  (rule): rule is DocumentRule => rule.scope !== "file" && rule.scope !== "project",
);
export const PROJECT_RULES = RULES.filter((rule): rule is ProjectRule => rule.scope === "project");
