import { analysePhrase, type PhraseField, type PhraseProblem } from "../phrasing/phrase.js";
import type { PhrasePreview, RenderProblem, RenderSeverity } from "./types.js";

export const DEFAULT_DISPLAY_MAX_LENGTH = 30;

/** An empty phrase leaves the automation reading "Then": that is an error; every other phrasing issue reads badly but works. */
function severityOf(problem: PhraseProblem): RenderSeverity {
  return problem.code === "empty" ? "error" : "warning";
}

/**
 * How an action's `display` or `description` reads in an automation, built on the shared phrasing
 * analysis. A value that is not a string is reported and has no preview.
 */
export function renderPhrase(
  value: unknown,
  field: PhraseField,
  pointer: string,
  displayMaxLength = DEFAULT_DISPLAY_MAX_LENGTH,
): { preview?: PhrasePreview; problems: RenderProblem[] } {
  if (typeof value !== "string") {
    return {
      problems: [
        {
          severity: "error",
          code: "phrase-missing",
          message:
            value === undefined
              ? `the action has no \`${field}\`; add a lowercase phrase such as "create a ticket"`
              : `\`${field}\` must be a string such as "create a ticket", not ${value === null ? "null" : typeof value}`,
          pointer,
        },
      ],
    };
  }
  const analysis = analysePhrase(value, field, displayMaxLength);
  const preview: PhrasePreview = {
    field,
    pointer,
    original: value,
    rendered: analysis.rendered,
    steps: analysis.steps,
  };
  if (field === "display") {
    const tooLong = analysis.problems.find((p) => p.code === "too-long");
    preview.comboBox = {
      text: tooLong?.code === "too-long" ? tooLong.truncated : value.trim(),
      limit: displayMaxLength,
      truncated: tooLong !== undefined,
    };
  }
  const problems = analysis.problems.map(
    (p): RenderProblem => ({ severity: severityOf(p), code: p.code, message: p.message, pointer }),
  );
  return { preview, problems };
}
