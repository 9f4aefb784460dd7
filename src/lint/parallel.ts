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

/** What the lint needs to know to set a worker up: where the run is and its config. */
export interface ParallelConfig {
  cwd: string;
  config: ConfigFile;
  filepath: string | undefined;
  baseDir: string;
  configFor: (file: string) => FileConfig;
}

/** What a worker thread is started with: enough to rebuild the config. */
interface WorkerSetup {
  tdIntegrationLintWorker: true;
  cwd: string;
  /** The validated config, as JSON (a key such as `__proto__` survives JSON, not every clone). */
  configJson: string;
  configPath: string | undefined;
  baseDir: string;
}

/** The work handed to a started worker. */
interface WorkOrder {
  files: readonly string[];
  /** [0]: index of the next chunk to claim, shared by every thread. */
  next: Int32Array;
}

interface WorkerMessage {
  index: number;
  chunk: ChunkResult;
}

interface PooledWorker {
  worker: Worker | undefined;
  /** Resolves when the worker has exited (after its last chunk, a failure, or being stopped). */
  exited: Promise<void>;
  deliver: (message: WorkerMessage) => void;
}

/**
 * Worker threads that can be started before the file list is known, so that loading the linter in
 * each of them overlaps the walk of the directories.
 */
export class LintWorkers {
  private readonly pool: PooledWorker[];

  constructor(count: number, config: ParallelConfig) {
    const setup: WorkerSetup = {
      tdIntegrationLintWorker: true,
      cwd: config.cwd,
      configJson: JSON.stringify(config.config),
      configPath: config.filepath,
      baseDir: config.baseDir,
    };
    this.pool = Array.from({ length: Math.max(0, count) }, () => startWorker(setup));
  }

  get size(): number {
    return this.pool.length;
  }

  /**
   * Hands the files to the first `count` workers (the others are stopped) and resolves once each
   * has delivered every chunk it claimed, or failed.
   */
  async run(order: WorkOrder, count: number, deliver: (worker: number, message: WorkerMessage) => void): Promise<void> {
    const used = this.pool.slice(0, count);
    this.stop(count);
    used.forEach((pooled, i) => {
      pooled.deliver = (message) => deliver(i, message);
      pooled.worker?.postMessage(order);
    });
    await Promise.all(used.map((pooled) => pooled.exited));
  }

  /** Stops the workers from `from` on (all by default); a stopped worker never holds the process. */
  stop(from = 0): void {
    for (const pooled of this.pool.slice(from)) {
      pooled.worker?.unref();
      void pooled.worker?.terminate();
    }
  }
}

function startWorker(setup: WorkerSetup): PooledWorker {
  const pooled: PooledWorker = { worker: undefined, exited: Promise.resolve(), deliver: () => {} };
  try {
    const worker = new Worker(new URL(import.meta.url), { workerData: setup, stdout: true, stderr: true });
    pooled.worker = worker;
    pooled.exited = new Promise((resolve) => worker.on("exit", () => resolve()));
    worker.on("message", (message: WorkerMessage) => pooled.deliver(message));
    // A worker that fails leaves its chunks undelivered; the main thread lints them.
    worker.on("error", () => {});
  } catch {}
  return pooled;
}

/**
 * Lints `files` on `threads` threads: this one and `threads - 1` workers (taken from `workers` if
 * they were started early) claim chunks from one shared counter, so a worker that starts late or
 * runs slow simply takes fewer. A chunk a worker claimed but never delivered (it failed to start
 * or crashed) is linted here. Results come back in file order.
 */
export async function passInParallel(
  files: readonly string[],
  config: ParallelConfig,
  threads: number,
  workers: LintWorkers = new LintWorkers(threads - 1, config),
): Promise<{ chunks: ChunkResult[]; filesPerThread: number[] }> {
  const chunkCount = Math.ceil(files.length / CHUNK_SIZE);
  const chunkFiles = (index: number) => files.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
  const results: (ChunkResult | undefined)[] = new Array(chunkCount);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const helpers = Math.min(threads - 1, workers.size);
  const filesPerThread = new Array<number>(helpers + 1).fill(0);
  const count = (thread: number, index: number) => {
    filesPerThread[thread] = (filesPerThread[thread] ?? 0) + chunkFiles(index).length;
  };
  const running = workers.run({ files, next }, helpers, (worker, { index, chunk }) => {
    results[index] = chunk;
    count(worker + 1, index);
  });
  const lintHere = (index: number) => {
    results[index] = passChunk(chunkFiles(index), config.cwd, config.configFor);
    count(0, index);
  };
  for (let index = Atomics.add(next, 0, 1); index < chunkCount; index = Atomics.add(next, 0, 1)) lintHere(index);
  await running;
  for (let index = 0; index < chunkCount; index++) if (!results[index]) lintHere(index);
  return { chunks: results as ChunkResult[], filesPerThread };
}

/** The worker side: rebuild the config, wait for the files, then claim and lint chunks until none are left. */
function runWorker(setup: WorkerSetup): void {
  const config = resolveConfig(JSON.parse(setup.configJson), setup.configPath, setup.baseDir, setup.cwd);
  const configFor = (file: string) => config.configFor(file);
  parentPort?.once("message", ({ files, next }: WorkOrder) => {
    const chunkCount = Math.ceil(files.length / CHUNK_SIZE);
    for (let index = Atomics.add(next, 0, 1); index < chunkCount; index = Atomics.add(next, 0, 1)) {
      const message: WorkerMessage = {
        index,
        chunk: passChunk(files.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE), setup.cwd, configFor),
      };
      parentPort?.postMessage(message);
    }
    // Nothing left to wait for: the worker exits, which tells the main thread it is done.
    parentPort?.close();
  });
}

// This module is also the worker's entry: a worker thread started on it lints instead of exporting.
if (!isMainThread && (workerData as Partial<WorkerSetup> | null)?.tdIntegrationLintWorker) {
  runWorker(workerData as WorkerSetup);
}
