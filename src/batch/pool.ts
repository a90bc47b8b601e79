// A fixed pool of worker threads (node:worker_threads) fed from a queue; results come back in any
// order and the caller puts them in file order, so outputs are identical for any --jobs.
//
// Files go to a worker in chunks (CHUNK files a message, one result message per file), so a
// small file does not pay a round trip of its own. Workers are started only as many as the batch
// can keep busy: one per MIN_FILES_PER_WORKER files, at most --jobs. Each file has a time budget
// (--timeout), counted from the moment the worker starts it: a worker still busy when it runs out
// is terminated — whatever it was stuck in — the file is reported as E_TIMEOUT, the rest of its
// chunk goes back to the front of the queue and a fresh worker takes its place. A worker that
// dies (out of memory, a crash) is replaced the same way and its file reported, never the batch lost.
//
// piscina and workerpool were considered: both stop a task by terminating its worker, but a task
// is one message and one result, so a chunk would share one time budget and a file stuck in a
// regex would lose the chunk's other results; --timeout is per file, hence this small pool.
import { Worker } from "node:worker_threads";
import { EXIT } from "../model/errors.js";
import type { ConvertResult, ConvertTask } from "./convert.js";

/**
 * A worker's young generation (V8's nursery for new objects) is capped at 16 MB. A parse leaves
 * little alive (about 15 MB after a full collection, whatever the archive's size), but V8 grows
 * the nursery towards 48 MB as a long batch keeps allocating, so peak memory rose with the
 * archive (+17–28 % from 1,000 to 10,000 notices). Capped, it stays level, and is no slower
 * (4,000 notices, --jobs 2: 12.1–12.8 s and 195–204 MB against 12.9–13.8 s and 214–220 MB).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

export interface Pool {
  /** how many files the caller should keep submitted so that no worker waits for work */
  capacity: number;
  /** the file's result; null if the pool was stopped before the file was started */
  run(task: ConvertTask): Promise<ConvertResult | null>;
  /** give up the files not yet started (their run() gives null); files in progress finish */
  stop(): void;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** milliseconds one file may take; 0 = no limit */
  timeoutMs: number;
  /** how many files the batch will hand the pool (sizes the pool); default: enough for every job */
  files?: number;
}

/** Files handed to a worker in one message. */
export const CHUNK = 16;
/** A worker costs a thread and a parser loaded (~0.1–0.2 s): started only for this many files. */
export const MIN_FILES_PER_WORKER = 48;

/** How many worker threads a batch of `files` files gets with --jobs `jobs`. */
export function workersFor(jobs: number, files: number): number {
  return Math.max(1, Math.min(jobs, Math.ceil(files / MIN_FILES_PER_WORKER)));
}

function failed(task: ConvertTask, ms: number, code: "E_TIMEOUT" | "E_INTERNAL", reason: string): ConvertResult {
  return {
    id: task.id, rel: task.rel, status: "failed", bytes: 0, ms, sha256: null, warnings: 0, reason, code,
    exitCode: code === "E_TIMEOUT" ? EXIT.timeout : EXIT.internal,
  };
}

interface Job {
  task: ConvertTask;
  resolve: (r: ConvertResult | null) => void;
}

export function createPool(jobs: number, opts: PoolOptions = { timeoutMs: 0 }): Pool {
  // one file at a time with no time limit runs inline: no thread to start
  if (jobs <= 1 && opts.timeoutMs <= 0) {
    let stopped = false;
    return {
      capacity: 1,
      async run(task) {
        if (stopped) return null;
        const { convert } = await import("./convert.js");
        return convert(task);
      },
      stop: () => void (stopped = true),
      close: async () => {},
    };
  }
  const size = workersFor(jobs, opts.files ?? jobs * MIN_FILES_PER_WORKER);
  const queue: Job[] = [];
  const idle: Slot[] = [];
  const all = new Set<Slot>();
  let closed = false;

  interface Slot {
    worker: Worker;
    /** the chunk this worker is on; its first file is the one in progress */
    chunk: Job[];
    started: number;
    /** it has loaded the parser and said so; only then is it given files */
    ready: boolean;
    timer?: NodeJS.Timeout;
  }

  const arm = (slot: Slot) => {
    clearTimeout(slot.timer);
    slot.started = performance.now();
    if (opts.timeoutMs > 0 && slot.chunk.length > 0) {
      slot.timer = setTimeout(() => {
        const s = opts.timeoutMs / 1000;
        broken(slot, "E_TIMEOUT", `took longer than ${s} s — stopped (raise --timeout for very large files)`);
      }, opts.timeoutMs);
    }
  };

  const dispatch = () => {
    if (all.size === 0 && queue.length > 0 && !closed) spawn();
    while (idle.length > 0 && queue.length > 0) {
      const slot = idle.pop()!;
      // share the tail of the queue fairly: no worker takes a full chunk while another starves
      const n = Math.max(1, Math.min(CHUNK, Math.ceil(queue.length / all.size)));
      slot.chunk = queue.splice(0, n);
      arm(slot);
      slot.worker.postMessage(slot.chunk.map((j) => j.task));
    }
  };

  /** the file in progress failed with its worker: report it, requeue the rest of the chunk, start a fresh worker */
  const broken = (slot: Slot, code: "E_TIMEOUT" | "E_INTERNAL", reason: string) => {
    clearTimeout(slot.timer);
    all.delete(slot);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const [head, ...rest] = slot.chunk;
    slot.chunk = [];
    queue.unshift(...rest);
    // a worker that broke before its first file (it could not start) takes the next file with it,
    // so a worker that can never start fails the files one by one instead of respawning for ever
    const current = head ?? (slot.ready ? undefined : queue.shift());
    if (current) current.resolve(failed(current.task, performance.now() - slot.started, code, reason));
    // (one that broke idle before it was ready is not replaced at once: dispatch starts one if none is left)
    if (!closed && (slot.ready || current)) spawn();
    dispatch();
  };

  const spawn = () => {
    const slot: Slot = { worker: new Worker(new URL("./worker.js", import.meta.url), { resourceLimits: WORKER_LIMITS }), chunk: [], started: 0, ready: false };
    all.add(slot);
    slot.worker.on("message", (r: ConvertResult | "ready") => {
      if (r === "ready") {
        // the parser is loaded: from now on the budget counts only a file's own work
        slot.ready = true;
        idle.push(slot);
        dispatch();
        return;
      }
      const job = slot.chunk.shift();
      if (!job) return;
      job.resolve(r);
      if (slot.chunk.length > 0) arm(slot);
      else {
        clearTimeout(slot.timer);
        idle.push(slot);
        dispatch();
      }
    });
    slot.worker.on("error", (e: Error) => broken(slot, "E_INTERNAL", `internal error: the worker failed (${e.message})`));
    slot.worker.on("exit", (code: number) => broken(slot, "E_INTERNAL", `internal error: the worker stopped (exit ${code})`));
  };
  for (let i = 0; i < size; i++) spawn();

  return {
    capacity: size * CHUNK * 2,
    run(task) {
      if (closed) return Promise.resolve(null);
      return new Promise<ConvertResult | null>((resolve) => {
        queue.push({ task, resolve });
        dispatch();
      });
    },
    stop() {
      for (const job of queue.splice(0)) job.resolve(null);
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.resolve(null);
      await Promise.all(
        [...all].map((s) => {
          clearTimeout(s.timer);
          s.worker.removeAllListeners();
          return s.worker.terminate();
        }),
      );
    },
  };
}
