import type { FixSpec } from "../diagnostic.js";
import { LEGACY_INTEGRATION_KEYS } from "../manifest/vocabulary.js";
import type { LegacyDocumentContext as DocumentContext } from "./helpers.js";
import { documentRule } from "./helpers.js";

function renameFix(ctx: DocumentContext, key: string, current: string): FixSpec | undefined {
  // Renaming onto an existing key would create a duplicate key: leave that to the author.
  return Object.hasOwn(ctx.value, current) ? undefined : { kind: "rename-key", path: [key], newKey: current };
}

function alsoPresent(ctx: DocumentContext, current: string): string {
  return Object.hasOwn(ctx.value, current) ? ` (\`${current}\` is also present: keep one of them)` : "";
}

// Indexed below rather than iterated: this runs for every integration.
const LEGACY_ENTRIES = Object.entries(LEGACY_INTEGRATION_KEYS);

/** `authentication_fields` hides every auth field unless the type is none. */
function isNoneType(value: Record<string, unknown>): boolean {
  return typeof value.authentication_type === "string" && value.authentication_type.toLowerCase() === "none";
}

export const legacyKey = documentRule({
  id: "legacy-key",
  severity: "warning",
  description:
    "Keys from the older spec (contact_synchronization_url, interaction_retrieval_url...) use their current name",
  fixable: true,
  scope: "integration",
  check(ctx) {
    for (let i = 0; i < LEGACY_ENTRIES.length; i++) {
      const entry = LEGACY_ENTRIES[i] as [string, string];
      const key = entry[0];
      const current = entry[1];
      if (!Object.hasOwn(ctx.value, key)) continue;
      if (key === "authentication_fields" && !isNoneType(ctx.value)) continue; // legacy-authentication-fields
      ctx.report({
        path: [key],
        target: "key",
        message: `\`${key}\` is the legacy name of \`${current}\`; Talkdesk reads only \`${current}\`: rename the key${alsoPresent(ctx, current)}`,
        fix: renameFix(ctx, key, current),
      });
    }
  },
});

export const legacyAuthenticationFields = documentRule({
  id: "legacy-authentication-fields",
  severity: "error",
  description: "authentication_fields (legacy) is not used with an authentication type that needs auth fields",
  fixable: true,
  scope: "integration",
  check(ctx) {
    if (!Object.hasOwn(ctx.value, "authentication_fields") || isNoneType(ctx.value)) return;
    const type = typeof ctx.value.authentication_type === "string" ? ctx.value.authentication_type : "(missing)";
    ctx.report({
      path: ["authentication_fields"],
      target: "key",
      message: `\`authentication_fields\` is the legacy name of \`authentication_configuration\`; with authentication_type \`${type}\` Talkdesk would see no auth fields at all: rename the key${alsoPresent(ctx, "authentication_configuration")}`,
      fix: renameFix(ctx, "authentication_fields", "authentication_configuration"),
    });
  },
});
