/**
 * Errors thrown by the programmatic API. Each has a stable `code` to branch on; the message says
 * what is wrong and how to fix it, as the CLI would say it. The API never exits the process.
 */

import type { MissingAnswer } from "../scaffold/questions.js";

export type { MissingAnswer };

export type ErrorCode =
  /** A config object or file is invalid or cannot be read. */
  | "CONFIG_INVALID"
  /** A file, directory or config file named in the options does not exist. */
  | "PATH_NOT_FOUND"
  /** A directory or glob matched no file (and `errorOnUnmatchedPattern` is not false). */
  | "NO_FILES_MATCHED"
  /** A file to render cannot be read as UTF-8 text. */
  | "FILE_UNREADABLE"
  /** An option has a wrong value or is combined with one it excludes. */
  | "INVALID_OPTION"
  /** A scaffold template is unknown or broken. */
  | "TEMPLATE_INVALID"
  /** Scaffolding needs answers that were not given and have no default. */
  | "ANSWERS_MISSING"
  /** Scaffold answers are invalid, or the files they give do not pass lint. */
  | "ANSWERS_INVALID"
  /** Scaffold files exist with other content and `force` is not set. */
  | "FILE_EXISTS"
  /** A file cannot be written. */
  | "WRITE_FAILED"
  /** A baseline file is missing (and not being written), unreadable or not a baseline. */
  | "BASELINE_INVALID";

/** The base class of every error the API throws on purpose. */
export class TdIntegrationError extends Error {
  override name = "TdIntegrationError";
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** One problem of a config: the key path (`rules.no-boom`) and what to write instead. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/** A config object or config file that cannot be used. */
export class ConfigInvalidError extends TdIntegrationError {
  override name = "ConfigInvalidError";
  constructor(
    message: string,
    /** Each problem of an invalid config object (empty when the file could not be read). */
    readonly problems: readonly ConfigProblem[] = [],
  ) {
    super("CONFIG_INVALID", message);
  }
}

/** A path in the options that does not exist, matches nothing, or cannot be read. */
export class PathError extends TdIntegrationError {
  override name = "PathError";
  constructor(code: "PATH_NOT_FOUND" | "NO_FILES_MATCHED" | "FILE_UNREADABLE", message: string) {
    super(code, message);
  }
}

/** A baseline file that is missing, cannot be read, or is not a baseline; the message says where and what to write. */
export class BaselineInvalidError extends TdIntegrationError {
  override name = "BaselineInvalidError";
  constructor(message: string) {
    super("BASELINE_INVALID", message);
  }
}

/** An option with a wrong value, or two options that cannot be used together. */
export class OptionError extends TdIntegrationError {
  override name = "OptionError";
  constructor(message: string) {
    super("INVALID_OPTION", message);
  }
}

/** One problem with a scaffold answer, by question id. */
export interface AnswerProblem {
  id: string;
  message: string;
}

export interface ScaffoldErrorDetails {
  /** Invalid answers, by question id (ANSWERS_INVALID). */
  problems?: readonly AnswerProblem[];
  /** Ids of the questions that need an answer (ANSWERS_MISSING). */
  missing?: readonly string[];
  /** Each of them described: flag, an example answer, what it asks (ANSWERS_MISSING). */
  missingAnswers?: readonly MissingAnswer[];
  /** Files that exist with other content (FILE_EXISTS), relative to `cwd`. */
  files?: readonly string[];
}

/** Scaffolding cannot go on: a bad template, missing or invalid answers, or existing files. */
export class ScaffoldError extends TdIntegrationError {
  override name = "ScaffoldError";
  readonly problems: readonly AnswerProblem[];
  readonly missing: readonly string[];
  readonly missingAnswers: readonly MissingAnswer[];
  readonly files: readonly string[];
  constructor(
    code: "TEMPLATE_INVALID" | "ANSWERS_MISSING" | "ANSWERS_INVALID" | "FILE_EXISTS",
    message: string,
    details: ScaffoldErrorDetails = {},
  ) {
    super(code, message);
    this.problems = details.problems ?? [];
    this.missing = details.missing ?? [];
    this.missingAnswers = details.missingAnswers ?? [];
    this.files = details.files ?? [];
  }
}

/** A file cannot be written (fixes or scaffolded files). */
export class WriteError extends TdIntegrationError {
  override name = "WriteError";
  constructor(
    /** The file, relative to `cwd`. */
    readonly file: string,
    message: string,
  ) {
    super("WRITE_FAILED", message);
  }
}

/** `ENOENT`, or the message when the error has no code. */
export function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/** For callers without a type checker: an API function takes one options object. */
export function checkOptions(name: string, options: unknown, example: string): void {
  if (options !== null && typeof options === "object" && !Array.isArray(options)) return;
  const given = Array.isArray(options) ? "a list" : options === null ? "null" : `a ${typeof options}`;
  throw new OptionError(`${name}() takes one options object, such as ${example}, not ${given}`);
}

/** For callers without a type checker: `files` is a list of paths or globs. */
export function checkFileList(files: unknown): void {
  if (files === undefined || (Array.isArray(files) && files.every((file) => typeof file === "string"))) return;
  throw new OptionError(
    `files must be a list of paths or globs, such as ["integrations"], not ${JSON.stringify(files)}`,
  );
}
