// The one block representation every format adapter produces. Structure stages only ever see
// blocks, so they need no format-specific code; spans map text offsets back to source lines.

export interface Span {
  /** offset in Block.text where this source piece starts */
  offset: number;
  line: number;
  column: number;
}

export interface ParagraphBlock {
  kind: "para";
  text: string;
  line: number;
  column: number;
  spans: Span[];
  /** Markdown/HTML heading depth, 0 for body text */
  heading: number;
  /** a blank line (or block boundary) precedes it in the source */
  blankBefore: boolean;
  /** the source marks a soft line break inside one paragraph (Markdown trailing spaces) */
  softBreakAfter: boolean;
}

export interface TableBlock {
  kind: "table";
  rows: string[][];
  rowLines: number[];
  /** each cell's source line, where cells stand on lines of their own (else a row's is rowLines) */
  cellLines?: number[][];
  line: number;
  column: number;
  /** cells exactly as the source wrote them, before padding removal, for the no-text-lost check */
  layout: "tab-rows" | "cell-per-line" | "space-rows" | "pipe" | "html" | "docx" | "contents";
  /** page-number lines dropped from inside the table, reported as diagnostics */
  skipped?: Array<{ text: string; line: number }>;
}

export type Block = ParagraphBlock | TableBlock;

/** Invisible characters an adapter removed from one source line before reading it, or a forum's junk (reported by stages/invisible). */
export interface InvisibleRemoval {
  line: number;
  /** column of the first one */
  column: number;
  chars: string[];
  /** a forum's anti-copy junk removed (JAMMER_G), or a document site's running header (DOCSITE_RUNNING_G), as it stood; chars is then empty */
  junk?: string;
  /** which of the two junk is */
  junkKind?: "jammer" | "running";
}

/** Source position of an offset inside a paragraph. */
export function positionAt(block: ParagraphBlock, offset: number): { line: number; column: number } {
  let span = block.spans[0]!;
  for (const s of block.spans) {
    if (s.offset <= offset) span = s;
    else break;
  }
  return { line: span.line, column: span.column + Math.max(0, offset - span.offset) };
}

/** Concatenate two paragraphs (page-break repair), keeping the map back to the source. */
export function joinParagraphs(a: ParagraphBlock, b: ParagraphBlock, sep = ""): ParagraphBlock {
  const base = a.text.length + sep.length;
  return {
    ...a,
    text: a.text + sep + b.text,
    spans: [...a.spans, ...b.spans.map((s) => ({ ...s, offset: s.offset + base }))],
    softBreakAfter: b.softBreakAfter,
  };
}

/** A new paragraph made of text[start, end) of an existing one. */
export function sliceParagraph(block: ParagraphBlock, start: number, end = block.text.length): ParagraphBlock {
  const pos = positionAt(block, start);
  const spans: Span[] = [{ offset: 0, line: pos.line, column: pos.column }];
  for (const s of block.spans) {
    if (s.offset > start && s.offset < end) spans.push({ ...s, offset: s.offset - start });
  }
  return { ...block, text: block.text.slice(start, end), line: pos.line, column: pos.column, spans };
}
