// One file of a batch: read, parse, write its outputs atomically. Runs inside a worker thread
// (or inline with --jobs 1), so the main thread only sees small results and memory stays flat.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { readInput, writeAtomic } from "../io.js";
import { EXIT, KexieError } from "../model/errors.js";
import { parseNotice } from "../parse.js";

export interface ConvertTask {
  id: number;
  abs: string;
  rel: string;
  /** output path without extension, relative to outDir (a.txt → a; a.txt beside a.md → a.txt) */
  outStem: string;
  /** where the JSON goes; null with --ndjson */
  outDir: string | null;
  tmpDir: string | null;
  to: Array<"md" | "csv" | "xlsx">;
  /** csv/xlsx header language */
  lang: "en" | "zh";
  /** sha256 recorded for this file by an earlier run with this kexie version and the same
   * output-changing options, if any */
  previousSha256: string | null;
  /** the warnings that earlier run found, kept in the report when the file is skipped */
  previousWarnings?: number;
  force: boolean;
  encoding: string | null;
}

/** What the main thread keeps per file: small, whatever the size of the document. */
export interface FileRecord {
  id: number;
  rel: string;
  /** not-a-notice: parsed and written, but with none of a notice's elements (a README, a stray page) */
  status: "ok" | "warnings" | "not-a-notice" | "failed" | "skipped";
  bytes: number;
  ms: number;
  sha256: string | null;
  warnings: number;
  reason?: string;
  code?: string;
  exitCode?: number;
}

export interface ConvertResult extends FileRecord {
  /** the document, with --ndjson only; run.ts holds it only until its line is written */
  json?: string;
}

export function outputPath(outDir: string, outStem: string, ext: string): string {
  return path.join(outDir, outStem + ext);
}

/** a.txt → a, unless another input shares the stem (a.txt beside a.md): then a.txt. */
export function outputStems(rels: string[]): string[] {
  const stem = (r: string) => r.replace(/\.[^./]+$/, "");
  const count = new Map<string, number>();
  for (const r of rels) count.set(stem(r), (count.get(stem(r)) ?? 0) + 1);
  return rels.map((r) => (count.get(stem(r))! > 1 ? r : stem(r)));
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

/** Every output a conversion writes, so a skip can check they are all still there. */
function outputs(outDir: string, stem: string, to: ConvertTask["to"]) {
  return {
    json: outputPath(outDir, stem, ".json"),
    md: to.includes("md") ? outputPath(outDir, stem, ".md") : null,
    csv: to.includes("csv") ? outputPath(outDir, stem, ".tasks.csv") : null,
    xlsx: to.includes("xlsx") ? outputPath(outDir, stem, ".xlsx") : null,
  };
}

export async function convert(task: ConvertTask): Promise<ConvertResult> {
  const t0 = performance.now();
  // a refused file still has its size in the report, once it could be read
  let base = { id: task.id, rel: task.rel, bytes: 0, sha256: null as string | null, warnings: 0 };
  try {
    const bytes = await readInput(task.abs); // E_READ / E_NOT_FOUND, not an internal error
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    base = { ...base, bytes: bytes.length, sha256 };
    const done = base;
    const out = task.outDir ? outputs(task.outDir, task.outStem, task.to) : null;
    if (!task.force && out && task.previousSha256 === sha256) {
      const wanted = [out.json, out.md, out.csv, out.xlsx].filter((f): f is string => f !== null);
      if ((await Promise.all(wanted.map(exists))).every(Boolean)) {
        return { ...done, warnings: task.previousWarnings ?? 0, status: "skipped", ms: performance.now() - t0 };
      }
    }
    const doc = await parseNotice(bytes, { path: task.rel, encoding: task.encoding });
    const warnings = doc.diagnostics.filter((d) => d.severity !== "info").length;
    if (out && task.tmpDir) {
      const w = { tmpDir: task.tmpDir, parents: true };
      await writeAtomic(out.json, JSON.stringify(doc, null, 2) + "\n", w);
      if (out.md) {
        const { toMarkdown } = await import("../export/markdown.js");
        await writeAtomic(out.md, toMarkdown(doc), w);
      }
      if (out.csv) {
        const { tasksCsv } = await import("../export/csv.js");
        await writeAtomic(out.csv, tasksCsv([doc], { lang: task.lang }), w);
      }
      if (out.xlsx) {
        const { toXlsx } = await import("../export/xlsx.js");
        await writeAtomic(out.xlsx, await toXlsx([doc], { lang: task.lang }), w);
      }
    }
    return {
      ...done, warnings, ms: performance.now() - t0,
      status: doc.diagnostics.some((d) => d.code === "not-a-notice") ? "not-a-notice" : warnings ? "warnings" : "ok",
      json: out ? undefined : JSON.stringify(doc),
    };
  } catch (err) {
    const e = err instanceof KexieError ? err : null;
    // the entry names the input; a write failure must also say which output
    const reason = !e
      ? `internal error: ${(err as Error)?.message ?? String(err)}`
      : e.code === "E_WRITE" && e.file ? `${e.message}: ${e.file}` : e.message;
    return { ...base, status: "failed", ms: performance.now() - t0, reason, code: e?.code ?? "E_INTERNAL", exitCode: e?.exitCode ?? EXIT.internal };
  }
}
