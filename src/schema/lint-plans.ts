// In dist/, scripts/build.mjs replaces this module with the plans it computes at build time, so lint
// judges documents without loading zod; here (sources and tests) they are derived from the schemas.
import type { $ZodType } from "zod/v4/core";
import type { EnumerationPlan, Plan } from "./plan.js";
import { actionSchema, authFieldSchema, enumParams, integrationSchema, listAuthFieldSchema } from "./schemas.js";

export type PlanKind = "action" | "integration" | "authField" | "listAuthField";

/** The plan of a zod schema; throws for anything src/schema/plan.ts would not judge as zod does. */
export function planOf(schema: $ZodType): Plan {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: $ZodType[] };
  const checks = def.checks ?? [];
  const unsupported = () => new Error(`lint plans: cannot describe a ${def.type} schema with these options`);
  if (def.coerce || (checks.length > 0 && def.type !== "string")) throw unsupported();
  switch (def.type) {
    case "string": {
      if (checks.length === 0) return { type: "string" };
      const params = enumParams(schema);
      if (checks.length !== 1 || checks[0]?._zod.def.type !== "custom" || !params?.accepted) throw unsupported();
      const { accepted, caseInsensitive } = params;
      const enumeration: EnumerationPlan = { accepted: [...accepted], caseInsensitive, params: { ...params } };
      return { type: "string", enumeration };
    }
    case "boolean":
    case "number":
    case "unknown":
      return { type: def.type };
    case "enum": {
      const values = Object.values(def.entries as Record<string, unknown>);
      if (!values.every((v) => typeof v === "string")) throw unsupported();
      return { type: "enum", values: values as string[] };
    }
    case "optional":
    case "nullable":
      return { type: def.type, inner: planOf(def.innerType as $ZodType) };
    case "union":
      if (def.inclusive === false || def.discriminator) throw unsupported();
      return { type: "union", options: (def.options as $ZodType[]).map(planOf) };
    case "array":
      return { type: "array", element: planOf(def.element as $ZodType) };
    case "object":
      if (def.catchall) throw unsupported();
      return {
        type: "object",
        shape: Object.entries(def.shape as Record<string, $ZodType>).map(([key, value]) => [key, planOf(value)]),
      };
    default:
      throw unsupported();
  }
}

export const lintPlans: Record<PlanKind, Plan> = {
  action: planOf(actionSchema),
  integration: planOf(integrationSchema),
  authField: planOf(authFieldSchema),
  listAuthField: planOf(listAuthFieldSchema),
};
