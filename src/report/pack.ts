// The data the page script reads, packed small: one string table (every distinct string once —
// organ names, leaders, deadlines, months, paths, outline headings and task text shared between
// the table and the outline), then columns of indexes into it instead of an object per row, and
// each notice's outline as a flat list the page turns into a list when the notice is opened.
// A 1,000-notice page carried 2.1 MB of row objects and 2.4 MB of outline HTML before this.
import type { ReportData } from "./data.js";
import { fileHref } from "./escape.js";

export interface Packed {
  /** the string table; index 0 is "" */
  s: string[];
  /** task rows, one column per field (indexes into s, lists as arrays of indexes, line as a number) */
  rows: {
    task: number[];
    lead: number[][];
    support: number[][];
    leader: number[];
    deadline: number[];
    month: number[];
    targets: number[];
    line: number[];
  };
  /** notices, one column per field; rows of notice i follow those of notice i-1, k[i] of them */
  notices: {
    k: number[];
    title: number[];
    docNumber: number[];
    issuer: number[];
    date: number[];
    year: number[];
    path: number[];
    /** the link to the source file, 0 when it is the path itself */
    href: number[];
    /** the outline as [depth, marker, heading] triples, depth-first */
    outline: number[][];
  };
}

export function pack(data: ReportData): Packed {
  const s: string[] = [""];
  const index = new Map<string, number>([["", 0]]);
  const id = (v: string): number => {
    let i = index.get(v);
    if (i === undefined) {
      i = s.length;
      s.push(v);
      index.set(v, i);
    }
    return i;
  };
  const rows: Packed["rows"] = { task: [], lead: [], support: [], leader: [], deadline: [], month: [], targets: [], line: [] };
  for (const r of data.rows) {
    rows.task.push(id(r.task));
    rows.lead.push(r.lead.map(id));
    rows.support.push(r.support.map(id));
    rows.leader.push(id(r.leader));
    rows.deadline.push(id(r.deadline));
    rows.month.push(id(r.month));
    rows.targets.push(id(r.targets));
    rows.line.push(r.line);
  }
  const k = new Array<number>(data.notices.length).fill(0);
  let last = -1;
  for (const r of data.rows) {
    // buildData emits rows notice by notice; the page relies on it to recover each row's notice
    if (r.n < last) throw new Error("report rows out of notice order");
    last = r.n;
    k[r.n]!++;
  }
  const notices: Packed["notices"] = { k, title: [], docNumber: [], issuer: [], date: [], year: [], path: [], href: [], outline: [] };
  for (const n of data.notices) {
    notices.title.push(id(n.title));
    notices.docNumber.push(id(n.docNumber));
    notices.issuer.push(id(n.issuer));
    notices.date.push(id(n.date));
    notices.year.push(id(n.year));
    notices.path.push(id(n.path));
    const href = fileHref(n.path);
    notices.href.push(href === n.path ? 0 : id(href));
    const flat: number[] = [];
    const walk = (items: typeof n.outline, depth: number): void => {
      for (const it of items) {
        flat.push(depth, id(it.marker), id(it.heading));
        walk(it.children, depth + 1);
      }
    };
    walk(n.outline, 0);
    notices.outline.push(flat);
  }
  return { s, rows, notices };
}
