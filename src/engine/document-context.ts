import type { DocumentKind } from "../diagnostic.js";
import { authFields } from "../manifest/auth-fields.js";
import { canonicalAuthenticationType, canonicalInputType } from "../manifest/vocabulary.js";
import type { DocumentContext, InputRef, Report, RuleSettings } from "../rules/types.js";
import { isPlainObject } from "../util/suggest.js";

/** The action's inputs that are objects, with their canonical types (Text when `type` is absent). */
function readInputs(value: Record<string, unknown>): InputRef[] {
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
    authenticationType: () => canonicalAuthenticationType(value.authentication_type),
    memo<T>(key: object, compute: () => T): T {
      memos ??= new Map();
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}
