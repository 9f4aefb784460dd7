/**
 * The programmatic API of td-integration: lint, format, render and scaffold Talkdesk integration
 * manifests and actions from a script. Nothing here prints, exits the process, or writes a file
 * unless asked; problems are thrown as TdIntegrationError subclasses with a `code`.
 *
 * @example
 * import { format, lint } from "td-integration";
 * const summary = await lint({ files: ["integrations", "actions"] });
 * if (summary.errorCount > 0) throw new Error(format(summary, "compact"));
 */

export {
  type AnswerProblem,
  BaselineInvalidError,
  ConfigInvalidError,
  type ConfigProblem,
  type ErrorCode,
  type MissingAnswer,
  OptionError,
  PathError,
  ScaffoldError,
  type ScaffoldErrorDetails,
  TdIntegrationError,
  WriteError,
} from "./api/errors.js";
export { type FormatName, format, formatContext } from "./api/format.js";
export { type Concurrency, type LintOptions, lint, writeBaseline, writeFixes } from "./api/lint.js";
export {
  formatRender,
  type RenderApiOptions,
  type RenderFormatOptions,
  type RenderPreviewOptions,
  render,
  renderTemplate,
} from "./api/render.js";
export {
  listScaffoldTemplates,
  type ScaffoldFile,
  type ScaffoldLabels,
  type ScaffoldOptions,
  type ScaffoldPrompts,
  type ScaffoldResult,
  scaffold,
  type TemplateInfo,
} from "./api/scaffold.js";
export { jsonSchema, SCHEMA_KINDS, type SchemaKind } from "./api/schema.js";
export type {
  ConfigFile as Config,
  ConfigSeverity,
  RuleEntry,
  RuleOptions,
  SuppressionConfig,
} from "./config/schema.js";
export type {
  Diagnostic,
  DocumentKind,
  FileResult,
  LintSummary,
  Severity,
  StaleSuppression,
  SuppressedDiagnostic,
  Suppression,
  TextEdit,
} from "./diagnostic.js";
export { type EngineOptions, type FileConfig, lintSources, type SourceFile } from "./engine/engine.js";
export { compact } from "./format/compact.js";
export { github } from "./format/github.js";
export { FORMAT_NAMES, FORMATTERS, type FormatContext, type FormatRule, type Formatter } from "./format/index.js";
export { json } from "./format/json.js";
export { junit } from "./format/junit.js";
export { sarif } from "./format/sarif.js";
export { stylish } from "./format/stylish.js";
export type {
  ActionPreview,
  Expansion,
  InputPreview,
  IntegrationPreview,
  PhrasePreview,
  RenderProblem,
  RenderResult,
  TemplateRender,
} from "./render/types.js";
export { RULE_METAS as RULES } from "./rules/index.js";
export type { Rule } from "./rules/types.js";
export { DOCS_BASE_URL, docsUrl } from "./rules/types.js";
export { VERSION } from "./version.js";
