import type { DocumentKind } from "../diagnostic.js";
import { authFields } from "../manifest/auth-fields.js";
import { AUTHENTICATION_TYPES, type AuthenticationType, canonicalInputType } from "../manifest/vocabulary.js";
import type { DocumentContext, InputRef, Report, RuleSettings } from "../rules/types.js";
import { isPlainObject } from "../util/suggest.js";

const TYPE_BY_LOWER = new Map<string, AuthenticationType>(AUTHENTICATION_TYPES.map((t) => [t, t]));

/** The integration's authentication type, read without regard to case; undefined when missing or unknown. */
export function readAuthenticationType(value: Record<string, unknown>): AuthenticationType | undefined {
  const type = value.authentication_type;
  return typeof type === "string" ? TYPE_BY_LOWER.get(type.toLowerCase()) : undefined;
}

/** The action's inputs that are objects, with their canonical types (Text when `type` is absent). */
export function readInputs(value: Record<string, unknown>): InputRef[] {
  const refs: InputRef[] = [];
  const inputs = value.inputs;
  if (!Array.isArray(inputs)) return refs;
  for (let index = 0; index < inputs.length; index++) {
    const input: unknown = inputs[index];
    if (!isPlainObject(input)) continue;
    const type = input.type === undefined || input.type === null ? "Text" : canonicalInputType(input.type);
    refs.push({ index, path: ["inputs", index], input, type });
  }
  return refs;
}

/**
 * The context every document rule of one document shares: the parts rules ask for are computed on
 * first request and live as long as the document's pass (the engine's per-document cache).
 */
export function documentContext(
  file: string,
  kind: DocumentKind,
  value: Record<string, unknown>,
  settings: RuleSettings,
  report: (report: Report) => void,
): DocumentContext {
  let fields: ReturnType<typeof authFields> | undefined;
  let inputs: InputRef[] | undefined;
  let memos: Map<object, unknown> | undefined;
  return {
    file,
    kind,
    value,
    settings,
    report,
    authFields: () => {
      fields ??= authFields(value);
      return fields;
    },
    inputs: () => {
      inputs ??= readInputs(value);
      return inputs;
    },
    authenticationType: () => readAuthenticationType(value),
    memo<T>(key: object, compute: () => T): T {
      memos ??= new Map();
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}
