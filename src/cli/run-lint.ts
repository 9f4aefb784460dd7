import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig, type ResolvedConfig } from "../config/load.js";
import { FORMATTERS, type FormatRule } from "../format/index.js";
import { OutputPlanError, type OutputTarget, planOutputs } from "../format/outputs.js";
import { type EngineOptions, lintSources, type SourceFile } from "../lint/engine.js";
import { FileSelectionError, selectFiles } from "../lint/files.js";
import { findIntegrations } from "../lint/lookup.js";
import { type ReadFailure, readSource, withReadFailures } from "../lint/read.js";
import type { LintSummary } from "../lint/types.js";
import { RULES } from "../rules/index.js";
import { docsUrl } from "../rules/types.js";
import { VERSION } from "../version.js";
import { shouldColor } from "./color.js";
import type { LintCliOptions } from "./commands/lint.js";
import { UsageError } from "./errors.js";

/** Formats meant for programs: a diff printed next to them on stdout would corrupt them. */
const MACHINE_FORMATS = new Set(["json", "sarif", "junit"]);

/** Runs `td-integration lint` and returns the exit code. */
export async function runLint(paths: string[], options: LintCliOptions): Promise<number> {
  const cwd = process.cwd();
  checkFlags(paths, options);
  const config = await loadConfigOrExit(cwd, options);

  if (options.printConfig !== undefined) {
    process.stdout.write(`${JSON.stringify(config.describe(options.printConfig), null, 2)}\n`);
    return 0;
  }
  let outputs: OutputTarget[];
  try {
    outputs = planOutputs(options.format, options.outputFile);
  } catch (error) {
    if (error instanceof OutputPlanError) throw new UsageError(error.message);
    throw error;
  }

  // Files that cannot be read get a file-read error each; the others are linted as usual.
  const readFailures: ReadFailure[] = [];
  const sources = options.stdin
    ? await stdinSources(options, config)
    : await fileSources(paths, options, config, cwd, readFailures);
  const inRun = new Set(sources.map((s) => s.file));
  const engine: EngineOptions = {
    configFor: (file) => config.configFor(file),
    externalIntegrations: () =>
      findIntegrations(config.integrationRoots, cwd, inRun).filter((doc) => config.isSelected(doc.file)),
  };

  let summary: LintSummary;
  if (options.fix || options.fixDryRun) {
    const { fixDiff, fixSources } = await import("../lint/fix.js");
    summary = fixSources(sources, engine).summary;
    const changed = summary.results.filter((r) => r.output !== undefined);
    if (options.stdin) {
      const result = summary.results[0];
      if (options.fix) process.stdout.write(result?.output ?? sources[0]?.text ?? "");
      else if (result?.output !== undefined)
        process.stdout.write(fixDiff(result.file, sources[0]?.text ?? "", result.output));
    } else if (options.fix) {
      const { writeFileSafely } = await import("../util/write-file.js");
      for (const result of changed) {
        try {
          await writeFileSafely(path.resolve(cwd, result.file), result.output as string);
        } catch (error) {
          throw new UsageError(
            `cannot write ${result.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          );
        }
      }
    } else {
      const diffStream = outputs.some((t) => !t.file && MACHINE_FORMATS.has(t.format))
        ? process.stderr
        : process.stdout;
      const original = new Map(sources.map((s) => [s.file, s.text]));
      for (const result of changed) {
        diffStream.write(fixDiff(result.file, original.get(result.file) ?? "", result.output as string));
      }
    }
  } else {
    summary = lintSources(sources, engine);
  }

  summary = withReadFailures(summary, readFailures);
  if (options.quiet) summary = onlyErrors(summary);
  if (options.verbose) {
    for (const result of summary.results) {
      if (result.kind === "skipped") process.stderr.write(`skipped ${result.file} (not an integration or action)\n`);
    }
  }
  writeReports(summary, outputs, options, cwd);
  if (summary.errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && summary.warningCount > options.maxWarnings) return 1;
  return 0;
}

function checkFlags(paths: string[], options: LintCliOptions): void {
  if (options.stdin && paths.length > 0) throw new UsageError("--stdin lints standard input only; remove the paths");
  if (options.stdinFilename !== undefined && !options.stdin) {
    throw new UsageError("--stdin-filename needs --stdin");
  }
  if (options.fix && options.fixDryRun) throw new UsageError("use either --fix or --fix-dry-run, not both");
}

async function loadConfigOrExit(cwd: string, options: LintCliOptions): Promise<ResolvedConfig> {
  try {
    return await loadConfig({
      cwd,
      configPath: typeof options.config === "string" ? options.config : undefined,
      noConfig: options.config === false,
      stopDir: os.homedir(),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

async function stdinSources(options: LintCliOptions, config: ResolvedConfig): Promise<SourceFile[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const file = (options.stdinFilename ?? "stdin.json").split(path.sep).join("/");
  if (!config.isSelected(file)) {
    if (options.verbose) process.stderr.write(`ignored ${file} (by files/ignores in the config)\n`);
    if (options.fix) process.stdout.write(Buffer.concat(chunks).toString("utf8"));
    return [];
  }
  return [{ file, text: Buffer.concat(chunks).toString("utf8") }];
}

async function fileSources(
  paths: string[],
  options: LintCliOptions,
  config: ResolvedConfig,
  cwd: string,
  failures: ReadFailure[],
): Promise<SourceFile[]> {
  let files: string[];
  try {
    files = await selectFiles(paths, { cwd, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern });
  } catch (error) {
    if (error instanceof FileSelectionError) throw new UsageError(error.message);
    throw error;
  }
  const selected = files.filter((file) => {
    if (config.isSelected(file)) return true;
    if (options.verbose) process.stderr.write(`ignored ${file} (by files/ignores in the config)\n`);
    return false;
  });
  const sources: SourceFile[] = [];
  for (const file of selected) {
    const read = readSource(path.resolve(cwd, file));
    if (read.ok) sources.push({ file, text: read.text });
    else failures.push({ file, reason: read.reason });
  }
  return sources;
}

/** The nearest directory holding `.git`, so SARIF and annotations use repository-relative paths. */
function repositoryRoot(cwd: string): string {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return cwd;
  }
}

function writeReports(summary: LintSummary, outputs: OutputTarget[], options: LintCliOptions, cwd: string): void {
  const rules: FormatRule[] = RULES.map((r) => ({
    id: r.id,
    severity: r.severity,
    description: r.description,
    fixable: r.fixable,
    docsUrl: docsUrl(r.id),
  }));
  const base = { cwd, version: VERSION, maxWarnings: options.maxWarnings, rules, root: repositoryRoot(cwd) };
  // With --stdin --fix, standard output carries the fixed text: the report goes to stderr.
  const stdout = options.stdin && options.fix ? process.stderr : process.stdout;
  for (const target of outputs) {
    const formatter = FORMATTERS[target.format];
    if (!formatter) throw new UsageError(`unknown format ${target.format}`);
    const color = !target.file && target.format === "stylish" && shouldColor(options.color, stdout, process.env);
    const text = formatter(summary, { ...base, color });
    if (!target.file) {
      stdout.write(text);
      continue;
    }
    try {
      const file = path.resolve(cwd, target.file);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (error) {
      throw new UsageError(
        `cannot write ${target.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
  }
}

function onlyErrors(summary: LintSummary): LintSummary {
  const results = summary.results.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.filter((d) => d.severity === "error"),
  }));
  return { ...summary, results, warningCount: 0, fixableWarningCount: 0 };
}
