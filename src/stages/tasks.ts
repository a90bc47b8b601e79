// Responsibility (责任分工): one task per row of a responsibility table and per inline note
// （牵头责任部门：组织部，配合部门：各部室）, in document order. The sections stage finds the notes
// (with their own line and column) and cuts them from the text; this stage only turns them and the
// tables into tasks. Column headers map through lexicon/columns.ts; unknown columns land in
// `extra`, so nothing is dropped.
import type { Diagnostic, Notice, Section, Table, Task } from "../model/schema.js";
import { metadataPairs } from "../lexicon/metadata.js";
import { cellOrgans, groupLeader, findNotes, groupLead } from "../lexicon/notes.js";
import { pathStep } from "../model/section-path.js";
import { fieldOf, IMPLEMENTER_LABEL, LEAD_LABEL, type Field } from "../lexicon/columns.js";
import { parseDue } from "../lexicon/due.js";
import { matchMarker } from "../lexicon/markers.js";
import type { SectionNote } from "./sections.js";

export { parseNote } from "../lexicon/notes.js";

function dueOf(deadline: string | null, year: number | null) {
  const months = parseDue(deadline);
  return months ? { ...months, year: months.year ?? year } : null;
}

interface Located {
  task: Task;
  order: number;
}

/** A note the sections stage found, with the part (sub-document) it sits in. */
export type PartNote = SectionNote & { part: number | null };

/**
 * An item's heading without the duty sentence it opens with (由省经贸委负责，…配合，加快… → 加快…):
 * the heading keeps the sentence's words, the task is what the duty is for. A deadline the duty
 * gives stays the task's words (…配合，3月底前完成… → 3月底前完成…).
 */
function withoutOpeningDuty(heading: string, n: PartNote): string {
  let duty = n.raw;
  if (n.note.deadline && duty.endsWith(n.note.deadline)) duty = duty.slice(0, -n.note.deadline.length);
  if (!duty || !heading.startsWith(duty)) return heading;
  return heading.slice(duty.length).replace(/^[\s，,]+/, "") || heading;
}

function noteTasks(notes: PartNote[], year: number | null, out: Located[]): void {
  // 排在第一位的部门为牵头部门，下同: from that note on, the first organ named leads
  let firstLeads = false;
  // an item whose measures are unnumbered paragraphs, each opening with its own name and closing
  // with its own note: each names its task (two notes under one heading would read as one task twice)
  const bySection = new Map<Section, PartNote[]>();
  for (const n of notes) {
    if (!n.section) continue;
    const list = bySection.get(n.section);
    if (list) list.push(n);
    else bySection.set(n.section, [n]);
  }
  const measured = (list: PartNote[]) => list.length >= 2 && list.every((x) => x.opening !== null) && new Set(list.map((x) => x.opening)).size === list.length;
  // …and a (sub-)document with two such items or more names the measure of an item with one such
  // paragraph too (one item so is no style of the document)
  const styledItems = new Map<number | null, number>();
  for (const list of bySection.values()) if (measured(list)) styledItems.set(list[0]!.part, (styledItems.get(list[0]!.part) ?? 0) + 1);
  const named = (n: PartNote) => {
    const same = n.section ? bySection.get(n.section)! : [];
    return measured(same) || ((styledItems.get(n.part) ?? 0) >= 2 && same.length === 1 && n.opening !== null) ? n.opening : null;
  };
  for (const n of notes) {
    const f = n.note;
    firstLeads ||= f.firstLeads;
    let lead = f.lead;
    let support = f.support;
    if (firstLeads && !f.namesLead && lead.length > 1) {
      support = [...lead.slice(1), ...support];
      lead = lead.slice(0, 1);
    }
    const s = n.section;
    out.push({
      order: n.line + n.column / 10000,
      task: {
        seq: s && s.ordinal !== null ? String(s.ordinal) : null,
        task: s ? (named(n) ?? withoutOpeningDuty(s.heading, n)) : n.clause,
        deadline: f.deadline, due: dueOf(f.deadline, year),
        lead, support, leader: f.leader, owner: f.owner, notes: f.remark ?? null, extra: {},
        group: null, source: { section: n.path, part: n.part }, line: n.line,
      },
    });
  }
}

function isGroupRow(cells: string[], taskCol: number): string | null {
  const filled = [...new Set(cells.filter((c) => c !== ""))];
  if (filled.length !== 1) return null;
  const text = filled[0]!;
  // a group row spans the table: one text, in the first or the task column, numbered like 一、
  const m = matchMarker(text);
  if (m && /^(chinese|chapter|part)/.test(m.style)) return text;
  if (cells[0] === text && taskCol !== 0 && cells.length > 2 && !/^\d+$/.test(text)) return text;
  return null;
}

/**
 * Column roles: the first column of a role takes it and later ones keep their text in `extra`
 * (重点任务 beside 具体措施: nothing dropped), except organ columns, which all count; a
 * 责任单位 column beside a 牵头单位 column names the units that carry it out with the lead.
 */
function columnRoles(columns: string[]): Array<Field | null> {
  const raw = columns.map(fieldOf);
  const hasLeadKey = columns.some((c, k) => raw[k] === "lead" && LEAD_LABEL.test(c.replace(/\s+/g, "")));
  const hasOtherLead = columns.some((c, k) => raw[k] === "lead" && !IMPLEMENTER_LABEL.test(c.replace(/\s+/g, "")));
  const seen = new Set<Field>();
  return raw.map((f, k) => {
    if (f === "lead" && hasLeadKey && !LEAD_LABEL.test(columns[k]!.replace(/\s+/g, ""))) return "support";
    if (f === "lead" && hasOtherLead && IMPLEMENTER_LABEL.test(columns[k]!.replace(/\s+/g, ""))) return "support";
    if (f === null || f === "lead" || f === "support") return f;
    if (seen.has(f)) return null;
    seen.add(f);
    return f;
  });
}

/** An item's Arabic number opening a task cell (1.积极推进…, 12、…), not a decimal (1.5万亩…) */
const ITEM_NUMBER_OPENING = /^([0-9]{1,3})[.．、](?![0-9])\s*(\S[\s\S]*)$/;

/**
 * Two task-like columns where the first has cells left blank under a merged cell (工作任务 over
 * 细化分工 / 具体要求): the first groups the rows, the second holds each row's task.
 */
function groupColumn(table: Table, fields: Array<Field | null>): number {
  const raw = table.columns.map(fieldOf);
  const taskCols = raw.flatMap((f, k) => (f === "task" ? [k] : []));
  if (taskCols.length < 2) return -1;
  const merged = (g: number, t: number) => table.rows.some((r) => r[g] === "" && r[t] !== "" && r.filter((c) => c !== "").length > 1);
  const [g, t] = [taskCols[0]!, taskCols[1]!];
  // three of them (工作目标 | 工作内容 | 工作措施, each merged over the rows of the next): the last holds each row's
  // task, the one before it groups the rows, and the first is kept as its cells' text
  const last = taskCols[taskCols.length - 1]!;
  const inner = taskCols[taskCols.length - 2]!;
  if (taskCols.length >= 3 && taskCols.slice(0, -1).every((c) => merged(c, last))) {
    for (const c of taskCols.slice(0, -1)) fields[c] = null;
    fields[last] = "task";
    return inner;
  }
  if (!merged(g, t)) return -1;
  fields[g] = null;
  fields[t] = "task";
  return g;
}

function tableTasks(table: Table, index: number, year: number | null, out: Located[], diagnostics: Diagnostic[]): void {
  const fields = columnRoles(table.columns);
  const groupCol = groupColumn(table, fields);
  const taskCol = fields.indexOf("task");
  const useful = fields.some((f) => f === "lead" || f === "deadline" || f === "leader" || f === "owner" || f === "support");
  if (taskCol < 0) return;
  // the cells of columns no field names, kept by their header (a group column is a field of its own)
  const extraOf = (cells: string[], groupCol = -1): Record<string, string> => {
    const extra: Record<string, string> = {};
    fields.forEach((f, k) => {
      if (f === null && k !== groupCol && table.columns[k]) extra[table.columns[k]!] = cells[k] ?? "";
    });
    return extra;
  };
  // a table whose task cells carry their own notes (序号 | 目标任务 | 推进情况, …发展。(责任单位:市建设局)): the
  // note in each cell names its roles, as a note after an item does
  if (!useful) {
    table.rows.forEach((printed, j) => {
      const cell = printed[taskCol] ?? "";
      const notes = findNotes(cell);
      if (notes.length === 0) return;
      const note = notes[0]!.note;
      const task = (cell.slice(0, notes[0]!.start) + cell.slice(notes[notes.length - 1]!.end)).replace(/[。；;，,\s]+$/, "").trim();
      if (!task || (!note.lead.length && !note.support.length)) return;
      const seqCol = fields.indexOf("seq");
      out.push({
        order: table.line + j / 1000,
        task: {
          seq: seqCol >= 0 && printed[seqCol] ? printed[seqCol]! : null, task, deadline: note.deadline, due: dueOf(note.deadline, year),
          lead: note.lead, support: note.support, leader: note.leader, owner: note.owner, notes: null, extra: extraOf(printed), group: null,
          source: { table: index, row: j }, line: table.rowLines?.[j] ?? table.line,
        },
      });
    });
    return;
  }
  let group: string | null = null;
  // a merged 牵头单位/分管领导 cell flattened to text is written once, the rows below it left
  // blank: those rows share it (the table keeps the cells as printed)
  const carried = new Map<number, string>();
  table.rows.forEach((printed, j) => {
    // a page's metadata printed as rows under the table (索引号: | … | 成文日期: | …) holds no task
    if (printed.some((c) => /[:：]$/.test(c)) && metadataPairs(printed.join(" | "))) return;
    const g = isGroupRow(printed, taskCol);
    if (g) {
      group = g;
      carried.clear();
      return;
    }
    const cells = printed.map((c, k) => {
      if (fields[k] !== "lead" && fields[k] !== "leader") return c;
      if (c) carried.set(k, c);
      return c || (printed[taskCol] ? (carried.get(k) ?? "") : "");
    });
    const get = (f: Field) => {
      const k = fields.indexOf(f);
      return k >= 0 && cells[k] ? cells[k]! : null;
    };
    // organ cells as written: a list, or a clause naming the lead and those who support it
    const lead: string[] = [];
    const support: string[] = [];
    fields.forEach((f, k) => {
      if ((f !== "lead" && f !== "support") || !cells[k]) return;
      const o = cellOrgans(cells[k]!);
      if (f === "support") support.push(...o.lead, ...o.support);
      else {
        lead.push(...o.lead);
        support.push(...o.support);
      }
    });
    if (groupCol >= 0 && cells[groupCol]) group = cells[groupCol]!;
    const extra = extraOf(cells, groupCol);
    const written = get("task");
    if (!written) return;
    // a table without a 序号 column whose task cells carry the item's number (1.积极推进…): the number
    // is the row's 序号, not its task's words
    const numbered = fields.includes("seq") ? null : ITEM_NUMBER_OPENING.exec(written);
    const task = numbered ? numbered[2]! : written;
    const deadline = get("deadline");
    const due = dueOf(deadline, year);
    const rowLine = table.rowLines?.[j] ?? table.line;
    if (deadline && !due && !/(长期|持续|常态|经常|随时|按要求|适时)/.test(deadline)) {
      diagnostics.push({ severity: "info", code: "deadline-unreadable", message: `deadline "${deadline}" has no month kexie can read`, line: rowLine, column: 1 });
    }
    out.push({
      order: table.line + j / 1000,
      task: {
        seq: numbered ? numbered[1]! : get("seq"), task, deadline, due, lead, support,
        leader: get("leader"), owner: get("owner"), notes: get("notes"), extra, group,
        source: { table: index, row: j }, line: rowLine,
      },
    });
  });
}

/**
 * The items under a group heading that names their lead (一、县示范区管委会牵头工作(8项) / 1.…  2.…):
 * one task each, led by the heading's organs — an item with a note of its own is that note's task.
 */
function groupLeadTasks(sections: Section[], part: number | null, out: Located[], path: string[] = []): void {
  for (const s of sections) {
    const lead = groupLead(s.heading);
    // (the path is built only where it is needed: a group heading, or children to walk)
    if (!lead && s.children.length === 0) continue;
    const here = [...path, pathStep(s)];
    if (lead && !s.responsibility) {
      for (const c of s.children) {
        if (c.responsibility || hasNote(c)) continue;
        out.push({
          order: c.line + c.column / 10000,
          task: {
            seq: c.ordinal !== null ? String(c.ordinal) : null, task: c.heading.replace(/[。；;]$/, ""), deadline: null, due: null,
            lead: [...lead], support: [], leader: null, owner: null, notes: null, extra: {}, group: `${s.marker ?? ""}${s.heading}`,
            source: { section: [...here, pathStep(c)].join("/"), part }, line: c.line,
          },
        });
      }
    } else groupLeadTasks(s.children, part, out, here);
  }
}
/** The paths below group headings that name a leader (groupLeader), each with its leader: `part|path/` → name. */
function groupLeaders(sections: Section[], part: number | null, path: string[], out: Map<string, string>): void {
  for (const s of sections) {
    const here = [...path, pathStep(s)];
    const leader = groupLeader(s.heading);
    if (leader) out.set(`${part ?? ""}|${here.join("/")}/`, leader);
    else if (s.children.length) groupLeaders(s.children, part, here, out);
  }
}

const hasNote = (s: Section): boolean => s.children.some((c) => !!c.responsibility || hasNote(c));

/** The tasks of a notice: its notes' and its tables' rows, in document order. */
export function extractTasks(notice: Notice, notes: PartNote[], diagnostics: Diagnostic[]): Task[] {
  const out: Located[] = [];
  const titleYear = /((?:19|20)\d{2})\s*年/.exec(notice.header.title ?? "")?.[1];
  const year =
    notice.header.docNumber?.year ??
    (notice.signature?.date ? Number(notice.signature.date.slice(0, 4)) : titleYear ? Number(titleYear) : null);
  noteTasks(notes, year, out);
  groupLeadTasks(notice.sections, null, out);
  notice.parts.forEach((p, k) => groupLeadTasks(p.sections, k, out));
  notice.tables.forEach((t, i) => tableTasks(t, i, year, out, diagnostics));
  // the leader a group heading names (一、于会游市长主抓重点工作) is the leader of every task under it
  // that names none of its own
  const leaders = new Map<string, string>();
  groupLeaders(notice.sections, null, [], leaders);
  notice.parts.forEach((p, k) => groupLeaders(p.sections, k, [], leaders));
  if (leaders.size) {
    for (const l of out) {
      const src = l.task.source;
      if (l.task.leader !== null || !("section" in src)) continue;
      const at = `${src.part ?? ""}|${src.section}`;
      for (const [prefix, leader] of leaders) if (at.startsWith(prefix)) l.task = { ...l.task, leader };
    }
  }
  return out.sort((a, b) => a.order - b.order).map((l) => l.task);
}
