import { distance } from "fastest-levenshtein";

/**
 * The closest candidate to `input`, or undefined when none is close enough.
 * Case differences are free; the threshold scales with length (a swap of two letters, `emial`, costs 2)
 * so short words need near matches.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  const limit = suggestionLimit(input);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip what cannot beat the best so far.
    if (Math.abs(candidate.length - lower.length) > Math.min(limit, bestDistance)) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** The largest edit distance didYouMean accepts for `input`. */
export function suggestionLimit(input: string): number {
  return input.length <= 3 ? 1 : Math.min(4, Math.max(2, Math.floor(input.length / 3)));
}

/** True when `a` becomes `b` by swapping two adjacent characters (`emial` -> `email`). */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * didYouMean, plus swapped neighbouring letters, which plain edit distance counts twice
 * and so misses on short names (`emial` for `email`).
 */
export function suggestName(input: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const close = didYouMean(input, list);
  if (close !== undefined) return close;
  const lower = input.toLowerCase();
  return list.find((candidate) => isTransposition(lower, candidate.toLowerCase()));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
