import type { $ZodType } from "zod/v4/core";
import type { SchemaJudge } from "../../src/rules/schema.js";
import type { PlanKind } from "../../src/schema/lint-plans.js";
import type { PlanIssue } from "../../src/schema/plan.js";
import { actionSchema, authFieldSchema, integrationSchema, listAuthFieldSchema } from "../../src/schema/schemas.js";

const SCHEMAS: Record<PlanKind, $ZodType> = {
  action: actionSchema,
  integration: integrationSchema,
  authField: authFieldSchema,
  listAuthField: listAuthFieldSchema,
};

/** zod's own issues for `value`, reduced to the fields src/schema/plan.ts reports. */
export const zodJudge: SchemaJudge = (kind, value) => {
  const result = (SCHEMAS[kind] as unknown as { safeParse(v: unknown): { error?: { issues: unknown[] } } }).safeParse(
    value,
  );
  return (result.error?.issues ?? []).map((raw) => {
    const issue = raw as Record<string, unknown> & { code: string; path: (string | number)[] };
    const path = [...issue.path];
    switch (issue.code) {
      case "invalid_type":
        return { code: "invalid_type", expected: issue.expected as string, path };
      case "invalid_value":
        return { code: "invalid_value", values: issue.values as string[], path };
      case "invalid_union":
        return { code: "invalid_union", path };
      case "custom":
        return { code: "custom", params: issue.params as Record<string, unknown>, continue: true, path };
      default:
        throw new Error(`zod reported an issue the plans never give: ${issue.code}`);
    }
  }) as PlanIssue[];
};
