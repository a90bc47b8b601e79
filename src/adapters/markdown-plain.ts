// Plain Markdown: a notice saved as .md is mostly paragraphs, ATX headings (# 标题), ordered items
// (3. 全面推进…), **bold** runs, brackets that link nowhere ([2019]), tab-separated rows and
// indented lines (which CommonMark reads as code). When the text holds nothing else — no character
// another construct needs, no line that could open one — CommonMark's reading follows from the
// lines and the ** runs alone (which runs pair is its delimiter rule), and this reader gives the
// blocks remark's reading gives (test/adapter-markdown.test.ts holds the two equal on generated
// notices and every fixture) at a fraction of the cost, without loading remark. Anything else
// returns null, and remark reads the text (markdown.ts).
import type { Block } from "../model/blocks.js";
import { addTextNode, columnIn, finish, Inline, markdownSource, sourceLines, textTable, textTableFrom, type NodeLines } from "./markdown-inline.js";
import { WIDE_SPACE } from "../lexicon/layout.js";

/**
 * What sends a text to remark: characters of inline or block constructs (escapes, code, _ emphasis,
 * HTML and autolinks, entities, GFM strikethrough and tables, block quotes), control characters and
 * surrogates (columns), what GFM links by itself (www.,
 * https://, mailto:, e-mail addresses), a * run other than ** (emphasis, bullets, rules), and
 * brackets that could make a link, an image or a footnote (…](, ][, [^, ![).
 */
const NOT_PLAIN = /[\\`_<>&~|\0-\x08\x0b\x0c\x0e-\x1f@\ud800-\udfff]|www\.|:\/\/|mailto:|xmpp:|(?<!\*)\*(?!\*)|\*\*\*|\]\(|\]\[|\[\^|!\[/i;
/** a line of * and spaces or tabs (** ** is a thematic break) */
const STARS_ONLY = /^[* \t]+$/;
/** Unicode whitespace, as micromark classifies the character before or after a ** run */
const WHITESPACE = /\s/;
/** Unicode punctuation and symbols, micromark's other class for the characters around a ** run */
const PUNCTUATION = /\p{P}|\p{S}/u;
/** an ordered item: its number, its delimiter, 1–4 spaces, then its text */
const ITEM = /^(\d{1,9})([.)])( {1,4})(?=[^ \t])/;
/** an item's text that opens a block of its own inside the item: a heading, a list, a rule, a quote */
const ITEM_OPENS_BLOCK = /^(?:[#\-+=>]|\d{1,9}[.)](?:[ \t]|$)|[* \t]+$)/;
/** a number and a delimiter with nothing after them, five spaces (the item then opens with indented code) or a tab */
const EMPTY_ITEM = /^\d{1,9}[.)](?: *$| {5}| *\t)/;
/** an ATX heading's opening: 1–6 #, then spaces or the line's end (the text after it may hold no other #) */
const ATX_OPEN = /^(#{1,6})( +|$)/;

/** s without the spaces at its end (a loop: / +$/ rescans a long run of spaces from each of its positions) */
function trimSpacesEnd(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x20) end--;
  return end === s.length ? s : s.slice(0, end);
}

interface Line {
  text: string;
  line: number;
  column: number;
  /** a soft break after a line ended by CR LF keeps its CR in remark's text: so it is kept here */
  cr: boolean;
  /** two spaces or more at its end: a hard break (mdast "break") before the next line */
  hard: boolean;
  /** the spaces cut from its end */
  trail: number;
}
interface Para {
  /** its first source line */
  line: number;
  heading: number;
  marker: { text: string; line: number; column: number } | null;
  lines: Line[];
  /** the ordered list an item belongs to */
  list: object | null;
  /** an indented code block (four columns of indentation, a tab to the next stop of four): its last line */
  codeEnd?: number;
}

/** The paragraphs of a plain text, as CommonMark reads them; null when the text is not plain. */
function plainParagraphs(src: string, lines: string[]): Para[] | null {
  if (NOT_PLAIN.test(src)) return null;
  // which lines end in CR LF (a lone CR, an old Mac line end, goes to remark)
  let crlf: boolean[] | null = null;
  if (src.includes("\r")) {
    if (/\r(?!\n)/.test(src)) return null;
    crlf = src.split("\n").map((l) => l.endsWith("\r"));
  }
  /** a line of a paragraph: its text without the spaces CommonMark strips at either end */
  const lineOf = (text: string, n: number, column: number): Line => {
    const trimmed = trimSpacesEnd(text);
    // two spaces before the line end make a hard break, which takes the CR with it
    const hard = text.length - trimmed.length >= 2;
    return { text: trimmed, line: n, column, cr: !!crlf?.[n - 1] && !hard, hard, trail: text.length - trimmed.length };
  };
  const out: Para[] = [];
  // the paragraph that takes continuation lines, and the ordered list that is open, if any
  let open: Para | null = null;
  let list: { delimiter: string } | null = null;
  let code: Para | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const n = i + 1;
    // the indentation, in characters and in columns
    let lead = 0;
    let width = 0;
    for (; lead < raw.length; lead++) {
      const c = raw.charCodeAt(lead);
      if (c === 0x20) width++;
      else if (c === 0x09) width += 4 - (width % 4);
      else break;
    }
    if (lead === raw.length) {
      // blank; one indented four columns or more is still a line of an open code block
      if (code && width >= 4) code.codeEnd = n;
      open = null;
      continue;
    }
    // four columns: the next line of a code block, a paragraph's lazy line, or a new code block
    if (code && width >= 4) {
      code.codeEnd = n;
      continue;
    }
    // (an item other than 1. cannot cut a code block short either: it stays text)
    const afterCode = code !== null;
    code = null;
    if (width >= 4) {
      if (list !== null) return null; // (it would sit in an item)
      if (open) {
        // a tab counts four columns to remark: a ** pair on the line would start a node there
        if (raw.slice(0, lead).includes("\t") && raw.includes("**")) return null;
        open.lines.push(lineOf(raw.slice(lead), n, lead + 1));
      } else {
        code = { line: n, heading: 0, marker: null, lines: [], list: null, codeEnd: n };
        out.push(code);
      }
      continue;
    }
    const rest = raw.slice(lead);
    const first = rest.charCodeAt(0);
    // [label]: a link definition; ** ** a thematic break
    if (first === 0x5b || (first === 0x2a && STARS_ONLY.test(rest) && rest !== "**")) return null;
    if (first === 0x23 /* # */) {
      const h = lead === 0 ? ATX_OPEN.exec(rest) : null;
      if (!h || rest.includes("#", h[0].length)) return null;
      // a heading ends any paragraph and list
      const text = rest.slice(h[0].length);
      out.push({ line: n, heading: h[1]!.length, marker: null, lines: text ? [lineOf(text, n, h[0].length + 1)] : [], list: null });
      open = null;
      list = null;
      continue;
    }
    // setext underlines, thematic breaks, bullet items, block quotes
    if (first === 0x3d || first === 0x2d || first === 0x2b || first === 0x3e) return null;
    const item = first >= 0x30 && first <= 0x39 ? ITEM.exec(rest) : null;
    // an item with nothing after its number (1. alone) is an empty item, or text, as the context says;
    // five spaces after it open indented code
    if (!item && first >= 0x30 && first <= 0x39 && EMPTY_ITEM.test(rest)) return null;
    // an item of the open list (across blank and lazy lines); else a new list, which may cut a
    // paragraph short only at 1 (3. inside a paragraph is its text)
    if (item && (list !== null || (open === null && !afterCode) || item[1] === "1")) {
      const [whole, num, delimiter] = item as unknown as [string, string, string];
      // ([ ] after the number is a GFM task box; 1. # 标题 a heading inside the item)
      const content = rest.slice(whole.length);
      if (lead > 0 || (list !== null && delimiter !== list.delimiter) || content.startsWith("[") || ITEM_OPENS_BLOCK.test(content)) return null;
      list ??= { delimiter };
      open = {
        line: n,
        heading: 0,
        marker: { text: `${num}${delimiter} `, line: n, column: 1 },
        lines: [lineOf(content, n, whole.length + 1)],
        list,
      };
      out.push(open);
      continue;
    }
    if (open) {
      if (list !== null && lead > 0) return null;
      open.lines.push(lineOf(rest, n, lead + 1));
      continue;
    }
    // after a blank line, an unindented paragraph closes the list; an indented one would sit in its item
    if (list !== null) {
      if (lead > 0) return null;
      list = null;
    }
    open = { line: n, heading: 0, marker: null, lines: [lineOf(rest, n, lead + 1)], list: null };
    out.push(open);
  }
  return out;
}

/** 1 whitespace (or none), 2 punctuation, 0 other: the class of the character next to a ** run */
function classOf(s: string, at: number): 0 | 1 | 2 {
  if (at < 0 || at >= s.length) return 1; // a line's start or end: a line ending or the paragraph's edge
  const ch = s[at]!;
  return WHITESPACE.test(ch) ? 1 : PUNCTUATION.test(ch) ? 2 : 0;
}

interface TextNode {
  line: number;
  column: number;
  value: string;
}

/**
 * The text nodes remark makes of a paragraph: its characters, the line endings of soft breaks
 * included, split where a ** pair opens or closes and at hard breaks (null between the pieces of a
 * hard break). A ** run that pairs with none stays in the text, as in remark.
 */
function textNodes(p: Para): Array<TextNode | null> {
  // CommonMark's delimiter rule for ** runs: a run opens when followed by a letter, or by punctuation
  // after space or punctuation; it closes in the mirror case; a closer takes the nearest opener
  const paired = new Set<string>();
  const openers: string[] = [];
  p.lines.forEach((l, li) => {
    for (let at = l.text.indexOf("**"); at >= 0; at = l.text.indexOf("**", at + 2)) {
      const before = classOf(l.text, at - 1);
      const after = classOf(l.text, at + 2);
      const key = `${li}:${at}`;
      if ((before === 0 || (before === 2 && after !== 0)) && openers.length) {
        paired.add(openers.pop()!).add(key);
      } else if (after === 0 || (after === 2 && before !== 0)) openers.push(key);
    }
  });
  const out: Array<TextNode | null> = [];
  let cur: TextNode = { line: p.lines[0]?.line ?? 1, column: p.lines[0]?.column ?? 1, value: "" };
  const flush = () => cur.value !== "" && out.push(cur);
  p.lines.forEach((l, li) => {
    let from = 0;
    for (let at = l.text.indexOf("**"); at >= 0; at = l.text.indexOf("**", at + 2)) {
      if (!paired.has(`${li}:${at}`)) continue;
      cur.value += l.text.slice(from, at);
      flush();
      from = at + 2;
      // (text after a run that ends the line starts past the spaces cut from its end)
      cur = { line: l.line, column: l.column + from + (from === l.text.length ? l.trail : 0), value: "" };
    }
    cur.value += l.text.slice(from);
    const next = p.lines[li + 1];
    if (!next) return;
    if (l.hard) {
      flush();
      out.push(null);
      cur = { line: next.line, column: next.column, value: "" };
    } else cur.value += l.cr ? "\r\n" : "\n";
  });
  flush();
  return out;
}

/** A paragraph as a block, its text assembled as markdown.ts collects remark's text nodes. */
function paraBlock(p: Para, lines: string[]): Block | null {
  const acc = new Inline();
  if (p.marker) acc.add(p.marker.text, p.marker.line, p.marker.column);
  for (const node of textNodes(p)) {
    if (node === null) {
      acc.lineBreak();
      continue;
    }
    addTextNode(acc, lines, node.value, node.line, node.column);
  }
  const start = p.marker ?? p.lines[0] ?? { line: p.line, column: 1 };
  return finish(acc, p.heading, start.line, start.column);
}

/**
 * An indented code block as markdown.ts reads it: a text table when the text reader finds one in
 * its lines, else each line a paragraph (indented text in a notice is just text).
 */
function codeBlocks(lines: string[], first: number, last: number): Block[] {
  const read = textTable(lines, first, last);
  if (read) return read.map((b) => (b.kind === "para" ? { ...b, blankBefore: true } : b));
  const out: Block[] = [];
  for (let line = first; line <= last; line++) {
    const text = lines[line - 1]!.replace(WIDE_SPACE, " ").trim();
    if (!text) continue;
    const column = columnIn(lines, line, text);
    out.push({ kind: "para", text, line, column, spans: [{ offset: 0, line, column }], heading: 0, blankBefore: true, softBreakAfter: false });
  }
  return out;
}

/** The blocks of a plain Markdown text, as markdownToBlocks gives them; null when it is not plain. */
export function plainMarkdownBlocks(md: string): Block[] | null {
  const src = markdownSource(md);
  const lines = sourceLines(src);
  const paras = plainParagraphs(src, lines);
  if (!paras) return null;
  // remark's top-level nodes: a paragraph, a heading, or the items of one list together
  const nodes: Array<NodeLines & { paras: Para[]; paragraph: boolean }> = [];
  for (const p of paras) {
    const end = p.lines[p.lines.length - 1]?.line ?? p.line;
    const last = nodes[nodes.length - 1];
    if (p.list && last && last.paras[0]!.list === p.list) {
      last.paras.push(p);
      last.end = end;
    } else nodes.push({ start: p.line, end: p.codeEnd ?? end, paras: [p], paragraph: !p.heading && !p.list && p.codeEnd === undefined });
  }
  const out: Block[] = [];
  let until = 0;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.start <= until) continue; // read with a text table above
    // a paragraph of tab-separated rows (or a 序号 line) opens a table the text reader reads, as in markdown.ts
    const read = node.paragraph ? textTableFrom(lines, nodes, k) : null;
    if (read) {
      out.push(...read.blocks);
      until = read.until;
      continue;
    }
    const code = node.paras[0]!.codeEnd;
    if (code !== undefined) {
      out.push(...codeBlocks(lines, node.start, code));
      continue;
    }
    for (const p of node.paras) {
      // a tab inside a line is text to remark too, but its columns jump to the next tab stop: a
      // ** pair after one would start a node at a column this reader does not count; and a tab at
      // the end of a line is stripped with the spaces
      if (p.lines.some((l) => l.text.includes("\t") && (l.text.endsWith("\t") || l.text.includes("**", l.text.indexOf("\t"))))) return null;
      const block = paraBlock(p, lines);
      if (block) out.push(block);
    }
  }
  return out;
}
