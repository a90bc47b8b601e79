// Plain-text adapter: lines → blocks. Handles what real text exports carry: CR/CRLF, BOM,
// U+3000/NBSP padding, Markdown heading marks and **emphasis** (seed notices are often
// Markdown-ish text), and tables laid out with tabs or one cell per line.
import type { Block, ParagraphBlock, TableBlock } from "../model/blocks.js";
import { fieldOf } from "../lexicon/columns.js";
import { PAGE_NUMBER_LINE, WIDE_SPACE } from "../lexicon/layout.js";


export function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, "").split(/\r\n|\r|\n|\u2028|\u2029/);
}

function isBlank(s: string): boolean {
  return s.replace(WIDE_SPACE, "").trim() === "";
}

/** Strip Markdown inline emphasis; the text is what a reader sees. */
export function stripEmphasis(s: string): string {
  return s.replace(/\*\*|__/g, "").replace(/(^|[^\\*])\*(?=\S)([^*\n]+?)\*/g, "$1$2");
}

function tabCells(raw: string): string[] {
  return raw.replace(WIDE_SPACE, " ").split("\t").map((c) => c.trim());
}

/** A first row that reads like a table header: short cells, known column names or a regular shape. */
function headerLike(first: string[], second: string[] | undefined): boolean {
  const short = first.every((c) => [...c].length <= 20 && !/[。；]$/.test(c));
  if (!short || first.length < 2) return false;
  if (first.filter((c) => fieldOf(c) !== null).length >= 2) return true;
  return first.length >= 3 && second !== undefined && second.length === first.length;
}

/**
 * Tables laid out one cell per line: every non-blank line starts with a tab and holds one cell;
 * a blank line ends a row. The first row must read like a header (tab-indented paragraphs are
 * not a table), which also lets a failed attempt stop after two rows instead of rescanning.
 */
function cellPerLineTable(lines: string[], start: number): { table: TableBlock; end: number } | null {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let i = start;
  let cur: string[] | null = null;
  while (i < lines.length) {
    const raw = lines[i]!;
    if (raw === "" || (isBlank(raw) && !raw.startsWith("\t"))) {
      if (cur) {
        rows.push(cur);
        cur = null;
      }
      // stop at two blank lines or at a non-cell line after a blank
      const next = lines[i + 1];
      if (next === undefined || !next.startsWith("\t")) break;
      i++;
      continue;
    }
    if (!raw.startsWith("\t") || raw.slice(1).includes("\t")) break;
    if (!cur && rows.length === 2 && !headerLike(rows[0]!, rows[1])) return null;
    if (!cur) {
      cur = [];
      rowLines.push(i + 1);
    }
    cur.push(raw.slice(1).replace(WIDE_SPACE, " ").trim());
    i++;
  }
  if (cur) rows.push(cur);
  const full = rows.filter((r) => r.length >= 2);
  if (rows.length < 2 || full.length < 2 || !headerLike(rows[0]!, rows[1])) return null;
  return { table: { kind: "table", rows, rowLines, line: start + 1, column: 1, layout: "cell-per-line" }, end: i };
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
    if (body && [...body].length <= 40 && !/[。；]$/.test(body) && ahead === i + 1) {
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

/**
 * A table flattened one cell per line with no indentation (copied out of a PDF or a web page):
 * a run of short header lines starting with 序号 that name known columns, then rows that each
 * start with the next 序号 number. Anything less regular stays text.
 */
function flattenedTable(lines: string[], start: number): { table: TableBlock; end: number } | null {
  const nonBlank: number[] = [];
  for (let k = start; k < lines.length && nonBlank.length < 4000; k++) if (!isBlank(lines[k]!)) nonBlank.push(k);
  const cell = (n: number) => lines[nonBlank[n]!]!.replace(WIDE_SPACE, " ").trim();
  let width = 1;
  while (width < nonBlank.length && width < 12 && fieldOf(cell(width)) !== null && [...cell(width)].length <= 12) width++;
  if (width < 3) return null;
  const rows: string[][] = [Array.from({ length: width }, (_, c) => cell(c))];
  const rowLines: number[] = [nonBlank[0]! + 1];
  let n = width;
  let expect = 1;
  const skipped: Array<{ text: string; line: number }> = [];
  while (n + width <= nonBlank.length) {
    // a page number between two rows ("— 2 —") is dropped and reported
    if (cell(n) !== String(expect) && PAGE_NUMBER_LINE.test(cell(n)) && n + 1 < nonBlank.length && cell(n + 1) === String(expect)) {
      skipped.push({ text: cell(n), line: nonBlank[n]! + 1 });
      n++;
      continue;
    }
    if (cell(n) !== String(expect)) break;
    rows.push(Array.from({ length: width }, (_, c) => cell(n + c)));
    rowLines.push(nonBlank[n]! + 1);
    n += width;
    expect++;
  }
  if (rows.length < 2) return null;
  const end = nonBlank[n - 1]! + 1;
  return { table: { kind: "table", rows, rowLines, line: start + 1, column: 1, layout: "cell-per-line", skipped }, end };
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

export function textToBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let blankBefore = true;
  // metadata kexie itself wrote; the notice's own text follows and says the same
  let i = frontMatterEnd(lines);
  while (i < lines.length) {
    const raw = lines[i]!;
    const t = raw.startsWith("\t")
      ? cellPerLineTable(lines, i)
      : raw.includes("\t")
        ? tabRowsTable(lines, i)
        : raw.includes("|")
          ? pipeTable(lines, i)
          : /^\s*序\s*号\s*$/.test(raw)
            ? flattenedTable(lines, i)
            : / {2,}|\u3000/.test(raw.trim())
              ? spaceRowsTable(lines, i)
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
    const softBreakAfter = / {2,}$/.test(raw) || /\\$/.test(raw);
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
  const labels: Record<string, string> = { issuer: "发文机关", docNumber: "文号", title: "标题" };
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
