import type { JsonPath } from "../diagnostic.js";
import type { AuthFieldRef } from "../manifest/auth-fields.js";
import {
  ACTION_KEYS,
  AUTH_FIELD_KEYS,
  INPUT_KEYS,
  INTEGRATION_KEYS,
  LEGACY_INTEGRATION_KEYS,
  META_KEYS,
} from "../manifest/vocabulary.js";
import { suggestName } from "../util/suggest.js";
import type { LegacyDocumentContext as DocumentContext } from "./helpers.js";
import { actionInputs, cachedAuthFields, documentRule, type InputRef } from "./helpers.js";

const INTEGRATION = new Set<string>([...INTEGRATION_KEYS, ...META_KEYS, ...Object.keys(LEGACY_INTEGRATION_KEYS)]);
const ACTION = new Set<string>([...ACTION_KEYS, ...META_KEYS]);
const LIST_FIELD = new Set<string>(AUTH_FIELD_KEYS);
const KEYED_FIELD = new Set<string>(AUTH_FIELD_KEYS.filter((k) => k !== "field_name"));
const INPUT = new Set<string>(INPUT_KEYS);

const SUGGEST = {
  integration: INTEGRATION_KEYS,
  action: ACTION_KEYS,
  list: AUTH_FIELD_KEYS,
  keyed: AUTH_FIELD_KEYS.filter((k) => k !== "field_name"),
  input: INPUT_KEYS,
} as const;

function hasUnknownKey(object: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const key in object) if (!known.has(key)) return true;
  return false;
}

function checkObject(
  ctx: DocumentContext,
  object: Record<string, unknown>,
  path: JsonPath,
  known: ReadonlySet<string>,
  candidates: readonly string[],
  where: string,
): void {
  for (const key in object) {
    if (known.has(key)) continue;
    const suggestion = suggestName(key, candidates);
    ctx.report({
      path: [...path, key],
      target: "key",
      message: `unknown key \`${key}\` in ${where}${
        suggestion
          ? `; did you mean \`${suggestion}\`?`
          : `: Talkdesk ignores it; remove it (known keys: ${candidates.join(", ")})`
      }`,
    });
  }
}

export const noUnknownKeys = documentRule({
  id: "no-unknown-keys",
  severity: "warning",
  description: "Objects carry only keys the format defines (with a did-you-mean suggestion)",
  fixable: false,
  scope: "manifest",
  check(ctx) {
    // Labels are built only for an object with an unknown key: this runs on every input and auth field.
    if (ctx.kind === "action") {
      if (hasUnknownKey(ctx.value, ACTION)) checkObject(ctx, ctx.value, [], ACTION, SUGGEST.action, "the action");
      const refs = actionInputs(ctx.value);
      for (let i = 0; i < refs.length; i++) {
        const { input, path, index } = refs[i] as InputRef;
        if (hasUnknownKey(input, INPUT)) checkObject(ctx, input, path, INPUT, SUGGEST.input, `input ${index}`);
      }
      return;
    }
    if (hasUnknownKey(ctx.value, INTEGRATION)) {
      checkObject(ctx, ctx.value, [], INTEGRATION, SUGGEST.integration, "the integration");
    }
    const fields = cachedAuthFields(ctx.value);
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AuthFieldRef;
      if (!field.field) continue;
      const keyed = field.shape === "keyed";
      if (!hasUnknownKey(field.field, keyed ? KEYED_FIELD : LIST_FIELD)) continue;
      checkObject(
        ctx,
        field.field,
        field.fieldPath,
        keyed ? KEYED_FIELD : LIST_FIELD,
        keyed ? SUGGEST.keyed : SUGGEST.list,
        `auth field ${field.name === undefined ? field.index : `\`${field.name}\``}`,
      );
    }
  },
});
