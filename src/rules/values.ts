import type { JsonPath } from "../lint/types.js";
import { actionInputs, cachedAuthFields, documentRule } from "./helpers.js";
import type { DocumentContext } from "./types.js";

const HINTS: Record<string, string> = {
  name: "a unique identifier",
  display_name: "the name users see",
  description: "a sentence users read",
  provider: "the `name` of the integration",
  display: "a short lowercase label such as `create a ticket`",
  field_name: "the name of the field sent to the bridge",
  key: "the identifier of the field sent to the bridge",
};

function check(ctx: DocumentContext, object: Record<string, unknown>, path: JsonPath, key: string, where: string) {
  const value = object[key];
  if (typeof value !== "string" || value.trim() !== "") return;
  ctx.report({
    path: [...path, key],
    message: `\`${key}\` of ${where} is ${value === "" ? "empty" : "only spaces"}: write ${HINTS[key] ?? "a value"}`,
  });
}

export const noEmptyValue = documentRule({
  id: "no-empty-value",
  severity: "error",
  description: "Mandatory strings (names, labels, descriptions, keys) are not empty",
  fixable: false,
  scope: "manifest",
  check(ctx) {
    if (ctx.kind === "action") {
      for (const key of ["provider", "name", "display", "description"]) check(ctx, ctx.value, [], key, "the action");
      for (const { input, path, index } of actionInputs(ctx.value)) {
        check(ctx, input, path, "key", `input ${index}`);
        check(ctx, input, path, "name", `input ${index}`);
      }
      return;
    }
    for (const key of ["name", "display_name", "description"]) check(ctx, ctx.value, [], key, "the integration");
    for (const field of cachedAuthFields(ctx.value)) {
      if (!field.field) continue;
      const where = `auth field ${field.name ? `\`${field.name}\`` : field.index}`;
      if (field.shape === "list") check(ctx, field.field, field.fieldPath, "field_name", where);
      check(ctx, field.field, field.fieldPath, "display", where);
    }
  },
});

export const uniqueInputKeys = documentRule({
  id: "unique-input-keys",
  severity: "error",
  description: "Every input key appears once within its action",
  fixable: false,
  scope: "action",
  check(ctx) {
    const seen = new Map<string, number>();
    for (const { input, path, index } of actionInputs(ctx.value)) {
      const key = input.key;
      if (typeof key !== "string" || key === "") continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        continue;
      }
      ctx.report({
        path: [...path, "key"],
        message: `duplicate input key \`${key}\`: input ${first} already uses it, and the bridge receives one value per key: rename or remove one`,
      });
    }
  },
});
