import type { z } from "zod";
import { RULES_BY_ID } from "../rules/index.js";
import { describeValue } from "../util/describe.js";
import { didYouMean, isPlainObject } from "../util/suggest.js";
import {
  type ConfigFile,
  configFileSchema,
  overrideSchema,
  ruleOptionsSchema,
  severitySchema,
  suppressionSchema,
} from "./schema.js";

type Path = readonly PropertyKey[];

/** `overrides[0].rules.no-bom` */
export function formatKeyPath(path: Path): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || "(top level)";
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment as string];
  }
  return value;
}

/** The keys an object at `path` may have, for "did you mean" on an unknown key. */
function allowedKeys(path: Path): readonly string[] {
  const last = path[path.length - 1];
  if (path.length === 0) return Object.keys(configFileSchema.shape);
  if (path.length === 2 && path[0] === "overrides" && typeof last === "number")
    return Object.keys(overrideSchema.shape);
  if (path.length === 2 && path[0] === "suppress" && typeof last === "number")
    return Object.keys(suppressionSchema.shape);
  if (last === 1 && path[path.length - 3] === "rules") return Object.keys(ruleOptionsSchema.shape);
  return [];
}

const quote = (value: string) => JSON.stringify(value);

/** Two swapped letters (`rulse`), which edit distance counts as two edits. */
function transposed(found: string, candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => {
    if (candidate.length !== found.length) return false;
    const diff = [...candidate].flatMap((ch, i) => (ch === found[i] ? [] : [i]));
    const [a, b] = diff;
    return (
      diff.length === 2 && a !== undefined && b === a + 1 && candidate[a] === found[b] && candidate[b] === found[a]
    );
  });
}

function suggestion(found: string, candidates: readonly string[]): string {
  const match = didYouMean(found, candidates) ?? transposed(found, candidates);
  return match ? `; did you mean ${quote(match)}?` : "";
}

function severityProblem(value: unknown): string {
  const allowed = severitySchema.options;
  if (typeof value === "string") {
    const alias = value.toLowerCase() === "warning" ? "warn" : didYouMean(value, allowed);
    return `${quote(value)} is not a severity: use "off", "warn" or "error"${alias ? `; did you mean ${quote(alias)}?` : ""}`;
  }
  return `expected a severity ("off", "warn" or "error") or ["warn", { options }], not ${describeValue(value)}`;
}

function issueMessages(issue: z.core.$ZodIssue, root: unknown, base: Path = []): { path: Path; message: string }[] {
  const path: Path = [...base, ...issue.path];
  const value = valueAt(root, path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown key ${quote(key)}${suggestion(key, allowedKeys(path))}${
          allowedKeys(path).length ? ` (allowed: ${allowedKeys(path).join(", ")})` : ""
        }`,
      }));
    case "invalid_union": {
      const isRuleEntry = path[path.length - 2] === "rules";
      if (!isRuleEntry) return [{ path, message: `expected a glob or a list of globs, not ${describeValue(value)}` }];
      if (!Array.isArray(value)) return [{ path, message: severityProblem(value) }];
      if (value.length === 0 || value.length > 2) {
        return [
          {
            path,
            message: 'expected [severity] or [severity, { options }], such as ["warn", { "displayMaxLength": 40 }]',
          },
        ];
      }
      const problems = [];
      if (!severitySchema.safeParse(value[0]).success)
        problems.push({ path: [...path, 0], message: severityProblem(value[0]) });
      const options = ruleOptionsSchema.safeParse(value[1]);
      if (value.length === 2 && !options.success) {
        for (const sub of options.error.issues) problems.push(...issueMessages(sub, root, [...path, 1]));
      }
      return problems.length ? problems : [{ path, message: severityProblem(value) }];
    }
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const found = typeof value === "string" ? value : String(value);
      return [
        {
          path,
          message: `${quote(found)} is not allowed: use ${allowed.map(quote).join(", ")}${suggestion(found, allowed)}`,
        },
      ];
    }
    case "invalid_type": {
      const missing =
        value === undefined && path.length === 3 && path[0] === "suppress" ? SUPPRESS_KEYS[String(path[2])] : undefined;
      if (missing) return [{ path, message: missing }];
      return [{ path, message: `expected ${article(issue.expected)}, not ${describeValue(value)}` }];
    }
    case "too_small":
      return [
        {
          path,
          message:
            issue.origin === "string"
              ? "must not be empty"
              : `must be at least ${String(issue.minimum)}, not ${String(value)}`,
        },
      ];
    default:
      return [{ path, message: issue.message }];
  }
}

/** What to write for a required key of a `suppress` entry that is missing. */
const SUPPRESS_KEYS: Record<string, string> = {
  rule: 'missing: write the id of the rule to suppress, such as "input-default" (`td-integration rules` lists every rule)',
  file: 'missing: write a glob of the files, relative to the config file, such as "legacy/*.json"',
};

/** RFC 6901: "" (the whole document), or "/" followed by keys, each `~` written `~0` or `~1`. */
function pointerProblem(pointer: string): string | undefined {
  if (pointer !== "" && !pointer.startsWith("/")) {
    return `${quote(pointer)} is not a JSON Pointer: start it with "/", such as "/inputs/2/format" (or leave "pointer" out to suppress the rule in the whole file)`;
  }
  if (/~(?![01])/.test(pointer)) {
    return `${quote(pointer)} is not a JSON Pointer: write "~" in a key as "~0" and "/" as "~1"`;
  }
  return undefined;
}

function article(expected: string): string {
  if (expected === "array") return "a list";
  if (expected === "object") return "an object";
  if (expected === "int") return "a whole number";
  return `a ${expected}`;
}

/** "off", or ["off", {...}]. */
function isOff(setting: unknown): boolean {
  return setting === "off" || (Array.isArray(setting) && setting[0] === "off");
}

export interface ConfigProblem {
  path: Path;
  message: string;
}

/** Validates a loaded config value: the zod schema first, then rule ids against the registry. */
export function validateConfig(raw: unknown): { config: ConfigFile; problems: [] } | { problems: ConfigProblem[] } {
  if (!isPlainObject(raw)) {
    return { problems: [{ path: [], message: `the config must be an object, not ${describeValue(raw)}` }] };
  }
  const parsed = configFileSchema.safeParse(raw);
  const problems: ConfigProblem[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => issueMessages(issue, raw));
  // Rule ids are checked on the raw value too, so one run reports every problem of the file.
  const checkRules = (rules: unknown, base: Path) => {
    if (!isPlainObject(rules)) return;
    for (const id of Object.keys(rules)) {
      const rule = RULES_BY_ID.get(id);
      if (rule?.meta.alwaysOn && isOff(rules[id])) {
        problems.push({
          path: [...base, "rules", id],
          message: `${quote(id)} cannot be turned off: a file that cannot be read has nothing else to check, so lint always reports it; remove this entry (or set "warn")`,
        });
      }
      if (rule) continue;
      const hint = didYouMean(id, RULES_BY_ID.keys());
      problems.push({
        path: [...base, "rules", id],
        message: `unknown rule ${quote(id)}${hint ? `; did you mean ${quote(hint)}?` : ""} (\`td-integration rules\` lists every rule)`,
      });
    }
  };
  checkRules(raw.rules, []);
  if (Array.isArray(raw.suppress)) {
    raw.suppress.forEach((entry: unknown, index: number) => {
      if (!isPlainObject(entry)) return;
      const base = ["suppress", index];
      if (typeof entry.rule === "string" && entry.rule !== "" && !RULES_BY_ID.has(entry.rule)) {
        const hint = didYouMean(entry.rule, RULES_BY_ID.keys());
        problems.push({
          path: [...base, "rule"],
          message: `unknown rule ${quote(entry.rule)}${hint ? `; did you mean ${quote(hint)}?` : ""} (\`td-integration rules\` lists every rule)`,
        });
      }
      const pointer = typeof entry.pointer === "string" ? pointerProblem(entry.pointer) : undefined;
      if (pointer) problems.push({ path: [...base, "pointer"], message: pointer });
    });
  }
  if (Array.isArray(raw.overrides)) {
    raw.overrides.forEach((override: unknown, index: number) => {
      if (isPlainObject(override)) checkRules(override.rules, ["overrides", index]);
    });
  }
  if (problems.length || !parsed.success) return { problems: sortByPath(dedupe(problems)) };
  return { config: parsed.data, problems: [] };
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${formatKeyPath(p.path)}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortByPath(problems: ConfigProblem[]): ConfigProblem[] {
  return problems
    .map((problem, index) => ({ problem, index, key: formatKeyPath(problem.path) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ problem }) => problem);
}
