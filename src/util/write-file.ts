import { realpathSync } from "node:fs";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";

/**
 * Writes through a temporary file in the same directory and a rename, so a crash or Ctrl+C never
 * leaves a half-written file; an existing file keeps its mode and owner (write-file-atomic).
 */
export async function writeFileSafely(file: string, content: string): Promise<void> {
  await writeFileAtomic(file, content, { encoding: "utf8" });
}

/** True when `file` resolves inside `root` (never `root` itself, never through `..`). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(root, file));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** The real path of `file` (links resolved), for a path that may not exist yet: its deepest existing ancestor's real path plus the rest. */
function realPathOf(file: string): string {
  let probe = path.resolve(file);
  let rest = "";
  for (;;) {
    try {
      return path.join(realpathSync(probe), rest);
    } catch {
      const parent = path.dirname(probe);
      if (parent === probe) return path.join(probe, rest);
      rest = path.join(path.basename(probe), rest);
      probe = parent;
    }
  }
}

/**
 * Like isInside, and also after following symbolic links: a link inside `root` (a folder or an
 * existing file) that points elsewhere would make a write land outside it.
 */
export function resolvesInside(root: string, file: string): boolean {
  if (!isInside(root, file)) return false;
  const realRoot = realPathOf(root);
  return isInside(realRoot, realPathOf(path.resolve(root, file)));
}
