// Responsibility (责任分工): one task per row of a responsibility table and per inline note
// （牵头责任部门：组织部，配合部门：各部室）, in document order. Column headers map through the
// one synonym table in columns.ts; unknown columns land in `extra`, so nothing is dropped.
import type { Diagnostic, Notice, Responsibility, Section, Table, Task } from "../schema.js";
import { splitOrgans } from "../text/organs.js";
import { fieldOf, NOTE_KEY_RE, type Field } from "./columns.js";
import { parseDue } from "./due.js";
import { matchMarker } from "./markers.js";

const LEAD_KEYS = /^(牵头|主办|承办)/;

/** Parse the inside of a note: 牵头责任部门：组织部，配合部门：各部室、各直属单位 */
export function parseNote(inner: string): Responsibility | null {
  const keys = [...inner.matchAll(new RegExp(NOTE_KEY_RE.source, "g"))];
  if (keys.length === 0) return null;
  const hasLeadKey = keys.some((k) => LEAD_KEYS.test(k[1]!));
  const r: Responsibility = { lead: [], support: [], raw: inner };
  keys.forEach((k, n) => {
    const start = k.index! + k[0].length;
    const end = keys[n + 1]?.index ?? inner.length;
    const organs = splitOrgans(inner.slice(start, end).replace(/[，,；;。\s]+$/, ""), { conjunctions: true });
    const f = fieldOf(k[1]!);
    // 责任单位 beside a 牵头单位 names those who carry it out with the lead
    const isSupport = f === "support" || (hasLeadKey && !LEAD_KEYS.test(k[1]!) && f === "lead");
    (isSupport ? r.support : r.lead).push(...organs);
  });
  return r;
}

const NOTE_AT_END = /[（(]([^（）()]*[：:][^（）()]*)[）)]\s*[。.]?\s*$/;
const BARE_NOTE_AT_END = new RegExp(`(?:^|\\n|[。；])\\s*(${NOTE_KEY_RE.source}[^\\n]*)$`);

/** Find and cut a responsibility note at the end of a section's text (or heading). */
function cutNote(s: string): { rest: string; note: Responsibility } | null {
  const m = NOTE_AT_END.exec(s);
  if (m) {
    const note = parseNote(m[1]!);
    if (note) return { rest: s.slice(0, m.index).replace(/\s+$/, ""), note: { ...note, raw: m[0].trim() } };
  }
  const b = BARE_NOTE_AT_END.exec(s);
  if (b) {
    const note = parseNote(b[1]!);
    if (note) {
      const cut = b.index + b[0].indexOf(b[1]!);
      return { rest: s.slice(0, cut).replace(/\s+$/, ""), note: { ...note, raw: b[1]!.trim() } };
    }
  }
  return null;
}

function pathPart(s: Section): string {
  if (s.marker === null) return s.heading;
  return s.marker.replace(/[、．.，,：:\s]+$/, "");
}

interface Located {
  task: Task;
  order: number;
}

function sectionTasks(sections: Section[], part: number | null, out: Located[]): void {
  const walk = (list: Section[], path: string[]) => {
    for (const s of list) {
      const p = [...path, pathPart(s)];
      let found = cutNote(s.text);
      if (found) s.text = found.rest;
      else if (!s.text && (found = cutNote(s.heading))) s.heading = found.rest.replace(/[。；]$/, "");
      if (found) {
        s.responsibility = found.note;
        out.push({
          order: s.line,
          task: {
            seq: s.ordinal !== null ? String(s.ordinal) : null, task: s.heading, deadline: null, due: null,
            lead: found.note.lead, support: found.note.support, leader: null, owner: null, notes: null, extra: {},
            group: null, source: { section: p.join("/"), part }, line: s.line,
          },
        });
      }
      walk(s.children, p);
    }
  };
  walk(sections, []);
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

function tableTasks(table: Table, index: number, year: number | null, out: Located[], diagnostics: Diagnostic[]): void {
  const fields = table.columns.map(fieldOf);
  const taskCol = fields.indexOf("task");
  const useful = fields.some((f) => f === "lead" || f === "deadline" || f === "leader" || f === "owner" || f === "support");
  if (taskCol < 0 || !useful) return;
  let group: string | null = null;
  table.rows.forEach((cells, j) => {
    const g = isGroupRow(cells, taskCol);
    if (g) {
      group = g;
      return;
    }
    const get = (f: Field) => {
      const k = fields.indexOf(f);
      return k >= 0 && cells[k] ? cells[k]! : null;
    };
    const listOf = (f: Field) =>
      fields.flatMap((ff, k) => (ff === f && cells[k] ? splitOrgans(cells[k]!, { conjunctions: true }) : []));
    const extra: Record<string, string> = {};
    fields.forEach((f, k) => {
      if (f === null && table.columns[k]) extra[table.columns[k]!] = cells[k] ?? "";
    });
    const task = get("task");
    if (!task) return;
    const deadline = get("deadline");
    const months = parseDue(deadline);
    const due = months ? { ...months, year } : null;
    if (deadline && !due && !/(长期|持续|常态|经常|随时|按要求|适时)/.test(deadline)) {
      diagnostics.push({ severity: "info", code: "deadline-unreadable", message: `deadline "${deadline}" has no month kexie can read`, line: table.line + j + 1, column: 1 });
    }
    out.push({
      order: table.line + j / 1000,
      task: {
        seq: get("seq"), task, deadline, due, lead: listOf("lead"), support: listOf("support"),
        leader: get("leader"), owner: get("owner"), notes: get("notes"), extra, group,
        source: { table: index, row: j }, line: table.line,
      },
    });
  });
}

export function extractTasks(notice: Notice, diagnostics: Diagnostic[]): Task[] {
  const out: Located[] = [];
  sectionTasks(notice.sections, null, out);
  notice.parts.forEach((p, k) => sectionTasks(p.sections, k, out));
  const titleYear = /((?:19|20)\d{2})\s*年/.exec(notice.header.title ?? "")?.[1];
  const year =
    notice.header.docNumber?.year ??
    (notice.signature?.date ? Number(notice.signature.date.slice(0, 4)) : titleYear ? Number(titleYear) : null);
  notice.tables.forEach((t, i) => tableTasks(t, i, year, out, diagnostics));
  return out.sort((a, b) => a.order - b.order).map((l) => l.task);
}
