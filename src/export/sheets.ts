// The spreadsheet views of parsed notices — one row per task, per section or per document — as
// typed cells, shared by the CSV and the xlsx writers so both always agree. Each column has an
// English key (the default header, stable for scripts) and a Chinese header (--lang zh), and a
// width for xlsx. Positions are one-based, as people count (table 1 row 1 = the first row under
// the header of the notice's first table); dates are ISO, a due month `2019-06`.
import type { Notice, Section, Task } from "../model/schema.js";
import { sectionRecords } from "./records.js";

export type Lang = "en" | "zh";
export const LANGS = ["en", "zh"] as const;
export type View = "tasks" | "sections" | "documents";

/** A calendar date (`2019-06-30`) or month (`2019-06`); a month ending a span means its last day. */
export interface DateCell {
  date: string;
  end?: boolean;
}
/** A list (organs, attachments): joined with 、 in a CSV or xlsx cell, LIST<VARCHAR> in Parquet. */
export type Cell = string | number | null | DateCell | readonly string[];
export type Row = Record<string, Cell>;

export interface Column {
  key: string;
  zh: string;
  /** xlsx column width in characters (a Chinese character counts two) */
  width: number;
}

const col = (key: string, zh: string, width: number): Column => ({ key, zh, width });

export const COLUMNS: Record<View, readonly Column[]> = {
  tasks: [
    col("file", "文件", 28), col("docNumber", "发文字号", 18), col("title", "标题", 40), col("issuer", "发文机关", 24),
    col("notice_date", "成文日期", 12), col("seq", "序号", 6), col("task", "任务", 60), col("deadline", "完成时限", 16),
    col("due_from", "时限起", 10), col("due_to", "时限止", 10), col("targets", "量化指标", 24),
    col("target_min", "指标下限", 10), col("target_max", "指标上限", 10), col("target_unit", "指标单位", 8), col("lead", "牵头单位", 24), col("support", "配合单位", 30),
    col("leader", "分管领导", 10), col("owner", "责任人", 10), col("notes", "备注", 20), col("group", "分组", 20),
    col("section", "出处", 16), col("extra", "其他列", 20),
  ],
  sections: [
    col("file", "文件", 28), col("part", "部分", 6), col("path", "路径", 14), col("level", "层级", 6), col("marker", "序号", 8),
    col("heading", "小标题", 30), col("text", "正文", 60), col("lead", "牵头单位", 24), col("support", "配合单位", 30),
  ],
  documents: [
    col("file", "文件", 28), col("issuer", "发文机关", 24), col("docNumber", "发文字号", 18), col("year", "年度", 6),
    col("title", "标题", 40), col("docType", "文种", 8), col("recipients", "主送机关", 30), col("notice_date", "成文日期", 12),
    col("cc", "抄送机关", 24), col("ccUp", "抄报机关", 16), col("attachments", "附件", 30), col("sections", "章节数", 8),
    col("tasks", "任务数", 8), col("diagnostics", "提示数", 8),
  ],
};

export function headers(view: View, lang: Lang): string[] {
  return COLUMNS[view].map((c) => (lang === "zh" ? c.zh : c.key));
}

const list = (xs: readonly string[] | undefined | null): readonly string[] => xs ?? [];

/** Extra columns as JSON: unambiguous for values holding ; or =, and read back with JSON.parse. */
const extraCell = (extra: Record<string, string>) => (Object.keys(extra).length ? JSON.stringify(extra) : "");

const pad = (n: number) => String(n).padStart(2, "0");
const dateOf = (iso: string | null | undefined): DateCell | null => (iso ? { date: iso } : null);

/** Where a task comes from, one-based: `table 1 row 3` / `表1 第3行`, or a part's label and the section path. */
function where(t: Task, d: Notice, lang: Lang): string {
  const s = t.source;
  if ("table" in s) return lang === "zh" ? `表${s.table + 1} 第${s.row + 1}行` : `table ${s.table + 1} row ${s.row + 1}`;
  if (s.part === null) return s.section;
  const part = d.parts[s.part]?.label ?? (lang === "zh" ? `第${s.part + 1}部分` : `part ${s.part + 1}`);
  return `${part} ${s.section}`;
}

export function taskRows(docs: Notice[], lang: Lang = "en"): Row[] {
  const rows: Row[] = [];
  for (const d of docs) {
    for (const t of d.tasks) {
      const year = t.due?.year ?? null;
      rows.push({
        file: d.source.path,
        docNumber: d.header.docNumber?.raw ?? null,
        title: d.header.title,
        issuer: d.header.issuer,
        notice_date: dateOf(d.signature?.date),
        seq: t.seq,
        task: t.task,
        deadline: t.deadline,
        // a due month without a year is no date: the deadline column keeps the words
        due_from: t.due && year ? { date: `${year}-${pad(t.due.from)}` } : null,
        due_to: t.due && year ? { date: `${year}-${pad(t.due.to)}`, end: true } : null,
        // 量化指标: all as written, and the first one's numbers for sorting and sums
        targets: list(t.targets?.map((x) => x.text)),
        target_min: t.targets?.[0]?.min ?? null,
        target_max: t.targets?.[0]?.max ?? null,
        target_unit: t.targets?.[0]?.unit ?? null,
        lead: list(t.lead),
        support: list(t.support),
        leader: t.leader,
        owner: t.owner,
        notes: t.notes,
        group: t.group,
        section: where(t, d, lang),
        extra: extraCell(t.extra),
      });
    }
  }
  return rows;
}

export function sectionRows(docs: Notice[]): Row[] {
  return sectionRecords(docs).map((s) => ({
    file: s.file,
    part: s.part === null ? null : s.part + 1,
    path: s.path,
    level: s.level,
    marker: s.marker,
    heading: s.heading,
    text: s.text,
    lead: list(s.responsibility?.lead),
    support: list(s.responsibility?.support),
  }));
}

function countSections(sections: Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

export function documentRows(docs: Notice[]): Row[] {
  return docs.map((d) => ({
    file: d.source.path,
    issuer: d.header.issuer,
    docNumber: d.header.docNumber?.raw ?? null,
    // the 发文字号 year; a notice without a number falls back on its 成文日期
    year: d.header.docNumber?.year ?? (d.signature?.date ? Number(d.signature.date.slice(0, 4)) : null),
    title: d.header.title,
    docType: d.header.docType,
    recipients: list(d.header.recipients),
    notice_date: dateOf(d.signature?.date),
    cc: list(d.cc),
    ccUp: list(d.ccUp),
    attachments: list(d.attachments.map((a) => a.title)),
    sections: countSections(d.sections) + d.parts.reduce((n, p) => n + countSections(p.sections), 0),
    tasks: d.tasks.length,
    diagnostics: d.diagnostics.length,
  }));
}

export function rowsOf(view: View, docs: Notice[], lang: Lang = "en"): Row[] {
  return view === "tasks" ? taskRows(docs, lang) : view === "sections" ? sectionRows(docs) : documentRows(docs);
}

const isList = (c: Cell): c is readonly string[] => Array.isArray(c);

/** A cell as text (CSV, xlsx): dates as their ISO form, lists joined with 、 (the separator the source lists use). */
export function cellText(c: Cell): string | number | null {
  if (isList(c)) return c.join("、");
  return c !== null && typeof c === "object" ? (c as DateCell).date : c;
}

/** The date of a date cell, or null for any other cell. */
export function dateCell(c: Cell): DateCell | null {
  return c !== null && typeof c === "object" && !isList(c) ? (c as DateCell) : null;
}
