/** Scaffolding: templates + answers -> files checked by the lint engine. Never prompts, prints or exits. */

export { integrationTemplateId, type Kind, metaQuestions, selectTemplates, templateQuestions } from "./plan.js";
export {
  AnswerError,
  type AnswerProblem,
  coerceAnswer,
  coerceGivenAnswers,
  describeMissing,
  exampleAnswer,
  flagName,
  type GivenAnswer,
  isActive,
  type MissingAnswer,
} from "./questions.js";
export { type Answers, type RenderedFile, type RenderResult, renderTemplates } from "./render.js";
export { type Asker, type Choice, type Resolution, type ResolveOptions, resolveQuestions } from "./resolve.js";
export {
  builtinTemplatesDir,
  type LoadedTemplate,
  listTemplates,
  loadTemplate,
  type Question,
  resolveTemplate,
  TemplateError,
} from "./template.js";
export { checkAll, type FinalCheck, type Finding, judgeAnswer, type Session, type Verdict } from "./validate.js";
export { applyWrites, type PlannedWrite, planWrites, type WriteStatus } from "./write.js";
