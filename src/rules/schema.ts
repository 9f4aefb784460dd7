import type { DocumentKind, JsonPath } from "../diagnostic.js";
import { authFields } from "../manifest/auth-fields.js";
import { fastValidators } from "../schema/fast-validate.js";
import { lintPlans, type PlanKind } from "../schema/lint-plans.js";
import { type PlanIssue, planIssues } from "../schema/plan.js";
import type { EnumParams } from "../schema/schemas.js";
import { describeExpected, describeValue } from "../util/describe.js";
import { LatestCache } from "../util/latest-cache.js";
import { getAt } from "../util/pointer.js";
import { didYouMean } from "../util/suggest.js";
import { documentRule, type LegacyDocumentContext, type LegacyReport } from "./helpers.js";

type FindingKind = "required-key" | "value-type" | "enum-value";
interface Finding {
  kind: FindingKind;
  report: LegacyReport;
}

const KEY_HINTS: Record<string, string> = {
  name: "a unique system name such as `mycrm`",
  display_name: "the name shown to users",
  description: "a user-friendly description of the service",
  logo_url: "the https URL of the logo",
  icon_url: "the https URL of the icon shown for retrieved interactions",
  authentication_type: "one of none, custom, oauth2, oauth2_password, oauth2_client_credentials",
  provider: "the `name` of the integration that provides this action",
  display: "a short lowercase label such as `create a ticket`",
  endpoint: "the https URL of the bridge endpoint that runs this action",
  inputs: "a list of input definitions (it may be empty: [])",
  field_name: "the name of the field sent to the bridge",
  mandatory: "true or false",
  store: "true or false",
  key: "the identifier of the field sent to the bridge",
};

const cache = new LatestCache<object, Finding[]>();

/** Findings from schema issues (zod's own, or src/schema/plan.ts's, which are the same). */
function fromIssues(issues: readonly PlanIssue[], root: unknown, base: JsonPath): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) {
    const path: JsonPath = [...base, ...issue.path];
    const value = getAt(root, path);
    const last = path[path.length - 1];
    const label =
      typeof last === "number" ? `item ${last} of \`${String(path[path.length - 2])}\`` : `\`${String(last)}\``;
    if (issue.code === "invalid_type" && value === undefined && typeof last === "string") {
      const hint = KEY_HINTS[last];
      findings.push({
        kind: "required-key",
        report: {
          path: path.slice(0, -1),
          target: "object",
          message: `missing required key \`${last}\`${hint ? `: add ${hint}` : ""}`,
        },
      });
    } else if (issue.code === "invalid_type" || issue.code === "invalid_union") {
      const expected = issue.code === "invalid_type" ? describeExpected(issue.expected) : "a string";
      findings.push({
        kind: "value-type",
        report: { path, message: `${label} must be ${expected}, not ${describeValue(value)}` },
      });
    } else if (
      issue.code === "invalid_value" ||
      (issue.code === "custom" && issue.params && "enumeration" in issue.params)
    ) {
      const values =
        issue.code === "invalid_value" ? issue.values.map(String) : (issue.params as unknown as EnumParams).enumeration;
      const found = typeof value === "string" ? value : String(value);
      const suggestion = didYouMean(found, values);
      const caseMatch = values.find((v) => v.toLowerCase() === found.toLowerCase());
      findings.push({
        kind: "enum-value",
        report: {
          path,
          message: `${label} must be one of ${values.join(", ")}; found \`${found}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`,
          fix: caseMatch ? { kind: "replace-value", path, json: caseMatch } : undefined,
        },
      });
    }
  }
  return findings;
}

export function schemaFindings(ctx: LegacyDocumentContext): Finding[] {
  const cached = cache.get(ctx.value);
  if (cached) return cached;
  const root = ctx.value;
  // The fast validator accepts only what zod accepts: the plans are run only when it rejects.
  const findings = fastValidators[ctx.kind](root) ? [] : planFindings(ctx.kind, root);
  cache.set(ctx.value, findings);
  return findings;
}

/** The issues of a value against one of lint's schemas (tests pass zod's own, to compare). */
export type SchemaJudge = (kind: PlanKind, value: unknown) => PlanIssue[];

const byPlan: SchemaJudge = (kind, value) => planIssues(lintPlans[kind], value);

/**
 * What zod would find in a document: the only judge of documents the fast validator rejects. An
 * integration's auth fields are judged one by one, in whichever of their two shapes each is written.
 */
export function planFindings(
  kind: DocumentKind,
  root: Record<string, unknown>,
  judge: SchemaJudge = byPlan,
): Finding[] {
  if (kind === "action") return fromIssues(judge("action", root), root, []);
  const findings = fromIssues(judge("integration", root), root, []);
  for (const field of authFields(root)) {
    if (field.shape === "invalid") {
      findings.push({
        kind: "value-type",
        report: {
          path: field.fieldPath,
          message: `item ${field.index} of \`authentication_configuration\` must be an object, not ${describeValue(getAt(root, field.fieldPath))}`,
        },
      });
      continue;
    }
    const issues = judge(field.shape === "list" ? "listAuthField" : "authField", field.field);
    findings.push(...fromIssues(issues, root, field.fieldPath));
  }
  return findings;
}

function schemaRule(id: FindingKind, description: string, fixable: boolean) {
  return documentRule({
    id,
    severity: "error",
    description,
    fixable,
    scope: "manifest",
    check(ctx) {
      for (const finding of schemaFindings(ctx)) if (finding.kind === id) ctx.report(finding.report);
    },
  });
}

export const requiredKey = schemaRule(
  "required-key",
  "Mandatory keys of integrations, actions, auth fields and inputs are present",
  false,
);
export const valueType = schemaRule("value-type", "Every value has the JSON type the format requires", false);
export const enumValue = schemaRule(
  "enum-value",
  "Enumerated values (authentication_type, auth field type and source, input type) are valid",
  true,
);
