// Worker threads for a batch: tinypool (vitest's pool, a maintained fork of piscina without
// dependencies) runs convert() in `jobs` threads and replaces a worker that dies, so a crashed
// worker is never handed another file. Results come back in any order; run.ts puts them in file
// order, so outputs are identical for any --jobs. A file whose worker died is a failed entry of
// its own (E_INTERNAL), never the end of the batch.
import Tinypool from "tinypool";
import { EXIT } from "../model/errors.js";
import { convert, type ConvertResult, type ConvertTask } from "./convert.js";

export interface Pool {
  run(task: ConvertTask): Promise<ConvertResult>;
  close(): Promise<void>;
}

/** `worker` is the module whose default export converts one task (a test may pass its own). */
export function createPool(jobs: number, worker: URL = new URL("./worker.js", import.meta.url)): Pool {
  if (jobs <= 1) return { run: convert, close: async () => {} };
  const pool = new Tinypool({ filename: worker.href, minThreads: jobs, maxThreads: jobs });
  return {
    async run(task) {
      try {
        return (await pool.run(task)) as ConvertResult;
      } catch (err) {
        const reason = `internal error: the worker converting this file stopped (${(err as Error)?.message ?? String(err)})`;
        return { id: task.id, rel: task.rel, status: "failed", bytes: 0, ms: 0, sha256: null, warnings: 0, reason, code: "E_INTERNAL", exitCode: EXIT.internal };
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}
