// Worker threads for large runs. Loaded only when a run uses more than one thread (node:worker_threads
// alone costs a one-file lint ~4 ms), and also the workers' entry module.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { resolveConfig } from "../config/load.js";
import type { ConfigFile } from "../config/schema.js";
import type { FileConfig } from "./engine.js";
import { CHUNK_SIZE, type ChunkResult, passChunk } from "./parallel.js";

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
