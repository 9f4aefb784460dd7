import type { AuthFieldRef } from "../manifest/auth-fields.js";
import { findSecret } from "./checks/secrets.js";
import { defineRule, type InputRef } from "./types.js";

const AUTH_FIELD_TEXTS = ["help", "format"] as const;

export const noSecrets = defineRule<"inInputDefault" | "inAuthField">({
  meta: {
    id: "no-secrets",
    severity: "warning",
    fixable: false,
    scope: "manifest",
    description: "Auth field help/format and input format defaults hold no real credential (API keys, tokens)",
    messages: {
      inInputDefault:
        "the default of input {{input}} looks like a real credential ({{kind}}); manifests are shared and committed, so anyone reading them could use it: remove it, revoke it, and let each user enter their own",
      inAuthField:
        "the {{key}} of auth field {{field}} looks like a real credential ({{kind}}); manifests are shared and committed, so anyone reading them could use it: remove it, revoke it, and let each user enter their own",
    },
  },
  check(ctx) {
    // Paths and names are built only for a finding: this runs on every input and auth field.
    if (ctx.kind === "action") {
      const refs = ctx.inputs();
      for (let i = 0; i < refs.length; i++) {
        const { input, path, index } = refs[i] as InputRef;
        const kind = secretIn(input.format);
        if (!kind) continue;
        ctx.report({
          path: [...path, "format"],
          messageId: "inInputDefault",
          data: { input: typeof input.key === "string" ? `\`${input.key}\`` : index + 1, kind },
        });
      }
      return;
    }
    const fields = ctx.authFields();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AuthFieldRef;
      if (!field.field) continue;
      for (let j = 0; j < AUTH_FIELD_TEXTS.length; j++) {
        const key = AUTH_FIELD_TEXTS[j] as (typeof AUTH_FIELD_TEXTS)[number];
        const kind = secretIn(field.field[key]);
        if (!kind) continue;
        ctx.report({
          path: [...field.fieldPath, key],
          messageId: "inAuthField",
          data: { key, field: field.name === undefined ? field.index + 1 : `\`${field.name}\``, kind },
        });
      }
    }
  },
});

function secretIn(value: unknown): string | undefined {
  return typeof value === "string" ? findSecret(value) : undefined;
}
