// kexie export: parsed JSON (kexie parse output) → CSV, xlsx, Markdown, NDJSON or JSON. Inputs are
// checked against the schema first so a hand-edited file fails with its path, not a stack trace.
import { EXIT, KexieError } from "../model/errors.js";
import { documentsCsv, sectionsCsv, tasksCsv } from "../export/csv.js";
import { toMarkdown } from "../export/markdown.js";
import { toNdjson } from "../export/ndjson.js";
import { sectionRecords, taskRecords } from "../export/records.js";
import type { Lang } from "../export/sheets.js";
import type { Notice } from "../model/schema.js";
import { fail, loadDocuments } from "./json-input.js";
import { isMarkdownFolder, writeMarkdownFiles } from "./markdown-files.js";
import { writeAtomic } from "../io.js";
import { promises as fs } from "node:fs";

export type ExportFormat = "csv" | "xlsx" | "md" | "ndjson" | "json" | "parquet";

export interface ExportOptions {
  to: ExportFormat;
  what: "tasks" | "sections" | "documents";
  bom: boolean;
  /** spreadsheet headers: en (column keys, the default) or zh */
  lang?: Lang;
  /** CSV cells as they are, formula-like text not neutralised */
  csvRaw?: boolean;
  output?: string;
}


export async function render(docs: Notice[], opts: Pick<ExportOptions, "what" | "bom" | "lang" | "csvRaw"> & { to: Exclude<ExportFormat, "parquet"> }): Promise<string | Buffer> {
  switch (opts.to) {
    case "csv": {
      const csv = { tasks: tasksCsv, sections: sectionsCsv, documents: documentsCsv }[opts.what];
      return csv(docs, { bom: opts.bom, lang: opts.lang, raw: opts.csvRaw ?? false });
    }
    // a workbook holds every view, one sheet each: --what does not apply; cells are typed text,
    // never formulas, so nothing needs neutralising
    case "xlsx": {
      const { toXlsx } = await import("../export/xlsx.js");
      return toXlsx(docs, { lang: opts.lang });
    }
    // Markdown renders whole documents; several follow one another, each with its front matter
    case "md":
      return docs.map(toMarkdown).join("\n");
    case "ndjson":
    case "json": {
      const values: unknown[] = opts.what === "tasks" ? taskRecords(docs) : opts.what === "sections" ? sectionRecords(docs) : docs;
      if (opts.to === "ndjson") return toNdjson(values);
      return JSON.stringify(opts.what === "documents" && values.length === 1 ? values[0] : values, null, 2) + "\n";
    }
  }
}

/** A workbook is binary: refuse to print it on a terminal (before any input is read). */
export function checkBinaryOutput(to: string | undefined, output: string | undefined): void {
  if (to === "xlsx" && !output && process.stdout.isTTY) {
    throw new KexieError("E_USAGE", "an xlsx workbook is binary — give -o FILE.xlsx (or redirect standard output to a file)");
  }
}

/** Exit code: 0, or the highest of the failures (each reported on one line; good files still export). */
export async function runExport(files: string[], opts: ExportOptions): Promise<number> {
  if (files.length === 0) {
    return fail(new KexieError("E_USAGE", "no input — give kexie JSON files, or - for standard input"));
  }
  if (opts.to === "parquet" && !opts.output) {
    return fail(new KexieError("E_USAGE", "Parquet is three files (tasks, documents, sections) — give their folder with -o DIR"));
  }
  try {
    checkBinaryOutput(opts.to, opts.output);
  } catch (err) {
    return fail(err);
  }
  const docs: Notice[] = [];
  let exit: number = EXIT.ok;
  for (const file of files) {
    try {
      docs.push(...(await loadDocuments(file)));
    } catch (err) {
      exit = Math.max(exit, fail(err));
    }
  }
  if (docs.length === 0 && exit !== EXIT.ok) return exit;
  if (opts.to === "parquet") {
    try {
      await fs.mkdir(opts.output!, { recursive: true });
    } catch (e) {
      return Math.max(exit, fail(new KexieError("E_WRITE", `cannot create the folder (${(e as NodeJS.ErrnoException).code ?? "error"})`, { file: opts.output })));
    }
    const { writeParquet } = await import("../export/parquet.js");
    try {
      await writeParquet(docs, opts.output!);
    } catch (err) {
      exit = Math.max(exit, fail(err));
    }
    return exit;
  }
  try {
    // Markdown to a folder: one file per notice (-o ending in .md is one file, as below)
    if (opts.to === "md" && opts.output && (await isMarkdownFolder(opts.output))) {
      await writeMarkdownFiles(docs, opts.output, toMarkdown);
      return exit;
    }
  } catch (err) {
    return Math.max(exit, fail(err));
  }
  const text = await render(docs, { ...opts, to: opts.to });
  try {
    if (opts.output) await writeAtomic(opts.output, text);
    else await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
  } catch (err) {
    exit = Math.max(exit, fail(err));
  }
  return exit;
}
