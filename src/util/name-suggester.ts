import { isTransposition, suggestionLimit, suggestName } from "./suggest.js";

/**
 * suggestName over one long, fixed list of candidates (every integration name of a run) asked for many
 * inputs, giving exactly what suggestName gives. A run with thousands of integrations and hundreds of
 * unknown providers would otherwise compute millions of edit distances; here the names share one trie,
 * so the distance to a prefix common to many names is computed once, and a branch is left as soon as
 * every name below it is certainly too far.
 */
export function nameSuggester(candidates: readonly string[]): (input: string) => string | undefined {
  const list = [...candidates];
  const lower = list.map((c) => c.toLowerCase());
  // The trie compares lower-cased names; that gives suggestName's distances only when lower-casing keeps
  // every name's length (it does for system names). Otherwise fall back to the plain search.
  if (lower.some((l, i) => l.length !== (list[i] as string).length)) return (input) => suggestName(input, list);
  let trie: NameTrie | undefined;
  return (input) => {
    const wanted = input.toLowerCase();
    const limit = suggestionLimit(input);
    trie ??= new NameTrie(lower);
    const nearest = trie.nearest(wanted, limit);
    if (nearest !== -1) return list[nearest];
    // Two neighbouring letters swapped are 2 edits apart, within every limit except that of inputs of
    // three letters or fewer: only those can still be a transposition of some name.
    if (limit >= 2) return undefined;
    const i = lower.findIndex((name) => isTransposition(wanted, name));
    return i === -1 ? undefined : list[i];
  };
}

/** Lower-cased names in a trie kept in flat arrays (first child, next sibling). */
class NameTrie {
  private readonly character: number[] = [0];
  private readonly depth: number[] = [0];
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];
  /** The first name (in list order) that ends at each node, or -1. */
  private readonly firstEnding: number[] = [-1];
  private longest = 0;

  constructor(names: readonly string[]) {
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      let node = 0;
      for (let j = 0; j < name.length; j++) node = this.child(node, name.charCodeAt(j), j + 1);
      if (this.firstEnding[node] === -1) this.firstEnding[node] = i;
      this.longest = Math.max(this.longest, name.length);
    }
  }

  private child(parent: number, character: number, depth: number): number {
    for (let c = this.firstChild[parent] as number; c !== -1; c = this.nextSibling[c] as number) {
      if (this.character[c] === character) return c;
    }
    const node = this.character.length;
    this.character.push(character);
    this.depth.push(depth);
    this.firstChild.push(-1);
    this.nextSibling.push(this.firstChild[parent] as number);
    this.firstEnding.push(-1);
    this.firstChild[parent] = node;
    return node;
  }

  /**
   * The first name (in list order) at the smallest edit distance from `text`, if that is at most
   * `limit`; otherwise -1. Depth-first, one row of the edit-distance table per trie level, and only
   * the cells within `limit` of the diagonal: a cell further off is more than `limit` anyway.
   */
  nearest(text: string, limit: number): number {
    const n = text.length;
    const band = 2 * limit + 1;
    const deepest = Math.min(this.longest, n + limit);
    const tooFar = limit + 1;
    // Row d holds cells j = d - limit .. d + limit, at d * band + (j - d + limit): memory stays small
    // for long texts and names. Cells never written (off the text's ends) read as tooFar.
    const rows = new Int32Array((deepest + 1) * band).fill(tooFar);
    for (let j = 0; j <= Math.min(n, limit); j++) rows[j + limit] = j;
    let best = this.firstEnding[0] as number;
    let bestDistance = best !== -1 && n <= limit ? n : tooFar;
    if (bestDistance > limit) best = -1;
    // Rows are indexed by depth: a node's parent row stays intact until its siblings are done, since
    // everything popped in between lies below the node popped first.
    const stack: number[] = [];
    for (let c = this.firstChild[0] as number; c !== -1; c = this.nextSibling[c] as number) stack.push(c);
    while (stack.length > 0) {
      const node = stack.pop() as number;
      const depth = this.depth[node] as number;
      if (depth > deepest) continue;
      const row = depth * band;
      const above = row - band;
      const character = this.character[node] as number;
      const from = Math.max(0, depth - limit);
      const to = Math.min(n, depth + limit);
      let rowMin = tooFar;
      for (let j = from; j <= to; j++) {
        // Cell (depth, j) is at offset k of its row; (depth - 1, j - 1) at the same offset of the row above.
        const k = j - depth + limit;
        let cell = depth;
        if (j > 0) {
          const replace = (rows[above + k] as number) + (text.charCodeAt(j - 1) === character ? 0 : 1);
          const remove = (k + 1 < band ? (rows[above + k + 1] as number) : tooFar) + 1;
          const insert = (k > 0 ? (rows[row + k - 1] as number) : tooFar) + 1;
          cell = remove;
          if (replace < cell) cell = replace;
          if (insert < cell) cell = insert;
          if (tooFar < cell) cell = tooFar;
        }
        rows[row + k] = cell;
        if (cell < rowMin) rowMin = cell;
      }
      // Every name below is at least rowMin away; an equal distance still wins with an earlier name.
      if (rowMin > Math.min(bestDistance, limit)) continue;
      const ending = this.firstEnding[node] as number;
      if (ending !== -1 && to === n) {
        const distance = rows[row + n - depth + limit] as number;
        if (distance < bestDistance || (distance === bestDistance && ending < best)) {
          best = ending;
          bestDistance = distance;
        }
      }
      for (let c = this.firstChild[node] as number; c !== -1; c = this.nextSibling[c] as number) stack.push(c);
    }
    return best;
  }
}
