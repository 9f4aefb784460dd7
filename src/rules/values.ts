import type { JsonPath } from "../diagnostic.js";
import type { AuthFieldRef } from "../manifest/auth-fields.js";
import type { LegacyDocumentContext as DocumentContext } from "./helpers.js";
import { actionInputs, cachedAuthFields, documentRule, type InputRef } from "./helpers.js";

const HINTS: Record<string, string> = {
  name: "a unique identifier",
  display_name: "the name users see",
  description: "a sentence users read",
  provider: "the `name` of the integration",
  display: "a short lowercase label such as `create a ticket`",
  field_name: "the name of the field sent to the bridge",
  key: "the identifier of the field sent to the bridge",
};

function isBlankString(object: Record<string, unknown>, key: string): boolean {
  const value = object[key];
  return typeof value === "string" && isBlank(value);
}

/** value.trim() === "", without making the trimmed copy for the usual non-blank value. */
function isBlank(value: string): boolean {
  if (value === "") return true;
  const first = value.charCodeAt(0);
  // A letter or digit first (the usual case) is never trimmed away.
  if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || (first >= 48 && first <= 57)) return false;
  return value.trim() === "";
}

function report(ctx: DocumentContext, object: Record<string, unknown>, path: JsonPath, key: string, where: string) {
  ctx.report({
    path: [...path, key],
    message: `\`${key}\` of ${where} is ${object[key] === "" ? "empty" : "only spaces"}: write ${HINTS[key] ?? "a value"}`,
  });
}

const ACTION_TEXTS = ["provider", "name", "display", "description"];
const INTEGRATION_TEXTS = ["name", "display_name", "description"];
const INPUT_TEXTS = ["key", "name"];
const LIST_FIELD_TEXTS = ["field_name", "display"];
const KEYED_FIELD_TEXTS = ["display"];

export const noEmptyValue = documentRule({
  id: "no-empty-value",
  severity: "error",
  description: "Mandatory strings (names, labels, descriptions, keys) are not empty",
  fixable: false,
  scope: "manifest",
  check(ctx) {
    // Labels are built only for a finding, and the loops are indexed (no iterators): this runs on every
    // input and auth field.
    if (ctx.kind === "action") {
      for (let k = 0; k < ACTION_TEXTS.length; k++) {
        const key = ACTION_TEXTS[k] as string;
        if (isBlankString(ctx.value, key)) report(ctx, ctx.value, [], key, "the action");
      }
      const refs = actionInputs(ctx.value);
      for (let i = 0; i < refs.length; i++) {
        const { input, path, index } = refs[i] as InputRef;
        for (let k = 0; k < INPUT_TEXTS.length; k++) {
          const key = INPUT_TEXTS[k] as string;
          if (isBlankString(input, key)) report(ctx, input, path, key, `input ${index}`);
        }
      }
      return;
    }
    for (let k = 0; k < INTEGRATION_TEXTS.length; k++) {
      const key = INTEGRATION_TEXTS[k] as string;
      if (isBlankString(ctx.value, key)) report(ctx, ctx.value, [], key, "the integration");
    }
    const fields = cachedAuthFields(ctx.value);
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AuthFieldRef;
      const object = field.field;
      if (!object) continue;
      const keys = field.shape === "list" ? LIST_FIELD_TEXTS : KEYED_FIELD_TEXTS;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as string;
        if (isBlankString(object, key)) {
          report(ctx, object, field.fieldPath, key, `auth field ${field.name ? `\`${field.name}\`` : field.index}`);
        }
      }
    }
  },
});
