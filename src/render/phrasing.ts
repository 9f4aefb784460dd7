import { analysePhrase, type PhraseField } from "../phrasing/phrase.js";
import type { PhrasePreview } from "./types.js";

export const DEFAULT_DISPLAY_MAX_LENGTH = 30;

/**
 * How an action's `display` or `description` reads in an automation, built on the shared phrasing
 * analysis. Whether it reads well is lint's to say; a value that is not a string has no preview.
 */
export function renderPhrase(
  value: unknown,
  field: PhraseField,
  pointer: string,
  displayMaxLength = DEFAULT_DISPLAY_MAX_LENGTH,
): PhrasePreview | undefined {
  if (typeof value !== "string") return undefined;
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
  return preview;
}
