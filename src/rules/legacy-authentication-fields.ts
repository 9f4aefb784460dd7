import { renameLegacyKey } from "./checks/legacy-keys.js";
import { defineRule } from "./types.js";

const LEGACY = "authentication_fields";
const CURRENT = "authentication_configuration";

export const legacyAuthenticationFields = defineRule<
  "legacyKey" | "legacyKeyBesideCurrent" | "legacyKeyNoType" | "legacyKeyNoTypeBesideCurrent"
>({
  meta: {
    id: "legacy-authentication-fields",
    severity: "error",
    fixable: true,
    scope: "integration",
    description: "authentication_fields (legacy) is not used with an authentication type that needs auth fields",
    messages: {
      legacyKey:
        "`authentication_fields` is the legacy name of `authentication_configuration`; with authentication_type `{{type}}` Talkdesk would see no auth fields at all: rename the key",
      legacyKeyBesideCurrent:
        "`authentication_fields` is the legacy name of `authentication_configuration`; with authentication_type `{{type}}` Talkdesk would see no auth fields at all: rename the key (`authentication_configuration` is also present: keep one of them)",
      legacyKeyNoType:
        "`authentication_fields` is the legacy name of `authentication_configuration`; Talkdesk would see no auth fields at all: rename the key",
      legacyKeyNoTypeBesideCurrent:
        "`authentication_fields` is the legacy name of `authentication_configuration`; Talkdesk would see no auth fields at all: rename the key (`authentication_configuration` is also present: keep one of them)",
    },
  },
  check(ctx) {
    if (!Object.hasOwn(ctx.value, LEGACY)) return;
    const type = ctx.authenticationType();
    if (type === "none") return; // legacy-key warns: no auth fields are asked for anyway
    const written = ctx.value.authentication_type;
    const named = type ?? (typeof written === "string" && written !== "" ? written : undefined);
    const fix = renameLegacyKey(ctx.value, LEGACY, CURRENT);
    const path = [LEGACY];
    if (named === undefined) {
      ctx.report({ path, target: "key", messageId: fix ? "legacyKeyNoType" : "legacyKeyNoTypeBesideCurrent", fix });
    } else {
      ctx.report({
        path,
        target: "key",
        messageId: fix ? "legacyKey" : "legacyKeyBesideCurrent",
        data: { type: named },
        fix,
      });
    }
  },
});
