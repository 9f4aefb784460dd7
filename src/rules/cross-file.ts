import { nameSuggester } from "../util/name-suggester.js";
import { type LegacyProjectContext as ProjectContext, projectRule } from "./helpers.js";
import type { ProjectDocument } from "./types.js";

/** Cross-file rules: each builds Maps keyed by name in one pass, so the cost stays linear. */

function nameOf(doc: ProjectDocument, key: "name" | "provider"): string | undefined {
  const value = doc.value[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

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

function hasActionWithProvider(documents: readonly ProjectDocument[]): ProjectDocument | undefined {
  return documents.find((doc) => doc.kind === "action" && nameOf(doc, "provider") !== undefined);
}

export const knownProvider = projectRule({
  id: "known-provider",
  severity: "error",
  description: "An action's provider equals the name of an integration exactly (in the run or the project)",
  fixable: false,
  scope: "project",
  check(ctx) {
    if (!hasActionWithProvider(ctx.documents)) return;
    const run = indexIntegrations(ctx.documents);
    let external: NameIndex | undefined;
    const outside = () => {
      external ??= indexIntegrations(ctx.externalIntegrations);
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
    for (const doc of ctx.documents) {
      if (doc.kind !== "action") continue;
      const provider = nameOf(doc, "provider");
      if (provider === undefined || run.exact.has(provider) || outside().exact.has(provider)) continue;
      if (run.exact.size === 0 && outside().exact.size === 0) return; // provider-resolvable says it once
      const lower = provider.toLowerCase();
      const caseMatch = run.lower.get(lower) ?? outside().lower.get(lower);
      if (caseMatch) {
        const exact = caseMatch.value.name as string;
        ctx.report({
          file: doc.file,
          path: ["provider"],
          message: `provider \`${provider}\` matches no integration; the integration's name is \`${exact}\` (${ctx.where(caseMatch, ["name"])}), and case matters: write \`${exact}\``,
          related: { file: caseMatch.file, path: ["name"], message: `integration \`${exact}\`` },
        });
        continue;
      }
      const suggestion = suggest(provider);
      ctx.report({
        file: doc.file,
        path: ["provider"],
        message: `provider \`${provider}\` matches no integration name${
          suggestion
            ? `; did you mean \`${suggestion}\`?`
            : ": set it to the `name` of the integration that provides this action, or lint that integration's file too"
        }`,
      });
    }
  },
});

export const providerResolvable = projectRule({
  id: "provider-resolvable",
  severity: "warning",
  description: "Action providers can be checked: an integration manifest is in the run or under the project roots",
  fixable: false,
  scope: "project",
  check(ctx) {
    const first = hasActionWithProvider(ctx.documents);
    if (!first || ctx.documents.some((doc) => doc.kind === "integration")) return;
    if (ctx.externalIntegrations.length > 0) return;
    const actions = ctx.documents.filter((doc) => doc.kind === "action").length;
    ctx.report({
      file: first.file,
      path: ["provider"],
      message: `no integration manifest was found in this run or under the project roots, so the provider of ${
        actions === 1 ? "this action" : `${actions} actions`
      } cannot be checked: lint the integration files together with the actions, or point the config's integration roots at them`,
    });
  },
});

/** The document that keeps a name (the first in path order) and every other document using it. */
function duplicates(
  documents: readonly ProjectDocument[],
  keyOf: (doc: ProjectDocument) => string | undefined,
): { original: ProjectDocument; others: ProjectDocument[] }[] {
  // Most names are used once: a document stands alone until a second one shares its name.
  const groups = new Map<string, ProjectDocument | ProjectDocument[]>();
  for (const doc of documents) {
    const key = keyOf(doc);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, doc);
    else if (Array.isArray(group)) group.push(doc);
    else groups.set(key, [group, doc]);
  }
  const result: { original: ProjectDocument; others: ProjectDocument[] }[] = [];
  for (const group of groups.values()) {
    if (!Array.isArray(group)) continue;
    group.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    result.push({ original: group[0] as ProjectDocument, others: group.slice(1) });
  }
  return result;
}

function reportDuplicates(
  ctx: ProjectContext,
  groups: ReturnType<typeof duplicates>,
  message: (doc: ProjectDocument, where: string) => string,
): void {
  for (const { original, others } of groups) {
    const where = ctx.where(original, ["name"]);
    for (const doc of others) {
      ctx.report({
        file: doc.file,
        path: ["name"],
        message: message(doc, where),
        related: { file: original.file, path: ["name"], message: "first defined here" },
      });
    }
  }
}

export const uniqueIntegrationName = projectRule({
  id: "unique-integration-name",
  severity: "error",
  description: "Integration names are unique across the files linted together",
  fixable: false,
  scope: "project",
  check(ctx) {
    const groups = duplicates(ctx.documents, (doc) => (doc.kind === "integration" ? nameOf(doc, "name") : undefined));
    reportDuplicates(
      ctx,
      groups,
      (doc, where) =>
        `integration name \`${doc.value.name}\` is already used by ${where}; Talkdesk identifies an integration by its name: rename one of them`,
    );
  },
});

export const uniqueActionName = projectRule({
  id: "unique-action-name",
  severity: "error",
  description: "Action names are unique per provider across the files linted together",
  fixable: false,
  scope: "project",
  check(ctx) {
    const groups = duplicates(ctx.documents, (doc) => {
      if (doc.kind !== "action") return undefined;
      const provider = nameOf(doc, "provider");
      const name = nameOf(doc, "name");
      return provider === undefined || name === undefined ? undefined : `${provider}\u0000${name}`;
    });
    reportDuplicates(
      ctx,
      groups,
      (doc, where) =>
        `action \`${doc.value.name}\` of provider \`${doc.value.provider}\` is already defined in ${where}; action names are unique per provider: rename one of them`,
    );
  },
});
