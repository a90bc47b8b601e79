// CSV views of parsed notices for spreadsheets: one row per task, per section or per document
// (the columns and cells are src/export/sheets.ts, shared with the xlsx writer). RFC 4180: CRLF
// between records, fields quoted when they hold a comma, a quote, CR or LF (a newline inside a
// cell stays LF). A UTF-8 BOM by default, because Excel reads BOM-less CSV in the locale's ANSI
// code page and garbles Chinese; opts.bom = false omits it. Several documents give one table with
// one header row. Lists inside a cell are joined with 、 (the separator the source lists use; an
// item holding 、 keeps it inside brackets, e.g. 各县（市、区）科协).
// tasks.csv carries 量化指标 (targets): `targets` (all, as written) and target_min/max/unit of the first.
// Cells are neutralised against formula injection by default (OWASP): a text cell beginning with
// = + - @ tab or CR gets a leading ' so a spreadsheet shows it as text instead of running it;
// opts.raw = true (--csv-raw) writes cells exactly as they are.
import { stringify } from "csv-stringify/sync";
import type { Notice } from "../model/schema.js";
import { COLUMNS, cellText, headers, rowsOf, type Lang, type View } from "./sheets.js";

export interface CsvOptions {
  /** prefix a UTF-8 BOM (default true) */
  bom?: boolean;
  /** header language: en (the column keys, default) or zh */
  lang?: Lang;
  /** write cells as they are, without neutralising formula-like text (default false) */
  raw?: boolean;
}

/** What a spreadsheet may read as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would evaluate, made inert with a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const TASK_COLUMNS = COLUMNS.tasks.map((c) => c.key);
export const SECTION_COLUMNS = COLUMNS.sections.map((c) => c.key);
export const DOCUMENT_COLUMNS = COLUMNS.documents.map((c) => c.key);

function write(view: View, docs: Notice[], opts: CsvOptions): string {
  const lang = opts.lang ?? "en";
  const rows = rowsOf(view, docs, lang).map((r) => COLUMNS[view].map((c) => cellText(r[c.key] ?? null)));
  return table(headers(view, lang), rows, opts);
}

/** Every CSV kexie writes goes through here: RFC 4180, CRLF, BOM and formula neutralising as above. */
function table(names: string[], rows: Array<Array<string | number | null>>, opts: CsvOptions): string {
  return stringify(rows, {
    header: true,
    columns: names,
    bom: opts.bom ?? true,
    record_delimiter: "windows",
    // csv-stringify quotes LF and the record delimiter but not a lone CR, which readers treat as a line end
    quoted_match: /\r/,
    // only text cells: numbers (seq, level, counts) are kexie's own and never start a formula
    cast: opts.raw ? undefined : { string: neutraliseCell },
  });
}

export function tasksCsv(docs: Notice[], opts: CsvOptions = {}): string {
  return write("tasks", docs, opts);
}

export function sectionsCsv(docs: Notice[], opts: CsvOptions = {}): string {
  return write("sections", docs, opts);
}

export function documentsCsv(docs: Notice[], opts: CsvOptions = {}): string {
  return write("documents", docs, opts);
}

/** One finding of the linter, as a row of lint.csv (kexie batch --lint). */
export interface LintRow {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

// the order issue 15 names: file, line, column, rule, severity, message
export const LINT_COLUMNS = ["file", "line", "column", "rule", "severity", "message"] as const;
const LINT_HEADERS_ZH = ["文件", "行", "列", "规则", "级别", "说明"];

/** lint.csv: one row per finding, file names and messages neutralised like every other cell. */
export function lintCsv(rows: LintRow[], opts: CsvOptions = {}): string {
  const names = (opts.lang ?? "en") === "zh" ? LINT_HEADERS_ZH : [...LINT_COLUMNS];
  return table(names, rows.map((r) => LINT_COLUMNS.map((k) => r[k])), opts);
}
