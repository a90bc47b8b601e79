// One file of a batch: read, parse, write its outputs atomically. Runs inside a worker thread
// (or inline with --jobs 1), so the main thread only sees small results and memory stays flat.
import { createHash, randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { KexieError } from "../errors.js";
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
  to: Array<"md" | "csv">;
  /** sha256 recorded for this file by an earlier run with this kexie version, if any */
  previousSha256: string | null;
  force: boolean;
  encoding: string | null;
}

export interface ConvertResult {
  id: number;
  rel: string;
  status: "ok" | "warnings" | "failed" | "skipped";
  bytes: number;
  ms: number;
  sha256: string | null;
  warnings: number;
  reason?: string;
  code?: string;
  exitCode?: number;
  /** the document, with --ndjson only */
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

async function writeAtomic(file: string, data: string, tmpDir: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(tmpDir, `${randomBytes(8).toString("hex")}.tmp`);
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

export async function convert(task: ConvertTask): Promise<ConvertResult> {
  const t0 = performance.now();
  const base = { id: task.id, rel: task.rel, bytes: 0, sha256: null, warnings: 0 };
  try {
    const bytes = await fs.readFile(task.abs);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const done = { ...base, bytes: bytes.length, sha256 };
    if (
      !task.force && task.outDir && task.previousSha256 === sha256 &&
      (await exists(outputPath(task.outDir, task.outStem, ".json")))
    ) {
      return { ...done, status: "skipped", ms: performance.now() - t0 };
    }
    const doc = await parseNotice(bytes, { path: task.rel, encoding: task.encoding });
    const warnings = doc.diagnostics.filter((d) => d.severity !== "info").length;
    const json = JSON.stringify(doc, null, 2) + "\n";
    if (task.outDir && task.tmpDir) {
      await writeAtomic(outputPath(task.outDir, task.outStem, ".json"), json, task.tmpDir);
      if (task.to.includes("md")) {
        const { toMarkdown } = await import("../export/markdown.js");
        await writeAtomic(outputPath(task.outDir, task.outStem, ".md"), toMarkdown(doc), task.tmpDir);
      }
      if (task.to.includes("csv")) {
        const { tasksCsv } = await import("../export/csv.js");
        await writeAtomic(outputPath(task.outDir, task.outStem, ".tasks.csv"), tasksCsv([doc]), task.tmpDir);
      }
    }
    return {
      ...done, warnings, status: warnings ? "warnings" : "ok", ms: performance.now() - t0,
      json: task.outDir ? undefined : JSON.stringify(doc),
    };
  } catch (err) {
    const e = err instanceof KexieError ? err : null;
    return {
      ...base, status: "failed", ms: performance.now() - t0,
      reason: e ? e.message : `internal error: ${(err as Error)?.message ?? String(err)}`,
      code: e?.code ?? "E_INTERNAL", exitCode: e?.exitCode ?? 1,
    };
  }
}
