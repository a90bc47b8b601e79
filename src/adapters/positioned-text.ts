// Reading order for fixed-layout formats (PDF, OFD): pieces of text placed at page positions →
// lines → paragraphs, the same blocks the text adapter makes. Both adapters only have to turn
// their format into runs (a piece of text, its baseline position, width and font size); the
// layout reasoning lives here once.
//
// Lines: runs whose baselines lie within a third of the font size of each other, sorted left to
// right. Paragraphs: a layout shows where one ends — the line before it stops short of the right
// margin, the next line starts indented (2 characters in 公文), a larger vertical gap, or a change
// of font size (title vs body). A line that goes on at the left margin after a full line, also
// across a page break, continues the paragraph. Page-number lines are kept as blocks of their own
// (the page-break repair removes and reports them) placed after the paragraph that spans the break.
import type { ParagraphBlock, Span } from "../model/blocks.js";
import { PAGE_NUMBER_LINE, WIDE_SPACE } from "../lexicon/layout.js";

/** A piece of text on a page. Coordinates grow rightwards and downwards, in any one unit. */
export interface Run {
  /** left edge of the first glyph */
  x: number;
  /** baseline */
  y: number;
  /** advance width of the whole run (0 when unknown: estimated from the characters) */
  width: number;
  /** font size, same unit */
  size: number;
  text: string;
  /** rotated or vertical text (diagonal watermarks, stamps): text, but not part of the lines */
  rotated?: boolean;
}

export interface PositionedPage {
  width: number;
  height: number;
  runs: Run[];
}

/** Thrown for a PDF or OFD that holds only images (a scan): its text needs OCR first. */
export class NoTextLayerError extends Error {
  readonly code = "E_NO_TEXT_LAYER";

  constructor(format: "PDF" | "OFD") {
    super(`this ${format} has no text layer (a scanned image?) — it needs OCR first; kexie reads only text`);
    this.name = "NoTextLayerError";
  }
}

interface Line {
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
  /** running line number across pages */
  no: number;
  /** a page number standing alone at the top or bottom of its page */
  furniture: boolean;
}

const WIDE_CHAR = /[\u1100-\u115f\u2014\u2018\u2019\u201c\u201d\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Advance of one character when the format does not say: full width for CJK, half otherwise. */
export function estimateAdvance(ch: string, size: number): number {
  return WIDE_CHAR.test(ch) ? size : size / 2;
}

export function estimateWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += estimateAdvance(ch, size);
  return w;
}

const isBlank = (s: string) => s.replace(WIDE_SPACE, " ").trim() === "";

/** Whether the pages hold any text beyond page numbers (a scan holds none, or only stamped numbers). */
export function hasText(pages: PositionedPage[]): boolean {
  return pages.some((p) => p.runs.some((r) => /[^\s\d\-—–－\u3000]/.test(r.text)));
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const SPACED_CJK = new RegExp(`(?<=${WIDE_CHAR.source}) (?=${WIDE_CHAR.source})`, "gu");
const TIGHT_CJK = new RegExp(`${WIDE_CHAR.source}(?=${WIDE_CHAR.source})`, "gu");

/**
 * A line whose Chinese characters are spread apart (distributed alignment, or justification
 * the text layer wrote as gaps) reads "各 学 校 要": those spaces are layout. Padding inside a
 * name (柳 军) stays: only a line where many characters are spaced loses them.
 */
function unspace(text: string): string {
  const spaced = text.match(SPACED_CJK)?.length ?? 0;
  if (spaced < 3) return text;
  const tight = text.match(TIGHT_CJK)?.length ?? 0;
  return spaced >= (spaced + tight) * 0.3 ? text.replace(SPACED_CJK, "") : text;
}

/**
 * Text drawn twice a hair apart is one text: writers fake bold (黑体 headings) by overprinting
 * the same glyphs shifted by a fraction of a point. Runs are sorted by x.
 */
function dedupe(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const tol = r.size * 0.2;
    let twin = false;
    for (let k = out.length - 1; k >= 0 && out[k]!.x >= r.x - tol; k--) {
      const o = out[k]!;
      if (o.text === r.text && Math.abs(o.y - r.y) <= tol && Math.abs(o.size - r.size) <= tol) {
        twin = true;
        break;
      }
    }
    if (!twin) out.push(r);
  }
  return out;
}

/** Runs of one page → its lines, top to bottom, each read left to right. */
function pageLines(runs: Run[], page: number): Array<Omit<Line, "no" | "furniture">> {
  const sorted = runs
    .filter((r) => !r.rotated && r.text !== "" && Number.isFinite(r.x) && Number.isFinite(r.y) && r.size > 0)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Run[][] = [];
  let ref = NaN;
  let refSize = 0;
  for (const r of sorted) {
    const cur = groups[groups.length - 1];
    if (cur && Math.abs(r.y - ref) <= Math.max(r.size, refSize) / 3) {
      cur.push(r);
      // the baseline of the line is that of its largest text (superscripts do not move it)
      if (r.size > refSize && !isBlank(r.text)) {
        ref = r.y;
        refSize = r.size;
      }
    } else {
      groups.push([r]);
      ref = r.y;
      refSize = r.size;
    }
  }
  const out: Array<Omit<Line, "no" | "furniture">> = [];
  for (const group of groups) {
    const g = dedupe(group.sort((a, b) => a.x - b.x));
    const inked = g.filter((r) => !isBlank(r.text));
    if (inked.length === 0) continue;
    const size = Math.max(...inked.map((r) => r.size));
    let text = "";
    let end = -Infinity;
    for (const r of g) {
      const blank = isBlank(r.text);
      // a visible gap between two pieces is a space the text layer did not write
      if (!blank && text !== "" && r.x - end > size * 0.5) text += " ";
      text += blank ? " " : r.text;
      if (!blank) end = Math.max(end, r.x + (r.width > 0 ? r.width : estimateWidth(r.text, r.size)));
    }
    text = unspace(text.replace(WIDE_SPACE, " ").replace(/\s+/g, " ").trim());
    const first = inked[0]!;
    out.push({ page, x0: first.x, x1: end, y: g.reduce((y, r) => (r.size === size && !isBlank(r.text) ? r.y : y), first.y), size, text });
  }
  return out;
}

/** The value most lines share at the extreme of the page: their left (or right) text margin. */
function margin(values: number[], tol: number, side: "left" | "right"): number {
  const asc = [...values].sort((a, b) => a - b);
  const need = Math.min(3, asc.length);
  // values within [c - tol, c + tol], by binary search on the sorted values
  const firstAtLeast = (v: number) => {
    let lo = 0;
    let hi = asc.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (asc[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const order = side === "left" ? asc : [...asc].reverse();
  for (const c of order) {
    if (firstAtLeast(c + tol + 1e-9) - firstAtLeast(c - tol) >= need) return c;
  }
  return order[0] ?? 0;
}

/** How two lines of one paragraph join: a space only between Latin words and numbers. */
function joiner(a: string, b: string): string {
  return /[A-Za-z0-9,.;:!?)%]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? " " : "";
}

/** Lines of every page, furniture (page numbers) marked, numbered in reading order. */
function readLines(pages: PositionedPage[]): Line[] {
  const lines: Line[] = [];
  pages.forEach((p, k) => {
    const own = pageLines(p.runs, k);
    own.forEach((l, i) => {
      const edge = i === own.length - 1 || i === 0;
      const low = p.height > 0 ? l.y > p.height * 0.75 || l.y < p.height * 0.12 : true;
      lines.push({ ...l, no: lines.length + 1, furniture: edge && low && PAGE_NUMBER_LINE.test(l.text) });
    });
  });
  return lines;
}

/** Paragraph blocks of a fixed-layout document, in reading order. */
export function layoutToBlocks(pages: PositionedPage[]): ParagraphBlock[] {
  const lines = readLines(pages);
  const body = lines.filter((l) => !l.furniture);
  if (body.length === 0) return lines.map((l) => para([l], l.x0, l.size, true));

  const bodySize = median(body.map((l) => l.size));
  const left = margin(body.map((l) => l.x0), bodySize * 0.3, "left");
  const right = margin(body.map((l) => l.x1), bodySize * 0.3, "right");
  // the usual distance between the baselines of two lines of one paragraph
  const deltas: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1]!;
    const b = body[i]!;
    const d = b.y - a.y;
    if (a.page === b.page && d > 0 && d < 3 * Math.max(a.size, b.size) && Math.abs(a.size - b.size) < 0.1 * bodySize) deltas.push(d);
  }
  const pitch = deltas.length ? median(deltas) : bodySize * 1.5;

  const indented = (l: Line) => l.x0 - left > l.size * 0.6;
  const full = (l: Line) => right - l.x1 <= l.size * 2;
  // a centred line (title, subtitle, author) is a paragraph of its own, as in the text notices:
  // the header stage joins a title broken over lines and must still see a subtitle apart
  const centred = (l: Line) => l.x0 - left > l.size * 1.5 && Math.abs(l.x0 - left - (right - l.x1)) <= l.size;
  const bigGap = (a: Line, b: Line) => a.page === b.page && b.y - a.y > 1.5 * pitch + Math.max(0, Math.max(a.size, b.size) - bodySize);

  const blocks: ParagraphBlock[] = [];
  let cur: Line[] = [];
  let curBlank = true;
  const pending: Line[] = [];
  const flush = () => {
    if (cur.length) blocks.push(para(cur, left, bodySize, curBlank));
    for (const f of pending) blocks.push(para([f], left, bodySize, true));
    cur = [];
    pending.length = 0;
  };
  let prev: Line | null = null;
  for (const l of lines) {
    if (l.furniture) {
      pending.push(l);
      continue;
    }
    const gap = prev !== null && bigGap(prev, l);
    let starts = prev === null || gap;
    if (!starts && prev) {
      const sizeChange = Math.abs(l.size - prev.size) > 0.15 * Math.max(l.size, prev.size);
      // hanging or block indent: an indented line under a full, at least as indented line goes on
      const hanging = full(prev) && indented(prev) && !centred(l) && l.x0 >= prev.x0 - l.size * 0.5;
      starts = sizeChange || !full(prev) || centred(prev) || (indented(l) && !hanging);
    }
    if (starts) {
      flush();
      curBlank = prev === null || gap;
    }
    cur.push(l);
    prev = l;
  }
  flush();
  return blocks;
}

function para(lines: Line[], left: number, size: number, blankBefore: boolean): ParagraphBlock {
  const column = (l: Line) => 1 + Math.max(0, Math.round((l.x0 - left) / (l.size || size)));
  let text = "";
  const spans: Span[] = [];
  for (const l of lines) {
    text += text === "" ? "" : joiner(text, l.text);
    spans.push({ offset: text.length, line: l.no, column: column(l) });
    text += l.text;
  }
  const first = lines[0]!;
  return { kind: "para", text, line: first.no, column: column(first), spans, heading: 0, blankBefore, softBreakAfter: false };
}
