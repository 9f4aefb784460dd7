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
