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
    const width = text.length + 1;
    const deepest = Math.min(this.longest, text.length + limit);
    const tooFar = limit + 1;
    const rows = new Int32Array((deepest + 1) * width);
    for (let j = 0; j < width; j++) rows[j] = Math.min(j, tooFar);
    let best = this.firstEnding[0] as number;
    let bestDistance = best === -1 ? tooFar : (rows[text.length] as number);
    if (bestDistance > limit) best = -1;
    // Rows are indexed by depth: a node's parent row stays intact until its siblings are done, since
    // everything popped in between lies below the node popped first.
    const stack: number[] = [];
    for (let c = this.firstChild[0] as number; c !== -1; c = this.nextSibling[c] as number) stack.push(c);
    while (stack.length > 0) {
      const node = stack.pop() as number;
      const depth = this.depth[node] as number;
      if (depth > deepest) continue;
      const row = depth * width;
      const above = row - width;
      const character = this.character[node] as number;
      const from = Math.max(0, depth - limit);
      const to = Math.min(text.length, depth + limit);
      if (from > 0) rows[row + from - 1] = tooFar;
      if (to < text.length) rows[row + to + 1] = tooFar;
      let rowMin = tooFar;
      for (let j = from; j <= to; j++) {
        let cell = depth;
        if (j > 0) {
          const replace = (rows[above + j - 1] as number) + (text.charCodeAt(j - 1) === character ? 0 : 1);
          const remove = (rows[above + j] as number) + 1;
          const insert = (rows[row + j - 1] as number) + 1;
          cell = remove;
          if (replace < cell) cell = replace;
          if (insert < cell) cell = insert;
          if (tooFar < cell) cell = tooFar;
        }
        rows[row + j] = cell;
        if (cell < rowMin) rowMin = cell;
      }
      // Every name below is at least rowMin away; an equal distance still wins with an earlier name.
      if (rowMin > Math.min(bestDistance, limit)) continue;
      const ending = this.firstEnding[node] as number;
      if (ending !== -1 && to === text.length) {
        const distance = rows[row + text.length] as number;
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
