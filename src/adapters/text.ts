// Plain-text adapter: lines → blocks. Handles what real text exports carry: CR/CRLF, BOM,
// U+3000/NBSP padding, Markdown heading marks and **emphasis** (seed notices are often
// Markdown-ish text), and tables laid out with tabs or one cell per line.
import type { Block, InvisibleRemoval, ParagraphBlock, TableBlock } from "../model/blocks.js";
import { fieldOf, joinWrappedHeader, type Field } from "../lexicon/columns.js";
import { DEADLINE_ITEM } from "../lexicon/due.js";
import { cellOrgans, organLike } from "../lexicon/notes.js";
import { splitOrgans } from "../lexicon/organs.js";
import { hasInvisible, INVISIBLE, isInvisibleUnit, junkRuns, LOST_INDENT, LOST_INNER_SPACE_G, LOST_TRAILING_SPACE, PAGE_NUMBER_LINE, WIDE_SPACE } from "../lexicon/layout.js";
import { isSpaceUnit } from "../lexicon/length.js";
import { charsAtMost } from "../lexicon/length.js";
import { matchMarker } from "../lexicon/markers.js";

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");

/** The line without its invisible characters; what was removed, and where, is added to `removed`. */
function withoutInvisible(line: string, n: number, removed: InvisibleRemoval[]): string {
  if (!hasInvisible(line)) return line;
  const chars: string[] = [];
  let column = 0;
  const out = line.replace(INVISIBLE_ALL, (c, at: number) => {
    if (!chars.length) column = at + 1;
    chars.push(c);
    return "";
  });
  removed.push({ line: n, column, chars });
  return out;
}

/**
 * The line without a forum's anti-copy junk (JAMMER_G) or a document site's running header, each run added to `removed`: the junk's | and
 * symbols would read as a table's cells, its tokens as the start of a wrapped line. A run that opens
 * the line leaves spaces, so the text after it keeps its column (the space before any other run goes with it).
 */
function withoutJunk(line: string, n: number, removed: InvisibleRemoval[]): string {
  const found = junkRuns(line);
  if (found.length === 0) return line;
  let out = "";
  let from = 0;
  for (const [start, end, kind] of found) {
    removed.push({ line: n, column: start + 1, chars: [], junk: line.slice(start, end), junkKind: kind });
    const opening = line.slice(0, start).trim() === "";
    const cut = !opening && start > from && line[start - 1] === " " ? start - 1 : start;
    out += line.slice(from, cut) + (opening ? " ".repeat(end - cut) : "");
    from = end;
  }
  return out + line.slice(from);
}

export function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, "").split(/\r\n|\r|\n|\u2028|\u2029/);
}

function isBlank(s: string): boolean {
  // a line that opens with a printable character is not blank (nearly every line): no copy, no trim
  const c = s.charCodeAt(0);
  if (c === c && !isSpaceUnit(c) && !isInvisibleUnit(c) && (c < 0xd800 || c > 0xdfff)) return false;
  // a line of padding and invisible characters alone looks blank, and is (nothing printable on it)
  const t = s.replace(WIDE_SPACE, "");
  return (hasInvisible(t) ? t.replace(INVISIBLE_ALL, "") : t).trim() === "";
}

/** Strip Markdown inline emphasis; the text is what a reader sees. */
export function stripEmphasis(s: string): string {
  // both patterns need a * or an _: most lines hold neither
  if (!s.includes("*") && !s.includes("_")) return s;
  return s.replace(/\*\*|__/g, "").replace(/(^|[^\\*])\*(?=\S)([^*\n]+?)\*/g, "$1$2");
}

function tabCells(raw: string): string[] {
  return raw.replace(WIDE_SPACE, " ").split("\t").map((c) => c.trim());
}

/** A cell short enough for a header row: at most 20 characters, not ending a sentence. */
function shortCell(c: string): boolean {
  return charsAtMost(c, 20) && !/[。；]$/.test(c);
}

/** A first row that reads like a table header: short cells, known column names or a regular shape. */
function headerLike(first: string[], second: string[] | undefined): boolean {
  const short = first.every(shortCell);
  if (!short || first.length < 2) return false;
  if (first.filter((c) => fieldOf(c) !== null).length >= 2) return true;
  return first.length >= 3 && second !== undefined && second.length === first.length;
}

/** A line that is one cell: it starts with a tab and holds no other. */
const isCellLine = (s: string | undefined): s is string => s !== undefined && s.startsWith("\t") && !s.includes("\t", 1);

/**
 * A run of consecutive cell lines [from, to) and what every attempt starting inside it shares: the
 * rows after it (they do not depend on where in the run the first row starts) and, for each
 * start, whether the cells from there to the run's end can be a header. Built once per run: an
 * attempt from each line of a long run rescanning the rest of it was quadratic.
 */
interface CellRun {
  lines: string[];
  from: number;
  to: number;
  cells: string[];
  /** all cells from k to the run's end are short enough for a header */
  shortFrom: Uint8Array;
  /** cells from k to the run's end that name a known column */
  fieldsFrom: Int32Array;
  /** the first row after the run (null: none follows), read on the first attempt */
  second?: string[] | null;
  /** all the rows after the run and where the table would end, read only once a header passes */
  tail?: { rows: string[][]; rowLines: number[]; end: number };
}

function cellRun(lines: string[], from: number): CellRun {
  let to = from;
  while (isCellLine(lines[to])) to++;
  const cells = lines.slice(from, to).map((raw) => raw.slice(1).replace(WIDE_SPACE, " ").trim());
  const shortFrom = new Uint8Array(cells.length + 1);
  const fieldsFrom = new Int32Array(cells.length + 1);
  shortFrom[cells.length] = 1;
  for (let k = cells.length - 1; k >= 0; k--) {
    shortFrom[k] = shortFrom[k + 1]! && shortCell(cells[k]!) ? 1 : 0;
    fieldsFrom[k] = fieldsFrom[k + 1]! + (fieldOf(cells[k]!) !== null ? 1 : 0);
  }
  return { lines, from, to, cells, shortFrom, fieldsFrom };
}

/**
 * The rows after a run, up to `most` of them (a failed header needs only the first: reading every
 * row for every run of a long text of tab-indented paragraphs would be quadratic), and where they
 * end; null when the run is not followed by a blank line and more cell lines.
 */
function rowsAfter(run: CellRun, most: number): { rows: string[][]; rowLines: number[]; end: number } | null {
  const { lines, to } = run;
  const next = lines[to + 1];
  if (to >= lines.length || !isBlankCellGap(lines[to]!) || next === undefined || !next.startsWith("\t")) return null;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let i = to + 1;
  let cur: string[] | null = null;
  while (i < lines.length) {
    const raw = lines[i]!;
    if (isBlankCellGap(raw)) {
      if (cur) {
        rows.push(cur);
        cur = null;
        if (rows.length >= most) break;
      }
      // stop at two blank lines or at a non-cell line after a blank
      const after = lines[i + 1];
      if (after === undefined || !after.startsWith("\t")) break;
      i++;
      continue;
    }
    if (!isCellLine(raw)) break;
    if (!cur) {
      cur = [];
      rowLines.push(i + 1);
    }
    cur.push(raw.slice(1).replace(WIDE_SPACE, " ").trim());
    i++;
  }
  if (cur) rows.push(cur);
  return { rows, rowLines, end: i };
}

/** A blank line between rows of a cell-per-line table (a line holding only a tab is an empty cell). */
const isBlankCellGap = (raw: string) => raw === "" || (isBlank(raw) && !raw.startsWith("\t"));

/**
 * Tables laid out one cell per line, from the run of cell lines `run` (which holds start): the
 * first row is the cells from start to the run's end, the rows after it are the run's tail. The
 * first row must read like a header (tab-indented paragraphs are not a table).
 */
function cellPerLineTable(run: CellRun, start: number): { table: TableBlock; end: number } | null {
  const k = start - run.from;
  const width = run.cells.length - k;
  if (run.second === undefined) run.second = rowsAfter(run, 1)?.rows[0] ?? null;
  const second = run.second;
  if (!second) return null;
  // headerLike(first row, second row), from the run's suffix counts
  const header = run.shortFrom[k] === 1 && width >= 2 && (run.fieldsFrom[k]! >= 2 || (width >= 3 && second.length === width));
  if (!header) return null;
  run.tail ??= rowsAfter(run, Infinity)!;
  const tail = run.tail;
  const full = (width >= 2 ? 1 : 0) + tail.rows.filter((r) => r.length >= 2).length;
  if (full < 2) return null;
  const rows = [run.cells.slice(k), ...tail.rows];
  const rowLines = [start + 1, ...tail.rowLines];
  // one cell per line, a row's cells on consecutive lines
  const cellLines = rows.map((r, n) => r.map((_, c) => rowLines[n]! + c));
  return { table: { kind: "table", rows, rowLines, cellLines, line: start + 1, column: 1, layout: "cell-per-line" }, end: tail.end };
}

const hasTabRow = (s: string | undefined) => s !== undefined && /\S\t+|\t+\S/.test(s.trim() === "" ? "" : s) && s.includes("\t");

/**
 * Rows whose cells are separated by tabs. Inside the region real exports also carry: a row
 * that starts with tabs (a long cell wrapped onto the next line: its text belongs to the cell
 * above), a group row without tabs (一、党建工作), a page-number line and blank lines between
 * pages (the header row repeated after a page break is merged later).
 */
function tabRowsTable(lines: string[], start: number): { table: TableBlock; end: number } | null {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const skipped: Array<{ text: string; line: number }> = [];
  const nextTabRow = (from: number) => {
    for (let k = from; k < Math.min(lines.length, from + 4); k++) if (hasTabRow(lines[k]) && /\S\t/.test(lines[k]!.trim() + "\t")) return k;
    return -1;
  };
  let i = start;
  let end = start;
  while (i < lines.length) {
    const raw = lines[i]!;
    const trimmed = raw.replace(/^[ \u3000]+/, "").replace(/\s+$/, "");
    // a form row left blank (回执: name, unit, phone to fill in) is still a row of the table
    const blankRow = rows.length > 0 && /^\t+\s*$/.test(raw) && raw.split("\t").length >= rows[0]!.length - 1;
    if (/\S\t+\S?/.test(trimmed) || (rows.length > 0 && /^\t+\S/.test(raw)) || blankRow) {
      const cells = tabCells(raw.startsWith("\t") ? raw : trimmed);
      const prev = rows[rows.length - 1];
      if (blankRow) {
        rows.push(cells.map(() => ""));
        rowLines.push(i + 1);
      } else if (raw.startsWith("\t") && prev) {
        // continuation of wrapped cells: append each piece to the cell above it
        cells.forEach((c, k) => {
          if (!c) return;
          while (prev.length <= k) prev.push("");
          prev[k] = prev[k] + c;
        });
      } else {
        rows.push(cells);
        rowLines.push(i + 1);
      }
      i++;
      end = i;
      continue;
    }
    if (rows.length === 0) break;
    const body = trimmed.replace(WIDE_SPACE, " ").trim();
    const ahead = nextTabRow(i + 1);
    // only the lines up to the next row (at most 4): with no row ahead, slice(i, -1) would map
    // the rest of the file at the end of every table
    const gap = ahead > 0 ? lines.slice(i, ahead).map((l) => l.replace(WIDE_SPACE, " ").trim()) : [];
    if (ahead > 0 && gap.every((g) => g === "" || PAGE_NUMBER_LINE.test(g))) {
      gap.forEach((g, k) => g && skipped.push({ text: g, line: i + k + 1 }));
      i = ahead;
      continue;
    }
    // a group row spanning the table: short, no sentence end, and the table goes on right after
    if (body && charsAtMost(body, 40) && !/[。；]$/.test(body) && ahead === i + 1) {
      rows.push([body]);
      rowLines.push(i + 1);
      i++;
      end = i;
      continue;
    }
    break;
  }
  if (rows.length < 2) return null;
  return { table: { kind: "table", rows, rowLines, line: start + 1, column: 1, layout: "tab-rows", skipped }, end };
}

interface Cell {
  text: string;
  line: number;
}

/** How well a cell's text fits a column's field: a 序号 is a number, a deadline names a time, an organ cell names organs. */
function cellFit(field: Field | null, text: string): number {
  const t = text.replace(/\s+/g, "");
  if (t === "") return 0;
  switch (field) {
    case "seq":
      return /^\d{1,3}$/.test(t) ? 3 : -3;
    case "deadline":
      return DEADLINE_ITEM.test(t) && charsAtMost(t, 30) ? 2 : !charsAtMost(t, 30) ? -2 : 0;
    case "lead":
    case "support":
      // (…or a clause of roles, 办公室牵头,各科室配合, as a cell of that column may write them)
      return /[。；]/.test(t) || !charsAtMost(t, 60) ? -2 : splitOrgans(t).some(organLike) || cellOrgans(t).lead.some(organLike) ? 2 : -1;
    case "leader":
    case "owner":
      return charsAtMost(t, 12) && !/\d/.test(t) ? 1 : -2;
    case "task":
      return !charsAtMost(t, 3) ? 1 : 0;
    default:
      return 0;
  }
}

/**
 * A row with fewer cells than the header (a merged cell printed once, on the first row it spans):
 * the missing cells are left blank where the row's cells then fit their columns best — the
 * leftmost such columns on a tie, since merged cells group rows from the left.
 */
function alignRow(cells: string[], fields: Array<Field | null>): string[] {
  return placeCells(cells, alignBlanks(cells, fields), "");
}

/** The columns alignRow leaves blank. */
function alignBlanks(cells: string[], fields: Array<Field | null>): number[] {
  const width = fields.length;
  const missing = width - cells.length;
  if (missing <= 0 || missing > 3) return [];
  let best: { score: number; blanks: number[] } | null = null;
  const choose = (from: number, left: number, blanks: number[]) => {
    if (left === 0) {
      const row = placeCells(cells, blanks, "");
      const score = row.reduce((sum, t, c) => sum + cellFit(fields[c] ?? null, t), 0);
      if (!best || score > best.score) best = { score, blanks };
      return;
    }
    for (let c = from; c <= width - left; c++) choose(c + 1, left - 1, [...blanks, c]);
  };
  choose(0, missing, []);
  return best ? (best as { blanks: number[] }).blanks : [];
}

/**
 * A row flattened one cell per line with more cells than the header, where one organ column's
 * cell held several organs, one per line: the run of cells that column takes (every one an organ,
 * the cells after it fitting their columns), or null when no organ column explains the surplus.
 */
function foldOrganCell(cells: string[], fields: Array<Field | null>): { at: number; count: number } | null {
  const count = cells.length - fields.length + 1;
  if (count > 6) return null;
  for (let c = 0; c < fields.length; c++) {
    const f = fields[c];
    if (f !== "lead" && f !== "support") continue;
    const run = cells.slice(c, c + count);
    if (!run.every((t) => cellFit(f, t) > 0 && !/[、，,]/.test(t))) continue;
    const rest = cells.slice(c + count);
    if (rest.every((t, k) => cellFit(fields[c + 1 + k] ?? null, t) >= 0)) return { at: c, count };
  }
  return null;
}

/** Extra cells of a row that form a row of their own: a task, and cells that fit their columns. */
function subRow(extra: string[], fields: Array<Field | null>): { cells: string[]; blanks: number[] } | null {
  if (extra.length < 2) return null;
  const blanks = alignBlanks(extra, fields);
  const row = placeCells(extra, blanks, "");
  if (blanks.length !== fields.length - extra.length || row[fields.indexOf("seq")] !== "") return null;
  const task = fields.indexOf("task");
  if (task < 0 || !row[task] || !/[。；]$/.test(row[task]!)) return null;
  return row.every((t, c) => t === "" || cellFit(fields[c] ?? null, t) > 0) ? { cells: extra, blanks } : null;
}

/** cells in order, `blank` at the given columns. */
function placeCells<T>(cells: T[], blanks: number[], blank: T): T[] {
  if (!blanks.length) return cells;
  const row: T[] = [];
  let k = 0;
  for (let c = 0; c < cells.length + blanks.length; c++) row.push(blanks.includes(c) ? blank : (cells[k++] ?? blank));
  return row;
}

/** A `| cell |` line without its opening bar: a page's table printed a cell a line, each row's first cell opening with the row's | */
const withoutRowBar = (t: string): string => (t.startsWith("|") && t.length > 2 ? t.slice(1).trimStart() : t);

/** Lines of a flattened table → cells: `text |` one per line (a lone | an empty cell), cells
 *  separated by lone | lines, or bare one cell per line. Stops at the first line that breaks the form. */
function flatCells(lines: string[], start: number, mode: "pipe-end" | "pipe-between" | "plain", limit = Infinity): { cells: Cell[]; end: number } {
  const cells: Cell[] = [];
  let i = start;
  let lastWasCell = false;
  for (; i < lines.length && cells.length < limit; i++) {
    const t = lines[i]!.replace(WIDE_SPACE, " ").trim();
    if (t === "") {
      if (mode === "plain") continue;
      break;
    }
    if (mode === "pipe-end") {
      // (a row's first cell may keep the row's opening bar: | 1 | / 区民政局 | / …)
      const c = withoutRowBar(t);
      if (!c.endsWith("|") || c.slice(0, -1).includes("|")) break;
      cells.push({ text: c.slice(0, -1).trim(), line: i + 1 });
    } else if (mode === "pipe-between") {
      if (t === "|") {
        lastWasCell = false;
        continue;
      }
      if (lastWasCell || t.includes("|")) break;
      cells.push({ text: t, line: i + 1 });
      lastWasCell = true;
    } else {
      if (t.includes("|")) break;
      cells.push({ text: t, line: i + 1 });
    }
  }
  return { cells, end: i };
}

/** Cells enough to decide a flattened table's header: at most 12 names, then 序号 within three more. */
const HEADER_PEEK = 16;
const isSeq = (t: string) => /^\d{1,3}$/.test(t.replace(/\s+/g, ""));
const isLabel = (t: string) => charsAtMost(t.replace(/\s+/g, ""), 12) && fieldOf(t) !== null;


/**
 * A table flattened one cell per line (copied out of a PDF or a web page): a header of short
 * column names (序号 may be missing: the numbers then show where it stands), then rows that each
 * hold the next 序号; cells a row lacks (merged over several rows) are aligned by fit. Forms:
 * bare cells, `cell |` lines, cells between lone `|` lines.
 */
/**
 * A group row of a table copied a cell per line ((一)刘忻市长牵头重点工作 right before a row's 序号): a row of
 * its own across the table, not a cell of the rows around it. The cells without such rows, and each
 * group by the index (in those cells) of the 序号 it stands before.
 */
function withoutGroupCells<C extends { text: string }>(cells: C[]): { cells: C[]; groups: Map<number, C>; loose: C[] } {
  const out: C[] = [];
  const groups = new Map<number, C>();
  // groups in a run above a row's number, all but the last (二、… / 三、… / 四、… / 六、… / 68: a department's share of a
  // table, the groups it has no row in kept): rows of their own, placed by their lines
  const loose: C[] = [];
  const groupLike = (c: C) => !isSeq(c.text) && charsAtMost(c.text, 40) && !/[。；]/.test(c.text) && /^chinese/.test(matchMarker(c.text)?.style ?? "");
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (k > 0 && groupLike(c)) {
      let j = k + 1;
      while (j < cells.length && j - k < 12 && groupLike(cells[j]!)) j++;
      if (j < cells.length && isSeq(cells[j]!.text)) {
        loose.push(...cells.slice(k, j - 1));
        groups.set(out.length, cells[j - 1]!);
        k = j - 1;
        continue;
      }
    }
    out.push(c);
  }
  return { cells: out, groups, loose };
}

function flattenedTable(lines: string[], start: number): { table: TableBlock; end: number } | null {
  const first = lines[start]!.replace(WIDE_SPACE, " ").trim();
  const next = lines.slice(start + 1, start + 3).map((l) => l.trim());
  const opened = withoutRowBar(first);
  const mode = opened.endsWith("|") && !opened.slice(0, -1).includes("|") ? "pipe-end" : next[0] === "|" ? "pipe-between" : "plain";
  if (mode === "plain" && !/^序\s*号$/.test(first)) return null;
  // the header is decided on the first cells: a 序号 line that opens no table costs those, not
  // the rest of the text (a text of many 序号 lines was quadratic)
  const peek = withoutGroupCells(flatCells(lines, start, mode, HEADER_PEEK).cells.filter((c) => !PAGE_NUMBER_LINE.test(c.text) || isSeq(c.text))).cells;
  let ph = 0;
  while (ph < peek.length && ph < 12 && !isSeq(peek[ph]!.text) && charsAtMost(peek[ph]!.text.replace(/\s+/g, ""), 12)) ph++;
  const peekFields = peek.slice(0, ph).map((c) => fieldOf(c.text));
  if (ph < 2 || peekFields.filter((f) => f !== null).length < 2 || !peekFields.includes("task") || !peek.slice(ph, ph + 4).some((c) => isSeq(c.text))) return null;
  const flat = flatCells(lines, start, mode);
  // a page number between rows (— 2 —) is dropped and reported
  const skipped: Array<{ text: string; line: number }> = [];
  const { cells, groups, loose } = withoutGroupCells(flat.cells.filter((c) => {
    const page = PAGE_NUMBER_LINE.test(c.text) && !isSeq(c.text);
    if (page) skipped.push(c);
    return !page;
  }));
  let end = flat.end;
  // the header: short column names up to the first 序号 number
  let h = 0;
  while (h < cells.length && h < 12 && !isSeq(cells[h]!.text) && charsAtMost(cells[h]!.text.replace(/\s+/g, ""), 12)) h++;
  // without a 序号 label, an unknown cell right before the first number opens the first row
  if (h > 0 && !cells.slice(0, h).some((c) => fieldOf(c.text) === "seq") && fieldOf(cells[h - 1]!.text) === null) h--;
  let head = cells.slice(0, h).map((c) => c.text);
  let headLines = cells.slice(0, h).map((c) => c.line);
  // where 序号 stands: its label, or as many cells after the header as precede the first number
  let firstSeq = h;
  while (firstSeq < cells.length && firstSeq < h + 3 && !isSeq(cells[firstSeq]!.text)) firstSeq++;
  if (firstSeq >= cells.length || !isSeq(cells[firstSeq]!.text)) return null;
  // the 序号 cells: a run of consecutive numbers — or of rising ones a header's width apart, a department's
  // share of a larger table keeping that table's numbers (3 / 68 / 69: the rows it is named in)
  const seqAt: number[] = [];
  let expect = Number(cells[firstSeq]!.text.replace(/\s+/g, ""));
  for (let k = firstSeq; k < cells.length; k++) {
    if (!isSeq(cells[k]!.text)) continue;
    const n = Number(cells[k]!.text.replace(/\s+/g, ""));
    const last = seqAt[seqAt.length - 1];
    if ((n === expect && (last === undefined || k - last >= 2)) || (last !== undefined && n > expect && h >= 3 && k - last === h)) {
      seqAt.push(k);
      expect = n + 1;
    }
  }
  if (seqAt.length < 2) return null;
  // a header with more cells than every row holds (its narrow columns wrapped: 责任 / 领导) is
  // joined back to the rows' width, when 序号 is labelled and the rows hold one width throughout
  const gap = seqAt[1]! - seqAt[0]!;
  if (gap < h && firstSeq === h && head.some((t) => fieldOf(t) === "seq") && seqAt.every((at, n) => n === 0 || at - seqAt[n - 1]! === gap) && cells.length - seqAt[seqAt.length - 1]! >= gap) {
    const joined = joinWrappedHeader(head, gap);
    if (joined) {
      headLines = joined.map((c) => headLines[c.from]!);
      head = joined.map((c) => c.text);
    }
  }
  const fields = head.map(fieldOf);
  if (h < 3 || fields.filter((f) => f !== null).length < 3 || !fields.includes("task")) return null;
  let seqCol = fields.indexOf("seq");
  const lead = firstSeq - h;
  if (seqCol < 0) {
    seqCol = lead;
    head.splice(seqCol, 0, "");
    fields.splice(seqCol, 0, "seq");
  } else if (lead !== seqCol) return null;
  const width = head.length;
  const after = width - seqCol - 1;
  const rows: string[][] = [head];
  const rowLines: number[] = [cells[0]!.line];
  let prevLead: string[] = [];
  let prevLines: number[] = [];
  if (head.length > headLines.length) headLines.splice(seqCol, 0, cells[0]!.line); // the 序号 column added above
  const cellLines: number[][] = [headLines];
  const usedGroups = new Set<number>();
  seqAt.forEach((at, n) => {
    // (a group row before this row's first cell: its own row, its text in the first column — found
    // where the row's leading cells start, or between them and the number when it stands in their place)
    const from = n === 0 ? h : at - Math.min(seqCol, at);
    let group: Cell | undefined;
    for (let k = from; k <= at && !group; k++) {
      group = groups.get(k);
      if (group) usedGroups.add(k);
    }
    if (group) {
      rows.push(head.map((_, c) => (c === 0 ? group.text : "")));
      cellLines.push(head.map(() => (group as unknown as { line: number }).line));
      rowLines.push((group as unknown as { line: number }).line);
    }
    const stop = seqAt[n + 1] ?? cells.length;
    // cells after this number up to the next one: this row's, then the next row's leading cells
    const segment = cells.slice(at + 1, stop).map((c) => c.text);
    const leadNext = n + 1 < seqAt.length ? Math.max(0, Math.min(seqCol, segment.length - after)) : 0;
    // the last row ends after its own cells: what follows is text again
    const own = n + 1 < seqAt.length ? segment.slice(0, segment.length - leadNext) : segment.slice(0, after);
    // (in every form: cells left after it — a row whose 序号 was lost — are text, not dropped)
    if (n + 1 === seqAt.length && (mode === "plain" || at + own.length < cells.length - 1)) end = cells[at + own.length]?.line ?? end;
    const before = n === 0 ? cells.slice(h, at).map((c) => c.text) : prevLead;
    prevLead = segment.slice(segment.length - leadNext);
    const row = [...before, cells[at]!.text, ...own];
    const rowLine = cells[n === 0 ? h : at]!.line;
    // each cell's own line: the cells before the number, the number, the cells after it
    const lines = [...(n === 0 ? cells.slice(h, at).map((c) => c.line) : prevLines), cells[at]!.line, ...cells.slice(at + 1, at + 1 + own.length).map((c) => c.line)];
    prevLines = cells.slice(stop - leadNext, stop).map((c) => c.line);
    // an organ cell of several lines (县水务局 / 县住建局 / …) is one cell; any other row longer
    // than the header keeps its extra cells (the tables stage reports them)
    const fold = row.length > width ? foldOrganCell(row, fields) : null;
    if (fold) {
      row.splice(fold.at, fold.count, row.slice(fold.at, fold.at + fold.count).join("、"));
      lines.splice(fold.at, fold.count, lines[fold.at]!);
    }
    // a second item printed under the same number (开工建设老年大学。 / 12月底前, its organ cell
    // merged with the one above): the extra cells are a row of their own, aligned by fit
    const sub = row.length > width ? subRow(row.slice(width), fields) : null;
    if (sub) {
      row.length = width;
      lines.length = width;
    }
    const blanks = row.length < width ? alignBlanks(row, fields) : [];
    rows.push(placeCells(row, blanks, ""));
    cellLines.push(placeCells(lines, blanks, rowLine));
    rowLines.push(rowLine);
    if (sub) {
      const subLines = cells.slice(at + 1 + own.length - sub.cells.length, at + 1 + own.length).map((c) => c.line);
      rows.push(placeCells(sub.cells, sub.blanks, ""));
      cellLines.push(placeCells(subLines, sub.blanks, subLines[0]!));
      rowLines.push(subLines[0]!);
    }
  });
  // a group cell no row found before it (it stood where a row's cell would) is a group row still,
  // placed by its line: no cell of the table is dropped
  for (const [k, g] of [...groups, ...loose.map((g, n): [number, Cell] => [-1 - n, g])]) {
    if (usedGroups.has(k)) continue;
    let i = rowLines.findIndex((l, r) => r > 0 && l > g.line);
    if (i < 0) i = rows.length;
    rows.splice(i, 0, head.map((_, c) => (c === 0 ? g.text : "")));
    cellLines.splice(i, 0, head.map(() => g.line));
    rowLines.splice(i, 0, g.line);
  }
  if (rows.length < 3 && !fields.some((f) => f === "lead" || f === "leader")) return null;
  return { table: { kind: "table", rows, rowLines, cellLines, line: start + 1, column: 1, layout: "cell-per-line", skipped }, end };
}

/**
 * Pipe rows without a Markdown delimiter row (`1 | 任务 | 处室 |`, a lone `|` line between
 * rows), as pages' tables come out of a text export: the first row names the columns; a row
 * with fewer cells (a merged cell printed once) is aligned by fit.
 */
function pipeRowsTable(lines: string[], start: number): { table: TableBlock; end: number } | null {
  const split = (t: string) => t.replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  const head = split(lines[start]!.replace(WIDE_SPACE, " ").trim());
  const fields = head.map(fieldOf);
  // (three known columns, or a numbered list's: 序号 | 目标任务 | 推进情况 |, the rows numbered below it)
  const known = fields.filter((f) => f !== null).length;
  if (head.length < 3 || !fields.includes("task") || (known < 3 && !(fields[0] === "seq" && /^\s*1\s*\|/.test(lines[start + 1] ?? "")))) return null;
  const rows = [head];
  const rowLines = [start + 1];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const t = lines[i]!.replace(WIDE_SPACE, " ").trim();
    if (t === "|" || t === "") continue;
    if (!t.includes("|")) break;
    // (a row shifted left by a merged cell printed once, 3.及时反馈… | 各科室 | |: its empty cells at the
    // end stand for the missing one at the start, and the row is aligned as one that is short)
    let cells = split(t);
    if (cells.length === head.length && cells[cells.length - 1] === "") {
      const filled = cells.length - [...cells].reverse().findIndex((c) => c !== "");
      if (filled >= 2 && filled < cells.length) cells = cells.slice(0, filled);
    }
    if (cells.length < 2 || cells.length > head.length) break;
    rows.push(cells.length < head.length ? alignRow(cells, fields) : cells);
    rowLines.push(i + 1);
  }
  if (rows.length < 2) return null;
  let end = i;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  return { table: { kind: "table", rows, rowLines, line: start + 1, column: 1, layout: "pipe" }, end };
}

const WIDE_GAP = /(?: {2,}|\u3000+\s*)/;

/**
 * Rows aligned with runs of spaces (text exported from Word or PDF): the first row must name at
 * least two known columns, and every row splits into the same number of cells. A single
 * space never separates cells, so 柳  军 style padding inside a name would split only if the
 * row then has too many cells — such rows end the table instead of corrupting it.
 */
function spaceRowsTable(lines: string[], start: number): { table: TableBlock; end: number } | null {
  const split = (s: string) => s.trim().split(WIDE_GAP).map((c) => c.trim()).filter((c) => c !== "");
  const head = split(lines[start]!);
  if (head.length < 3 || head.filter((h) => fieldOf(h) !== null).length < 2) return null;
  const rows = [head];
  const rowLines = [start + 1];
  let i = start + 1;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    const cells = split(lines[i]!);
    if (cells.length !== head.length) break;
    rows.push(cells);
    rowLines.push(i + 1);
    i++;
  }
  if (rows.length < 2) return null;
  let end = i;
  while (end > start && isBlank(lines[end - 1]!)) end--;
  return { table: { kind: "table", rows, rowLines, line: start + 1, column: 1, layout: "space-rows" }, end };
}

/**
 * A table whose cells lost their alignment and are set apart by one space each (text copied from
 * a page or a PDF): a header of column names (序号 工 作 任 务 牵头负责部门 — a letter-spaced name's
 * characters joined back), then rows numbered 1, 2, 3 … An empty cell leaves two spaces side by
 * side (2  严守用水…), and a cell that wrapped keeps a space inside it (加强水资源保 护).
 * The columns after the task's — roles, deadline, notes — take the row's last pieces; the
 * first takes its number, and the pieces between fill the columns between, a wrapped cell's
 * pieces joined back (the shortest neighbours first: wrapped pieces are short, a task's text long).
 */
function singleSpaceRowsTable(lines: string[], start: number): { table: TableBlock; end: number } | null {
  const head = spacedHeader(lines[start]!.trim());
  if (!head) return null;
  const fields = head.map((h) => fieldOf(h));
  let right = 0;
  while (right < head.length - 2 && TRAILING_FIELDS.has(fields[head.length - 1 - right]!)) right++;
  if (right === 0) return null;
  const middle = head.length - 1 - right;
  const rows = [head];
  const rowLines = [start + 1];
  let i = start + 1;
  for (let n = 1; i < lines.length; n++, i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith(`${n} `)) break;
    const pieces = line.slice(String(n).length + 1).split(" ");
    // (a row is a few cells, some wrapped: a line of hundreds of spaced words is text — and joining
    // them back pair by pair would cost the square of their number)
    if (pieces.length < middle + right || pieces.length > middle + right + 32) break;
    const ends = pieces.splice(pieces.length - right, right);
    const between = joinedShortest(pieces, middle);
    if (!between) break;
    rows.push([String(n), ...between, ...ends]);
    rowLines.push(i + 1);
  }
  if (rows.length < 3) return null;
  return { table: { kind: "table", rows, rowLines, line: start + 1, column: 1, layout: "space-rows" }, end: i };
}
/** The fields a table's last columns hold, after its task's */
const TRAILING_FIELDS = new Set<Field | null>(["lead", "support", "leader", "owner", "deadline", "notes"]);

/** A header line of column names set apart by single spaces, 序号 first, or null (a letter-spaced name, 工 作 任 务, is one name). */
function spacedHeader(line: string): string[] | null {
  if (!line.startsWith("序") || line.length > 80 || !line.includes(" ")) return null;
  const names: string[] = [];
  let letters = "";
  for (const w of line.split(/ +/)) {
    if (w.length === 1) {
      letters += w;
      continue;
    }
    if (letters) names.push(letters);
    letters = "";
    names.push(w);
  }
  if (letters) names.push(letters);
  if (names.length < 3 || fieldOf(names[0]!) !== "seq") return null;
  // every name a column's (one unknown at most: 类别), a role among them
  const fields = names.map((h) => fieldOf(h));
  if (fields.filter((f) => f === null).length > 1 || !fields.some((f) => f === "lead" || f === "support")) return null;
  return names;
}

/** `pieces` joined down to `width` cells, the shortest pair of non-empty neighbours first; null when too few. */
function joinedShortest(pieces: string[], width: number): string[] | null {
  const cells = [...pieces];
  if (cells.length < width) return null;
  while (cells.length > width) {
    let best = -1;
    for (let k = 0; k + 1 < cells.length; k++) {
      if (cells[k] === "" || cells[k + 1] === "") continue;
      if (best < 0 || cells[k]!.length + cells[k + 1]!.length < cells[best]!.length + cells[best + 1]!.length) best = k;
    }
    if (best < 0) return null;
    cells.splice(best, 2, cells[best]! + cells[best + 1]!);
  }
  return cells;
}

/**
 * A responsibility table copied as records, each cell's column name on a line of its own above its
 * value (具体任务 / 全面落实… / 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇 / 完成时限 / 1月底前完成):
 * the names of the first record are the header, each record (its names again, in the same
 * order) a row. At least three names, a task's and a role's among them.
 */
function labelValueRecords(lines: string[], start: number): { table: TableBlock; end: number } | null {
  // the non-blank lines from start, found only as far as the records are read (a short line that
  // names a column opens no scan of the rest of the text)
  const at: number[] = [];
  let next = start;
  const has = (k: number): boolean => {
    for (; at.length <= k && next < lines.length; next++) if (!isBlank(lines[next]!)) at.push(next);
    return k < at.length;
  };
  const text = (k: number) => lines[at[k]!]!.trim();
  const labelAt = (k: number) => has(k) && charsAtMost(text(k), 8) && isLabel(text(k));
  const head: string[] = [];
  let k = 0;
  while (labelAt(k) && has(k + 1) && !labelAt(k + 1) && (head.length === 0 || text(k) !== head[0])) {
    head.push(text(k));
    k += 2;
  }
  const fields = head.map(fieldOf);
  if (head.length < 3 || head.length > RECORD_LABELS_MOST || !fields.includes("task") || !fields.some((f) => f === "lead" || f === "support")) return null;
  const rows = [head];
  const rowLines = [at[0]! + 1];
  const record = (from: number): string[] | null => {
    const cells: string[] = [];
    for (let c = 0; c < head.length; c++) {
      const n = from + 2 * c;
      if (!has(n + 1) || text(n) !== head[c] || labelAt(n + 1)) return null;
      cells.push(text(n + 1));
    }
    return cells;
  };
  let end = at[0]!;
  for (let from = 0; ; from += 2 * head.length) {
    const cells = record(from);
    if (!cells) break;
    rows.push(cells);
    rowLines.push(at[from + 1]! + 1);
    end = at[from + 2 * head.length - 1]! + 1;
  }
  if (rows.length < 2) return null;
  return { table: { kind: "table", rows, rowLines, line: start + 1, column: 1, layout: "cell-per-line" }, end };
}
/**
 * Whether the second non-blank line after `i` is short enough to be a column's name (a record's
 * name, value, name): asked before the column lexicon is, since most short lines are headings.
 */
function secondAheadShort(lines: string[], i: number): boolean {
  let seen = 0;
  for (let k = i + 1; k < lines.length && k <= i + 8; k++) {
    if (isBlank(lines[k]!)) continue;
    if (++seen === 2) return lines[k]!.trim().length <= 8;
  }
  return false;
}
/** The most column names a record may have */
const RECORD_LABELS_MOST = 10;

/** Markdown pipe table: | a | b | rows with a |---| delimiter row. */
function pipeTable(lines: string[], start: number): { table: TableBlock; end: number } | null {
  const isRow = (s: string | undefined) => s !== undefined && /^\s*\|.*\|\s*$/.test(s);
  const isDelim = (s: string | undefined) => s !== undefined && /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(s);
  if (!isRow(lines[start]) || !isDelim(lines[start + 1])) return null;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let i = start;
  while (i < lines.length && (isRow(lines[i]) || isDelim(lines[i]))) {
    if (!isDelim(lines[i])) {
      const inner = lines[i]!.trim().replace(/^\|/, "").replace(/\|$/, "");
      rows.push(inner.split(/(?<!\\)\|/).map((c) => stripEmphasis(c.replace(/\\\|/g, "|")).trim()));
      rowLines.push(i + 1);
    }
    i++;
  }
  return { table: { kind: "table", rows, rowLines, line: start + 1, column: 1, layout: "pipe" }, end: i };
}

/** Lines of a leading YAML front matter block (--- … ---), as kexie's Markdown export writes. */
export function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== "---") return 0;
  for (let k = 1; k < Math.min(lines.length, 200); k++) {
    if (lines[k]!.trim() === "---") return k + 1;
    if (!/^(\s|[\w\u4e00-\u9fa5"'-][^:]*:|\s*-\s|#)/.test(lines[k]!) && lines[k]!.trim() !== "") return 0;
  }
  return 0;
}

/** Lines whose spaces a charset lost (??一、…, 甘肅省人民政府????????, 第一章?總?則) with the spaces back, when the text shows it (a ? test first) */
function withLostIndents(lines: string[]): string[] {
  if (!lines.some((l) => l.includes("??"))) return lines;
  let runs = 0;
  let all = 0;
  for (const l of lines) {
    if (!l.includes("?")) continue;
    const start = LOST_INDENT.exec(l);
    const run = (start !== null && start[0].length >= 2) || LOST_TRAILING_SPACE.test(l);
    if (run) runs++;
    if (run || start !== null || /[\u4e00-\u9fff]\?[\u4e00-\u9fff]/.test(l)) all++;
  }
  if (runs < 2 || all < 3) return lines;
  return lines.map((l) =>
    l.includes("?")
      ? l
          .replace(LOST_INDENT, (m) => " ".repeat(m.length))
          .replace(LOST_TRAILING_SPACE, (m, c: string) => c + " ".repeat(m.length - c.length))
          .replace(LOST_INNER_SPACE_G, "$1 ")
      : l,
  );
}

export function textToBlocks(text: string, removed?: InvisibleRemoval[]): Block[] {
  // with `removed` given, invisible characters leave each line before any table or line pattern
  // looks at it (a U+200B inside 序号 or 一、 hides nothing), and each line's removals are listed
  // (and so does a forum's junk)
  const read = removed ? splitLines(text).map((l, i) => withoutJunk(withoutInvisible(l, i + 1, removed), i + 1, removed)) : splitLines(text);
  const lines = withLostIndents(read);
  const blocks: Block[] = [];
  let blankBefore = true;
  // metadata kexie itself wrote; the notice's own text follows and says the same
  let i = frontMatterEnd(lines);
  // the run of cell lines the last cell-per-line attempt looked at
  let run: CellRun | null = null;
  while (i < lines.length) {
    const raw = lines[i]!;
    const t = raw.startsWith("\t")
      ? isCellLine(raw)
        ? cellPerLineTable((run = run && i >= run.from && i < run.to ? run : cellRun(lines, i)), i)
        : null
      : raw.includes("\t")
        ? tabRowsTable(lines, i)
        : raw.includes("|")
          ? (pipeTable(lines, i) ?? (/\S\s*\|\s*\S/.test(raw) ? pipeRowsTable(lines, i) : flattenedTable(lines, i)))
          : /^\s*序\s*号\s*$/.test(raw) || (lines[i + 1]?.trim() === "|" && isLabel(raw.trim()))
            ? flattenedTable(lines, i)
            : / {2,}|\u3000/.test(raw.trim())
              ? spaceRowsTable(lines, i) ?? (raw.trimStart().startsWith("序") ? singleSpaceRowsTable(lines, i) : null)
              : raw.trimStart().startsWith("序") && raw.includes(" ")
                ? singleSpaceRowsTable(lines, i)
                : raw.length <= 12 && secondAheadShort(lines, i) && isLabel(raw.trim())
                  ? labelValueRecords(lines, i)
                  : null;
    if (t) {
      blocks.push(t.table);
      i = t.end;
      blankBefore = true;
      continue;
    }
    if (isBlank(raw)) {
      blankBefore = true;
      i++;
      continue;
    }
    // (both end-anchored tests need the line to end in a space or a backslash)
    const last = raw.charCodeAt(raw.length - 1);
    const softBreakAfter = (last === 0x20 && / {2,}$/.test(raw)) || last === 0x5c;
    let body = raw.replace(WIDE_SPACE, " ").replace(/\t/g, " ");
    const lead = body.length - body.replace(/^\s+/, "").length;
    body = body.trim();
    let heading = 0;
    const h = /^(#{1,6})\s+/.exec(body);
    if (h) {
      heading = h[1]!.length;
      body = body.slice(h[0].length);
    }
    body = stripEmphasis(body).trim();
    if (body === "") {
      i++;
      continue;
    }
    const para: ParagraphBlock = {
      kind: "para",
      text: body,
      line: i + 1,
      column: lead + 1,
      spans: [{ offset: 0, line: i + 1, column: lead + 1 + (h ? h[0].length : 0) }],
      heading,
      blankBefore,
      softBreakAfter,
    };
    blocks.push(para);
    blankBefore = false;
    i++;
  }
  return blocks;
}

/** Whether the text's last line has no line break after it (spaces aside): a web excerpt cut at a length may stop inside it. */
export function lastLineOpen(text: string): boolean {
  let end = text.length;
  while (end > 0 && " \t\u3000".includes(text[end - 1]!)) end--;
  return end > 0 && text[end - 1] !== "\n" && text[end - 1] !== "\r";
}

/**
 * The header fields of a leading YAML front matter (kexie's Markdown export writes issuer and
 * docNumber there): they fill what the body lacks, as a web page's metadata does. Values are
 * plain or JSON-quoted scalars; anything else is ignored.
 */
export function frontMatterMetadata(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!/^\ufeff?---/.test(text)) return out;
  const lines = splitLines(text).slice(0, 201);
  const end = frontMatterEnd(lines);
  const labels: Record<string, string> = { issuer: "发文机关", docNumber: "文号", title: "标题", indexNumber: "索引号", publishedDate: "发布日期", subject: "主题分类" };
  for (const line of lines.slice(1, Math.max(1, end - 1))) {
    const m = /^(\w+):\s*(.+)$/.exec(line);
    if (!m || !labels[m[1]!]) continue;
    let v = m[2]!.trim();
    if (v.startsWith('"')) {
      try {
        v = JSON.parse(v) as string;
      } catch {
        continue;
      }
    }
    if (typeof v === "string" && v && v !== "null") out[labels[m[1]!]!] = v;
  }
  return out;
}
