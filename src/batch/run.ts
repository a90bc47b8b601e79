// kexie batch: a whole archive → mirrored JSON (plus .md/.tasks.csv on request), the
// archive-wide tasks.csv / documents.csv and report.json. One bad file never stops the batch;
// every file is written atomically; a journal lets a re-run skip unchanged files and finish
// what an interrupted run left.
import { once } from "node:events";
import { promises as fs, createWriteStream } from "node:fs";
import { PassThrough } from "node:stream";
import path from "node:path";
import { KexieError } from "../model/errors.js";
import { VERSION } from "../model/version.js";
import { LIMITS } from "../model/limits.js";
import { writeAtomic } from "../io.js";
import { LINT_DIR, csvRows, outputPath, outputStems, readFindings, type ConvertResult, type ConvertTask, type FileRecord, type LintCounts } from "./convert.js";
import type { LintOptions } from "../lint/index.js";
import { createPool } from "./pool.js";
import { createProgress } from "./progress.js";
import { walk } from "./walk.js";

export interface BatchOptions {
  out: string | null;
  jobs: number;
  include: string[];
  exclude: string[];
  to: Array<"md" | "csv" | "xlsx">;
  /** csv/xlsx header language */
  lang?: "en" | "zh";
  /** also write tasks.parquet, documents.parquet and sections.parquet in OUT */
  parquet?: boolean;
  force: boolean;
  ndjson: boolean;
  quiet: boolean;
  encoding: string | null;
  /** CSV cells as they are, formula-like text not neutralised (--csv-raw) */
  csvRaw?: boolean;
  /** follow symbolic links that lead out of SRC (default: listed as skipped, with the reason) */
  followSymlinks?: boolean;
  /** refuse larger files (E_TOO_LARGE); default LIMITS.maxBytes */
  maxBytes?: number;
  /** milliseconds one file may take before its worker is stopped (E_TIMEOUT); 0 = none; default LIMITS.timeoutMs */
  timeoutMs?: number;
  /** --lint: lint each converted file with these options; findings in OUT/lint.csv, counts in report.json */
  lint?: LintOptions | null;
  /** called with each NDJSON line, in file order */
  write?: (line: string) => Promise<void>;
  signal?: AbortSignal;
}

export interface BatchReport {
  kexieVersion: string;
  source: string;
  interrupted: boolean;
  /** files unchanged since the last run, not converted again (their recorded results are listed) */
  reused: number;
  totals: {
    files: number; ok: number; warnings: number; notNotice: number; failed: number; skipped: number; bytes: number; seconds: number; peakRssMB: number;
    /** with --lint: findings in all converted files, and how many files have any */
    lint?: LintCounts & { files: number; filesWithFindings: number };
  };
  files: Array<Omit<FileRecord, "id" | "rel"> & { file: string }>;
}

const STATE_DIR = ".kexie";

/** What a file was converted from and with: a re-run skips it only when all of this matches. */
interface JournalEntry {
  rel: string;
  sha256: string;
  version: string;
  /** the options that change what is written (absent in journals of older runs: never skipped) */
  to?: string[];
  encoding?: string | null;
  lang?: "en" | "zh";
  csvRaw?: boolean;
  /** the lint options of a --lint run (absent without --lint) */
  lint?: string;
  /** what the conversion found, reported again when the file is skipped as unchanged */
  status?: "ok" | "warnings" | "not-a-notice";
  warnings?: number;
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

/**
 * OUT/tasks.csv and OUT/documents.csv, written while the batch runs: each document's rows are
 * appended in file order as soon as the files before it are done (the workers render them), so
 * nothing is held for the whole archive and nothing is read back at the end. Written to a temporary
 * file and renamed at the end; an interrupted run discards them and keeps the previous ones.
 */
async function openAggregates(out: string, tmpDir: string, opts: { lang: "en" | "zh"; raw: boolean }) {
  const { tasksCsv, documentsCsv } = await import("../export/csv.js");
  const tables = ([["tasks.csv", tasksCsv], ["documents.csv", documentsCsv]] as const).map(([name, render]) => {
    const sink = new PassThrough();
    let failure: unknown = null;
    const written = writeAtomic(path.join(out, name), sink, { tmpDir });
    written.catch((e) => (failure ??= e));
    sink.write(render([], { bom: true, lang: opts.lang, raw: opts.raw })); // the header
    return { name, render, sink, written, failed: () => failure !== null };
  });
  return {
    /** a document's rows: rendered by the worker, or (a file unchanged since the last run) from its JSON on disk */
    async add(rows: ConvertResult["rows"], jsonFile: string): Promise<void> {
      if (!rows) {
        const json = await fs.readFile(jsonFile, "utf8").catch(() => null);
        if (json === null) return;
        const doc = JSON.parse(json);
        rows = { tasks: csvRows(tasksCsv, doc, opts.lang, opts.raw), documents: csvRows(documentsCsv, doc, opts.lang, opts.raw) };
      }
      for (const t of tables) {
        if (t.failed()) continue;
        if (!t.sink.write(t.name === "tasks.csv" ? rows.tasks : rows.documents)) {
          await Promise.race([once(t.sink, "drain"), t.written.catch(() => {})]);
        }
      }
    },
    async close(): Promise<void> {
      for (const t of tables) t.sink.end();
      for (const t of tables) await t.written;
    },
    /** an interrupted run: the temporary files are removed, the previous tables stay */
    async discard(): Promise<void> {
      for (const t of tables) t.sink.destroy(new Error("interrupted"));
      for (const t of tables) await t.written.catch(() => {});
    },
  };
}

/** With --to xlsx the archive workbook, with --to parquet three Parquet tables, streamed from the per-file JSON in file order: memory stays flat. */
async function writeWorkbooks(out: string, tmpDir: string, stems: string[], opts: { lang: "en" | "zh"; xlsx: boolean; parquet: boolean }): Promise<void> {
  const { lang, xlsx, parquet } = opts;
  async function* documents() {
    for (const stem of stems) {
      const json = await fs.readFile(outputPath(out, stem, ".json"), "utf8").catch(() => null);
      if (json !== null) yield JSON.parse(json);
    }
  }
  if (xlsx) {
    const { writeXlsx } = await import("../export/xlsx.js");
    const sink = new PassThrough();
    const written = writeAtomic(path.join(out, "archive.xlsx"), sink, { tmpDir });
    try {
      await writeXlsx(sink, documents, { lang });
    } catch (e) {
      sink.destroy(e as Error);
      await written.catch(() => {}); // the temp file is removed; the first error is the one to report
      throw e;
    }
    await written;
  }
  if (parquet) {
    const { openParquet } = await import("../export/parquet.js");
    const w = await openParquet(out, { tmpDir });
    for await (const doc of documents()) await w.add(doc);
    await w.close();
  }
}

/** Lint options with keys in a fixed order, so the journal's record of them compares as text. */
function canonicalLint(o: LintOptions): LintOptions {
  const rules = o.rules ? Object.fromEntries(Object.entries(o.rules).sort(([a], [b]) => a.localeCompare(b))) : undefined;
  return { ...(rules ? { rules } : {}), ...(o.dateStyle ? { dateStyle: o.dateStyle } : {}), ...(o.lang ? { lang: o.lang } : {}) };
}

/** Findings of every linted file added up: by severity and by rule. */
function totalLint(done: FileRecord[]): LintCounts & { files: number; filesWithFindings: number } {
  const linted = done.filter((r) => r.lint);
  const rules: Record<string, number> = {};
  for (const id of [...new Set(linted.flatMap((r) => Object.keys(r.lint!.rules)))].sort()) {
    rules[id] = linted.reduce((n, r) => n + (r.lint!.rules[id] ?? 0), 0);
  }
  return {
    files: linted.length,
    filesWithFindings: linted.filter((r) => Object.keys(r.lint!.rules).length > 0).length,
    errors: linted.reduce((n, r) => n + r.lint!.errors, 0),
    warnings: linted.reduce((n, r) => n + r.lint!.warnings, 0),
    info: linted.reduce((n, r) => n + r.lint!.info, 0),
    rules,
  };
}

/** OUT/lint.csv: one row per finding, files in file order, streamed from each file's findings. */
async function writeLintCsv(out: string, tmpDir: string, files: Array<{ rel: string; stem: string }>, opts: { lang: "en" | "zh"; raw: boolean }): Promise<void> {
  const { lintCsv } = await import("../export/csv.js");
  const csv = { lang: opts.lang, raw: opts.raw };
  async function* rows() {
    yield lintCsv([], { ...csv, bom: true }); // the header
    for (const f of files) {
      const findings = await readFindings(outputPath(out, `${LINT_DIR}/${f.stem}`, ".json"));
      if (!findings?.length) continue;
      const body = lintCsv(findings.map((x) => ({ file: f.rel, ...x })), { ...csv, bom: false });
      yield body.slice(body.indexOf("\r\n") + 2);
    }
  }
  await writeAtomic(path.join(out, "lint.csv"), rows(), { tmpDir });
}

/** Check and create OUT before any work: a bad -o is one clear error, not a failure per file. */
async function prepareOutput(out: string, src: string): Promise<{ tmpDir: string; realOut: string }> {
  const realOut = await fs.realpath(out).catch(() => null);
  if (realOut && realOut === (await fs.realpath(src))) {
    throw new KexieError("E_USAGE", "the output folder is the source folder — give another folder with -o", { file: out });
  }
  const st = await fs.stat(out).catch(() => null);
  if (st && !st.isDirectory()) throw new KexieError("E_WRITE", "is a file, not a folder — -o takes the output folder", { file: out });
  const tmpDir = path.join(out, STATE_DIR, "tmp");
  try {
    await fs.rm(tmpDir, { recursive: true, force: true }); // temp files of a killed run
    await fs.mkdir(tmpDir, { recursive: true });
  } catch (e) {
    throw new KexieError("E_WRITE", `cannot create the output folder (${(e as NodeJS.ErrnoException).code ?? "error"})`, { file: out });
  }
  return { tmpDir, realOut: await fs.realpath(out) };
}

export async function runBatch(src: string, opts: BatchOptions): Promise<BatchReport> {
  const st = await fs.stat(src).catch(() => null);
  if (!st) throw new KexieError("E_NOT_FOUND", "no such folder — check the path", { file: src });
  if (!st.isDirectory()) throw new KexieError("E_USAGE", "not a folder — kexie batch converts a folder tree; use kexie parse for files", { file: src });
  const started = performance.now();
  const prepared = opts.out ? await prepareOutput(opts.out, src) : null;
  const tmpDir = prepared?.tmpDir ?? null;
  // OUT inside SRC: never walk into it, or a re-run would parse its own .md outputs
  const entries = await walk(src, { include: opts.include, exclude: opts.exclude, skip: prepared ? [prepared.realOut] : [], followSymlinks: opts.followSymlinks });
  const stems = outputStems(entries.map((e) => e.rel));
  const realRoot = await fs.realpath(src);

  const to = [...new Set(opts.to)].sort();
  const encoding = opts.encoding?.toLowerCase() ?? null;
  const lang = opts.lang ?? "en";
  const csvRaw = !!opts.csvRaw;
  if (opts.lint && !opts.out) throw new KexieError("E_USAGE", "--lint writes OUT/lint.csv and counts in OUT/report.json — use -o OUT instead of --ndjson");
  const lint = opts.lint ? canonicalLint(opts.lint) : null;
  const lintKey = lint ? JSON.stringify(lint) : undefined;
  const journalFile = opts.out ? path.join(opts.out, STATE_DIR, "journal.ndjson") : null;
  const journal = journalFile ? await readJournal(journalFile) : new Map<string, JournalEntry>();
  const unchangedSince = (prev: JournalEntry | undefined) =>
    !!prev && prev.version === VERSION && JSON.stringify(prev.to) === JSON.stringify(to) && (prev.encoding ?? null) === encoding &&
    (prev.lang ?? "en") === lang && (!to.includes("csv") || (prev.csvRaw ?? false) === csvRaw) && (!lint || prev.lint === lintKey);
  const journalOut = journalFile ? createWriteStream(journalFile, { flags: "a" }) : null;
  // the journal only saves work on a re-run; if it cannot be written, files are converted again
  journalOut?.on("error", () => {});

  const toConvert = entries.filter((e) => !e.skipped && !e.failure).length;
  const pool = createPool(opts.jobs, { timeoutMs: opts.timeoutMs ?? LIMITS.timeoutMs, files: toConvert });
  const onAbort = () => pool.stop();
  opts.signal?.addEventListener("abort", onAbort);
  const aggregates = opts.out && tmpDir ? await openAggregates(opts.out, tmpDir, { lang, raw: csvRaw }) : null;
  const progress = createProgress(entries.length, opts.quiet);
  // small records only; NDJSON documents and aggregate rows wait in `pending` until their turn,
  // at most `window` files ahead of the first one not yet done
  const records: FileRecord[] = new Array(entries.length);
  const pending = new Map<number, string>();
  const pendingRows = new Map<number, NonNullable<ConvertResult["rows"]>>();
  const window = pool.capacity * 4;
  let nextToEmit = 0;
  const wakeWaiting: Array<() => void> = [];
  // one emitter at a time, or two workers could write the same line while a write is in flight
  let emitting = Promise.resolve();
  const emitReady = () =>
    (emitting = emitting.then(async () => {
      while (nextToEmit < entries.length && records[nextToEmit]) {
        const json = pending.get(nextToEmit);
        if (json !== undefined && opts.write) await opts.write(json + "\n");
        pending.delete(nextToEmit);
        if (aggregates && records[nextToEmit]!.status !== "failed") {
          await aggregates.add(pendingRows.get(nextToEmit), outputPath(opts.out!, stems[nextToEmit]!, ".json"));
        }
        pendingRows.delete(nextToEmit);
        nextToEmit++;
      }
      for (const wake of wakeWaiting.splice(0)) wake();
    }));

  let interrupted = false;
  let cursor = 0;
  const worker = async () => {
    while (cursor < entries.length) {
      while (cursor - nextToEmit >= window) await new Promise<void>((r) => wakeWaiting.push(r));
      if (opts.signal?.aborted) {
        interrupted = true;
        return;
      }
      if (cursor >= entries.length) return;
      const i = cursor++;
      const e = entries[i]!;
      let r: ConvertResult | null;
      if (e.skipped) {
        r = { id: i, rel: e.rel, status: "skipped", bytes: 0, ms: 0, sha256: null, warnings: 0, reason: e.skipped.reason };
      } else if (e.failure) {
        const { code, reason } = e.failure;
        r = { id: i, rel: e.rel, status: "failed", bytes: 0, ms: 0, sha256: null, warnings: 0, code, exitCode: new KexieError(code, reason).exitCode, reason };
      } else {
        const prev = journal.get(e.rel);
        const task: ConvertTask = {
          id: i, abs: e.abs, rel: e.rel, outStem: stems[i]!, outDir: opts.out, tmpDir, to, lang, force: opts.force, encoding: opts.encoding, csvRaw,
          realRoot, followSymlinks: !!opts.followSymlinks, realOut: prepared?.realOut ?? null, maxBytes: opts.maxBytes, lint,
          previousSha256: unchangedSince(prev) ? prev!.sha256 : null,
          // journals of older runs do not say: such a file is converted again
          previous: unchangedSince(prev) && prev!.status ? { status: prev!.status, warnings: prev!.warnings ?? 0 } : null,
          rows: !!aggregates,
        };
        r = await pool.run(task);
      }
      if (r === null) {
        // stopped (Ctrl-C) before it was started: left for the next run
        interrupted = true;
        return;
      }
      const { json, rows, ...record } = r;
      records[i] = record;
      if (json !== undefined) pending.set(i, json);
      if (rows !== undefined) pendingRows.set(i, rows);
      if (journalOut && r.sha256 && !r.reused && (r.status === "ok" || r.status === "warnings" || r.status === "not-a-notice")) {
        journalOut.write(JSON.stringify({ rel: r.rel, sha256: r.sha256, version: VERSION, to, encoding, lang, csvRaw, lint: lintKey, status: r.status, warnings: r.warnings } satisfies JournalEntry) + "\n");
      }
      progress.tick(r.status === "failed");
      await emitReady();
    }
  };
  try {
    // enough files submitted at once to fill every worker's chunk twice over
    await Promise.all(Array.from({ length: pool.capacity }, worker));
    await emitting;
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
    await pool.close();
    if (aggregates && (interrupted || nextToEmit < entries.length)) await aggregates.discard();
    progress.stop();
    if (journalOut) {
      journalOut.end();
      // "close" also follows an error, where "finish" never comes
      if (!journalOut.closed) await new Promise<void>((r) => journalOut.once("close", () => r()));
    }
  }

  const done = records.filter(Boolean);
  const report: BatchReport = {
    kexieVersion: VERSION,
    source: src,
    interrupted,
    reused: done.filter((r) => r.reused).length,
    totals: {
      files: entries.length,
      ok: done.filter((r) => r.status === "ok").length,
      warnings: done.filter((r) => r.status === "warnings").length,
      notNotice: done.filter((r) => r.status === "not-a-notice").length,
      failed: done.filter((r) => r.status === "failed").length,
      skipped: done.filter((r) => r.status === "skipped").length,
      bytes: done.reduce((s, r) => s + r.bytes, 0),
      seconds: Math.round((performance.now() - started) / 10) / 100,
      // memory of the whole process, workers included: it must not grow with the number of files
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      ...(lint ? { lint: totalLint(done) } : {}),
    },
    files: done.map(({ id: _id, rel, reused: _reused, lint: fileLint, ...r }) => ({ file: rel, ...r, ms: Math.round(r.ms * 10) / 10, ...(fileLint ? { lint: fileLint } : {}) })),
  };
  if (opts.out && tmpDir) {
    if (!interrupted) {
      await aggregates!.close();
      const converted = done.filter((r) => r.status !== "failed").map((r) => stems[r.id]!);
      if (to.includes("xlsx") || opts.parquet) await writeWorkbooks(opts.out, tmpDir, converted, { lang, xlsx: to.includes("xlsx"), parquet: !!opts.parquet });
      if (lint) {
        const linted = done.filter((r) => r.lint).map((r) => ({ rel: r.rel, stem: stems[r.id]! }));
        await writeLintCsv(opts.out, tmpDir, linted, { lang, raw: csvRaw });
      }
    }
    await writeAtomic(path.join(opts.out, "report.json"), JSON.stringify(report, null, 2) + "\n", { tmpDir });
  }
  return report;
}
