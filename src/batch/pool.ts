// A fixed pool of worker threads fed from a queue; results come back in any order and the
// caller puts them in file order, so outputs are identical for any --jobs. Each file has a time
// budget (--timeout): a worker still busy when it runs out is terminated — whatever it was stuck
// in — the file is reported as E_TIMEOUT and a fresh worker takes its place. A worker that dies
// (out of memory, a crash) is replaced the same way and its file reported, never the batch lost.
import { Worker } from "node:worker_threads";
import { EXIT } from "../model/errors.js";
import { convert, type ConvertResult, type ConvertTask } from "./convert.js";

export interface Pool {
  run(task: ConvertTask): Promise<ConvertResult>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** milliseconds one file may take; 0 = no limit */
  timeoutMs: number;
}

function failed(task: ConvertTask, ms: number, code: "E_TIMEOUT" | "E_INTERNAL", reason: string): ConvertResult {
  return {
    id: task.id, rel: task.rel, status: "failed", bytes: 0, ms, sha256: null, warnings: 0, reason, code,
    exitCode: code === "E_TIMEOUT" ? EXIT.timeout : EXIT.internal,
  };
}

export function createPool(jobs: number, opts: PoolOptions = { timeoutMs: 0 }): Pool {
  // one file at a time with no time limit runs inline: no thread to start
  if (jobs <= 1 && opts.timeoutMs <= 0) return { run: convert, close: async () => {} };
  const spawn = () => new Worker(new URL("./worker.js", import.meta.url));
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  const all = new Set<Worker>();
  for (let i = 0; i < Math.max(1, jobs); i++) {
    const w = spawn();
    all.add(w);
    idle.push(w);
  }
  const acquire = () =>
    new Promise<Worker>((resolve) => {
      const w = idle.pop();
      if (w) resolve(w);
      else waiting.push(resolve);
    });
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  /** a worker that timed out or died: terminated, and a fresh one takes its place */
  const replace = (w: Worker): Worker => {
    all.delete(w);
    void w.terminate();
    const fresh = spawn();
    all.add(fresh);
    return fresh;
  };
  return {
    async run(task) {
      let w = await acquire();
      const t0 = performance.now();
      try {
        return await new Promise<ConvertResult>((resolve) => {
          let timer: NodeJS.Timeout | undefined;
          const done = (r: ConvertResult, broken: boolean) => {
            clearTimeout(timer);
            w.off("message", onMessage);
            w.off("error", onError);
            w.off("exit", onExit);
            if (broken) w = replace(w);
            resolve(r);
          };
          const onMessage = (r: ConvertResult) => done(r, false);
          const onError = (e: Error) => done(failed(task, performance.now() - t0, "E_INTERNAL", `internal error: the worker failed (${e.message})`), true);
          const onExit = (code: number) => done(failed(task, performance.now() - t0, "E_INTERNAL", `internal error: the worker stopped (exit ${code})`), true);
          w.once("message", onMessage);
          w.once("error", onError);
          w.once("exit", onExit);
          if (opts.timeoutMs > 0) {
            timer = setTimeout(() => {
              const s = opts.timeoutMs / 1000;
              done(failed(task, performance.now() - t0, "E_TIMEOUT", `took longer than ${s} s — stopped (raise --timeout for very large files)`), true);
            }, opts.timeoutMs);
          }
          w.postMessage(task);
        });
      } finally {
        release(w);
      }
    },
    async close() {
      await Promise.all([...all].map((x) => x.terminate()));
    },
  };
}
