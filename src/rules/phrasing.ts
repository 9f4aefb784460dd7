import { type PhraseField, type PhraseProblem, phraseProblems } from "../phrasing/phrase.js";
import { LatestCache } from "../util/latest-cache.js";
import { documentRule, type LegacyMeta } from "./helpers.js";

const FIELDS: readonly PhraseField[] = ["display", "description"];

interface Analysis {
  field: PhraseField;
  original: string;
  problems: PhraseProblem[];
}

interface Cached {
  limit: number;
  analyses: Analysis[];
}
const cache = new LatestCache<object, Cached>();
const NONE: Analysis[] = [];
let noAnalyses: Cached = { limit: Number.NaN, analyses: NONE };

const UPPER = /\p{Lu}/u;
const THEN = /^\s*then\b/i;

/**
 * True when no phrasing problem is possible: no capital anywhere (so no uppercase start or Title Case),
 * no leading "then", no trailing period, short enough. Most actions take this path and skip the analysis.
 */
function plainlyClean(text: string, field: PhraseField, limit: number): boolean {
  return (
    !UPPER.test(text) &&
    !text.trimEnd().endsWith(".") &&
    !THEN.test(text) &&
    (field !== "display" || text.length <= limit)
  );
}

/** One analysis per field and document, shared by the five phrasing rules. */
function analyses(value: Record<string, unknown>, limit: number): Analysis[] {
  const cached = cache.get(value);
  if (cached && cached.limit === limit) return cached.analyses;
  let result = NONE;
  for (const field of FIELDS) {
    const text = value[field];
    if (typeof text !== "string" || text.trim() === "" || plainlyClean(text, field, limit)) continue;
    const problems = phraseProblems(text, field, limit);
    if (problems.length === 0) continue;
    if (result === NONE) result = [];
    result.push({ field, original: text, problems });
  }
  if (result === NONE) {
    // Most actions have nothing to report: they share one cache entry per limit.
    if (noAnalyses.limit !== limit) noAnalyses = { limit, analyses: NONE };
    cache.set(value, noAnalyses);
  } else cache.set(value, { limit, analyses: result });
  return result;
}

type Code = Exclude<PhraseProblem["code"], "empty">;

function phraseRule(
  meta: LegacyMeta,
  code: Code,
  fix?: (problem: PhraseProblem, original: string) => string | undefined,
) {
  return documentRule({
    ...meta,
    scope: "action",
    check(ctx) {
      for (const analysis of analyses(ctx.value, ctx.settings.displayMaxLength)) {
        for (const problem of analysis.problems) {
          if (problem.code !== code) continue;
          const path = [analysis.field];
          const fixed = fix?.(problem, analysis.original);
          ctx.report({
            path,
            message: problem.message,
            fix:
              fixed !== undefined && fixed !== analysis.original
                ? { kind: "replace-value", path, json: fixed }
                : undefined,
          });
        }
      }
    },
  });
}

export const phraseLowercaseStart = phraseRule(
  {
    id: "phrase-lowercase-start",
    severity: "warning",
    description: 'Action display and description start with a lowercase letter (they follow "Then")',
    fixable: true,
  },
  "uppercase-start",
  (problem) => ("fixed" in problem ? problem.fixed : undefined),
);

export const phraseTitleCase = phraseRule(
  {
    id: "phrase-title-case",
    severity: "warning",
    description: "Action display and description are phrases, not Title Case",
    fixable: false,
  },
  "title-case",
);

const LEADING_THEN = /^(\s*)then\b[\s,:]*/i;

export const phraseLeadingThen = phraseRule(
  {
    id: "phrase-leading-then",
    severity: "warning",
    description: 'Action display and description do not begin with "then" (Talkdesk adds it)',
    fixable: true,
  },
  "starts-with-then",
  (_problem, original) => {
    const rest = original.replace(LEADING_THEN, "$1");
    return rest.trim() === "" ? undefined : rest;
  },
);

export const phraseTrailingPeriod = phraseRule(
  {
    id: "phrase-trailing-period",
    severity: "warning",
    description: "Action display and description do not end with a period",
    fixable: true,
  },
  "trailing-period",
  (problem) => ("fixed" in problem ? problem.fixed : undefined),
);

export const displayMaxLength = phraseRule(
  {
    id: "display-max-length",
    severity: "warning",
    description: "Action display fits a combo-box (displayMaxLength, default 30 characters)",
    fixable: false,
  },
  "too-long",
);
