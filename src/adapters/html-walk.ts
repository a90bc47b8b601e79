// DOM → blocks, laid out the way a browser shows it: block elements and <br> end a line, inline
// elements run together, tables become TableBlocks with row/col spans expanded. Paragraph spans
// point back to HTML source lines via htmlparser2's start indices.
import { parseDocument } from "htmlparser2";
import type { Block, ParagraphBlock, Span, TableBlock } from "../model/blocks.js";
import { isWideSpace } from "../lexicon/layout.js";
import { WITH_INDICES, isElement, isText, locator, type HElement, type HNode, type Locate } from "./html-dom.js";
import { charsAtMost } from "../lexicon/length.js";

/** never rendered as text */
const SKIP = new Set(["script", "style", "noscript", "template", "head", "title", "meta", "link", "select", "option", "textarea", "button", "input", "svg", "object", "embed", "video", "audio", "canvas", "map", "iframe", "img"]);
const BLOCK = new Set([
  "html", "body", "p", "div", "section", "article", "main", "aside", "nav", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "center", "hr", "address", "figure", "figcaption", "form", "fieldset",
  "legend", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "details", "summary",
]);
/** HTML's ASCII whitespace: space, tab, LF, CR, FF */
const asciiSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
/** &nbsp; and its kin left literal in the text by double escaping */
const DOUBLE_ESCAPED_SPACE = /^&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x3000|#xa0);/i;
const LEADING_BLANKS = /^(?:\s|&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);?)*/i;
/** characters between which a source line break is not a space (Chinese has none) */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u206f]/u;

export function hidden(el: HElement): boolean {
  return "hidden" in el.attribs || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? "");
}

/**
 * HTML whitespace rules: runs of ASCII whitespace collapse to one space, except a run holding a
 * line break between two CJK characters, which vanishes (Word wraps its HTML mid-sentence).
 * NBSP/U+3000 become plain spaces that do not collapse. Returns the old→new offset map too.
 */
export function normalize(raw: string): { text: string; map: Int32Array } {
  const n = raw.length;
  const map = new Int32Array(n + 1);
  let out = "";
  let i = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (asciiSpace(c)) {
      let j = i;
      let newline = false;
      for (; j < n && asciiSpace(raw.charCodeAt(j)); j++) if (raw.charCodeAt(j) === 0x0a) newline = true;
      const glue = newline && CJK.test(out.slice(-1)) && j < n && CJK.test(raw[j]!);
      for (let k = i; k < j; k++) map[k] = out.length;
      if (!glue) out += " ";
      i = j;
      continue;
    }
    // a space entity escaped twice by a CMS (&amp;nbsp;) reaches the text as "&nbsp;": a space
    const entity = c === 0x26 ? DOUBLE_ESCAPED_SPACE.exec(raw.slice(i, i + 10)) : null;
    if (entity) {
      for (let k = i; k < i + entity[0].length; k++) map[k] = out.length;
      out += " ";
      i += entity[0].length;
      continue;
    }
    // wide spaces are spaces; zero-width characters stay, for stages/invisible.ts to remove and report
    if (isWideSpace(c)) {
      map[i] = out.length;
      out += " ";
      i++;
      continue;
    }
    // a run of characters kept as they are, copied at once (the text of a page is mostly such runs)
    let j = i + 1;
    for (; j < n; j++) {
      const d = raw.charCodeAt(j);
      if (asciiSpace(d) || d === 0x26 || isWideSpace(d)) break;
    }
    const base = out.length - i;
    for (let k = i; k < j; k++) map[k] = base + k;
    out += raw.slice(i, j);
    i = j;
  }
  map[n] = out.length;
  return { text: out, map };
}

/** Accumulates inline text into paragraph blocks; tables are pushed between them. */
export class Flow {
  readonly blocks: Block[] = [];
  private raw = "";
  private marks: Array<{ offset: number; source: number }> = [];
  private heading = 0;
  private visible = false;
  private blank = true;
  /** a long line that a <br> ended inside a <p>: a soft break unless the next line is indented */
  private wrapped: ParagraphBlock | null = null;
  constructor(readonly src: string, readonly at: Locate) {}

  text(data: string, start: number | null, end: number | null, heading: number): void {
    // the heading depth is that of the element holding the line's first visible text
    if (!this.visible) this.heading = heading;
    this.visible ||= /\S/.test(data);
    const base = this.raw.length;
    this.raw += data;
    if (start === null) return;
    const source = this.src.slice(start, end === null ? start + data.length : end + 1);
    const srcLines = source.split("\n");
    const lines = data.split("\n");
    // entities never hold a line break, so decoded line k is source line k
    const aligned = srcLines.length === lines.length;
    let pos = 0;
    let srcPos = 0;
    lines.forEach((seg, k) => {
      const idx = seg.search(/\S/);
      if (idx >= 0 && (aligned || k === 0)) {
        const srcSeg = aligned ? srcLines[k]! : source;
        // where entities shorten the text, skip the source's leading blanks (&nbsp; too) instead
        const at = srcSeg === seg ? idx : LEADING_BLANKS.exec(srcSeg)![0].length;
        this.marks.push({ offset: base + pos + idx, source: start + srcPos + at });
      }
      pos += seg.length + 1;
      srcPos += (srcLines[k]?.length ?? 0) + 1;
    });
  }

  /** a block boundary: what follows is a new paragraph */
  block(): void {
    this.flush();
    this.blank = true;
    this.wrapped = null;
  }

  /**
   * <br>: a new line; an empty line (two <br> in a row) counts as a blank line. Inside a <p>, a
   * line of 15+ characters followed by an unindented line is taken as wrapped (softBreakAfter),
   * like Markdown's trailing spaces: a paragraph's lines share its alignment, new paragraphs
   * start with a 2-character indent, and masthead/number/signature lines are short.
   */
  br(inP = false): void {
    const b = this.flush();
    if (!b) this.blank = true;
    this.wrapped = b && inP && !charsAtMost(b.text, 14) ? b : null;
  }

  table(t: TableBlock): void {
    this.block();
    this.blocks.push(t);
  }

  done(): Block[] {
    this.block();
    return this.blocks;
  }

  private flush(): ParagraphBlock | null {
    const raw = this.raw;
    const { text: norm, map } = normalize(raw);
    const marks = this.marks;
    this.raw = "";
    this.marks = [];
    this.visible = false;
    const text = norm.trim();
    if (text === "") return null;
    if (this.wrapped && !/^[ \t\n\r\f]*[\u3000\u00a0]/.test(raw)) this.wrapped.softBreakAfter = true;
    this.wrapped = null;
    const lead = norm.length - norm.trimStart().length;
    const spans: Span[] = [];
    for (const m of marks) {
      const offset = map[m.offset]! - lead;
      if (offset < 0 || offset >= text.length || spans.some((s) => s.offset === offset)) continue;
      spans.push({ offset, ...this.at(m.source) });
    }
    spans.sort((a, b) => a.offset - b.offset);
    if (spans.length === 0) spans.push({ offset: 0, line: 1, column: 1 });
    spans[0]!.offset = 0;
    const para: ParagraphBlock = {
      kind: "para", text, line: spans[0]!.line, column: spans[0]!.column, spans,
      heading: this.heading, blankBefore: this.blank, softBreakAfter: false,
    };
    this.blocks.push(para);
    this.blank = false;
    return para;
  }
}

/** heading: depth of the enclosing <hN>; pre: inside <pre>; inP: the nearest block is a <p> */
export function walk(flow: Flow, nodes: HNode[], heading = 0, pre = false, inP = false): void {
  for (const n of nodes) {
    if (isText(n)) {
      if (!pre) flow.text(n.data, n.startIndex, n.endIndex, heading);
      else {
        // <pre>: every source line is a line of text
        let off = 0;
        n.data.split("\n").forEach((line, k) => {
          if (k > 0) flow.br();
          flow.text(line, n.startIndex === null ? null : n.startIndex + off, null, heading);
          off += line.length + 1;
        });
      }
      continue;
    }
    if (!isElement(n) || n.type !== "tag") continue;
    const name = n.name.toLowerCase();
    if (SKIP.has(name) || hidden(n)) continue;
    if (name === "br") {
      flow.br(inP);
      continue;
    }
    if (name === "table" && dataTable(flow, n)) continue;
    const block = BLOCK.has(name);
    if (block) flow.block();
    const h = /^h([1-6])$/.exec(name);
    walk(flow, n.children, h ? Number(h[1]) : heading, pre || name === "pre" || (block && plainLines(n)), block ? name === "p" : inP);
    if (block) flow.block();
  }
}

/**
 * A block written as plain text lines: no <p>, <br> or block inside, and its own text spread over
 * several source lines (CMSs that paste a notice's text into a <div>). Its line breaks are the
 * notice's, as in a <pre>; a <p> wrapped mid-sentence by Word is not such a block.
 */
export function plainLines(el: HElement): boolean {
  const name = (el.name ?? "").toLowerCase(); // the document itself, for a page without <body>
  if (name === "p" || name === "pre") return false;
  let lines = 0;
  for (const c of el.children) {
    if (isElement(c)) {
      const tag = c.name.toLowerCase();
      if (tag === "br" || BLOCK.has(tag)) return false;
    } else if (isText(c)) {
      lines += c.data.split("\n").filter((l) => l.trim() !== "").length;
    }
  }
  return lines >= 3;
}

const childTags = (el: HElement, names: string[]) =>
  el.children.filter((c): c is HElement => isElement(c) && names.includes(c.name.toLowerCase()));

function tableRows(table: HElement): HElement[] {
  const rows = childTags(table, ["tr", "thead", "tbody", "tfoot"]).flatMap((c) => (c.name.toLowerCase() === "tr" ? [c] : childTags(c, ["tr"])));
  return rows.filter((r) => !hidden(r));
}

/** Cell text as laid out; lines inside one cell are joined with a space. */
function cellText(flow: Flow, cell: HElement): string {
  const sub = new Flow(flow.src, flow.at);
  walk(sub, cell.children);
  return sub.done().map((b) => (b.kind === "para" ? b.text : b.rows.flat().join(" "))).join(" ");
}

const span = (v: string | undefined, max: number) => {
  const n = Number.parseInt(v ?? "1", 10);
  return Number.isNaN(n) || n < 0 ? 1 : n === 0 ? max : Math.min(n, max);
};

/**
 * A data table → TableBlock, with spans copied into every cell they cover (a 牵头部门 cell with
 * rowspan=3 appears in all three rows). A row that is one cell spanning the whole width is a
 * group row and stays one element, as the text adapters give it; such rows before the header
 * are the table's title (Word often merges it into the first row) and become paragraphs. Layout
 * tables (one column, or tables nested in cells) return false and are walked as ordinary flow.
 */
function dataTable(flow: Flow, table: HElement): boolean {
  const trs = tableRows(table);
  const cells = trs.map((tr) => childTags(tr, ["td", "th"]).filter((c) => !hidden(c)));
  if (trs.length === 0 || Math.max(...cells.map((c) => c.length)) <= 1) return false;
  if (cells.flat().some(hasTable)) return false;

  const grid: string[][] = [];
  const owner: number[][] = [];
  let id = 0;
  const starts: number[] = [];
  trs.forEach((_, r) => {
    grid[r] ??= [];
    owner[r] ??= [];
    let c = 0;
    for (const cell of cells[r]!) {
      while (owner[r]![c] !== undefined) c++;
      const rs = span(cell.attribs.rowspan, trs.length - r);
      const cs = span(cell.attribs.colspan, 100);
      const text = cellText(flow, cell);
      starts[id] = r;
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          (grid[r + dr] ??= [])[c + dc] = text;
          (owner[r + dr] ??= [])[c + dc] = id;
        }
      }
      id++;
      c += cs;
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const titles: HElement[] = [];
  grid.forEach((row, r) => {
    const full = Array.from({ length: width }, (_, c) => row[c] ?? "");
    if (full.every((c) => c === "")) return;
    const own = owner[r]!;
    const group = width > 1 && own.length === width && own.every((o) => o === own[0]) && starts[own[0]!] === r;
    if (group && rows.length === 0) titles.push(cells[r]![0]!);
    else {
      rows.push(group ? [full[0]!] : full);
      rowLines.push(flow.at(trs[r]!.startIndex ?? 0).line);
    }
  });
  if (rows.length === 0) return false;
  for (const cap of [...childTags(table, ["caption"]), ...titles]) {
    flow.block();
    walk(flow, cap.children);
  }
  const pos = flow.at(table.startIndex ?? 0);
  flow.table({ kind: "table", rows, rowLines, line: pos.line, column: pos.column, layout: "html" });
  return true;
}

function hasTable(el: HElement): boolean {
  return el.children.some((c) => isElement(c) && (c.name.toLowerCase() === "table" || hasTable(c)));
}

/** An HTML fragment embedded in another file (raw HTML in Markdown) starting at base. */
export function fragmentToBlocks(html: string, base: { line: number; column: number }): Block[] {
  const flow = new Flow(html, locator(html, base));
  walk(flow, parseDocument(html, WITH_INDICES).children as unknown as HNode[]);
  return flow.done();
}

