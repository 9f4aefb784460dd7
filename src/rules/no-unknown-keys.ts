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
import { type DocumentContext, defineRule, type InputRef, type MessageData } from "./types.js";

const KEYED_FIELD_KEYS = AUTH_FIELD_KEYS.filter((k) => k !== "field_name");

/** The keys each kind of object may carry, the ones a suggestion may name, and its messages. */
interface ObjectKind {
  known: ReadonlySet<string>;
  candidates: readonly string[];
  suggestion: MessageId;
  unknown: MessageId;
}

const KINDS = {
  integration: {
    known: new Set<string>([...INTEGRATION_KEYS, ...META_KEYS, ...Object.keys(LEGACY_INTEGRATION_KEYS)]),
    candidates: INTEGRATION_KEYS,
    suggestion: "inIntegrationSuggestion",
    unknown: "inIntegration",
  },
  action: {
    known: new Set<string>([...ACTION_KEYS, ...META_KEYS]),
    candidates: ACTION_KEYS,
    suggestion: "inActionSuggestion",
    unknown: "inAction",
  },
  input: {
    known: new Set<string>(INPUT_KEYS),
    candidates: INPUT_KEYS,
    suggestion: "inInputSuggestion",
    unknown: "inInput",
  },
  listField: {
    known: new Set<string>(AUTH_FIELD_KEYS),
    candidates: AUTH_FIELD_KEYS,
    suggestion: "inAuthFieldSuggestion",
    unknown: "inAuthField",
  },
  keyedField: {
    known: new Set<string>(KEYED_FIELD_KEYS),
    candidates: KEYED_FIELD_KEYS,
    suggestion: "inAuthFieldSuggestion",
    unknown: "inAuthField",
  },
} satisfies Record<string, ObjectKind>;

type MessageId =
  | "inIntegration"
  | "inIntegrationSuggestion"
  | "inAction"
  | "inActionSuggestion"
  | "inInput"
  | "inInputSuggestion"
  | "inAuthField"
  | "inAuthFieldSuggestion";

function hasUnknownKey(object: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const key in object) if (!known.has(key)) return true;
  return false;
}

/** Reports each unknown key of `object`; `data` names the object (input or auth field) for the message. */
function checkObject(
  ctx: DocumentContext<MessageId>,
  object: Record<string, unknown>,
  path: JsonPath,
  kind: ObjectKind,
  data: MessageData = {},
): void {
  for (const key in object) {
    if (kind.known.has(key)) continue;
    const suggestion = suggestName(key, kind.candidates);
    ctx.report(
      suggestion
        ? { path: [...path, key], target: "key", messageId: kind.suggestion, data: { ...data, key, suggestion } }
        : {
            path: [...path, key],
            target: "key",
            messageId: kind.unknown,
            data: { ...data, key, known: kind.candidates.join(", ") },
          },
    );
  }
}

export const noUnknownKeys = defineRule<MessageId>({
  meta: {
    id: "no-unknown-keys",
    severity: "warning",
    fixable: false,
    scope: "manifest",
    description: "Objects carry only keys the format defines (with a did-you-mean suggestion)",
    messages: {
      inIntegration: "unknown key `{{key}}` in the integration: Talkdesk ignores it; remove it (known keys: {{known}})",
      inIntegrationSuggestion: "unknown key `{{key}}` in the integration; did you mean `{{suggestion}}`?",
      inAction: "unknown key `{{key}}` in the action: Talkdesk ignores it; remove it (known keys: {{known}})",
      inActionSuggestion: "unknown key `{{key}}` in the action; did you mean `{{suggestion}}`?",
      inInput: "unknown key `{{key}}` in input {{input}}: Talkdesk ignores it; remove it (known keys: {{known}})",
      inInputSuggestion: "unknown key `{{key}}` in input {{input}}; did you mean `{{suggestion}}`?",
      inAuthField:
        "unknown key `{{key}}` in auth field {{field}}: Talkdesk ignores it; remove it (known keys: {{known}})",
      inAuthFieldSuggestion: "unknown key `{{key}}` in auth field {{field}}; did you mean `{{suggestion}}`?",
    },
  },
  check(ctx) {
    // Names are built only for an object with an unknown key: this runs on every input and auth field.
    if (ctx.kind === "action") {
      if (hasUnknownKey(ctx.value, KINDS.action.known)) checkObject(ctx, ctx.value, [], KINDS.action);
      const refs = ctx.inputs();
      for (let i = 0; i < refs.length; i++) {
        const { input, path, index } = refs[i] as InputRef;
        if (!hasUnknownKey(input, KINDS.input.known)) continue;
        checkObject(ctx, input, path, KINDS.input, { input: index + 1 });
      }
      return;
    }
    if (hasUnknownKey(ctx.value, KINDS.integration.known)) checkObject(ctx, ctx.value, [], KINDS.integration);
    const fields = ctx.authFields();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AuthFieldRef;
      if (!field.field) continue;
      const kind = field.shape === "keyed" ? KINDS.keyedField : KINDS.listField;
      if (!hasUnknownKey(field.field, kind.known)) continue;
      checkObject(ctx, field.field, field.fieldPath, kind, {
        field: field.name === undefined ? field.index + 1 : `\`${field.name}\``,
      });
    }
  },
});
