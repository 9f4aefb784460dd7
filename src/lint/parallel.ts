import { availableParallelism } from "node:os";
import { absoluteIn } from "../util/absolute-path.js";
import { type FileConfig, type FilePass, passFile } from "./engine.js";
import { bytePool, decodeSource, type ReadFailure, readBytes } from "./read.js";

/**
 * Files are handed out in chunks. A chunk is read in one go and then linted: reading each file
 * between two files' rules made every `open` about 2.5 times slower (the walk's and the rules'
 * memory had pushed the file system's out of the CPU caches).
 */
export const CHUNK_SIZE = 256;

/** Below this many files a worker thread costs more to start than it saves. */
export const MIN_FILES_PER_THREAD = 1000;

/** The most threads `auto` uses: beyond this, reading the files is the limit, not the rules. */
const MAX_AUTO_THREADS = 4;

/**
 * `auto` uses half the cores: a lint thread keeps V8's garbage-collector threads and the kernel's
 * file reads busy too. On 2 cores a second lint thread gained 0-5% on 40,000 files for 15% more
 * memory (bench/PROFILE.md), so there `auto` lints on one.
 */
function autoThreads(): number {
  return Math.floor(availableParallelism() / 2);
}

export interface ChunkResult {
  passes: FilePass[];
  failures: ReadFailure[];
}

/** This thread's read buffer: a chunk of manifests (a few kilobytes each) fits with room to spare. */
const pool = bytePool(2 * 1024 * 1024);

/** Reads and lints one chunk of files (paths relative to cwd); unreadable files become failures. */
export function passChunk(files: readonly string[], cwd: string, configFor: (file: string) => FileConfig): ChunkResult {
  pool.used = 0;
  const reads = files.map((file) => readBytes(absoluteIn(cwd, file), {}, pool));
  const chunk: ChunkResult = { passes: [], failures: [] };
  reads.forEach((read, i) => {
    const file = files[i] as string;
    // Decoded only now: a text lives while its file is linted, not while the whole chunk is.
    const outcome = read.ok ? decodeSource(read.bytes) : read;
    if (outcome.ok) chunk.passes.push(passFile({ file, text: outcome.text }, configFor(file)));
    else chunk.failures.push({ file, reason: outcome.reason });
  });
  return chunk;
}

/** `--concurrency`: a number of threads, `auto` (half the cores, for runs large enough) or `off`. */
export type Concurrency = number | "auto" | "off";

/** How many threads (the main one included) lint `fileCount` files with. */
export function threadCount(concurrency: Concurrency, fileCount: number): number {
  const chunks = Math.ceil(fileCount / CHUNK_SIZE);
  if (concurrency === "off") return 1;
  if (concurrency === "auto") {
    const byFiles = Math.floor(fileCount / MIN_FILES_PER_THREAD);
    return Math.max(1, Math.min(autoThreads(), MAX_AUTO_THREADS, byFiles, chunks));
  }
  return Math.max(1, Math.min(concurrency, chunks));
}
