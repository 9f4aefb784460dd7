import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

/** Makes temporary folders for one test file; they are removed after that file's tests. */
export function temporaryDirectories(prefix: string): () => string {
  const dirs: string[] = [];
  // Removing a corpus of thousands of files can take longer than the default 10 s on a loaded machine.
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }, 120_000);
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
