// Flat records for row-oriented exports (CSV, NDJSON, JSON lists): each one carries the file it
// comes from, since a row stands on its own; sections carry their path instead of children.
import type { Notice, Section, Task } from "../model/schema.js";
import { pathStep } from "../model/section-path.js";

export type TaskRecord = { file: string | null } & Task;
export type SectionRecord = { file: string | null; part: number | null; path: string } & Omit<Section, "children">;

export function taskRecords(docs: Notice[]): TaskRecord[] {
  return docs.flatMap((d) => d.tasks.map((t) => ({ file: d.source.path, ...t })));
}

/** Sections in document order (covering notice, then each part), with paths like 二/（三）/2. */
export function sectionRecords(docs: Notice[]): SectionRecord[] {
  const out: SectionRecord[] = [];
  for (const d of docs) {
    const walk = (list: Section[], part: number | null, path: string[]) => {
      for (const s of list) {
        const { children, ...own } = s;
        const p = [...path, pathStep(s)];
        out.push({ file: d.source.path, part, path: p.join("/"), ...own });
        walk(children, part, p);
      }
    };
    walk(d.sections, null, []);
    d.parts.forEach((p, k) => walk(p.sections, k, []));
  }
  return out;
}

// The tables of the CSV and Parquet exports, one row object per task, section or document, with
// lists kept as arrays: the CSV joins them with 、, Parquet stores them as LIST<VARCHAR>.
export type Cell = string | number | null | string[];
export type TableRow = Record<string, Cell>;

export const TASK_COLUMNS = [
  "file", "docNumber", "title", "issuer", "date", "seq", "task", "deadline", "due_from", "due_to",
  "lead", "support", "leader", "owner", "notes", "group", "section", "extra",
] as const;
export const SECTION_COLUMNS = ["file", "part", "path", "level", "marker", "heading", "text", "lead", "support"] as const;
export const DOCUMENT_COLUMNS = [
  "file", "issuer", "docNumber", "year", "title", "docType", "recipients", "date", "cc", "ccUp", "attachments",
  "sections", "tasks", "diagnostics",
] as const;

/** Extra columns as JSON: unambiguous for values holding ; or =, and read back with JSON.parse. */
const extraCell = (extra: Record<string, string>) => (Object.keys(extra).length ? JSON.stringify(extra) : "");

export function taskRows(docs: Notice[]): TableRow[] {
  const rows: TableRow[] = [];
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
        lead: t.lead ?? [],
        support: t.support ?? [],
        leader: t.leader,
        owner: t.owner,
        notes: t.notes,
        group: t.group,
        section: "table" in t.source ? `table ${t.source.table} row ${t.source.row}` : t.source.section,
        extra: extraCell(t.extra),
      });
    }
  }
  return rows;
}

export function sectionRows(docs: Notice[]): TableRow[] {
  return sectionRecords(docs).map((s) => ({
    file: s.file,
    part: s.part,
    path: s.path,
    level: s.level,
    marker: s.marker,
    heading: s.heading,
    text: s.text,
    lead: s.responsibility?.lead ?? [],
    support: s.responsibility?.support ?? [],
  }));
}

function countSections(sections: Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

export function documentRows(docs: Notice[]): TableRow[] {
  return docs.map((d) => ({
    file: d.source.path,
    issuer: d.header.issuer,
    docNumber: d.header.docNumber?.raw ?? null,
    // the 发文字号 year; a notice without a number falls back on its 成文日期
    year: d.header.docNumber?.year ?? (d.signature?.date ? Number(d.signature.date.slice(0, 4)) : null),
    title: d.header.title,
    docType: d.header.docType,
    recipients: d.header.recipients ?? [],
    date: d.signature?.date ?? null,
    cc: d.cc ?? [],
    ccUp: d.ccUp ?? [],
    attachments: d.attachments.map((a) => a.title),
    sections: countSections(d.sections) + d.parts.reduce((n, p) => n + countSections(p.sections), 0),
    tasks: d.tasks.length,
    diagnostics: d.diagnostics.length,
  }));
}
