/**
 * How deeply a JSON text nests, counted without parsing it and without recursion (brackets inside
 * strings do not count); it stops counting past `limit`. Recursive code that walks a parsed value
 * (JSON.stringify among it) overflows the stack long before JSON.parse does.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
