import { mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { resolvesInside, writeFileSafely } from "../util/write-file.js";
import type { RenderedFile } from "./render.js";

export type WriteStatus = "create" | "overwrite" | "identical";

export interface PlannedWrite {
  /** Path relative to the current directory, for messages. */
  display: string;
  absolute: string;
  status: WriteStatus;
  text: string;
}

/** Compares each rendered file with what is on disk under `outDir`. */
export function planWrites(files: readonly RenderedFile[], outDir: string, cwd: string): PlannedWrite[] {
  const root = path.resolve(cwd, outDir);
  return files.map((file) => {
    // Links are followed too: a symlinked folder or file inside the output folder must not lead out of it.
    if (!resolvesInside(root, file.path))
      throw new Error(`${file.path} leads outside ${outDir} (through a symbolic link)`);
    const absolute = path.resolve(root, file.path);
    let status: WriteStatus = "create";
    try {
      const existing = statSync(absolute);
      // A pipe or a device would block the read or never end it; it is not ours to replace either.
      if (existing.isDirectory())
        throw new Error(`${file.path} is a folder in the output folder ${outDir}; move it away`);
      if (!existing.isFile())
        throw new Error(`${file.path} in the output folder ${outDir} is not a regular file; move it away`);
      // Only a file of the same size can hold the same text: a large one is not read.
      const same = existing.size === Buffer.byteLength(file.text) && readFileSync(absolute, "utf8") === file.text;
      status = same ? "identical" : "overwrite";
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOTDIR") throw new Error(`a file stands where the output folder ${outDir} needs a folder`);
      if (code === "EISDIR") throw new Error(`${file.path} is a folder in the output folder ${outDir}; move it away`);
      if (code !== "ENOENT") throw error;
    }
    const display = path.relative(cwd, absolute).split(path.sep).join("/") || file.path;
    return { display, absolute, status, text: file.text };
  });
}

/** Writes every planned file atomically (temp file + rename); identical files are left alone. */
export async function applyWrites(plan: readonly PlannedWrite[]): Promise<PlannedWrite[]> {
  const written: PlannedWrite[] = [];
  for (const entry of plan) {
    if (entry.status === "identical") continue;
    mkdirSync(path.dirname(entry.absolute), { recursive: true });
    writeFileSafely(entry.absolute, entry.text);
    written.push(entry);
  }
  return written;
}
