// What both Markdown readers share (remark's tree walker in markdown.ts, the plain-text reader in
// markdown-plain.ts): the source as they read it, inline text assembled with its spans, and a
// paragraph finished into a block. Kept apart so the plain reader loads none of remark.
import { frontMatterEnd, textToBlocks } from "./text.js";
import type { Block, ParagraphBlock, Span } from "../model/blocks.js";
import { WIDE_SPACE } from "../lexicon/layout.js";

/** Latin words on both sides of a line break still need their space */
const LATIN_END = /[A-Za-z0-9,.;:!?)\]'"]$/;
const LATIN_START = /^[A-Za-z0-9(['"]/;


/** Inline text being assembled, with a span wherever a source piece starts. */
export class Inline {
  text = "";
  spans: Span[] = [];
  private breakPending = false;

  add(s: string, line: number, column: number): void {
    if (s === "") return;
    if (this.breakPending && LATIN_END.test(this.text) && LATIN_START.test(s)) this.text += " ";
    this.breakPending = false;
    this.spans.push({ offset: this.text.length, line, column });
    this.text += s;
  }

  lineBreak(): void {
    this.breakPending = true;
  }
}

/**
 * `**` and `*…*` that CommonMark leaves as literal text: its flanking rules fail when bold text
 * ends in CJK punctuation followed by a letter (**治引领。**加强). `__` is left alone: in a
 * notice it is a fill-in blank (____年__月), not failed emphasis. Returns the pieces left after
 * removing the marks, each with its index in s so columns stay right.
 */
function dropLeftoverEmphasis(s: string): Array<{ text: string; at: number }> {
  const cut = new Set<number>();
  for (const m of s.matchAll(/\*\*/g)) cut.add(m.index).add(m.index + 1);
  for (const m of s.matchAll(/(?<!\*)\*(?=[^\s*])[^*\n]+?\*(?!\*)/g)) {
    if (!cut.has(m.index) && !cut.has(m.index + m[0].length - 1)) cut.add(m.index).add(m.index + m[0].length - 1);
  }
  const pieces: Array<{ text: string; at: number }> = [];
  let cur = "";
  let at = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || cut.has(i)) {
      if (cur) pieces.push({ text: cur, at });
      cur = "";
      at = i + 1;
    } else cur += s[i];
  }
  return pieces;
}

/** Column of a continuation line's text: remark strips the indentation, the source still has it. */
export function columnIn(lines: string[], line: number, seg: string): number {
  const src = lines[line - 1] ?? "";
  const at = seg ? src.indexOf(seg.slice(0, 4)) : -1;
  return at >= 0 ? at + 1 : src.search(/[^\s>]/) + 1 || 1;
}

/** Wide spaces → ASCII, then trim, keeping spans pointing at the same characters. */
export function finish(acc: Inline, heading: number, line: number, column: number): ParagraphBlock | null {
  const norm = acc.text.replace(WIDE_SPACE, " ");
  const text = norm.trim();
  if (text === "") return null;
  const lead = norm.length - norm.trimStart().length;
  const spans: Span[] = [];
  for (const s of acc.spans) {
    const offset = s.offset - lead;
    if (offset >= text.length) continue;
    if (offset <= 0) spans.splice(0, spans.length, { offset: 0, line: s.line, column: s.column - offset });
    else spans.push({ ...s, offset });
  }
  if (spans.length === 0) spans.push({ offset: 0, line, column });
  const first = spans[0]!;
  return { kind: "para", text, line: first.line, column: first.column, spans, heading, blankBefore: true, softBreakAfter: false };
}


/**
 * A text node of remark's tree (value, and where it starts) added to `acc` as both readers do: line
 * by line, each line's first piece at its column in the source, leftover ** marks dropped unless the
 * node's source escapes a star (then its text is literal).
 */
export function addTextNode(acc: Inline, lines: string[], value: string, line: number, column: number, escapedStar = false): void {
  value.split("\n").forEach((seg, k) => {
    if (k > 0) acc.lineBreak();
    const at = line + k;
    const col = k === 0 ? column : columnIn(lines, at, seg);
    const pieces = escapedStar ? [{ text: seg, at: 0 }] : dropLeftoverEmphasis(seg);
    for (const p of pieces) acc.add(p.text, at, col + p.at);
  });
}

/**
 * Lines the text reader reads as a table (tab-separated rows, a 序号 column flattened to lines, a
 * lone |, pipe rows without the delimiter row GFM needs: 重點任務 | 工作內容 | 負責科室 |, a row's first cell alone
 * on its line with the row's bars: | 1 |).
 */
const TEXT_TABLE_HINT = /\S\t+\S|^\t\S|^\s*序\s*号\s*$|^\s*\|\s*$|\S\s*\|\s*\S|^\s*\|[^|]{1,60}\|\s*$/;
/** Lines within which a table that a lone 序号 opens shows its header and first row (cells with blank lines between). */
const LONE_WINDOW = 80;
/** 序号 alone on its line: the first cell of a table flattened one cell per line. */
const SEQ_LABEL = /^\s*序\s*号\s*$/;

/**
 * The source as both readers read it: without a BOM, and with a leading YAML front matter (kexie's
 * own Markdown export writes one) blanked — it is metadata, not the notice, and remark would read
 * it as a setext heading — so lines keep their numbers.
 */
export function markdownSource(md: string): string {
  const src = md.replace(/^\ufeff/, "");
  const fm = frontMatterEnd(src.split(/\r\n|\r|\n/));
  return fm > 0 ? src.split(/(?<=\n)/).map((l, k) => (k < fm ? l.replace(/[^\r\n]+/, "") : l)).join("") : src;
}

/** The source's lines, as positions count them. */
export const sourceLines = (src: string): string[] => src.split(/\r\n|\r|\n/);

/** Blocks of the text reader over lines first..last (1-based), keeping the file's line numbers. */
function textBlocks(lines: string[], first: number, last: number): Block[] {
  const shift = first - 1;
  return textToBlocks(lines.slice(first - 1, last).join("\n")).map((b) =>
    b.kind === "table"
      ? { ...b, line: b.line + shift, rowLines: b.rowLines.map((l) => l + shift), skipped: b.skipped?.map((x) => ({ ...x, line: x.line + shift })) }
      : { ...b, line: b.line + shift, spans: b.spans.map((sp) => ({ ...sp, line: sp.line + shift })) },
  );
}

/**
 * The text reader's blocks for source lines first..last when it finds a table there; null
 * otherwise (the Markdown reading stands).
 */
export function textTable(lines: string[], first: number, last: number): Block[] | null {
  if (!lines.slice(first - 1, last).some((l) => TEXT_TABLE_HINT.test(l))) return null;
  const blocks = textBlocks(lines, first, last);
  return blocks.some((b) => b.kind === "table") ? blocks : null;
}

/** A table the text reader may carry on past a blank line and a page number (— 6 —) before more rows. */
const MAX_TABLE_LINES = 5000;

/** A top-level Markdown node by its first and last source lines. */
export interface NodeLines {
  start: number;
  end: number;
}

/**
 * A top-level paragraph opening a text table: the text reader reads from it on, over the blank
 * lines remark ends paragraphs at, up to the end of the last Markdown node the table reaches.
 * Returns the blocks and the last line they cover, or null.
 */
export function textTableFrom(lines: string[], nodes: NodeLines[], k: number): { blocks: Block[]; until: number } | null {
  const node = nodes[k]!;
  const first = node.start;
  const reach = Math.min(lines.length, first + MAX_TABLE_LINES);
  // a table flattened one cell per line with blank lines between its cells: each cell is a
  // paragraph of its own, the first the lone 序号 (the table must then open at it)
  const lone = node.end === first && SEQ_LABEL.test(lines[first - 1]!);
  // (its header and first row are within a few dozen lines: a 序号 that opens none costs those,
  // not the rest of the text)
  const opens = (last: number) => textTable(lines, first, last)?.[0]?.kind === "table";
  if (!(lone ? opens(Math.min(reach, first + LONE_WINDOW)) : textTable(lines, first, node.end))) return null;
  const blocks = textBlocks(lines, first, reach);
  if (lone && blocks[0]?.kind !== "table") return null;
  const t = blocks.findIndex((b) => b.kind === "table");
  const consumed = blocks[t + 1] ? blocks[t + 1]!.line - 1 : lines.length;
  let until = node.end;
  for (let j = k; j < nodes.length && nodes[j]!.start <= consumed; j++) until = Math.max(until, nodes[j]!.end);
  return { blocks: blocks.filter((b) => b.line <= until), until };
}
