import { AUTHENTICATION_TYPES } from "../manifest/vocabulary.js";
import type { Answers } from "./render.js";
import type { LoadedTemplate, Question } from "./template.js";

export type Kind = "integration" | "action" | "both";

/** Built-in integration templates are named after the authentication type they write. */
export function integrationTemplateId(authenticationType: string): string {
  return `integration-${authenticationType.replace(/_/g, "-")}`;
}

/**
 * The questions that choose templates: what to create, the authentication type (which integration
 * template) and the kind of action. A template given with --template answers its kind's question.
 */
export function metaQuestions(builtins: readonly LoadedTemplate[], custom: readonly LoadedTemplate[]): Question[] {
  const customKinds = new Set(custom.map((t) => t.kind));
  const questions: Question[] = [
    {
      id: "kind",
      type: "select",
      message: "What do you want to create?",
      required: true,
      choices: [
        { value: "integration", name: "an integration manifest" },
        { value: "action", name: "an action" },
        { value: "both", name: "an integration and an action" },
        { value: "bridge", name: "a bridge project for an existing manifest (a runnable server)" },
      ],
      default: custom.length === 1 ? custom[0]?.kind : custom.length > 1 ? "both" : "integration",
    },
  ];
  if (!customKinds.has("integration")) {
    questions.push({
      id: "authentication_type",
      flag: "auth-type",
      type: "select",
      message: "Authentication type:",
      required: true,
      when: { id: "kind", notEquals: "action" },
      choices: AUTHENTICATION_TYPES.filter((type) => builtins.some((t) => t.id === integrationTemplateId(type))).map(
        (type) => ({
          value: type,
          name: `${type} — ${builtins.find((t) => t.id === integrationTemplateId(type))?.title}`,
        }),
      ),
      default: "none",
    });
  }
  if (!customKinds.has("action")) {
    const actions = builtins.filter((t) => t.kind === "action");
    questions.push({
      id: "action_template",
      type: "select",
      message: "Start the action from:",
      required: true,
      when: { id: "kind", notEquals: "integration" },
      choices: actions.map((t) => ({ value: t.id, name: `${t.id} — ${t.title}` })),
      default: actions.some((t) => t.id === "action-generic") ? "action-generic" : actions[0]?.id,
    });
  }
  return questions;
}

/** The templates the meta answers select, the integration first (an action may name it as provider). */
export function selectTemplates(
  meta: Answers,
  builtins: readonly LoadedTemplate[],
  custom: readonly LoadedTemplate[],
): LoadedTemplate[] {
  const kind = meta.kind as Kind;
  const byId = (id: unknown) => builtins.find((t) => t.id === id);
  const selected: LoadedTemplate[] = [];
  if (kind !== "action") {
    const template =
      custom.find((t) => t.kind === "integration") ?? byId(integrationTemplateId(String(meta.authentication_type)));
    if (template) selected.push(template);
  }
  if (kind !== "integration") {
    const template = custom.find((t) => t.kind === "action") ?? byId(meta.action_template);
    if (template) selected.push(template);
  }
  return selected;
}

/** The questions of several templates in order; a question asked by an earlier template is not asked again. */
export function templateQuestions(templates: readonly LoadedTemplate[]): Question[] {
  const seen = new Set<string>();
  const out: Question[] = [];
  for (const template of templates) {
    const own = new Set<string>();
    for (const question of template.questions) {
      if (seen.has(question.id)) continue;
      own.add(question.id);
      out.push(question);
    }
    for (const id of own) seen.add(id);
  }
  return out;
}
