import type {
  Diagnostic,
  FileResult,
  FixSpec,
  JsonPath,
  LintSummary,
  Severity,
  SeveritySetting,
  Target,
  TextEdit,
} from "../diagnostic.js";
import { type LoadRuleId, loadDocument, recoverIntegrationName } from "../document/load.js";
import { locate, type Span } from "../document/locate.js";
import { ParsedDocument } from "../document/parse.js";
import { documentType } from "../rules/document-type.js";
import { DOCUMENT_RULES, PROJECT_RULES } from "../rules/index.js";
import { jsonSyntax } from "../rules/json-syntax.js";
import { noBom } from "../rules/no-bom.js";
import { noDuplicateKeys } from "../rules/no-duplicate-keys.js";
import { nameOf } from "../rules/project-names.js";
import {
  type BlockedIntegration,
  DEFAULT_RULE_SETTINGS,
  type DocumentRule,
  docsUrl,
  formatMessage,
  type ProjectDocument,
  type Report,
  type Rule,
  type RuleSettings,
} from "../rules/types.js";
import { toPointer } from "../util/pointer.js";
import { DocumentPass } from "./document-context.js";

/** Providers named by the run's actions and by none of its integrations, each with the actions (files) naming it. */
export type WantedProviders = ReadonlyMap<string, readonly string[]>;

export interface SourceFile {
  file: string;
  text: string;
}

/** Severities and rule settings that apply to one file (config plus overrides). */
export interface FileConfig {
  rules: Record<string, SeveritySetting>;
  settings: RuleSettings;
}

export interface EngineOptions {
  /** Config for each file; defaults to every rule at its default severity. */
  configFor?: (file: string) => FileConfig;
  /**
   * Integrations outside the run, looked up only when an action's provider is not among the run's files.
   * Told the providers wanted (those no integration of the run is named), each with the actions naming it:
   * when every one of them is found, the other integrations outside the run change no diagnostic.
   */
  externalIntegrations?: (wanted: WantedProviders) => readonly ProjectDocument[];
  /** Keep each file's text on its result (for fixing and for formatters that show code). */
  keepSource?: boolean;
  /**
   * Reads a file's text again. With it, a file's text is let go once its own diagnostics are placed,
   * and read again only if a cross-file rule reports on it later.
   */
  reread?: (file: string) => string | undefined;
}

interface PendingReport {
  rule: Rule;
  severity: Severity;
  report: Report;
  /** A ready span (for problems found on text rather than on a JSON path). */
  span?: Span;
}

interface FileState {
  result: FileResult;
  /** Dropped once the file's own diagnostics are resolved; rebuilt from `text` if a cross-file rule reports later. */
  doc: ParsedDocument | undefined;
  text: string | undefined;
  reread: ((file: string) => string | undefined) | undefined;
  config: FileConfig;
  pending: PendingReport[];
}

function docOf(state: FileState): ParsedDocument {
  state.doc ??= new ParsedDocument(state.text ?? state.reread?.(state.result.file) ?? "");
  return state.doc;
}

const DEFAULT_CONFIG: FileConfig = { rules: {}, settings: DEFAULT_RULE_SETTINGS };

function severityOf(rule: Rule, config: FileConfig): Severity | undefined {
  const setting = config.rules[rule.meta.id];
  if (setting === "off") return rule.meta.alwaysOn ? rule.meta.severity : undefined;
  return setting ?? rule.meta.severity;
}

/**
 * What one file's own pass leaves: its result, with the diagnostics of its own rules placed, and for
 * an integration or action the name and provider the cross-file rules need. Plain data, so a worker
 * thread can hand it over.
 */
export interface FilePass {
  result: FileResult;
  manifest?: ProjectDocument;
  /** An integration-like file that failed to parse, with the name a tolerant parse recovered. */
  blocked?: BlockedIntegration;
}

/**
 * One file's own pass: parse, check, resolve positions. The parsed document is not kept: cross-file
 * rules only need each manifest's name and provider.
 */
export function passFile(source: SourceFile, config: FileConfig): FilePass {
  const state = readFile(source, config);
  let manifest: ProjectDocument | undefined;
  if (state.result.kind === "integration" || state.result.kind === "action") {
    const value = docOf(state).value as Record<string, unknown>;
    manifest = { file: source.file, kind: state.result.kind, value: { name: value.name, provider: value.provider } };
    runDocumentRules(state, state.result.kind, value);
  }
  const recovered = state.result.kind === "unparsed" && state.doc ? recoverIntegrationName(state.doc) : undefined;
  const blocked = recovered && { file: source.file, name: recovered.name };
  if (state.pending.length > 0) flush(state, new Map([[source.file, state]]), NO_EXTERNAL);
  if (manifest) return { result: state.result, manifest };
  return blocked ? { result: state.result, blocked } : { result: state.result };
}

const NO_EXTERNAL = new Map<string, ProjectDocument>();

/**
 * The cross-file part of a run: takes each file's pass in file order, then runs the project rules,
 * places their diagnostics (reading a file again if its text was let go) and counts.
 */
export class ProjectPass {
  private readonly states: FileState[] = [];
  private readonly manifests: ProjectDocument[] = [];
  private readonly blocked: BlockedIntegration[] = [];
  private readonly stateByFile = new Map<string, FileState>();

  constructor(private readonly options: EngineOptions = {}) {
    // What was worked out for a config object is not carried from one run into another (an API caller
    // may change a config between runs); every run makes its ProjectPass before its first passFile.
    forgetConfigs();
  }

  configFor(file: string): FileConfig {
    return this.options.configFor?.(file) ?? DEFAULT_CONFIG;
  }

  /** Adds a file's pass; `text` is its source, kept for later positions unless the run can read it again. */
  add(pass: FilePass, config: FileConfig, text?: string): void {
    const { options } = this;
    const state: FileState = {
      result: pass.result,
      doc: undefined,
      text: options.reread && !options.keepSource ? undefined : text,
      reread: options.keepSource ? undefined : options.reread,
      config,
      pending: [],
    };
    if (options.keepSource && text !== undefined) state.result.source = text;
    this.states.push(state);
    this.stateByFile.set(pass.result.file, state);
    if (pass.manifest) this.manifests.push(pass.manifest);
    if (pass.blocked) this.blocked.push(pass.blocked);
  }

  finish(): LintSummary {
    const external = runProjectRules(this.manifests, this.blocked, this.stateByFile, this.options);
    const summary: LintSummary = {
      results: [],
      errorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
    const states = this.states;
    for (let i = 0; i < states.length; i++) {
      const state = states[i] as FileState;
      if (state.pending.length > 0) {
        flush(state, this.stateByFile, external);
        state.result.diagnostics.sort(byPosition);
        state.doc = undefined;
      }
      // Indexed: an iterator per file would be garbage for every clean file.
      const diagnostics = state.result.diagnostics;
      for (let j = 0; j < diagnostics.length; j++) {
        const d = diagnostics[j] as Diagnostic;
        if (d.severity === "error") {
          summary.errorCount++;
          if (d.fix) summary.fixableErrorCount++;
        } else {
          summary.warningCount++;
          if (d.fix) summary.fixableWarningCount++;
        }
      }
      summary.results.push(state.result);
    }
    return summary;
  }
}

/** Lints already-read sources: parse, classify, document rules, project rules, then positions. */
export function lintSources(sources: Iterable<SourceFile>, options: EngineOptions = {}): LintSummary {
  const project = new ProjectPass(options);
  for (const source of sources) {
    const config = project.configFor(source.file);
    project.add(passFile(source, config), config, source.text);
  }
  return project.finish();
}

function push(state: FileState, rule: Rule, report: Report, span?: Span): void {
  const severity = severityOf(rule, state.config);
  if (severity) queue(state, rule, severity, report, span);
}

function queue(state: FileState, rule: Rule, severity: Severity, report: Report, span?: Span): void {
  state.pending.push({
    rule,
    severity: report.downgrade && severity === "error" ? report.downgrade : severity,
    report,
    span,
  });
}

/** Loads a file (src/document/load.ts) and queues its document-level problems under their rules. */
function readFile(source: SourceFile, config: FileConfig): FileState {
  const loaded = loadDocument(source.text);
  const result: FileResult = { file: source.file, kind: loaded.kind, diagnostics: [] };
  const state: FileState = { result, doc: loaded.doc, text: source.text, reread: undefined, config, pending: [] };
  const findings = loaded.findings;
  for (let i = 0; i < findings.length; i++) {
    const { ruleId, messageId, data, path, span, fix } = findings[i] as (typeof findings)[number];
    push(state, LOAD_RULES[ruleId], { path, messageId, data, fix }, span);
  }
  return state;
}

const LOAD_RULES: Record<LoadRuleId, Rule> = {
  "no-bom": noBom,
  "document-type": documentType,
  "json-syntax": jsonSyntax,
  "no-duplicate-keys": noDuplicateKeys,
};

/** The document rules a config enables for one kind of manifest, with their severities (parallel lists). */
interface EnabledRules {
  rules: DocumentRule[];
  severities: Severity[];
}

function enabledFor(config: FileConfig, kind: "integration" | "action"): EnabledRules {
  const enabled: EnabledRules = { rules: [], severities: [] };
  for (const rule of DOCUMENT_RULES) {
    const scope = rule.meta.scope;
    if (scope !== "manifest" && scope !== kind) continue;
    const severity = severityOf(rule, config);
    if (!severity) continue;
    enabled.rules.push(rule);
    enabled.severities.push(severity);
  }
  return enabled;
}

// Nearly every file of a run shares one FileConfig object (src/config/load.ts makes one per combination
// of overrides): the enabled rules are worked out once for it rather than rule by rule for every file.
let enabledConfig: FileConfig | undefined;
let enabledByKind: { integration: EnabledRules; action: EnabledRules } | undefined;

function forgetConfigs(): void {
  enabledConfig = undefined;
  enabledByKind = undefined;
  documentPass.forgetSettings();
}

function enabledRules(config: FileConfig, kind: "integration" | "action"): EnabledRules {
  if (enabledConfig !== config || !enabledByKind) {
    enabledByKind = { integration: enabledFor(config, "integration"), action: enabledFor(config, "action") };
    enabledConfig = config;
  }
  return enabledByKind[kind];
}

// The rule running, and the file it runs on: where the shared context's reports go.
let currentState: FileState | undefined;
let currentRule: DocumentRule | undefined;
let currentSeverity: Severity = "error";
const documentPass = new DocumentPass((report) => {
  queue(currentState as FileState, currentRule as DocumentRule, currentSeverity, report);
});

function runDocumentRules(state: FileState, kind: "integration" | "action", value: Record<string, unknown>): void {
  const { rules, severities } = enabledRules(state.config, kind);
  currentState = state;
  documentPass.start(state.result.file, kind, value, state.config.settings);
  try {
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as DocumentRule;
      currentRule = rule;
      currentSeverity = severities[i] as Severity;
      rule.check(documentPass);
    }
  } finally {
    documentPass.finish();
    currentState = undefined;
    currentRule = undefined;
  }
}

/** Runs the cross-file rules; returns the external documents they looked at, by file. */
function runProjectRules(
  manifests: ProjectDocument[],
  blocked: readonly BlockedIntegration[],
  stateByFile: Map<string, FileState>,
  options: EngineOptions,
): Map<string, ProjectDocument> {
  const externalByFile = new Map<string, ProjectDocument>();
  if (manifests.length === 0) return externalByFile;
  let external: readonly ProjectDocument[] | undefined;
  const settings = stateByFile.get(manifests[0]?.file as string)?.config.settings ?? DEFAULT_RULE_SETTINGS;
  for (const rule of PROJECT_RULES) {
    rule.check({
      documents: manifests,
      blocked,
      get externalIntegrations() {
        if (!external) {
          external = options.externalIntegrations?.(wantedProviders(manifests, blocked)) ?? [];
          for (const doc of external) externalByFile.set(doc.file, doc);
        }
        return external;
      },
      settings,
      where: (doc, path, target = "value") => {
        const at = positionIn(doc.file, path, target, stateByFile, externalByFile);
        return at ? `${doc.file}:${at.line}:${at.column}` : doc.file;
      },
      report: (report) => {
        const state = stateByFile.get(report.file);
        if (state) push(state, rule, report);
      },
    });
  }
  return externalByFile;
}

function wantedProviders(manifests: readonly ProjectDocument[], blocked: readonly BlockedIntegration[]) {
  const named = new Set<string>();
  for (const doc of manifests) {
    const name = doc.kind === "integration" ? nameOf(doc, "name") : undefined;
    if (name !== undefined) named.add(name);
  }
  for (const b of blocked) if (b.name !== undefined) named.add(b.name);
  const wanted = new Map<string, string[]>();
  for (const doc of manifests) {
    const provider = doc.kind === "action" ? nameOf(doc, "provider") : undefined;
    if (provider === undefined || named.has(provider)) continue;
    const actions = wanted.get(provider);
    if (actions) actions.push(doc.file);
    else wanted.set(provider, [doc.file]);
  }
  return wanted;
}

function positionIn(
  file: string,
  path: JsonPath,
  target: Target,
  stateByFile: Map<string, FileState>,
  external: Map<string, ProjectDocument>,
): { line: number; column: number } | undefined {
  const state = stateByFile.get(file);
  const text = external.get(file)?.text;
  const doc = state ? docOf(state) : text !== undefined ? new ParsedDocument(text) : undefined;
  return doc ? doc.lines.position(locate(doc, path, target).offset) : undefined;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  // Rule ids compared by code unit: localeCompare would load ICU's collator (~10 ms) for the same order.
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Turns a file's pending reports into diagnostics with positions. */
function flush(state: FileState, stateByFile: Map<string, FileState>, external: Map<string, ProjectDocument>): void {
  if (state.pending.length === 0) return;
  // One at a time: spreading 100,000 diagnostics as arguments overflows the call stack.
  const resolved = resolveDiagnostics(state, stateByFile, external);
  for (let i = 0; i < resolved.length; i++) state.result.diagnostics.push(resolved[i] as Diagnostic);
  state.pending = [];
}

function resolveDiagnostics(
  state: FileState,
  stateByFile: Map<string, FileState>,
  external: Map<string, ProjectDocument>,
): Diagnostic[] {
  const doc = docOf(state);
  const diagnostics = state.pending.map(({ rule, severity, report, span }): Diagnostic => {
    const where = span ?? locate(doc, report.path, report.target ?? "value");
    const start = doc.lines.position(where.offset);
    const end = doc.lines.position(where.offset + where.length);
    const diagnostic: Diagnostic = {
      file: state.result.file,
      ruleId: rule.meta.id,
      messageId: report.messageId,
      severity,
      message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
      pointer: toPointer(report.path),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      docsUrl: docsUrl(rule.meta.id),
    };
    if (report.fix) diagnostic.fix = resolveFix(doc, report.fix);
    if (report.related) {
      const { file, path, target = "value", messageId, data } = report.related;
      const at = positionIn(file, path, target, stateByFile, external);
      const message = formatMessage(rule.meta.messages[messageId] ?? messageId, data);
      if (at) diagnostic.related = [{ file, line: at.line, column: at.column, message }];
    }
    return diagnostic;
  });
  diagnostics.sort(byPosition);
  return diagnostics;
}

function resolveFix(doc: ParsedDocument, fix: FixSpec): TextEdit {
  if (fix.kind === "remove-bom") return { start: 0, end: 1, text: "" };
  const span = locate(doc, fix.path, fix.kind === "rename-key" ? "key" : "value");
  const text = fix.kind === "rename-key" ? JSON.stringify(fix.newKey) : JSON.stringify(fix.json);
  const start = doc.originalOffset(span.offset);
  return { start, end: start + span.length, text };
}
