import type { FixSpec, JsonPath, Severity, Target } from "../diagnostic.js";
import { type AuthFieldRef, authFields } from "../manifest/auth-fields.js";
import { canonicalInputType, type InputType } from "../manifest/vocabulary.js";
import { LatestCache } from "../util/latest-cache.js";
import { pathsByIndex } from "../util/pointer.js";
import { isPlainObject } from "../util/suggest.js";
import {
  type DocumentContext,
  type DocumentRule,
  defineRule,
  type ProjectContext,
  type Report,
  type RuleScope,
} from "./types.js";

/** Shared checkers reused by several rules; everything here is pure and cached for the latest document. */

const authCache = new LatestCache<object, AuthFieldRef[]>();

/** The integration's auth fields in either shape, computed once per document. */
export function cachedAuthFields(integration: Record<string, unknown>): AuthFieldRef[] {
  let fields = authCache.get(integration);
  if (!fields) {
    fields = authFields(integration);
    authCache.set(integration, fields);
  }
  return fields;
}

export interface InputRef {
  index: number;
  path: JsonPath;
  input: Record<string, unknown>;
  /** The canonical type; Text when `type` is absent, undefined when it is not a known type. */
  type: InputType | undefined;
}

const inputCache = new LatestCache<object, InputRef[]>();

const inputPath = pathsByIndex((index) => ["inputs", index]);

/** The action's inputs that are objects (others are reported by value-type). */
export function actionInputs(action: Record<string, unknown>): InputRef[] {
  let refs = inputCache.get(action);
  if (refs) return refs;
  refs = [];
  const inputs = action.inputs;
  if (Array.isArray(inputs)) {
    for (let index = 0; index < inputs.length; index++) {
      const input: unknown = inputs[index];
      if (!isPlainObject(input)) continue;
      const type = input.type === undefined || input.type === null ? "Text" : canonicalInputType(input.type);
      refs.push({ index, path: inputPath(index), input, type });
    }
  }
  inputCache.set(action, refs);
  return refs;
}

export function isString(value: unknown): value is string {
  return typeof value === "string";
}

// The URL checks moved to checks/url.ts; re-exported for the rules not yet converted.
export { likelyUrl, parseUrl, plainHttpProtocol } from "./checks/url.js";

/** A report of a rule not yet written with messages by id (being converted; see defineRule). */
export interface LegacyReport {
  path: JsonPath;
  target?: Target;
  message: string;
  fix?: FixSpec;
  related?: { file: string; path: JsonPath; target?: Target; message: string };
  file?: string;
  downgrade?: "warning";
}

export interface LegacyMeta {
  id: string;
  severity: Severity;
  description: string;
  fixable: boolean;
}

interface LegacyRule<C> {
  id: string;
  severity: Severity;
  description: string;
  fixable: boolean;
  scope: RuleScope;
  check(ctx: C): void;
}

export type LegacyDocumentContext = Omit<DocumentContext, "report"> & { report(report: LegacyReport): void };
export type LegacyProjectContext = Omit<ProjectContext, "report"> & {
  report(report: LegacyReport & { file: string }): void;
};

const LEGACY_MESSAGES = { legacy: "{{text}}" } as const;

function toReport(report: LegacyReport): Report<"legacy"> {
  const { message, related, ...rest } = report;
  return {
    ...rest,
    messageId: "legacy",
    data: { text: message },
    related: related && { ...related, messageId: "legacy", data: { text: related.message } },
  };
}

/** Adapts a rule written before messages by id (removed once every rule is converted). */
export function documentRule(rule: LegacyRule<LegacyDocumentContext> & { scope: DocumentRule["meta"]["scope"] }) {
  const { check, ...meta } = rule;
  return defineRule({
    meta: { ...meta, messages: LEGACY_MESSAGES },
    check(ctx) {
      check({ ...ctx, report: (report) => ctx.report(toReport(report)) } as LegacyDocumentContext);
    },
  });
}

/** Adapts a project rule written before messages by id (removed once every rule is converted). */
export function projectRule(rule: LegacyRule<LegacyProjectContext> & { scope: "project" }) {
  const { check, ...meta } = rule;
  return defineRule({
    meta: { ...meta, messages: LEGACY_MESSAGES },
    check(ctx) {
      const legacy: LegacyProjectContext = {
        documents: ctx.documents,
        blocked: ctx.blocked,
        get externalIntegrations() {
          return ctx.externalIntegrations;
        },
        settings: ctx.settings,
        where: ctx.where,
        report: (report) => ctx.report({ ...toReport(report), file: report.file }),
      };
      check(legacy);
    },
  });
}

/** `value` in back quotes, shortened for messages. */
export function quote(value: string, max = 60): string {
  const short = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return `\`${short}\``;
}
