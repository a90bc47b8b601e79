// A fixed pool of worker threads fed from a queue; results come back in any order and the
// caller puts them in file order, so outputs are identical for any --jobs.
import { Worker } from "node:worker_threads";
import { convert, type ConvertResult, type ConvertTask } from "./convert.js";

export interface Pool {
  run(task: ConvertTask): Promise<ConvertResult>;
  close(): Promise<void>;
}

export function createPool(jobs: number): Pool {
  if (jobs <= 1) return { run: convert, close: async () => {} };
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  const all: Worker[] = [];
  for (let i = 0; i < jobs; i++) {
    const w = new Worker(new URL("./worker.js", import.meta.url));
    all.push(w);
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
  return {
    async run(task) {
      const w = await acquire();
      try {
        return await new Promise<ConvertResult>((resolve, reject) => {
          const onError = (e: Error) => reject(e);
          w.once("error", onError);
          w.once("message", (r: ConvertResult) => {
            w.off("error", onError);
            resolve(r);
          });
          w.postMessage(task);
        });
      } finally {
        release(w);
      }
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
