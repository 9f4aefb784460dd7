import { distance } from "fastest-levenshtein";

/**
 * The closest candidate to `input`, or undefined when none is close enough.
 * Case differences are free; the threshold scales with length (a swap of two letters, `emial`, costs 2)
 * so short words need near matches.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  const limit = input.length <= 3 ? 1 : Math.min(4, Math.max(2, Math.floor(input.length / 3)));
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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
