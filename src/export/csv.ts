// CSV views of parsed notices for spreadsheets: one row per task, per section or per document.
// RFC 4180: CRLF between records, fields quoted when they hold a comma, a quote, CR or LF (a
// newline inside a cell stays LF). A UTF-8 BOM by default, because Excel reads BOM-less CSV in
// the locale's ANSI code page and garbles Chinese; opts.bom = false omits it. Several documents
// give one table with one header row. Lists inside a cell are joined with 、 (the separator the
// source lists use; an item holding 、 keeps it inside brackets, e.g. 各县（市、区）科协).
// tasks.csv carries 量化指标: `targets` (all, as written) and target_min/max/unit of the first.
// Cells are neutralised against formula injection by default (OWASP): a text cell beginning with
// = + - @ tab or CR gets a leading ' so a spreadsheet shows it as text instead of running it;
// opts.raw = true (--csv-raw) writes cells exactly as they are.
import { stringify } from "csv-stringify/sync";
import type { Notice, Section } from "../model/schema.js";
import { sectionRecords } from "./records.js";

export interface CsvOptions {
  /** prefix a UTF-8 BOM (default true) */
  bom?: boolean;
  /** write cells as they are, without neutralising formula-like text (default false) */
  raw?: boolean;
}

/** What a spreadsheet may read as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would evaluate, made inert with a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

type Row = Record<string, string | number | null>;

export const TASK_COLUMNS = [
  "file", "docNumber", "title", "issuer", "date", "seq", "task", "deadline", "due_from", "due_to",
  "targets", "target_min", "target_max", "target_unit", "lead", "support", "leader", "owner", "notes", "group", "section", "extra",
] as const;
export const SECTION_COLUMNS = ["file", "part", "path", "level", "marker", "heading", "text", "lead", "support"] as const;
export const DOCUMENT_COLUMNS = [
  "file", "issuer", "docNumber", "year", "title", "docType", "recipients", "date", "cc", "ccUp", "attachments",
  "sections", "tasks", "diagnostics",
] as const;

const joinList = (xs: readonly string[] | undefined | null): string => (xs ?? []).join("、");

function write(columns: readonly string[], rows: Row[], opts: CsvOptions): string {
  return stringify(rows, {
    header: true,
    columns: [...columns],
    bom: opts.bom ?? true,
    record_delimiter: "windows",
    // csv-stringify quotes LF and the record delimiter but not a lone CR, which readers treat as a line end
    quoted_match: /\r/,
    // only text cells: numbers (seq, level, counts) are kexie's own and never start a formula
    cast: opts.raw ? undefined : { string: neutraliseCell },
  });
}

/** Extra columns as JSON: unambiguous for values holding ; or =, and read back with JSON.parse. */
const extraCell = (extra: Record<string, string>) => (Object.keys(extra).length ? JSON.stringify(extra) : "");

export function tasksCsv(docs: Notice[], opts: CsvOptions = {}): string {
  const rows: Row[] = [];
  for (const d of docs) {
    for (const t of d.tasks) {
      rows.push({
        file: d.source.path,
        docNumber: d.header.docNumber?.raw ?? null,
        title: d.header.title,
        issuer: d.header.issuer,
        date: d.signature?.date ?? null,
        seq: t.seq,
        task: t.task,
        deadline: t.deadline,
        due_from: t.due?.from ?? null,
        due_to: t.due?.to ?? null,
        // 量化指标: all as written, and the first one's numbers for sorting and sums
        targets: joinList(t.targets?.map((x) => x.text)),
        target_min: t.targets?.[0]?.min ?? null,
        target_max: t.targets?.[0]?.max ?? null,
        target_unit: t.targets?.[0]?.unit ?? null,
        lead: joinList(t.lead),
        support: joinList(t.support),
        leader: t.leader,
        owner: t.owner,
        notes: t.notes,
        group: t.group,
        section: "table" in t.source ? `table ${t.source.table} row ${t.source.row}` : t.source.section,
        extra: extraCell(t.extra),
      });
    }
  }
  return write(TASK_COLUMNS, rows, opts);
}

export function sectionsCsv(docs: Notice[], opts: CsvOptions = {}): string {
  const rows: Row[] = sectionRecords(docs).map((s) => ({
    file: s.file,
    part: s.part,
    path: s.path,
    level: s.level,
    marker: s.marker,
    heading: s.heading,
    text: s.text,
    lead: joinList(s.responsibility?.lead),
    support: joinList(s.responsibility?.support),
  }));
  return write(SECTION_COLUMNS, rows, opts);
}

function countSections(sections: Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

export function documentsCsv(docs: Notice[], opts: CsvOptions = {}): string {
  const rows: Row[] = docs.map((d) => ({
    file: d.source.path,
    issuer: d.header.issuer,
    docNumber: d.header.docNumber?.raw ?? null,
    // the 发文字号 year; a notice without a number falls back on its 成文日期
    year: d.header.docNumber?.year ?? (d.signature?.date ? Number(d.signature.date.slice(0, 4)) : null),
    title: d.header.title,
    docType: d.header.docType,
    recipients: joinList(d.header.recipients),
    date: d.signature?.date ?? null,
    cc: joinList(d.cc),
    ccUp: joinList(d.ccUp),
    attachments: joinList(d.attachments.map((a) => a.title)),
    sections: countSections(d.sections) + d.parts.reduce((n, p) => n + countSections(p.sections), 0),
    tasks: d.tasks.length,
    diagnostics: d.diagnostics.length,
  }));
  return write(DOCUMENT_COLUMNS, rows, opts);
}
