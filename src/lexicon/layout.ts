// Characters and lines that are page layout, not notice text; shared by every adapter so they
// all agree on what padding and page furniture look like.
import { unitTable } from "./units.js";
import { perDocument } from "./memo.js";

/**
 * Paragraph markup in a text file (a page's source saved as .txt): a paragraph closed and the next
 * opened (</p><p>), a line break tag, or a line that is one whole paragraph or division element
 * (<DIV align=center>苍钱广电<B>〔2009〕1</B>号</DIV>, as an old page's source stored in a database)
 */
export const PARAGRAPH_MARKUP = /<\/p>\s*<p[\s>]|<br\s*\/?>|^[ \t]*<(?:p|div)(?:\s[^<>\n]{0,200})?>[^\n]*<\/(?:p|div)>[ \t]*$/im;

/** Full-width, no-break and en/em/thin spaces: padding in 公文 layouts (zero-width ones are INVISIBLE). */
export const WIDE_SPACE = /[\u3000\u00a0\u2002-\u200a]/g;
/**
 * Spaces lost to a charset that had no ideographic space (U+3000 saved as ?): an indent before a
 * line's text (??區發展改革委…, ??一、實施背景), a run after it (甘肅省人民政府????????), or one
 * between a marker and its heading (第一章?總?則). Read as the spaces they stood for only where the
 * text shows it — two or more lines with a run of ?? at a line's edge and three or more lines in all —
 * never for one line (？？ in a sentence is punctuation).
 */
export const LOST_INDENT = /^\?{1,8}(?=[^\x00-\x7f]|[0-9(]|\s*$)/;
/** …a run of them after a line's text (group 1 the text's last character) */
export const LOST_TRAILING_SPACE = /([^\x00-\x7f])\?{2,8}\s*$/;
/** …and one between two Chinese characters */
export const LOST_INNER_SPACE_G = /([\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])/g;
/** WIDE_SPACE as a test of one UTF-16 unit, for loops that read a character at a time */
export const isWideSpace = (c: number): boolean => c === 0x3000 || c === 0xa0 || (c >= 0x2002 && c <= 0x200a);

/**
 * Invisible format characters (Unicode category Cf): zero-width space U+200B, joiners U+200C/D,
 * word joiner U+2060, U+FEFF inside text, soft hyphen U+00AD, bidi controls U+202A–E, U+2066–9.
 * They print nothing; stages/invisible.ts removes and reports them. Not global: safe with test().
 */
export const INVISIBLE = /\p{Cf}/u;

/** The Cf code points of the Basic Multilingual Plane, as ranges (test/invisible.test.ts checks them against \p{Cf}). */
export const CF_BMP_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xad, 0xad], [0x600, 0x605], [0x61c, 0x61c], [0x6dd, 0x6dd], [0x70f, 0x70f], [0x890, 0x891], [0x8e2, 0x8e2],
  [0x180e, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0xfeff, 0xfeff], [0xfff9, 0xfffb],
];
const CF_BMP = unitTable([1, "", CF_BMP_RANGES]);
/** Whether one UTF-16 unit is an invisible (Cf) character of the BMP. */
export const isInvisibleUnit = (c: number): boolean => CF_BMP[c] === 1;

/**
 * Whether s holds an invisible format character: a table lookup per code unit, the Unicode
 * pattern only when s holds a character outside the BMP (nearly no line does).
 */
export function hasInvisible(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CF_BMP[c]) return true;
    if (c >= 0xd800 && c <= 0xdfff) return INVISIBLE.test(s);
  }
  return false;
}

const INVISIBLE_NAMES: Record<string, string> = {
  "\u200b": "zero-width space", "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner", "\u2060": "word joiner",
  "\ufeff": "zero-width no-break space, BOM", "\u00ad": "soft hyphen", "\u200e": "left-to-right mark", "\u200f": "right-to-left mark",
};

/** U+200B (zero-width space): the code point, and its name when it is a common one. */
export function invisibleName(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = INVISIBLE_NAMES[ch];
  return name ? `${code} (${name})` : code;
}

/** A page number standing alone: 6, - 6 -, — 6 —. */
export const PAGE_NUMBER_LINE = /^[-—–－\s]*\d{1,3}[-—–－\s]*$/;

/** A line that ends a sentence or a labelled lead-in (。！？；：… or a closing quote/bracket): the next line starts anew */
export const SENTENCE_END = /[。！？!?；;：:…]$|[。！？!?；;][”’」』]$|[）)】]$/;

/**
 * A page number that lost its own line in a text without line breaks (OCR, a PDF viewer's copy):
 * — 5 — between two words (县住房和城乡— 5 —建设局). Dashes on both sides and no digit or dash
 * next to them (checked by gluedPageNumbers), so ranges (2022—2024) and phone numbers stay text.
 */
const PAGE_NUMBER_GLUED = /[—–－][ \u3000]?\d{1,3}[ \u3000]?[—–－]/g;

/** The page numbers glued into a text, each with the spaces around it: [start, end) offsets. */
export function gluedPageNumbers(s: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const m of s.matchAll(PAGE_NUMBER_GLUED)) {
    let start = m.index;
    let end = start + m[0].length;
    if (/[0-9０-９—–－-]/.test(s[start - 1] ?? "") || /[0-9０-９—–－-]/.test(s[end] ?? "")) continue;
    while (start > 0 && /[ \u3000]/.test(s[start - 1]!)) start--;
    while (end < s.length && /[ \u3000]/.test(s[end]!)) end++;
    out.push({ start, end, text: m[0] });
  }
  return out;
}

/**
 * How a complete paragraph ends: a sentence end (。；！？), one inside quotes (…。”), a closing
 * bracket (…负责）, 《…》), a period. Text that stops anywhere else — mid-word, after a comma, after
 * a quoted name (完善“中国科协之声”), on an ellipsis (……) — was cut off.
 */
export const COMPLETE_END = /(?:[。；;！？!?.．]|[。；;！？!?][”’」』"']|[）)】》〉])$/;

/** A labelled field line (联系电话：…, 监督方式：…, 下一篇：…): a short label of words before a colon. */
export const LABEL_LINE = /^[\u4e00-\u9fa5（）()][\u4e00-\u9fa5（）()\s]{0,15}[:：]/;

/** The end of a contact line's phone number, digits or masked (6659XXXX, 1391139XXXX): seven or more, so a date's 19 is none */
export const PHONE_END = /[0-9XＸ*＊]{7}$/;

/** The heading of a table of contents (目录, 目  录, 目次, 目錄; 录 alone where a page lost the 目 of its spaced 目    录) */
export const CONTENTS_HEADING = /^目\s*[录錄次]$|^[录錄]$/;
/** A table of contents entry's page number, after leader dots or a space (总则……3, 1.1 编制目的 2) */
export const CONTENTS_PAGE = /(?:[.…·．]{2,}|\s)\s*[0-9]{1,3}$/;
/**
 * A contents entry's leader dots and page number (总则……………6, 1.1编制目的…………..…6): a whole
 * ellipsis (……) or three leader characters, so a decimal (1.5) or a sentence's … is none. Lines of them in a
 * row are a table of contents whether or not a 目录 heading stands above them.
 */
export const CONTENTS_LEADER = /(?:…{2}|[.…·．]{3})[.…·．]*\s*(?:[0-9]{1,3}|[（(][0-9]{1,3}[）)])$/;
/**
 * A line that ends in CONTENTS_LEADER (a digit at its end asked first: most lines end otherwise). Only
 * its last characters are asked: the pattern is anchored at the end, and a long run of dots would
 * otherwise be rescanned from each of its characters.
 */
function endsInLeaderPageRead(text: string): boolean {
  const t = text.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  // (its page number may stand in brackets: 1.1编制目的……(4))
  const digit = (c: number) => c >= 48 && c <= 57;
  return (digit(last) || ((last === 0x29 || last === 0xff09) && digit(t.charCodeAt(t.length - 2)))) && CONTENTS_LEADER.test(t.slice(-24));
}
/** (asked of the same line by several stages: answered once per document) */
export const endsInLeaderPage = perDocument(endsInLeaderPageRead);

/** A text without the spaces and tabs that end it (a loop from the end: /[ \t]+$/ rescans a long run of spaces inside a line from each of its characters) */
export function withoutTrailingBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 0x20 || s.charCodeAt(end - 1) === 0x09)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The bullet of a page's list item before a line (• 市人民政府办公室关于…的通知): the list's, not the text's */
export const LIST_BULLET = /^[•●▪◦][ \u3000]*/;

/**
 * A line's indentation come back as question marks: a page's layout spaces (no-break spaces, which GBK
 * lacks) turned to ? when a mirror converted it (????????? ?泰州市人民政府). The run of ? and spaces
 * opening a line (QUESTION_RUN); three question marks or more before the line's text are padding (one or
 * two may be the text's own, and a document that pads every line is read so by the text adapter).
 */
export const QUESTION_RUN = /^[? \t\u3000]+/;

/**
 * A forum's anti-copy junk (Discuz's "jammer"): hidden runs of one- or two-character ASCII tokens a
 * page inserts between the lines of a post, which copying keeps — 关于…的通知( _8 M1 x* {3 N# y1 D9 w,
 * 国家发展改革委办公厅7 M* y( R; ]/ x8 a# c. Six tokens or more, one space apart, no ASCII before or after;
 * jammerRuns() then asks that three hold a symbol and two a letter, which no list of numbers or
 * letters, no URL and no English sentence has — or one a symbol and four tokens that mix two kinds
 * of character (m9, s., G4: ) m9 s. G4 T3 T3 H国家疾控局…).
 */
export const JAMMER_G = /(?<![!-~])[!-~]{1,2}(?: [!-~]{1,2}){5,}(?![!-~])/g;
const JAMMER_SYMBOL = /[!-/:-@[-\x60{-~]/;
const JAMMER_LETTER = /[A-Za-z]/;
/** A sentence's own stop, in ASCII, opening a token */
const TEXT_STOP = /^[:;,.!?]/;
/** How a marker glued to its text may open: a bracket, or a number with its stop ((一), 1.) */
const MARKER_OPENING_TOKEN = /^(?:[(\[]|[0-9]{1,2}[.)]?)$/;

/**
 * A document site's running header and footer, printed on every page of a Word file uploaded to it
 * (精选优质文档-----倾情为你奉上 above, 专心---专注---专业 below): page furniture wherever it stands — a
 * line of its own, or glued to the text when the file was flattened to one line.
 */
export const DOCSITE_RUNNING_G = /精选优质文档[-—–－ ]{0,8}倾情为你奉上|专心[-—–－ ]{1,8}专注[-—–－ ]{1,8}专业/g;

/** The [start, end) ranges of `text` that are a document site's running header or footer (DOCSITE_RUNNING_G), or []. */
export function docsiteRunningRuns(text: string): Array<[number, number]> {
  if (!text.includes("倾情为你奉上") && !text.includes("专注")) return [];
  return [...text.matchAll(DOCSITE_RUNNING_G)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
}

/** A forum's junk (JAMMER_G) and a document site's running header (DOCSITE_RUNNING_G) in `text`, in order, none overlapping: [start, end, which] */
export function junkRuns(text: string): Array<[number, number, "jammer" | "running"]> {
  const found = [
    ...jammerRuns(text).map(([a, b]): [number, number, "jammer" | "running"] => [a, b, "jammer"]),
    ...docsiteRunningRuns(text).map(([a, b]): [number, number, "jammer" | "running"] => [a, b, "running"]),
  ].sort((x, y) => x[0] - y[0]);
  return found.filter((r, k) => k === 0 || r[0] >= found[k - 1]![1]);
}

/** The [start, end) ranges of `text` that are a forum's junk (JAMMER_G), or []; asked only of text with six spaces or more. */
export function jammerRuns(text: string): Array<[number, number]> {
  let spaces = 0;
  for (let k = text.indexOf(" "); k >= 0 && spaces < 6; k = text.indexOf(" ", k + 1)) spaces++;
  if (spaces < 5) return [];
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(JAMMER_G)) {
    const tokens = m[0].split(" ");
    let start = m.index!;
    let end = start + m[0].length;
    // (a first token glued to the text before it may open with that text's own stop — 通知如下:8 A" t: … —
    // which stays with it)
    if (start > 0 && text[start - 1] !== " " && TEXT_STOP.test(tokens[0]!)) {
      start++;
      if (tokens[0]!.length === 1) {
        tokens.shift();
        start++;
      } else tokens[0] = tokens[0]!.slice(1);
    }
    // (a last token glued to the text after it may open that text's marker — … N. H& u (一)舉辦…, … x 1.加强 —
    // and is left to it)
    // (…or its bracket alone, the token's last character: … k% t0 X(三)舉辦…)
    const last = tokens[tokens.length - 1]!;
    if (end < text.length && text[end] !== " " && MARKER_OPENING_TOKEN.test(last)) {
      end -= tokens.pop()!.length + 1;
    } else if (end < text.length && text[end] !== " " && (last.endsWith("(") || last.endsWith("["))) {
      end--;
      tokens[tokens.length - 1] = last.slice(0, -1);
    }
    const symbols = tokens.filter((t) => JAMMER_SYMBOL.test(t)).length;
    // (two characters of two kinds, m9, s., N#: the junk's own mark)
    const mixed = tokens.filter((t) => t.length === 2 && (JAMMER_LETTER.test(t) ? 1 : 0) + (/[0-9]/.test(t) ? 1 : 0) + (JAMMER_SYMBOL.test(t) ? 1 : 0) >= 2).length;
    if (tokens.length >= 6 && ((symbols >= 3 && tokens.filter((t) => JAMMER_LETTER.test(t)).length >= 2) || (symbols >= 1 && mixed >= 4))) found.push([start, end]);
  }
  return found;
}
/** What may follow the padding: the line's text (a Chinese character, a digit, an opening bracket or quotation mark) */
export const PADDED_TEXT = /^[\u4e00-\u9fff0-9０-９（(《“]/;
