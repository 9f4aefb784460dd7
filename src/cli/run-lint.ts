import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { TdIntegrationError, WriteError } from "../api/errors.js";
import { formatRules, repositoryRoot } from "../api/format.js";
import { type LintOptions, lint, writeFixes as writeFixedFiles } from "../api/lint.js";
import { ConfigError, loadConfig } from "../config/load.js";
import type { LintSummary } from "../diagnostic.js";
import { readStdin } from "../document/read.js";
import { FORMATTERS, PIECE_FORMATTERS } from "../format/index.js";
import { OutputPlanError, type OutputTarget, planOutputs } from "../format/outputs.js";
import { escapeControl } from "../util/terminal.js";
import { writeFailureReason, writeFileSafely, writeInBatches } from "../util/write-file.js";
import { VERSION } from "../version.js";
import { shouldColor } from "./color.js";
import { UsageError } from "./errors.js";
import { tuneTiering } from "./tiering.js";

/** The options of `td-integration lint`, as commander gives them (src/cli/commands/lint.ts declares them). */
export interface LintFlags {
  format: string[];
  outputFile: string[];
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  verbose?: boolean;
  errorOnUnmatchedPattern: boolean;
  /** A path from --config, false from --no-config. */
  config?: string | false;
  printConfig?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  /** Accepted as ESLint's `--concurrency`; lint runs on one thread. */
  concurrency?: LintOptions["concurrency"];
}

/** Formats meant for programs: a diff printed next to them on stdout would corrupt them. */
const MACHINE_FORMATS = new Set(["json", "sarif", "junit"]);

/**
 * Runs `td-integration lint` and returns the exit code: the linting is the API's `lint()`; this
 * reads standard input, prints, writes fixes and reports, and turns the outcome into an exit code.
 */
export async function runLint(paths: string[], flags: LintFlags): Promise<number> {
  const cwd = process.cwd();
  checkFlags(paths, flags);
  if (flags.printConfig !== undefined) {
    const config = await loadConfigOrExit(cwd, flags);
    process.stdout.write(`${JSON.stringify(config.describe(flags.printConfig), null, 2)}\n`);
    return 0;
  }
  let outputs: OutputTarget[];
  try {
    outputs = planOutputs(flags.format, flags.outputFile);
  } catch (error) {
    if (error instanceof OutputPlanError) throw new UsageError(error.message);
    throw error;
  }

  const fixing = Boolean(flags.fix || flags.fixDryRun);
  const stdin = flags.stdin ? { file: stdinName(flags), text: await readStandardInput() } : undefined;
  let summary: LintSummary;
  try {
    // Files that cannot be read get a file-read error each; the others are linted as usual.
    summary = await lint({
      cwd,
      files: stdin ? undefined : paths,
      texts: stdin ? [stdin] : undefined,
      config: flags.config === false ? false : undefined,
      configFile: typeof flags.config === "string" ? flags.config : undefined,
      fix: fixing,
      errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern,
      // The CLI's own V8 tuning for large runs (src/cli/tiering.ts); the API never sets V8 flags.
      onSelected: tuneTiering,
      onIgnored: (file) => {
        if (flags.verbose) process.stderr.write(`ignored ${escapeControl(file)} (by files/ignores in the config)\n`);
      },
    });
  } catch (error) {
    if (error instanceof TdIntegrationError) throw new UsageError(error.message);
    throw error;
  }
  if (fixing) await writeFixes(summary, flags, outputs, cwd, stdin);

  if (flags.quiet) summary = onlyErrors(summary);
  if (flags.verbose) {
    for (const result of summary.results) {
      if (result.kind === "skipped")
        process.stderr.write(`skipped ${escapeControl(result.file)} (not an integration or action)\n`);
    }
  }
  writeReports(summary, outputs, flags, cwd);
  if (summary.errorCount > 0) return 1;
  if (flags.maxWarnings !== undefined && summary.warningCount > flags.maxWarnings) return 1;
  return 0;
}

/**
 * --fix writes the fixed files (with --stdin: prints the fixed text, or the text as it was); --fix-dry-run
 * prints a diff per changed file, on stderr when stdout carries a report meant for programs.
 */
async function writeFixes(
  summary: LintSummary,
  flags: LintFlags,
  outputs: OutputTarget[],
  cwd: string,
  stdin: { file: string; text: string } | undefined,
): Promise<void> {
  const { fixDiff } = await import("../engine/fix.js");
  const changed = summary.results.filter((r) => r.output !== undefined);
  if (stdin) {
    const output = summary.results[0]?.output;
    if (flags.fix) process.stdout.write(output ?? stdin.text);
    else if (output !== undefined) process.stdout.write(fixDiff(stdin.file, stdin.text, output));
    return;
  }
  if (flags.fix) {
    try {
      await writeFixedFiles(summary, { cwd });
    } catch (error) {
      if (error instanceof WriteError) throw new UsageError(error.message);
      throw error;
    }
    return;
  }
  const diffStream = outputs.some((t) => !t.file && MACHINE_FORMATS.has(t.format)) ? process.stderr : process.stdout;
  for (const result of changed) {
    // The text the fixes were computed from is the file as it is on disk: --fix-dry-run writes nothing.
    const original = readFileSync(path.resolve(cwd, result.file), "utf8");
    diffStream.write(fixDiff(result.file, original, result.output as string));
  }
}

function checkFlags(paths: string[], flags: LintFlags): void {
  if (flags.stdin && paths.length > 0) throw new UsageError("--stdin lints standard input only; remove the paths");
  if (flags.stdinFilename !== undefined && !flags.stdin) {
    throw new UsageError("--stdin-filename needs --stdin");
  }
  if (flags.fix && flags.fixDryRun) throw new UsageError("use either --fix or --fix-dry-run, not both");
}

async function loadConfigOrExit(cwd: string, flags: LintFlags) {
  try {
    return await loadConfig({
      cwd,
      configPath: typeof flags.config === "string" ? flags.config : undefined,
      noConfig: flags.config === false,
      stopDir: os.homedir(),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function stdinName(flags: LintFlags): string {
  return (flags.stdinFilename ?? "stdin.json").split(path.sep).join("/");
}

/** Standard input through the same bounded reader as files; a failure is an I/O problem (exit 2). */
async function readStandardInput(): Promise<string> {
  const read = readStdin();
  if (!read.ok) throw new UsageError(`--stdin: ${read.reason}`);
  return read.text;
}

function writeReports(summary: LintSummary, outputs: OutputTarget[], flags: LintFlags, cwd: string): void {
  const base = {
    cwd,
    version: VERSION,
    maxWarnings: flags.maxWarnings,
    rules: formatRules(),
    root: repositoryRoot(cwd),
  };
  // With --stdin --fix, standard output carries the fixed text: the report goes to stderr.
  const stdout = flags.stdin && flags.fix ? process.stderr : process.stdout;
  for (const target of outputs) {
    const formatter = FORMATTERS[target.format];
    if (!formatter) throw new UsageError(`unknown format ${target.format}`);
    const color = !target.file && target.format === "stylish" && shouldColor(flags.color, stdout, process.env);
    const context = { ...base, color };
    const pieces = PIECE_FORMATTERS[target.format]?.(summary, context) ?? [formatter(summary, context)];
    if (!target.file) {
      writeInBatches(pieces, (bytes) => stdout.write(bytes));
      continue;
    }
    const named = path.resolve(cwd, target.file);
    const existing = statSync(named, { throwIfNoEntry: false });
    if (existing && !existing.isFile() && !existing.isDirectory()) {
      // A device or a pipe (`-o /dev/null`, `-o /dev/stderr`, a FIFO) is written to, never replaced.
      try {
        writePieces(named, pieces);
      } catch (error) {
        throw cannotWrite(target.file, error);
      }
      continue;
    }
    try {
      mkdirSync(path.dirname(named), { recursive: true });
      // Written beside the target, then renamed over it: a report is never left half-written.
      writeFileSafely(named, pieces);
    } catch (error) {
      throw cannotWrite(target.file, error);
    }
  }
}

/** Writes the pieces into `file`, opened for writing: a device or a pipe. */
function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, "w");
  try {
    writeInBatches(pieces, (bytes) => writeSync(fd, bytes));
  } finally {
    closeSync(fd);
  }
}

function cannotWrite(shown: string, error: unknown): UsageError {
  return new UsageError(`cannot write ${shown}: ${writeFailureReason(error)}`);
}

function onlyErrors(summary: LintSummary): LintSummary {
  const results = summary.results.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.filter((d) => d.severity === "error"),
  }));
  return { ...summary, results, warningCount: 0, fixableWarningCount: 0 };
}
