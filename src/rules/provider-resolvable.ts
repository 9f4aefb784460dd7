import { firstActionWithProvider } from "./project-names.js";
import { defineRule } from "./types.js";

export const providerResolvable = defineRule<"noIntegration" | "noIntegrationMany">({
  meta: {
    id: "provider-resolvable",
    severity: "warning",
    fixable: false,
    scope: "project",
    description: "Action providers can be checked: an integration manifest is in the run or under the project roots",
    messages: {
      noIntegration:
        "no integration manifest was found in this run or under the project roots, so the provider of this action cannot be checked: lint the integration files together with the actions, or point the config's integration roots at them",
      noIntegrationMany:
        "no integration manifest was found in this run or under the project roots, so the provider of {{count}} actions cannot be checked: lint the integration files together with the actions, or point the config's integration roots at them",
    },
  },
  check(ctx) {
    const first = firstActionWithProvider(ctx.documents);
    if (!first || ctx.documents.some((doc) => doc.kind === "integration")) return;
    // One was found but cannot be parsed: known-provider says what that means for each action.
    if (ctx.blocked.length > 0) return;
    if (ctx.externalIntegrations.length > 0) return;
    const count = ctx.documents.filter((doc) => doc.kind === "action").length;
    ctx.report(
      count === 1
        ? { file: first.file, path: ["provider"], messageId: "noIntegration" }
        : { file: first.file, path: ["provider"], messageId: "noIntegrationMany", data: { count } },
    );
  },
});
