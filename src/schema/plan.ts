/**
 * Lint's zod schemas as plain data (src/schema/lint-plans.ts derives them, at build time for dist/),
 * and what zod finds in a value, computed from that data: the issues `safeParse` gives for these
 * schema kinds, with the same codes, paths and parameters, in the same order. A document the fast
 * validator rejects is then judged without loading zod (20-35 ms for 59 such files of 4,000, 74-82 ms
 * for 671 of 40,000, while V8 had not optimised zod). test/schema/fast-validate.test.ts compares the
 * two on the corpora, the fixtures and mutated manifests; test/schema/plan.test.ts on edge values.
 */
export type Plan =
  | { type: "string"; enumeration?: EnumerationPlan }
  | { type: "boolean" }
  | { type: "number" }
  | { type: "unknown" }
  | { type: "enum"; values: string[] }
  | { type: "optional"; inner: Plan }
  | { type: "nullable"; inner: Plan }
  | { type: "union"; options: Plan[] }
  | { type: "array"; element: Plan }
  | { type: "object"; shape: [string, Plan][] };

/** A string refinement: one of `accepted` (in any case when `caseInsensitive`), reporting `params`. */
export interface EnumerationPlan {
  accepted: string[];
  caseInsensitive: boolean;
  params: Record<string, unknown>;
}

/** The fields of zod's issues that lint reads. */
export type PlanIssue = { path: (string | number)[] } & (
  | { code: "invalid_type"; expected: string }
  | { code: "invalid_value"; values: string[] }
  | { code: "invalid_union" }
  /** `continue`, as zod's: the value had the right type, only the refinement failed. */
  | { code: "custom"; params: Record<string, unknown>; continue: true }
);

const acceptedSets = new WeakMap<EnumerationPlan, Set<string>>();

function acceptedSet(plan: EnumerationPlan): Set<string> {
  let set = acceptedSets.get(plan);
  if (!set) {
    set = new Set(plan.caseInsensitive ? plan.accepted.map((v) => v.toLowerCase()) : plan.accepted);
    acceptedSets.set(plan, set);
  }
  return set;
}

/** zod's `optin` and `optout`: whether a key with this schema may be absent. */
function optional(plan: Plan): boolean {
  if (plan.type === "optional") return true;
  if (plan.type === "nullable") return optional(plan.inner);
  if (plan.type === "union") return plan.options.some(optional);
  return false;
}

/** The issues zod reports for `value` against the schema `plan` describes. */
export function planIssues(plan: Plan, value: unknown): PlanIssue[] {
  const issues: PlanIssue[] = [];
  check(plan, value, [], issues);
  return issues;
}

function check(plan: Plan, value: unknown, path: (string | number)[], issues: PlanIssue[]): void {
  switch (plan.type) {
    case "string":
      if (typeof value !== "string") issues.push({ code: "invalid_type", expected: "string", path });
      else if (plan.enumeration && !acceptedSet(plan.enumeration).has(enumerationKey(plan.enumeration, value))) {
        issues.push({ code: "custom", params: plan.enumeration.params, path, continue: true });
      }
      return;
    case "boolean":
      if (typeof value !== "boolean") issues.push({ code: "invalid_type", expected: "boolean", path });
      return;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        issues.push({ code: "invalid_type", expected: "number", path });
      }
      return;
    case "unknown":
      return;
    case "enum":
      if (!plan.values.includes(value as string)) issues.push({ code: "invalid_value", values: plan.values, path });
      return;
    case "optional":
      if (value !== undefined) check(plan.inner, value, path, issues);
      return;
    case "nullable":
      if (value !== null) check(plan.inner, value, path, issues);
      return;
    case "union":
      checkUnion(plan.options, value, path, issues);
      return;
    case "array":
      if (!Array.isArray(value)) issues.push({ code: "invalid_type", expected: "array", path });
      else for (let i = 0; i < value.length; i++) check(plan.element, value[i], [...path, i], issues);
      return;
    case "object":
      checkObject(plan.shape, value, path, issues);
  }
}

function enumerationKey(plan: EnumerationPlan, value: string): string {
  return plan.caseInsensitive ? value.toLowerCase() : value;
}

function checkUnion(options: Plan[], value: unknown, path: (string | number)[], issues: PlanIssue[]): void {
  const results: PlanIssue[][] = [];
  for (const option of options) {
    const found: PlanIssue[] = [];
    check(option, value, path, found);
    if (found.length === 0) return;
    results.push(found);
  }
  // An option that failed only a refinement (its type matched) stands for the union, if it is the only one.
  const typeMatched = results.filter((found) => found.every((issue) => issue.code === "custom"));
  if (typeMatched.length === 1) issues.push(...(typeMatched[0] as PlanIssue[]));
  else issues.push({ code: "invalid_union", path });
}

function checkObject(shape: [string, Plan][], value: unknown, path: (string | number)[], issues: PlanIssue[]): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    issues.push({ code: "invalid_type", expected: "object", path });
    return;
  }
  const object = value as Record<string, unknown>;
  for (const [key, property] of shape) {
    if (key === "__proto__") continue;
    // zod reads keys with `in` and `[]`: inherited ones count, as they do for zod.
    const present = key in object;
    const mayBeAbsent = optional(property);
    if (!present && mayBeAbsent) continue;
    const found: PlanIssue[] = [];
    check(property, object[key], [...path, key], found);
    issues.push(...found);
    if (!present && found.length === 0)
      issues.push({ code: "invalid_type", expected: "nonoptional", path: [...path, key] });
  }
}
