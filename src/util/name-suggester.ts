import { distance } from "fastest-levenshtein";
import { isTransposition, suggestionLimit, suggestName } from "./suggest.js";

/**
 * suggestName over one long, fixed list of candidates (every integration name of a run) asked for many
 * inputs, giving exactly what suggestName gives. A run with thousands of integrations and hundreds of
 * unknown providers would otherwise compute millions of edit distances, so candidates are pruned first:
 * by length (the edit distance is at least the difference), by shared pairs of letters (q-gram lemma) for
 * longer inputs, and by shared letters for short ones. Only the survivors get the full edit distance.
 */
export function nameSuggester(candidates: readonly string[]): (input: string) => string | undefined {
  const list = [...candidates];
  const lower = list.map((c) => c.toLowerCase());
  // Length differences bound the edit distance only when lower-casing keeps every name's length
  // (it does for system names); otherwise fall back to the plain search.
  if (lower.some((l, i) => l.length !== (list[i] as string).length)) return (input) => suggestName(input, list);
  const byLength = new Map<number, number[]>();
  // Read for thousands of candidates per input: kept apart from the strings themselves.
  const lengths = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const length = (lower[i] as string).length;
    lengths[i] = length;
    const bucket = byLength.get(length);
    if (bucket) bucket.push(i);
    else byLength.set(length, [i]);
  }
  let bigrams: BigramIndex | undefined;
  const scratch = new Scratch(list.length);

  return (input) => {
    const wanted = input.toLowerCase();
    const limit = suggestionLimit(input);
    // didYouMean keeps the first candidate (in list order) at the smallest distance, if within the limit.
    const best = { index: -1, distance: Number.POSITIVE_INFINITY };
    const consider = (i: number) => {
      const d = distance(wanted, lower[i] as string);
      if (d < best.distance || (d === best.distance && i < best.index)) {
        best.index = i;
        best.distance = d;
      }
    };
    // q-gram lemma: strings within edit distance k share at least max(length) - 1 - 2k pairs of
    // neighbouring characters. Useful when that is at least one for every candidate.
    if (wanted.length - 1 - 2 * limit >= 1) {
      bigrams ??= new BigramIndex(lower);
      bigrams.shared(wanted, wanted.length - limit, wanted.length + limit, scratch);
      const least = wanted.length - 1 - 2 * limit;
      for (let t = 0; t < scratch.touchedCount; t++) {
        const i = scratch.touched[t] as number;
        const count = scratch.counts[i] as number;
        if (count < least) continue;
        const length = lengths[i] as number;
        if (Math.abs(length - wanted.length) <= limit && count >= Math.max(wanted.length, length) - 1 - 2 * limit) {
          consider(i);
        }
      }
      scratch.reset();
    } else {
      scratch.countInput(wanted);
      for (let delta = 0; delta <= limit && delta <= best.distance; delta++) {
        for (const length of delta === 0 ? [wanted.length] : [wanted.length - delta, wanted.length + delta]) {
          for (const i of byLength.get(length) ?? []) {
            // Characters one string has and the other lacks must each be edited.
            const bound = scratch.bagDistance(wanted.length, lower[i] as string);
            if (bound > limit || bound > best.distance || (bound === best.distance && i > best.index)) continue;
            consider(i);
          }
        }
      }
    }
    if (best.index !== -1 && best.distance <= limit) return list[best.index];
    // Then the first candidate that is the input with two neighbouring letters swapped (same length).
    for (const i of byLength.get(wanted.length) ?? []) {
      if (isTransposition(wanted, lower[i] as string)) return list[i];
    }
    return undefined;
  };
}

function bigramAt(text: string, j: number): number {
  return text.charCodeAt(j) * 65536 + text.charCodeAt(j + 1);
}

/** Names this long or longer share one length bucket in the index. */
const LONGEST_BUCKET = 255;

function bucketOf(length: number): number {
  return Math.min(length, LONGEST_BUCKET);
}

/**
 * For each pair of neighbouring characters and each name length, the candidates of that length
 * holding the pair, once per occurrence, in order. Keeping lengths apart lets a search skip the
 * postings of names too long or too short to be within the edit-distance limit.
 */
class BigramIndex {
  private readonly postings = new Map<number, number[]>();

  constructor(names: readonly string[]) {
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const bucket = bucketOf(name.length);
      for (let j = 0; j + 1 < name.length; j++) {
        const key = bigramAt(name, j) * (LONGEST_BUCKET + 1) + bucket;
        const list = this.postings.get(key);
        if (list) list.push(i);
        else this.postings.set(key, [i]);
      }
    }
  }

  /**
   * Counts, per candidate from `minLength` to `maxLength` characters long, the pairs it shares with
   * `text` (as multisets: a pair twice in both counts twice).
   */
  shared(text: string, minLength: number, maxLength: number, scratch: Scratch): void {
    const seen = new Map<number, number>();
    for (let j = 0; j + 1 < text.length; j++) {
      const key = bigramAt(text, j);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const first = bucketOf(Math.max(0, minLength));
    const last = bucketOf(maxLength);
    for (const [pair, times] of seen) {
      for (let bucket = first; bucket <= last; bucket++) {
        const list = this.postings.get(pair * (LONGEST_BUCKET + 1) + bucket);
        if (!list) continue;
        // A candidate's occurrences are next to each other: count at most `times` of them.
        let run = 0;
        for (let p = 0; p < list.length; p++) {
          const i = list[p] as number;
          run = p > 0 && list[p - 1] === i ? run + 1 : 1;
          if (run <= times) scratch.add(i);
        }
      }
    }
  }
}

const CHARACTER_SLOTS = 64;
const ASCII_SLOTS = new Uint8Array(128).map((_, code) => {
  if (code >= 97 && code <= 122) return code - 97; // a-z
  if (code >= 48 && code <= 57) return 26 + code - 48; // 0-9
  if (code === 95) return 36; // _
  if (code === 45) return 37; // -
  return 38 + (code % 26);
});

/** Counting characters in 64 slots (some characters share one) still bounds the edit distance from below. */
function characterSlot(code: number): number {
  return code < 128 ? (ASCII_SLOTS[code] as number) : 38 + (code % 26);
}

/** Reusable counters, so asking for a suggestion allocates almost nothing. */
class Scratch {
  /** Shared pairs per candidate, and the candidates that have any. */
  readonly counts: Int32Array;
  readonly touched: Int32Array;
  touchedCount = 0;
  private readonly inputCharacters = new Int32Array(CHARACTER_SLOTS);
  private readonly sharedCharacters = new Int32Array(CHARACTER_SLOTS);

  constructor(size: number) {
    this.counts = new Int32Array(size);
    this.touched = new Int32Array(size);
  }

  add(i: number): void {
    if (this.counts[i] === 0) this.touched[this.touchedCount++] = i;
    this.counts[i] = (this.counts[i] as number) + 1;
  }

  reset(): void {
    for (let t = 0; t < this.touchedCount; t++) this.counts[this.touched[t] as number] = 0;
    this.touchedCount = 0;
  }

  countInput(text: string): void {
    this.inputCharacters.fill(0);
    for (let j = 0; j < text.length; j++) {
      const slot = characterSlot(text.charCodeAt(j));
      this.inputCharacters[slot] = (this.inputCharacters[slot] as number) + 1;
    }
  }

  /**
   * A lower bound of the edit distance between the counted input and `candidate`: the larger of the
   * candidate's characters the input lacks and the input's characters the candidate lacks.
   */
  bagDistance(inputLength: number, candidate: string): number {
    const shared = this.sharedCharacters;
    let extra = 0;
    for (let j = 0; j < candidate.length; j++) {
      const slot = characterSlot(candidate.charCodeAt(j));
      if ((shared[slot] as number) < (this.inputCharacters[slot] as number))
        shared[slot] = (shared[slot] as number) + 1;
      else extra++;
    }
    for (let j = 0; j < candidate.length; j++) shared[characterSlot(candidate.charCodeAt(j))] = 0;
    const missing = inputLength - (candidate.length - extra);
    return Math.max(extra, missing);
  }
}
