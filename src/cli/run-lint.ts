import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatRules, repositoryRoot } from "../api/format.js";
import { ConfigError, loadConfig, type ResolvedConfig } from "../config/load.js";
import type { LintSummary } from "../diagnostic.js";
import { FORMATTERS, PIECE_FORMATTERS } from "../format/index.js";
import { OutputPlanError, type OutputTarget, planOutputs } from "../format/outputs.js";
import type { SourceFile } from "../lint/engine.js";
import { FileSelectionError } from "../lint/files.js";
import type { Concurrency } from "../lint/parallel.js";
import { type Collected, collectSources, lintCollected, walkStartingWorkers } from "../lint/run.js";
import type { LintWorkers } from "../lint/workers.js";
import { VERSION } from "../version.js";
import { shouldColor } from "./color.js";
import { UsageError } from "./errors.js";
import { tuneTiering } from "./tiering.js";

/** Formats meant for programs: a diff printed next to them on stdout would corrupt them. */
const MACHINE_FORMATS = new Set(["json", "sarif", "junit"]);

/** The options commander gives `td-integration lint` (declared in commands/lint.ts). */
export interface LintCliOptions {
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
  concurrency: Concurrency;
}

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

  // Files that cannot be read get a file-read error each; the others are linted as usual. Without
  // fixing, files are read one at a time as lint gets to them.
  const fixing = Boolean(options.fix || options.fixDryRun);
  let collected: Collected;
  let workers: LintWorkers | undefined;
  if (options.stdin) collected = { sources: await stdinSources(options, config), failures: [] };
  else if (fixing) collected = await fileSources(paths, options, config, cwd, false);
  else {
    const walk = fileSources(paths, options, config, cwd, true);
    ({ value: collected, workers } = await walkStartingWorkers(walk, options.concurrency ?? "off", cwd, config));
  }
  const { sources } = collected;
  await tuneTiering(collected.pending?.length ?? sources.length);
  let summary = await lintCollected(collected, {
    workers,
    cwd,
    config,
    fix: fixing,
    concurrency: options.concurrency,
    onThreads: (filesPerThread) => {
      if (!options.verbose) return;
      const total = filesPerThread.reduce((sum, n) => sum + n, 0);
      process.stderr.write(
        `linted ${total} files on ${filesPerThread.length} threads (files per thread: ${filesPerThread.join(", ")})\n`,
      );
    },
  });
  if (fixing) {
    const { fixDiff } = await import("../lint/fix.js");
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
  }

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
  lazy: boolean,
): Promise<Collected> {
  try {
    return await collectSources(paths, {
      cwd,
      config,
      lazy,
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
      onIgnored: (file) => {
        if (options.verbose) process.stderr.write(`ignored ${file} (by files/ignores in the config)\n`);
      },
    });
  } catch (error) {
    if (error instanceof FileSelectionError) throw new UsageError(error.message);
    throw error;
  }
}

function writeReports(summary: LintSummary, outputs: OutputTarget[], options: LintCliOptions, cwd: string): void {
  const base = {
    cwd,
    version: VERSION,
    maxWarnings: options.maxWarnings,
    rules: formatRules(),
    root: repositoryRoot(cwd),
  };
  // With --stdin --fix, standard output carries the fixed text: the report goes to stderr.
  const stdout = options.stdin && options.fix ? process.stderr : process.stdout;
  for (const target of outputs) {
    const formatter = FORMATTERS[target.format];
    if (!formatter) throw new UsageError(`unknown format ${target.format}`);
    const color = !target.file && target.format === "stylish" && shouldColor(options.color, stdout, process.env);
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
    // Through a symbolic link to the file it names, so the link stays a link.
    const file = existing ? realpathSync(named) : named;
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      // A report the user may not write stays as it is, as when it is written in place.
      if (existing) accessSync(file, constants.W_OK);
      // Written beside the target, then renamed over it: a report is never left half-written.
      writePieces(temporary, pieces, existing ? existing.mode & 0o7777 : undefined);
      renameSync(temporary, file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw cannotWrite(target.file, error);
    }
  }
}

/** Writes the pieces into `file`, opened for writing (and given `mode`, when there is one). */
function writePieces(file: string, pieces: Iterable<string>, mode?: number): void {
  const fd = openSync(file, "w");
  try {
    if (mode !== undefined) fchmodSync(fd, mode);
    writeInBatches(pieces, (bytes) => writeSync(fd, bytes));
  } finally {
    closeSync(fd);
  }
}

function cannotWrite(shown: string, error: unknown): UsageError {
  return new UsageError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

/** Bytes written at a time by writeInBatches. */
const BATCH_BYTES = 65536;

/**
 * Writes pieces of text encoded into batches of about 64 KB: fewer writes than pieces, less memory
 * than one string, and each piece encoded once (a joined string holding one `…` would be re-encoded
 * whole as two-byte text). Each batch is a new buffer, so an asynchronous stream may keep it.
 */
function writeInBatches(pieces: Iterable<string>, write: (bytes: Uint8Array) => void): void {
  let batch: Buffer | undefined;
  let used = 0;
  const flush = () => {
    if (batch && used > 0) write(batch.subarray(0, used));
    batch = undefined;
    used = 0;
  };
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (used + piece.length * 3 > BATCH_BYTES) flush();
    if (piece.length * 3 > BATCH_BYTES) {
      write(Buffer.from(piece, "utf8"));
      continue;
    }
    batch ??= Buffer.allocUnsafeSlow(BATCH_BYTES);
    used += batch.write(piece, used, "utf8");
  }
  flush();
}

function onlyErrors(summary: LintSummary): LintSummary {
  const results = summary.results.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.filter((d) => d.severity === "error"),
  }));
  return { ...summary, results, warningCount: 0, fixableWarningCount: 0 };
}
