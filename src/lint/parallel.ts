import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { resolveConfig } from "../config/load.js";
import type { ConfigFile } from "../config/schema.js";
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

/** `--concurrency`: a number of threads, `auto` (one per core, for runs large enough) or `off`. */
export type Concurrency = number | "auto" | "off";

/** How many threads (the main one included) lint `fileCount` files with. */
export function threadCount(concurrency: Concurrency, fileCount: number): number {
  const chunks = Math.ceil(fileCount / CHUNK_SIZE);
  if (concurrency === "off") return 1;
  if (concurrency === "auto") {
    const byFiles = Math.floor(fileCount / MIN_FILES_PER_THREAD);
    return Math.max(1, Math.min(availableParallelism(), MAX_AUTO_THREADS, byFiles, chunks));
  }
  return Math.max(1, Math.min(concurrency, chunks));
}

/** What a worker thread is given: enough to rebuild the config and claim chunks of the file list. */
interface WorkerInput {
  tdIntegrationLintWorker: true;
  cwd: string;
  files: readonly string[];
  /** The validated config, as JSON (a key such as `__proto__` survives JSON, not every clone). */
  configJson: string;
  configPath: string | undefined;
  baseDir: string;
  /** [0]: index of the next chunk to claim, shared by every thread. */
  next: Int32Array;
}

interface WorkerMessage {
  index: number;
  chunk: ChunkResult;
}

export interface ParallelConfig {
  config: ConfigFile;
  filepath: string | undefined;
  baseDir: string;
  configFor: (file: string) => FileConfig;
}

/**
 * Lints `files` on `threads` threads: this one and `threads - 1` workers claim chunks from one
 * shared counter, so a worker that starts late or runs slow simply takes fewer. A chunk a worker
 * claimed but never delivered (it failed to start or crashed) is linted here. Results come back
 * in file order.
 */
export async function passInParallel(
  files: readonly string[],
  cwd: string,
  config: ParallelConfig,
  threads: number,
): Promise<{ chunks: ChunkResult[]; filesPerThread: number[] }> {
  const chunkCount = Math.ceil(files.length / CHUNK_SIZE);
  const chunkFiles = (index: number) => files.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
  const results: (ChunkResult | undefined)[] = new Array(chunkCount);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = {
    tdIntegrationLintWorker: true,
    cwd,
    files,
    configJson: JSON.stringify(config.config),
    configPath: config.filepath,
    baseDir: config.baseDir,
    next,
  };
  const filesPerThread = new Array<number>(threads).fill(0);
  const workers = Array.from({ length: threads - 1 }, (_, i) =>
    startWorker(input, (index, chunk) => {
      results[index] = chunk;
      filesPerThread[i + 1] = (filesPerThread[i + 1] ?? 0) + chunkFiles(index).length;
    }),
  );
  const lintHere = (index: number) => {
    results[index] = passChunk(chunkFiles(index), cwd, config.configFor);
    filesPerThread[0] = (filesPerThread[0] ?? 0) + chunkFiles(index).length;
  };
  for (let index = Atomics.add(next, 0, 1); index < chunkCount; index = Atomics.add(next, 0, 1)) lintHere(index);
  await Promise.all(workers);
  for (let index = 0; index < chunkCount; index++) if (!results[index]) lintHere(index);
  return { chunks: results as ChunkResult[], filesPerThread };
}

/** Starts one worker; resolves once it has delivered every chunk it claimed, or failed. */
function startWorker(input: WorkerInput, deliver: (index: number, chunk: ChunkResult) => void): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL(import.meta.url), { workerData: input, stdout: true, stderr: true });
    } catch {
      resolve();
      return;
    }
    worker.on("message", (message: WorkerMessage) => deliver(message.index, message.chunk));
    // A worker that fails leaves its chunks undelivered; the main thread lints them.
    worker.on("error", () => {});
    worker.on("exit", () => resolve());
  });
}

/** The worker side: rebuild the config, then claim and lint chunks until none are left. */
function runWorker(input: WorkerInput): void {
  const config = resolveConfig(JSON.parse(input.configJson), input.configPath, input.baseDir, input.cwd);
  const chunkCount = Math.ceil(input.files.length / CHUNK_SIZE);
  for (let index = Atomics.add(input.next, 0, 1); index < chunkCount; index = Atomics.add(input.next, 0, 1)) {
    const files = input.files.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
    const message: WorkerMessage = { index, chunk: passChunk(files, input.cwd, (file) => config.configFor(file)) };
    parentPort?.postMessage(message);
  }
}

// This module is also the worker's entry: a worker thread started on it lints instead of exporting.
if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.tdIntegrationLintWorker) {
  runWorker(workerData as WorkerInput);
}
