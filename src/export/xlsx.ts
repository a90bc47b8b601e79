// An Excel workbook of parsed notices: a sheet of tasks, one of documents, one of sections — the
// same columns and cells as the CSV views (sheets.ts). Written with exceljs's streaming writer, so
// a batch over a whole archive reads its documents once per sheet and never holds them all; the
// header row is frozen and filterable, columns have set widths, dates are real dates (a due month
// is a date shown as yyyy-mm: its first day, or its last when it ends a span, so sorting and
// "overdue" filters work). A workbook needs no BOM or import dialog to show Chinese, unlike CSV.
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Notice } from "../model/schema.js";
import { COLUMNS, rowsOf, type Cell, type Lang, type View } from "./sheets.js";

export interface XlsxOptions {
  lang?: Lang;
}

const SHEETS: ReadonlyArray<{ view: View; en: string; zh: string }> = [
  { view: "tasks", en: "tasks", zh: "任务" },
  { view: "documents", en: "documents", zh: "文件" },
  { view: "sections", en: "sections", zh: "章节" },
];

/** The sheet names in order, for readers and tests. */
export function sheetNames(lang: Lang = "en"): string[] {
  return SHEETS.map((s) => s[lang]);
}

/** A date cell's value (UTC midnight: exceljs converts from UTC) and display format. */
function dateValue(iso: string, end: boolean | undefined): { value: Date; numFmt: string } {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number | undefined];
  if (d !== undefined) return { value: new Date(Date.UTC(y, m - 1, d)), numFmt: "yyyy-mm-dd" };
  // a month: its first day, or its last when it ends a span (day 0 of the next month)
  return { value: new Date(Date.UTC(y, end ? m : m - 1, end ? 0 : 1)), numFmt: "yyyy-mm" };
}

type Docs = () => Iterable<Notice> | AsyncIterable<Notice>;

/**
 * Stream a workbook to `out`. `docs` is called once per sheet, so a caller can re-read documents
 * from disk instead of holding them.
 */
export async function writeXlsx(out: Writable, docs: Docs, opts: XlsxOptions = {}): Promise<void> {
  const lang = opts.lang ?? "en";
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "kexie";
  for (const sheet of SHEETS) {
    const columns = COLUMNS[sheet.view];
    const ws = wb.addWorksheet(sheet[lang], { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
    const header = ws.addRow(columns.map((c) => (lang === "zh" ? c.zh : c.key)));
    header.font = { bold: true };
    header.commit();
    let n = 0;
    for await (const doc of docs()) {
      for (const r of rowsOf(sheet.view, [doc], lang)) {
        const row = ws.addRow(columns.map(() => null));
        columns.forEach((c, i) => {
          const v: Cell = r[c.key] ?? null;
          const cell = row.getCell(i + 1);
          if (v !== null && typeof v === "object") {
            const d = dateValue(v.date, v.end);
            cell.value = d.value;
            cell.numFmt = d.numFmt;
          } else if (v !== null && v !== "") cell.value = v;
        });
        row.commit();
        n++;
      }
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, n + 1), column: columns.length } };
    ws.commit();
  }
  await wb.commit();
}

/** The workbook as bytes. */
export async function toXlsx(docs: Notice[], opts: XlsxOptions = {}): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  await writeXlsx(sink, () => docs, opts);
  await ended;
  return Buffer.concat(chunks);
}
