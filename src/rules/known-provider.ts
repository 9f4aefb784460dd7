import { nameSuggester } from "../util/name-suggester.js";
import { nameOf } from "./project-names.js";
import { type BlockedIntegration, defineRule, type ProjectDocument } from "./types.js";

interface NameIndex {
  exact: Map<string, ProjectDocument>;
  lower: Map<string, ProjectDocument>;
}

function indexIntegrations(documents: readonly ProjectDocument[]): NameIndex {
  const exact = new Map<string, ProjectDocument>();
  const lower = new Map<string, ProjectDocument>();
  for (const doc of documents) {
    if (doc.kind !== "integration") continue;
    const name = nameOf(doc, "name");
    if (name === undefined) continue;
    if (!exact.has(name)) exact.set(name, doc);
    if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), doc);
  }
  return { exact, lower };
}

/** The run's integrations: those that parsed, then those that did not but whose name a tolerant parse read. */
function runIntegrations(
  documents: readonly ProjectDocument[],
  blocked: readonly BlockedIntegration[],
): readonly ProjectDocument[] {
  const named = blocked.filter((b) => b.name !== undefined);
  if (named.length === 0) return documents;
  return [
    ...documents,
    ...named.map((b): ProjectDocument => ({ file: b.file, kind: "integration", value: { name: b.name } })),
  ];
}

export const knownProvider = defineRule<
  | "caseMismatch"
  | "integration"
  | "unknown"
  | "unknownSuggestion"
  | "blocked"
  | "blockedTwo"
  | "blockedMany"
  | "unparsed"
>({
  meta: {
    id: "known-provider",
    severity: "error",
    fixable: false,
    scope: "project",
    description: "An action's provider equals the name of an integration exactly (in the run or the project)",
    messages: {
      caseMismatch:
        "provider `{{provider}}` matches no integration; the integration's name is `{{name}}` ({{where}}), and case matters: write `{{name}}`",
      integration: "integration `{{name}}`",
      unknown:
        "provider `{{provider}}` matches no integration name: set it to the `name` of the integration that provides this action, or lint that integration's file too",
      unknownSuggestion: "provider `{{provider}}` matches no integration name; did you mean `{{suggestion}}`?",
      blocked:
        "provider `{{provider}}` cannot be checked: {{file}} looks like an integration but cannot be parsed, so its `name` is unknown; fix its JSON syntax and lint again",
      blockedTwo:
        "provider `{{provider}}` cannot be checked: {{file}} and {{other}} look like integrations but cannot be parsed, so their `name` is unknown; fix their JSON syntax and lint again",
      blockedMany:
        "provider `{{provider}}` cannot be checked: {{file}} and {{count}} other files look like integrations but cannot be parsed, so their `name` is unknown; fix their JSON syntax and lint again",
      unparsed: "cannot be parsed, so its `name` is unknown",
    },
  },
  check(ctx) {
    const actions = ctx.documents.filter((doc) => doc.kind === "action" && nameOf(doc, "provider") !== undefined);
    if (actions.length === 0) return;
    const run = indexIntegrations(runIntegrations(ctx.documents, ctx.blocked));
    // Integrations that cannot be parsed and whose name no tolerant parse could read: any unmatched
    // provider may be theirs. Those of the run, then (once looked up) those under the project roots.
    const unreadable: string[] = ctx.blocked.filter((b) => b.name === undefined).map((b) => b.file);
    let external: NameIndex | undefined;
    const outside = () => {
      if (!external) {
        external = indexIntegrations(ctx.externalIntegrations);
        for (const doc of ctx.externalIntegrations) {
          if (doc.unparsed && nameOf(doc, "name") === undefined) unreadable.push(doc.file);
        }
      }
      return external;
    };
    // Suggestions compare against every integration name: index the names once, and ask once per provider.
    let suggester: ((provider: string) => string | undefined) | undefined;
    const suggestions = new Map<string, string | undefined>();
    const suggest = (provider: string) => {
      if (!suggestions.has(provider)) {
        suggester ??= nameSuggester([...run.exact.keys(), ...outside().exact.keys()]);
        suggestions.set(provider, suggester(provider));
      }
      return suggestions.get(provider);
    };
    for (const doc of actions) {
      const provider = nameOf(doc, "provider") as string;
      if (run.exact.has(provider) || outside().exact.has(provider)) continue;
      const first = unreadable[0];
      if (first !== undefined) {
        const [messageId, data] =
          unreadable.length === 1
            ? (["blocked", { provider, file: first }] as const)
            : unreadable.length === 2
              ? (["blockedTwo", { provider, file: first, other: unreadable[1] as string }] as const)
              : (["blockedMany", { provider, file: first, count: unreadable.length - 1 }] as const);
        ctx.report({
          file: doc.file,
          path: ["provider"],
          messageId,
          data,
          downgrade: "warning",
          related: { file: first, path: [], messageId: "unparsed" },
        });
        continue;
      }
      if (run.exact.size === 0 && outside().exact.size === 0) return; // provider-resolvable says it once
      const lower = provider.toLowerCase();
      const caseMatch = run.lower.get(lower) ?? outside().lower.get(lower);
      if (caseMatch) {
        const name = nameOf(caseMatch, "name") as string;
        ctx.report({
          file: doc.file,
          path: ["provider"],
          messageId: "caseMismatch",
          data: { provider, name, where: ctx.where(caseMatch, ["name"]) },
          related: { file: caseMatch.file, path: ["name"], messageId: "integration", data: { name } },
        });
        continue;
      }
      const suggestion = suggest(provider);
      ctx.report(
        suggestion
          ? { file: doc.file, path: ["provider"], messageId: "unknownSuggestion", data: { provider, suggestion } }
          : { file: doc.file, path: ["provider"], messageId: "unknown", data: { provider } },
      );
    }
  },
});
