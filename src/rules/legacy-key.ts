import { LEGACY_INTEGRATION_KEYS } from "../manifest/vocabulary.js";
import { renameLegacyKey } from "./checks/legacy-keys.js";
import { defineRule } from "./types.js";

// Indexed below rather than iterated: this runs for every integration.
const LEGACY_ENTRIES = Object.entries(LEGACY_INTEGRATION_KEYS);

export const legacyKey = defineRule<"legacyKey" | "legacyKeyBesideCurrent">({
  meta: {
    id: "legacy-key",
    severity: "warning",
    fixable: true,
    scope: "integration",
    description:
      "Keys from the older spec (contact_synchronization_url, interaction_retrieval_url...) use their current name",
    messages: {
      legacyKey: "`{{key}}` is the legacy name of `{{current}}`; Talkdesk reads only `{{current}}`: rename the key",
      legacyKeyBesideCurrent:
        "`{{key}}` is the legacy name of `{{current}}`; Talkdesk reads only `{{current}}`: rename the key (`{{current}}` is also present: keep one of them)",
    },
  },
  check(ctx) {
    for (let i = 0; i < LEGACY_ENTRIES.length; i++) {
      const entry = LEGACY_ENTRIES[i] as [string, string];
      const key = entry[0];
      const current = entry[1];
      if (!Object.hasOwn(ctx.value, key)) continue;
      // With a type that needs auth fields, legacy-authentication-fields reports it as an error.
      if (key === "authentication_fields" && ctx.authenticationType() !== "none") continue;
      const fix = renameLegacyKey(ctx.value, key, current);
      ctx.report({
        path: [key],
        target: "key",
        messageId: fix ? "legacyKey" : "legacyKeyBesideCurrent",
        data: { key, current },
        fix,
      });
    }
  },
});
