// What the report shows, computed once at generation time from kexie's JSON (and a batch's
// report.json): the task rows, the totals and the counts the charts draw.
import type { Notice, Section } from "../model/schema.js";

/** One row of the task table: short keys, since 10,000 rows travel inside the page. */
export interface Row {
  task: string;
  lead: string[];
  support: string[];
  leader: string;
  deadline: string;
  /** yyyy-mm of the last month the task is due in, when the year is known */
  month: string;
  targets: string;
  /** index into notices */
  n: number;
  line: number;
}

export interface NoticeInfo {
  title: string;
  docNumber: string;
  issuer: string;
  date: string;
  year: string;
  path: string;
  outline: OutlineItem[];
}

export interface OutlineItem {
  marker: string;
  heading: string;
  line: number;
  children: OutlineItem[];
}

/** A file of the batch that failed or warned (report.json), with its message. */
export interface FileProblem {
  file: string;
  status: string;
  message: string;
}

export interface ReportData {
  rows: Row[];
  notices: NoticeInfo[];
  problems: FileProblem[];
  totals: { notices: number; tasks: number; organs: number; withDeadline: number; withTargets: number; failed: number; warned: number };
  byLead: Array<[string, number]>;
  /** yyyy-mm → [due not yet past, overdue] */
  byMonth: Array<[string, number, number]>;
  noYear: number;
}

const outline = (sections: Section[]): OutlineItem[] =>
  sections.map((s) => ({ marker: s.marker ?? "", heading: s.heading, line: s.line, children: outline(s.children) }));

/** The batch report's per-file records, as far as the report needs them. */
export interface BatchFiles {
  files?: Array<{ file?: unknown; status?: unknown; reason?: unknown; code?: unknown; warnings?: unknown }>;
}

export function buildData(docs: Notice[], batch: BatchFiles | null, today: string): ReportData {
  const notices: NoticeInfo[] = docs.map((d) => ({
    title: d.header.title ?? d.parts.find((p) => p.title)?.title ?? "",
    docNumber: d.header.docNumber?.raw ?? "",
    issuer: d.header.issuer ?? "",
    date: d.signature?.date ?? "",
    year: String(d.header.docNumber?.year ?? d.signature?.date?.slice(0, 4) ?? ""),
    path: d.source.path ?? "",
    outline: [...outline(d.sections), ...d.parts.flatMap((p) => (p.title ? [{ marker: p.label ?? "", heading: p.title, line: p.line, children: outline(p.sections) }] : outline(p.sections)))],
  }));
  const rows: Row[] = docs.flatMap((d, n) =>
    d.tasks.map((t) => ({
      task: t.task,
      lead: t.lead,
      support: t.support,
      leader: t.leader ?? "",
      deadline: t.deadline ?? "",
      month: t.due?.year ? `${t.due.year}-${String(t.due.to).padStart(2, "0")}` : "",
      targets: (t.targets ?? []).map((x) => x.text).join("、"),
      n,
      line: t.line,
    })),
  );
  const leadCount = new Map<string, number>();
  for (const r of rows) for (const l of r.lead) leadCount.set(l, (leadCount.get(l) ?? 0) + 1);
  // overdue: the whole due month lies before today's month
  const thisMonth = today.slice(0, 7);
  const months = new Map<string, [number, number]>();
  let noYear = 0;
  // months read from a deadline whose year nothing in the notice states cannot be placed on the axis
  for (const d of docs) for (const t of d.tasks) if (t.due && !t.due.year) noYear++;
  for (const r of rows) {
    if (!r.month) continue;
    const m = months.get(r.month) ?? [0, 0];
    m[r.month < thisMonth ? 1 : 0]++;
    months.set(r.month, m);
  }
  const problems: FileProblem[] = (batch?.files ?? [])
    .filter((f) => f.status === "failed" || f.status === "warnings")
    .map((f) => ({
      file: String(f.file ?? ""),
      status: String(f.status),
      message: f.status === "failed" ? [f.code, f.reason].filter(Boolean).map(String).join(": ") : `${Number(f.warnings) || 0} warning(s)`,
    }));
  return {
    rows,
    notices,
    problems,
    totals: {
      notices: docs.length,
      tasks: rows.length,
      organs: leadCount.size,
      withDeadline: rows.filter((r) => r.deadline).length,
      withTargets: rows.filter((r) => r.targets).length,
      failed: problems.filter((p) => p.status === "failed").length,
      warned: problems.filter((p) => p.status === "warnings").length,
    },
    byLead: [...leadCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    byMonth: [...months].sort((a, b) => a[0].localeCompare(b[0])).map(([k, [due, over]]) => [k, due, over]),
    noYear,
  };
}
