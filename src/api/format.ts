import { existsSync } from "node:fs";
import path from "node:path";
import type { LintSummary } from "../diagnostic.js";
import { FORMAT_NAMES, FORMATTERS } from "../format/index.js";
import type { FormatContext, FormatRule } from "../format/types.js";
import { RULE_METAS } from "../rules/index.js";
import { docsUrl } from "../rules/types.js";
import { didYouMean } from "../util/suggest.js";
import { VERSION } from "../version.js";
import { OptionError } from "./errors.js";

/** The names of the lint output formats. */
export type FormatName = "stylish" | "json" | "compact" | "sarif" | "github" | "junit";

/** The rule catalogue as formats describe it (SARIF lists every rule of the tool). */
export function formatRules(): FormatRule[] {
  return RULE_METAS.map((r) => ({
    id: r.id,
    severity: r.severity,
    description: r.description,
    fixable: r.fixable,
    docsUrl: docsUrl(r.id),
  }));
}

/** The nearest directory holding `.git`, so SARIF and annotations use repository-relative paths. */
export function repositoryRoot(cwd: string): string {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return cwd;
  }
}

/** A full format context from a partial one: no colour, `process.cwd()`, this version, every rule. */
export function formatContext(context: Partial<FormatContext> = {}): FormatContext {
  const cwd = path.resolve(context.cwd ?? process.cwd());
  return {
    color: false,
    version: VERSION,
    rules: formatRules(),
    ...context,
    cwd,
    root: context.root ?? repositoryRoot(cwd),
  };
}

/**
 * Formats lint results as the CLI's `--format NAME` prints them. `context.cwd` must be the `cwd`
 * the results were linted with (file paths are relative to it); colour is off unless asked.
 * Throws an OptionError for an unknown format name.
 *
 * @example
 * process.stdout.write(format(await lint(), "compact"));
 */
export function format(
  summary: LintSummary,
  name: FormatName = "stylish",
  context: Partial<FormatContext> = {},
): string {
  const formatter = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (!formatter) {
    const suggestion = didYouMean(String(name), FORMAT_NAMES);
    throw new OptionError(
      `unknown format "${String(name)}"${suggestion ? `; did you mean "${suggestion}"?` : ""} (formats: ${FORMAT_NAMES.join(", ")})`,
    );
  }
  return formatter(summary, formatContext(context));
}
