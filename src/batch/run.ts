// kexie batch: a whole archive → mirrored JSON (plus .md/.tasks.csv on request), the
// archive-wide tasks.csv / documents.csv and report.json. One bad file never stops the batch;
// every file is written atomically; a journal lets a re-run skip unchanged files and finish
// what an interrupted run left.
import { promises as fs, createWriteStream } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { KexieError } from "../errors.js";
import { VERSION } from "../version.js";
import { outputPath, outputStems, type ConvertResult, type ConvertTask } from "./convert.js";
import { createPool } from "./pool.js";
import { createProgress } from "./progress.js";
import { walk } from "./walk.js";

export interface BatchOptions {
  out: string | null;
  jobs: number;
  include: string[];
  exclude: string[];
  to: Array<"md" | "csv">;
  force: boolean;
  ndjson: boolean;
  quiet: boolean;
  encoding: string | null;
  /** called with each NDJSON line, in file order */
  write?: (line: string) => Promise<void>;
  signal?: AbortSignal;
}

export interface BatchReport {
  kexieVersion: string;
  source: string;
  interrupted: boolean;
  totals: { files: number; ok: number; warnings: number; failed: number; skipped: number; bytes: number; seconds: number; peakRssMB: number };
  files: Array<Omit<ConvertResult, "id" | "json" | "rel"> & { file: string }>;
}

const STATE_DIR = ".kexie";

interface JournalEntry {
  rel: string;
  sha256: string;
  version: string;
}

async function readJournal(file: string): Promise<Map<string, JournalEntry>> {
  const map = new Map<string, JournalEntry>();
  const text = await fs.readFile(file, "utf8").catch(() => "");
  for (const line of text.split("\n")) {
    try {
      const e = JSON.parse(line) as JournalEntry;
      if (e.rel && e.sha256) map.set(e.rel, e);
    } catch {
      // a line cut short by a kill: that file is simply converted again
    }
  }
  return map;
}

async function writeFileAtomic(file: string, data: string, tmpDir: string): Promise<void> {
  const tmp = path.join(tmpDir, `${path.basename(file)}.${process.pid}.tmp`);
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

/** Aggregate CSVs streamed from the per-file JSON in file order: memory stays flat. */
async function writeAggregates(out: string, tmpDir: string, stems: string[]): Promise<void> {
  const { tasksCsv, documentsCsv } = await import("../export/csv.js");
  const targets = [
    { name: "tasks.csv", render: tasksCsv },
    { name: "documents.csv", render: documentsCsv },
  ];
  for (const t of targets) {
    const tmp = path.join(tmpDir, `${t.name}.${process.pid}.tmp`);
    const stream = createWriteStream(tmp);
    const header = t.render([], { bom: true });
    stream.write(header);
    for (const stem of stems) {
      const json = await fs.readFile(outputPath(out, stem, ".json"), "utf8").catch(() => null);
      if (json === null) continue;
      const body = t.render([JSON.parse(json)], { bom: false });
      const rows = body.slice(body.indexOf("\r\n") + 2);
      if (!stream.write(rows)) await once(stream, "drain");
    }
    stream.end();
    await once(stream, "finish");
    await fs.rename(tmp, path.join(out, t.name));
  }
}

export async function runBatch(src: string, opts: BatchOptions): Promise<BatchReport> {
  const st = await fs.stat(src).catch(() => null);
  if (!st) throw new KexieError("E_NOT_FOUND", "no such folder — check the path", { file: src });
  if (!st.isDirectory()) throw new KexieError("E_USAGE", "not a folder — kexie batch converts a folder tree; use kexie parse for files", { file: src });
  const started = performance.now();
  const entries = await walk(src, { include: opts.include, exclude: opts.exclude });
  const stems = outputStems(entries.map((e) => e.rel));

  let stateDir: string | null = null;
  let tmpDir: string | null = null;
  let journal = new Map<string, JournalEntry>();
  let journalFile: string | null = null;
  if (opts.out) {
    stateDir = path.join(opts.out, STATE_DIR);
    tmpDir = path.join(stateDir, "tmp");
    await fs.rm(tmpDir, { recursive: true, force: true }); // temp files of a killed run
    await fs.mkdir(tmpDir, { recursive: true });
    journalFile = path.join(stateDir, "journal.ndjson");
    journal = await readJournal(journalFile);
  }
  const journalOut = journalFile ? createWriteStream(journalFile, { flags: "a" }) : null;

  const pool = createPool(opts.jobs);
  const progress = createProgress(entries.length, opts.quiet);
  const results: ConvertResult[] = new Array(entries.length);
  // NDJSON lines leave in file order: finished results wait here until their turn
  let nextToEmit = 0;
  const emitReady = async () => {
    while (nextToEmit < entries.length && results[nextToEmit]) {
      const r = results[nextToEmit]!;
      if (r.json !== undefined && opts.write) await opts.write(r.json + "\n");
      delete r.json;
      nextToEmit++;
    }
  };

  let interrupted = false;
  let cursor = 0;
  const worker = async () => {
    while (cursor < entries.length) {
      if (opts.signal?.aborted) {
        interrupted = true;
        return;
      }
      const i = cursor++;
      const e = entries[i]!;
      let r: ConvertResult;
      if (e.problem === "directory") {
        r = { id: i, rel: e.rel, status: "failed", bytes: 0, ms: 0, sha256: null, warnings: 0, code: "E_IS_DIRECTORY", exitCode: 3, reason: "is a directory named like a document" };
      } else {
        const prev = journal.get(e.rel);
        const task: ConvertTask = {
          id: i, abs: e.abs, rel: e.rel, outStem: stems[i]!, outDir: opts.out, tmpDir, to: opts.to, force: opts.force, encoding: opts.encoding,
          previousSha256: prev && prev.version === VERSION ? prev.sha256 : null,
        };
        r = await pool.run(task);
      }
      results[i] = r;
      if (journalOut && r.sha256 && (r.status === "ok" || r.status === "warnings")) {
        journalOut.write(JSON.stringify({ rel: r.rel, sha256: r.sha256, version: VERSION }) + "\n");
      }
      progress.tick(r.status === "failed");
      await emitReady();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, worker));
  } finally {
    await pool.close();
    progress.stop();
    if (journalOut) {
      journalOut.end();
      await once(journalOut, "finish");
    }
  }

  const done = results.filter(Boolean);
  const report: BatchReport = {
    kexieVersion: VERSION,
    source: src,
    interrupted,
    totals: {
      files: entries.length,
      ok: done.filter((r) => r.status === "ok").length,
      warnings: done.filter((r) => r.status === "warnings").length,
      failed: done.filter((r) => r.status === "failed").length,
      skipped: done.filter((r) => r.status === "skipped").length,
      bytes: done.reduce((s, r) => s + r.bytes, 0),
      seconds: Math.round((performance.now() - started) / 10) / 100,
      // memory of the whole process, workers included: it must not grow with the number of files
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    },
    files: done.map(({ id: _id, json: _json, rel, ...r }) => ({ file: rel, ...r, ms: Math.round(r.ms * 10) / 10 })),
  };
  if (opts.out && tmpDir) {
    if (!interrupted) {
      const converted = done.filter((r) => r.status !== "failed").map((r) => stems[r.id]!);
      await writeAggregates(opts.out, tmpDir, converted);
    }
    await writeFileAtomic(path.join(opts.out, "report.json"), JSON.stringify(report, null, 2) + "\n", tmpDir);
  }
  return report;
}
