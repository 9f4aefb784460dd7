import { existsSync } from "node:fs";
import path from "node:path";
import { type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import type { Diagnostic, LintSummary, StaleSuppression } from "../diagnostic.js";
import { readSource } from "../document/read.js";
import { applySuppressions } from "./suppress.js";

/**
 * A baseline: the problems a repository had when it was recorded, which lint does not report again
 * (ESLint's bulk suppressions, `eslint-suppressions.json`, with a JSON Pointer where ESLint has only
 * a count per file and rule). A problem is matched by file, rule and pointer, never by line, so an edit
 * above it does not bring it back. The file:
 *
 *     { "version": 1,
 *       "suppressions": { "legacy/acme.json": { "input-default": { "/inputs/2/format": 1 } } } }
 *
 * File paths are relative to the baseline's folder; each count is how many problems of that rule
 * that pointer may have. An entry with no problem left to match is stale.
 */

export const BASELINE_VERSION = 1;

/** Counts by file (relative to the baseline's folder), rule id and pointer. */
export type BaselineCounts = Map<string, Map<string, Map<string, number>>>;

export interface Baseline {
  /** Absolute path of the baseline file. */
  file: string;
  counts: BaselineCounts;
}

/** A baseline that cannot be read or is not one: the CLI turns it into exit code 2. */
export class BaselineError extends Error {
  override name = "BaselineError";
}

const toPosix = (p: string) => p.split(path.sep).join("/");

/**
 * Reads and checks a baseline file (`shown` is its name in messages). A missing one is an error unless
 * `missingIsEmpty` (when it is about to be written).
 */
export function readBaseline(absolute: string, shown: string, missingIsEmpty: boolean): Baseline {
  const outcome = readSource(absolute);
  if (!outcome.ok) {
    if (outcome.reason === "the file does not exist") {
      if (missingIsEmpty) return { file: absolute, counts: new Map() };
      throw new BaselineError(
        `baseline file not found: ${shown}; create it with --update-baseline (or check the path given to --baseline)`,
      );
    }
    throw new BaselineError(`cannot read baseline file ${shown}: ${outcome.reason}`);
  }
  return { file: absolute, counts: parseBaseline(outcome.text, shown) };
}

const REWRITE = "; fix it, or write it anew with --update-baseline";

/** The counts of a baseline's text, or a BaselineError at the line and column of the first problem. */
export function parseBaseline(text: string, shown: string): BaselineCounts {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsetShift = body === text ? 0 : 1;
  const fail = (offset: number, message: string): never => {
    const { line, column } = position(text, offset + offsetShift);
    throw new BaselineError(`invalid baseline ${shown}:${line}:${column}: ${message}`);
  };
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  const [first] = errors;
  if (first) fail(first.offset, `not valid JSON (${words(printParseErrorCode(first.error))})${REWRITE}`);
  if (root?.type !== "object") {
    return fail(
      root?.offset ?? 0,
      `expected an object {"version": ${BASELINE_VERSION}, "suppressions": {…}}${REWRITE}`,
    );
  }
  const top = properties(root, fail);
  for (const [key, { keyNode }] of top) {
    if (key !== "version" && key !== "suppressions") {
      fail(keyNode.offset, `unknown key ${JSON.stringify(key)} (allowed: version, suppressions)${REWRITE}`);
    }
  }
  const version = top.get("version")?.value;
  if (!version) fail(root.offset, `"version" is missing: write "version": ${BASELINE_VERSION}`);
  else if (version.value !== BASELINE_VERSION) {
    fail(
      version.offset,
      `version ${JSON.stringify(version.value)} is not one this td-integration reads (it reads and writes version ${BASELINE_VERSION}); write it anew with --update-baseline`,
    );
  }
  const suppressions = top.get("suppressions")?.value;
  if (!suppressions) return fail(root.offset, `"suppressions" is missing: write "suppressions": {}${REWRITE}`);
  const counts: BaselineCounts = new Map();
  for (const [file, fileEntry] of objectEntries(
    suppressions,
    "suppressions",
    'file paths, such as {"legacy/acme.json": {…}}',
    fail,
  )) {
    if (file === "") fail(fileEntry.keyNode.offset, `a file path must not be empty${REWRITE}`);
    const rules = new Map<string, Map<string, number>>();
    const where = `suppressions[${JSON.stringify(file)}]`;
    for (const [rule, ruleEntry] of objectEntries(
      fileEntry.value,
      where,
      'rule ids, such as {"input-default": {…}}',
      fail,
    )) {
      const pointers = new Map<string, number>();
      const at = `${where}[${JSON.stringify(rule)}]`;
      for (const [pointer, countEntry] of objectEntries(
        ruleEntry.value,
        at,
        'JSON Pointers and counts, such as {"/inputs/2/format": 1}',
        fail,
      )) {
        if (pointer !== "" && !pointer.startsWith("/")) {
          fail(
            countEntry.keyNode.offset,
            `${JSON.stringify(pointer)} is not a JSON Pointer: start it with "/" ("" is the whole file)${REWRITE}`,
          );
        }
        const count = countEntry.value;
        if (count.type !== "number" || !Number.isInteger(count.value) || (count.value as number) < 1) {
          fail(
            count.offset,
            `${at}[${JSON.stringify(pointer)}] must be a count of problems (a whole number, 1 or more), not ${count.type === "string" ? JSON.stringify(count.value) : String(count.value ?? count.type)}${REWRITE}`,
          );
        }
        pointers.set(pointer, count.value as number);
      }
      if (pointers.size) rules.set(rule, pointers);
    }
    if (rules.size) counts.set(file, rules);
  }
  return counts;
}

interface Property {
  keyNode: Node;
  value: Node;
}

/** The properties of an object node, in order; a key given twice is refused. */
function properties(node: Node, fail: (offset: number, message: string) => never): Map<string, Property> {
  const map = new Map<string, Property>();
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = keyNode.value as string;
    if (map.has(key)) fail(keyNode.offset, `${JSON.stringify(key)} is given twice: keep one${REWRITE}`);
    map.set(key, { keyNode, value });
  }
  return map;
}

function objectEntries(
  node: Node,
  where: string,
  expected: string,
  fail: (offset: number, message: string) => never,
): Map<string, Property> {
  if (node.type !== "object") fail(node.offset, `${where} must be an object of ${expected}${REWRITE}`);
  return properties(node, fail);
}

/** "CloseBraceExpected" → "close brace expected". */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The key of a linted file (relative to cwd) in a baseline: relative to the baseline's folder. */
function keyOf(baseline: Baseline, cwd: string, file: string): string {
  return toPosix(path.relative(path.dirname(baseline.file), path.resolve(cwd, file)));
}

/**
 * Suppresses the problems the baseline records (each count matches that many problems of the rule at
 * the pointer, in report order) and lists the entries left unmatched as stale: those of the files
 * linted now, and those of files that no longer exist. Entries of files not in this run are kept as
 * they are: a hook that lints only the staged files does not make the rest stale.
 */
export function applyBaseline(summary: LintSummary, baseline: Baseline, cwd: string): LintSummary {
  const left = new Map<string, Map<string, Map<string, number>>>();
  const justification = `recorded in the baseline ${toPosix(path.relative(cwd, baseline.file)) || baseline.file}`;
  const judged = applySuppressions(summary, (result) => {
    const recorded = baseline.counts.get(keyOf(baseline, cwd, result.file));
    if (!recorded) return undefined;
    const remaining = new Map([...recorded].map(([rule, pointers]) => [rule, new Map(pointers)]));
    left.set(result.file, remaining);
    return (diagnostic: Diagnostic) => {
      const pointers = remaining.get(diagnostic.ruleId);
      const count = pointers?.get(diagnostic.pointer) ?? 0;
      if (count === 0) return undefined;
      pointers?.set(diagnostic.pointer, count - 1);
      return { kind: "baseline", justification };
    };
  });
  const stale: StaleSuppression[] = [];
  const linted = new Map(summary.results.map((r) => [keyOf(baseline, cwd, r.file), r.file]));
  const folder = path.dirname(baseline.file);
  for (const [key, rules] of baseline.counts) {
    const file = toPosix(path.relative(cwd, path.resolve(folder, key)));
    let remaining: Map<string, Map<string, number>> | undefined;
    const lintedAs = linted.get(key);
    if (lintedAs !== undefined) {
      // A linted file with no problem was never judged: all of its entries are left.
      remaining = left.get(lintedAs) ?? rules;
    } else if (!existsSync(path.resolve(folder, key))) {
      remaining = rules;
    }
    for (const [ruleId, pointers] of remaining ?? []) {
      for (const [pointer, count] of pointers) if (count > 0) stale.push({ file, ruleId, pointer, count });
    }
  }
  return { ...judged, staleSuppressions: [...(judged.staleSuppressions ?? []), ...stale] };
}

/**
 * The baseline that records the problems of this run: the files linted now get their current
 * problems (those the config does not suppress), others keep their entries while they exist.
 * Sorted, two-space indented, one trailing newline: the same problems always give the same text.
 */
export function updatedBaseline(summary: LintSummary, previous: Baseline, cwd: string): Baseline {
  const counts: BaselineCounts = new Map();
  const linted = new Set<string>();
  for (const result of summary.results) {
    const key = keyOf(previous, cwd, result.file);
    linted.add(key);
    const problems = [
      ...result.diagnostics,
      ...(result.suppressed ?? []).filter((d) => d.suppressions.every((s) => s.kind === "baseline")),
    ];
    for (const problem of problems) {
      const rules = counts.get(key) ?? new Map<string, Map<string, number>>();
      counts.set(key, rules);
      const pointers = rules.get(problem.ruleId) ?? new Map<string, number>();
      rules.set(problem.ruleId, pointers);
      pointers.set(problem.pointer, (pointers.get(problem.pointer) ?? 0) + 1);
    }
  }
  const folder = path.dirname(previous.file);
  for (const [key, rules] of previous.counts) {
    if (!linted.has(key) && existsSync(path.resolve(folder, key))) counts.set(key, rules);
  }
  return { file: previous.file, counts };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The text of a baseline file. */
export function baselineText(baseline: Baseline): string {
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => byCodeUnit(a, b));
  const suppressions: Record<string, Record<string, Record<string, number>>> = {};
  for (const [file, rules] of sorted(baseline.counts)) {
    const byRule: Record<string, Record<string, number>> = {};
    for (const [rule, pointers] of sorted(rules)) byRule[rule] = Object.fromEntries(sorted(pointers));
    define(suppressions, file, byRule);
  }
  return `${JSON.stringify({ version: BASELINE_VERSION, suppressions }, null, 2)}\n`;
}

/** A plain own key, even `__proto__`. */
function define<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** How many problems a baseline records. */
export function baselineSize(baseline: Baseline): number {
  let total = 0;
  for (const rules of baseline.counts.values())
    for (const pointers of rules.values()) for (const count of pointers.values()) total += count;
  return total;
}
