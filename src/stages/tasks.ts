// Responsibility (责任分工): one task per row of a responsibility table and per inline note
// （牵头责任部门：组织部，配合部门：各部室）, in document order. Column headers map through the
// one synonym table in columns.ts; unknown columns land in `extra`, so nothing is dropped.
import type { Diagnostic, Notice, Responsibility, Section, Table, Task } from "../model/schema.js";
import { splitOrgans } from "../lexicon/organs.js";
import { fieldOf, NOTE_KEY_RE, type Field } from "../lexicon/columns.js";
import { parseDue } from "../lexicon/due.js";
import { matchMarker } from "../lexicon/markers.js";
import { pathStep } from "../model/section-path.js";
import { isOrganLine } from "../lexicon/organs.js";

function noteInParagraphs(text: string): { rest: string; note: Responsibility } | null {
  const paras = text.split("\n");
  for (let k = paras.length - 2; k >= 0; k--) {
    const found = cutNote(paras[k]!);
    if (found) return { rest: [...paras.slice(0, k), found.rest, ...paras.slice(k + 1)].join("\n"), note: found.note };
  }
  return null;
}

function dueOf(deadline: string | null, year: number | null) {
  const months = parseDue(deadline);
  return months ? { ...months, year: months.year ?? year } : null;
}

const LEAD_KEYS = /^(牵头|主办|承办)/;

/** A list item that is a time, not an organ: 2024年底前完成, 6月底, 长期坚持. */
const DEADLINE_ITEM = /(\d{4}\s*年|[0-9一二三四五六七八九十]+\s*月|底前|年底|年内|季度|上半年|下半年|长期|持续|完成$)/;

/** Parse the inside of a note: 牵头责任部门：组织部，配合部门：各部室、各直属单位 */
export function parseNote(inner: string): Responsibility | null {
  const keys = [...inner.matchAll(new RegExp(NOTE_KEY_RE.source, "g"))];
  if (keys.length === 0) return null;
  const hasLeadKey = keys.some((k) => LEAD_KEYS.test(k[1]!));
  const r: Responsibility = { lead: [], support: [], deadline: null, raw: inner };
  const deadlines: string[] = [];
  keys.forEach((k, n) => {
    const start = k.index! + k[0].length;
    const end = keys[n + 1]?.index ?? inner.length;
    const value = inner.slice(start, end).replace(/[，,；;。\s]+$/, "");
    const f = fieldOf(k[1]!);
    if (f === "deadline") {
      deadlines.push(value.trim());
      return;
    }
    const items = splitOrgans(value, { conjunctions: true });
    // 责任单位 beside a 牵头单位 names those who carry it out with the lead
    const isSupport = f === "support" || (hasLeadKey && !LEAD_KEYS.test(k[1]!) && f === "lead");
    for (const item of items) {
      if (DEADLINE_ITEM.test(item)) deadlines.push(item);
      else (isSupport ? r.support : r.lead).push(item);
    }
  });
  if (r.lead.length === 0 && r.support.length === 0) return null;
  r.deadline = deadlines.length ? deadlines.join("，") : null;
  return r;
}

/** 市科技局牵头，市财政局、市教育局配合 — the same duty written as a sentence. */
const PHRASE_NOTE = /(?:^|[。；，,（(\n])\s*(?:由)?([^，。；（）()\n]{2,40}?)(?:负责)?牵头(?:负责|落实|实施)?[，,、；;]\s*([^。；（）()\n]{2,80}?)(?:等(?:单位|部门))?(?:配合|协同|参与|协助)(?:落实|实施|推进)?[)）]?[。；]?\s*$/;

function phraseNote(s: string): { rest: string; note: Responsibility } | null {
  const m = PHRASE_NOTE.exec(s);
  if (!m) return null;
  const lead = splitOrgans(m[1]!, { conjunctions: true });
  const support = splitOrgans(m[2]!, { conjunctions: true });
  if (!lead.length || !lead.every(isOrganLine) || !support.every(isOrganLine)) return null;
  const at = m.index + (/^[。；，,（(\n]/.test(m[0]) ? 1 : 0);
  const opened = /[（(]/.test(m[0][0] ?? "");
  const cut = opened ? m.index : at;
  return { rest: s.slice(0, cut).replace(/[，,\s]+$/, ""), note: { lead, support, deadline: null, raw: s.slice(cut).trim() } };
}

/** The bracketed aside that ends s, nested brackets allowed: …（责任单位：各县（市、区）文化和旅游局） */
function trailingAside(s: string): { index: number; inner: string; whole: string } | null {
  const m = /[）)]\s*[。.]?\s*$/.exec(s);
  if (!m) return null;
  let depth = 0;
  for (let i = m.index; i >= 0; i--) {
    const ch = s[i]!;
    if (ch === "）" || ch === ")") depth++;
    else if ((ch === "（" || ch === "(") && --depth === 0) {
      return { index: i, inner: s.slice(i + 1, m.index), whole: s.slice(i).trim() };
    }
  }
  return null;
}
const BARE_NOTE_AT_END = new RegExp(`(?:^|\\n|[。；])\\s*(${NOTE_KEY_RE.source}[^\\n]*)$`);

/** Find and cut a responsibility note at the end of a section's text (or heading). */
function cutNote(s: string): { rest: string; note: Responsibility } | null {
  const m = trailingAside(s);
  if (m && /[：:]/.test(m.inner)) {
    const note = parseNote(m.inner);
    if (note) return { rest: s.slice(0, m.index).replace(/\s+$/, ""), note: { ...note, raw: m.whole } };
  }
  const b = BARE_NOTE_AT_END.exec(s);
  if (b) {
    const note = parseNote(b[1]!);
    if (note) {
      const cut = b.index + b[0].indexOf(b[1]!);
      return { rest: s.slice(0, cut).replace(/\s+$/, ""), note: { ...note, raw: b[1]!.trim() } };
    }
  }
  return phraseNote(s);
}


interface Located {
  task: Task;
  order: number;
}

function sectionTasks(sections: Section[], part: number | null, year: number | null, out: Located[]): void {
  const walk = (list: Section[], path: string[]) => {
    for (const s of list) {
      const p = [...path, pathStep(s)];
      let found = cutNote(s.text);
      if (found) s.text = found.rest;
      // the last item of a list also holds the unnumbered closing paragraph after it: its note
      // ends its own paragraph, not the section's text
      else if ((found = noteInParagraphs(s.text))) s.text = found.rest;
      // a heading line that carries the note itself: （一）深化改革（牵头单位：市政务办）
      else if ((found = cutNote(s.heading))) s.heading = found.rest.replace(/[。；，]$/, "");
      if (found) {
        s.responsibility = found.note;
        out.push({
          order: s.line,
          task: {
            seq: s.ordinal !== null ? String(s.ordinal) : null, task: s.heading,
            deadline: found.note.deadline ?? null, due: dueOf(found.note.deadline ?? null, year),
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

/**
 * Column roles: the first column of a role takes it and later ones keep their text in `extra`
 * (重点任务 beside 具体措施: nothing dropped), except organ columns, which all count; a
 * 责任单位 column beside a 牵头单位 column names the units that carry it out with the lead.
 */
function columnRoles(columns: string[]): Array<Field | null> {
  const raw = columns.map(fieldOf);
  const hasLeadKey = columns.some((c, k) => raw[k] === "lead" && LEAD_KEYS.test(c.replace(/\s+/g, "")));
  const seen = new Set<Field>();
  return raw.map((f, k) => {
    if (f === "lead" && hasLeadKey && !LEAD_KEYS.test(columns[k]!.replace(/\s+/g, ""))) return "support";
    if (f === null || f === "lead" || f === "support") return f;
    if (seen.has(f)) return null;
    seen.add(f);
    return f;
  });
}

function tableTasks(table: Table, index: number, year: number | null, out: Located[], diagnostics: Diagnostic[]): void {
  const fields = columnRoles(table.columns);
  const taskCol = fields.indexOf("task");
  const useful = fields.some((f) => f === "lead" || f === "deadline" || f === "leader" || f === "owner" || f === "support");
  if (taskCol < 0 || !useful) return;
  let group: string | null = null;
  // a merged 牵头单位/分管领导 cell flattened to text is written once, the rows below it left
  // blank: those rows share it (the table keeps the cells as printed)
  const carried = new Map<number, string>();
  table.rows.forEach((printed, j) => {
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
    const listOf = (f: Field) =>
      fields.flatMap((ff, k) => (ff === f && cells[k] ? splitOrgans(cells[k]!, { conjunctions: true }) : []));
    const extra: Record<string, string> = {};
    fields.forEach((f, k) => {
      if (f === null && table.columns[k]) extra[table.columns[k]!] = cells[k] ?? "";
    });
    const task = get("task");
    if (!task) return;
    const deadline = get("deadline");
    const due = dueOf(deadline, year);
    const rowLine = table.rowLines?.[j] ?? table.line;
    if (deadline && !due && !/(长期|持续|常态|经常|随时|按要求|适时)/.test(deadline)) {
      diagnostics.push({ severity: "info", code: "deadline-unreadable", message: `deadline "${deadline}" has no month kexie can read`, line: rowLine, column: 1 });
    }
    out.push({
      order: table.line + j / 1000,
      task: {
        seq: get("seq"), task, deadline, due, lead: listOf("lead"), support: listOf("support"),
        leader: get("leader"), owner: get("owner"), notes: get("notes"), extra, group,
        source: { table: index, row: j }, line: rowLine,
      },
    });
  });
}

/**
 * The tasks of a notice, and the notice with each note cut out of the section it closes (the
 * section gains `responsibility`). The notes are cut from copies: the sections stage's result
 * is left as it was handed on.
 */
export function extractTasks(input: Notice, diagnostics: Diagnostic[]): { notice: Notice; tasks: Task[] } {
  const notice: Notice = {
    ...input,
    sections: structuredClone(input.sections),
    parts: input.parts.map((p) => ({ ...p, sections: structuredClone(p.sections) })),
  };
  const out: Located[] = [];
  const titleYear = /((?:19|20)\d{2})\s*年/.exec(notice.header.title ?? "")?.[1];
  const year =
    notice.header.docNumber?.year ??
    (notice.signature?.date ? Number(notice.signature.date.slice(0, 4)) : titleYear ? Number(titleYear) : null);
  sectionTasks(notice.sections, null, year, out);
  notice.parts.forEach((p, k) => sectionTasks(p.sections, k, year, out));
  notice.tables.forEach((t, i) => tableTasks(t, i, year, out, diagnostics));
  return { notice, tasks: out.sort((a, b) => a.order - b.order).map((l) => l.task) };
}
