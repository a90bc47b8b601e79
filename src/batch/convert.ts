// One file of a batch: read, parse, write its outputs atomically. Runs inside a worker thread
// (or inline with --jobs 1), so the main thread only sees small results and memory stays flat.
import { createHash } from "node:crypto";
import { accessSync, promises as fs, realpathSync } from "node:fs";
import path from "node:path";
import { isInside, readInput, writeAtomic } from "../io.js";
import type { Notice } from "../model/schema.js";
import { EXIT, KexieError } from "../model/errors.js";
import type { LintOptions } from "../lint/index.js";

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
  /** what that earlier run found: a file skipped as unchanged reports the same */
  previous?: { status: "ok" | "warnings" | "not-a-notice"; warnings: number } | null;
  force: boolean;
  encoding: string | null;
  /** per-file .tasks.csv cells as they are (--csv-raw) */
  csvRaw?: boolean;
  /** real path of SRC: a file whose real path is outside it is not read (unless followSymlinks) */
  realRoot?: string | null;
  followSymlinks?: boolean;
  /** real path of OUT: every output must land inside it */
  realOut?: string | null;
  /** refuse larger inputs (E_TOO_LARGE); default LIMITS.maxBytes */
  maxBytes?: number;
  /** --lint: lint the file too, with these options (.kexierc.json, message language) */
  lint?: LintOptions | null;
  /** also return the document's rows of the archive-wide tasks.csv and documents.csv */
  rows?: boolean;
}

/** Findings of the linter in one file, by severity and by rule (rule ids in sorted order). */
export interface LintCounts {
  errors: number;
  warnings: number;
  info: number;
  rules: Record<string, number>;
}

/** One finding as kept for lint.csv: where, how bad, which rule, what it says. */
export interface LintFinding {
  line: number;
  column: number;
  severity: "error" | "warning" | "info";
  rule: string;
  message: string;
}

/** Where a file's findings are kept between runs (so a file skipped as unchanged keeps them). */
export const LINT_DIR = ".kexie/lint";

export function lintCounts(findings: LintFinding[]): LintCounts {
  const rules: Record<string, number> = {};
  for (const id of [...new Set(findings.map((f) => f.rule))].sort()) rules[id] = findings.filter((f) => f.rule === id).length;
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
    rules,
  };
}

/** The findings file of a converted file, or null when it is missing or unreadable. */
export async function readFindings(file: string): Promise<LintFinding[] | null> {
  try {
    const v = JSON.parse(await fs.readFile(file, "utf8")) as { findings?: unknown };
    return Array.isArray(v.findings) ? (v.findings as LintFinding[]) : null;
  } catch {
    return null;
  }
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
  /** unchanged since the last run (journal): not converted again, its recorded result reported */
  reused?: boolean;
  /** with --lint: the linter's findings, counted */
  lint?: LintCounts;
}

export interface ConvertResult extends FileRecord {
  /** the document, with --ndjson only; run.ts holds it only until its line is written */
  json?: string;
  /** with task.rows: its rows of OUT/tasks.csv and OUT/documents.csv (no header), written in file order by run.ts */
  rows?: { tasks: string; documents: string };
}

/** The CSV rows one document adds to an archive-wide table: the table rendered, minus its header line. */
export function csvRows(render: (docs: Notice[], o: { bom: boolean; lang: "en" | "zh"; raw: boolean }) => string, doc: Notice, lang: "en" | "zh", raw: boolean): string {
  const body = render([doc], { bom: false, lang, raw });
  return body.slice(body.indexOf("\r\n") + 2);
}

/** Output folders this thread has already created and checked, so each file does not mkdir again. */
const made = new Set<string>();

/** Where an output goes; throws E_WRITE if the stem would lead out of outDir (../, absolute). */
export function outputPath(outDir: string, outStem: string, ext: string): string {
  const root = path.resolve(outDir);
  const file = path.resolve(root, outStem + ext);
  if (file === root || !isInside(root, file) || outStem.split("/").includes("..")) {
    throw new KexieError("E_WRITE", `output path ${JSON.stringify(outStem + ext)} would leave the output folder`, { file: outDir });
  }
  return path.join(outDir, outStem + ext);
}

/** Longest name a file system takes (bytes), and the longest extension added to a stem. */
const NAME_MAX = 255;
const LONGEST_EXT = ".tasks.csv";

/** Cut the last component of `stem` so that it plus `suffix` plus any extension fits NAME_MAX. */
function fitName(stem: string, suffix: string): string {
  const cut = stem.lastIndexOf("/") + 1;
  const dir = stem.slice(0, cut);
  let base = stem.slice(cut);
  const budget = NAME_MAX - Buffer.byteLength(LONGEST_EXT) - Buffer.byteLength(suffix);
  while (Buffer.byteLength(base) > budget) base = [...base].slice(0, -1).join("");
  return dir + base + suffix;
}

/** Two outputs that a case-insensitive or normalising file system (macOS, Windows, FAT) would merge. */
const collisionKey = (stem: string) => stem.normalize("NFC").toLowerCase();

/**
 * a.txt → a, unless another input shares the stem (a.txt beside a.md, or A.md): then a.txt. A
 * name too long for the file system once .tasks.csv is added is cut and given a hash of its
 * path; outputs that would still coincide ignoring case get ~2, ~3 … in file order.
 */
export function outputStems(rels: string[]): string[] {
  const stem = (r: string) => r.replace(/\.[^./]+$/, "");
  const count = new Map<string, number>();
  for (const r of rels) count.set(collisionKey(stem(r)), (count.get(collisionKey(stem(r))) ?? 0) + 1);
  const used = new Set<string>();
  return rels.map((r) => {
    let s = count.get(collisionKey(stem(r)))! > 1 ? r : stem(r);
    const base = s.slice(s.lastIndexOf("/") + 1);
    if (Buffer.byteLength(base) + Buffer.byteLength(LONGEST_EXT) > NAME_MAX) {
      s = fitName(s, `~${createHash("sha256").update(r).digest("hex").slice(0, 8)}`);
    }
    let unique = s;
    for (let n = 2; used.has(collisionKey(unique)); n++) unique = fitName(s, `~${n}`);
    used.add(collisionKey(unique));
    return unique;
  });
}

function exists(file: string): boolean {
  try {
    accessSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Every output a conversion writes, so a skip can check they are all still there. */
function outputs(outDir: string, stem: string, to: ConvertTask["to"], lint: boolean) {
  return {
    json: outputPath(outDir, stem, ".json"),
    md: to.includes("md") ? outputPath(outDir, stem, ".md") : null,
    csv: to.includes("csv") ? outputPath(outDir, stem, ".tasks.csv") : null,
    xlsx: to.includes("xlsx") ? outputPath(outDir, stem, ".xlsx") : null,
    lint: lint ? outputPath(outDir, `${LINT_DIR}/${stem}`, ".json") : null,
  };
}

export async function convert(task: ConvertTask): Promise<ConvertResult> {
  const t0 = performance.now();
  // a refused file still has its size in the report, once it could be read
  let base = { id: task.id, rel: task.rel, bytes: 0, sha256: null as string | null, warnings: 0 };
  try {
    // a file swapped for a link out of SRC since the walk is not read
    if (task.realRoot && !task.followSymlinks) {
      let real: string | null = null;
      try {
        real = realpathSync(task.abs);
      } catch {
        // gone since the walk: reading it says so
      }
      if (real && !isInside(task.realRoot, real)) {
        return { ...base, status: "skipped", ms: performance.now() - t0, reason: `symbolic link to ${real}, outside the source folder — pass --follow-symlinks to convert it` };
      }
    }
    const bytes = await readInput(task.abs, { maxBytes: task.maxBytes }); // E_READ / E_NOT_FOUND / E_TOO_LARGE, not an internal error
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    base = { ...base, bytes: bytes.length, sha256 };
    const done = base;
    const out = task.outDir ? outputs(task.outDir, task.outStem, task.to, !!task.lint) : null;
    if (!task.force && out && task.previous && task.previousSha256 === sha256) {
      const wanted = [out.json, out.md, out.csv, out.xlsx].filter((f): f is string => f !== null);
      // with --lint, the findings recorded before are read back (missing or damaged: lint again)
      const findings = out.lint ? await readFindings(out.lint) : null;
      if (wanted.every(exists) && (!out.lint || findings)) {
        // the document is the one written before: so are its status, warnings and findings
        return {
          ...done, status: task.previous?.status ?? "ok", warnings: task.previous?.warnings ?? 0, reused: true, ms: performance.now() - t0,
          ...(findings ? { lint: lintCounts(findings) } : {}),
        };
      }
    }
    const { parseNotice } = await import("../parse.js");
    const doc = await parseNotice(bytes, { path: task.rel, encoding: task.encoding, maxBytes: task.maxBytes });
    const warnings = doc.diagnostics.filter((d) => d.severity !== "info").length;
    let lint: LintCounts | undefined;
    let rows: ConvertResult["rows"];
    if (out && task.tmpDir) {
      const dir = path.dirname(path.resolve(out.json));
      const w = { tmpDir: task.tmpDir, parents: !made.has(dir), inside: task.realOut ?? undefined };
      if (out.lint && task.lint) {
        const { lintBytes } = await import("../lint/index.js");
        const result = await lintBytes(bytes, { ...task.lint, path: task.rel, encoding: task.encoding, fix: false });
        const findings: LintFinding[] = result.messages.map((m) => ({ line: m.line, column: m.column, severity: m.severity, rule: m.ruleId, message: m.message }));
        const record = JSON.stringify({ file: task.rel, findings }) + "\n";
        await writeAtomic(out.lint, record, { ...w, parents: true });
        lint = lintCounts(findings);
      }
      const json = JSON.stringify(doc, null, 2) + "\n";
      // a folder made earlier in this run but removed since: made again
      await writeAtomic(out.json, json, w).catch((e) => (w.parents ? Promise.reject(e) : writeAtomic(out.json, json, { ...w, parents: true })));
      made.add(dir);
      if (task.rows) {
        // from the document itself: it is plain JSON data (no undefined, no Date), so its rows
        // are those of the file as written, without parsing the file back
        const { tasksCsv, documentsCsv } = await import("../export/csv.js");
        rows = { tasks: csvRows(tasksCsv, doc, task.lang, !!task.csvRaw), documents: csvRows(documentsCsv, doc, task.lang, !!task.csvRaw) };
      }
      if (out.md) {
        const { toMarkdown } = await import("../export/markdown.js");
        await writeAtomic(out.md, toMarkdown(doc), w);
      }
      if (out.csv) {
        const { tasksCsv } = await import("../export/csv.js");
        await writeAtomic(out.csv, tasksCsv([doc], { lang: task.lang, raw: !!task.csvRaw }), w);
      }
      if (out.xlsx) {
        const { toXlsx } = await import("../export/xlsx.js");
        await writeAtomic(out.xlsx, await toXlsx([doc], { lang: task.lang }), w);
      }
    }
    return {
      ...done, warnings, ms: performance.now() - t0, rows,
      ...(lint ? { lint } : {}),
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
