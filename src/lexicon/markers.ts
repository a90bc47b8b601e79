// Numbering markers (序号) of 公文 sections. Each family has one style name; `rank` only says
// which family usually encloses which (一、 above （一） above 1. above （1） above ① above 一是),
// used to decide when a new family closes open ones. Levels come from the document's own tree.
import { chineseToInt, toHalfWidth } from "./numerals.js";
import { unitTable } from "./units.js";
import { perDocument } from "./memo.js";

export interface Marker {
  marker: string;
  style: string;
  ordinal: number;
  rank: number;
  /** length of the marker plus any spacing after it */
  length: number;
  /** run-in items (一是, 第一，, ①) may start mid-paragraph */
  runIn: boolean;
}

const CN = "一二三四五六七八九十百";

interface Family {
  style: string;
  rank: number;
  re: RegExp;
  ordinal: (m: RegExpExecArray) => number | null;
  runIn?: boolean;
}

const cn = (m: RegExpExecArray) => chineseToInt(m[1]!);
const arabic = (m: RegExpExecArray) => Number(toHalfWidth(m[1]!));
const offset = (base: number) => (m: RegExpExecArray) => m[1]!.codePointAt(0)! - base + 1;

const FAMILIES: Family[] = [
  { style: "part", rank: 0.2, re: new RegExp(`^第([${CN}]+)部分[\\s　、：:]*`), ordinal: cn },
  { style: "chapter", rank: 0.5, re: new RegExp(`^第([${CN}]+)章[\\s　、：:]*`), ordinal: cn },
  // (一。 with a full stop for the mark, as some pages type it: at a line's start only, as 1。, see resegment)
  { style: "chinese-comma", rank: 1, re: new RegExp(`^([${CN}]+)[、．.。][\\s　]*`), ordinal: cn },
  // (條: Traditional reposts of 办法 and 条例; an amendment 决定's reference to an article it changes —
  // 第九条修改为, 第十三条后增加一条, 第七条中的, 第十条第四项 — is no article of its own)
  { style: "article", rank: 1.5, re: new RegExp(`^第([${CN}]+)[条條](?![\\s　]*(?:修改为|修改為|后增加|後增加|增加|删去|刪去|删除|刪除|中的|中“|第[${CN}]+[款项項]))[\\s　]*`), ordinal: cn },
  // Ⅰ、 Ⅱ. (Roman numeral characters U+2160–216B) stand where 一、 would; a separator is needed (Ⅱ级响应 is text)
  { style: "roman", rank: 0.9, re: /^([\u2160-\u216b])[、．.﹒][\s　]*/u, ordinal: offset(0x2160) },
  // (a PDF's copy may space the numeral inside its brackets: ( 二 ))
  { style: "chinese-paren", rank: 2, re: new RegExp(`^[（(][ \\u3000]?([${CN}]+)[ \\u3000]?[）)][\\s　、．.]*`), ordinal: cn },
  // ㈠ ㈡ … ㈩ (PARENTHESIZED IDEOGRAPH, U+3220–3229): （一） typed as one character, as databases and
  // Word's symbol table write it — the same family
  { style: "chinese-paren", rank: 2, re: /^([\u3220-\u3229])[\s　、．.]*/u, ordinal: offset(0x3220) },
  // 一） with the opening bracket left out, as written in the field: the （一） level
  { style: "chinese-half-paren", rank: 2, re: new RegExp(`^([${CN}]+)[）)][\\s　]*`), ordinal: cn },
  // the decimal outline of 应急预案 and technical plans (1 总则 / 1.1 编制目的 / 1.3.1 …): a level per
  // number; a number and a space, a heading line, or a heading run in with its text (1.1编制目的。…),
  // never a quantity (1.5倍, 2.5万人次…) nor a date (1.7月28日: item 1, then July); a dot may close it (1.1.编制目的)
  { style: "decimal-3", rank: 3, re: /^([0-9]{1,2})[.．]([0-9]{1,2})[.．]([0-9]{1,2})(?![.．]?[0-9])[.．]?(?:[\s　]+(?=[\u4e00-\u9fff])|(?=[\u4e00-\u9fff][^。；;\n]{1,29}(?:$|[。：:])))(?![万亿千百倍个元米月])/, ordinal: (m) => Number(m[3]) },
  { style: "decimal-2", rank: 2, re: /^([0-9]{1,2})[.．]([0-9]{1,2})(?![.．]?[0-9])[.．]?(?:[\s　]+(?=[\u4e00-\u9fff])|(?=[\u4e00-\u9fff][^。；;\n]{1,29}(?:$|[。：:])))(?![万亿千百倍个元米月])/, ordinal: (m) => Number(m[2]) },
  { style: "decimal-1", rank: 1, re: /^([0-9]{1,2})[\s　]*(?=[\u4e00-\u9fff][^。；;，,\n]{1,14}$)(?![万亿千百倍个元年月日号次人户家名项件])/, ordinal: (m) => Number(m[1]) },
  { style: "arabic-comma", rank: 3, re: /^([0-9０-９]{1,5})、[\s　]*/, ordinal: arabic },
  // 1. 1． and 1﹒ (U+FE52 SMALL FULL STOP, from OCR and some editors); 1.5 is a number, not an item
  // (and 1。 with a full stop for the dot, as some pages type it: at a line's start only, see resegment)
  // (a month after the dot is a date the item opens with, 1.7月28日16:00报到, no decimal: months are whole)
  { style: "arabic-dot", rank: 3, re: /^([0-9０-９]{1,5})[.．﹒。](?![0-9０-９]{1,3}(?![0-9０-９]|月))[\s　]*/, ordinal: arabic },
  { style: "digit-stop", rank: 3, re: /^([\u2488-\u249b])[\s　]*/u, ordinal: offset(0x2488) },
  { style: "arabic-paren", rank: 4, re: /^[（(][ \u3000]?([0-9０-９]{1,5})[ \u3000]?[）)][\s　、．.]*/, ordinal: arabic },
  // 1） 1) with the opening bracket left out: the （1） level
  { style: "arabic-half-paren", rank: 4, re: /^([0-9０-９]{1,3})[）)][\s　]*/, ordinal: arabic },
  { style: "paren-digit", rank: 4.5, re: /^([\u2474-\u2487])[\s　]*/u, ordinal: offset(0x2474), runIn: true },
  { style: "circled", rank: 5, re: /^([\u2460-\u2473])[\s　]*/u, ordinal: offset(0x2460), runIn: true },
  { style: "run-in-di", rank: 5.5, re: new RegExp(`^第([${CN}]+)[，,、：:]`), ordinal: cn, runIn: true },
  { style: "run-in-shi", rank: 6, re: new RegExp(`^([${CN}]+)是(?=[^是])`), ordinal: cn, runIn: true },
  { style: "run-in-yao", rank: 6, re: new RegExp(`^([${CN}]+)要(?=[^要])`), ordinal: cn, runIn: true },
];

const NUMERALS_LISTED = new RegExp(`^[${CN}]+(、|年级|个|至|到|季度|类|级)`);

/** The decimal outline's families (1 总则, 1.1, 1.1.1) */
export const DECIMAL_STYLE = /^decimal-/;

export const RANK_BY_STYLE: Record<string, number> = Object.fromEntries(FAMILIES.map((f) => [f.style, f.rank]));

/**
 * Characters a marker can begin with (every family's pattern is anchored on one of them): most
 * lines and positions are ruled out by one table lookup before any of the families' patterns.
 */
// (Ⅰ–Ⅻ; ①–⑳, ⑴–⒇, ⒈–⒛; ㈠–㈩)
export const MARKER_FIRST = unitTable([1, `${CN}第（(0123456789０１２３４５６７８９`, [[0x2160, 0x216b], [0x2460, 0x249b], [0x3220, 0x3229]]]);

/** Recognise a marker at the start of s. */
function matchMarkerRead(s: string): Marker | null {
  if (!MARKER_FIRST[s.charCodeAt(0)]) return null;
  for (const f of FAMILIES) {
    const m = f.re.exec(s);
    if (!m) continue;
    const ordinal = f.ordinal(m);
    // no upper bound: rosters and task lists run to thousands of items (1、…1762、)
    if (ordinal === null || ordinal < 1) continue;
    // run-in words need an ordinal that is small and written plainly (一是…十是)
    if (f.runIn && f.style.startsWith("run-in") && ordinal > 20) continue;
    const rest = s.slice(m[0].length);
    // 一、二年级 / 三、四个 / 三、四季度: numerals listed, not a section number
    if (f.style === "chinese-comma" && NUMERALS_LISTED.test(rest)) continue;
    // a bare marker with nothing after it is not a section ("1." alone, a page number)
    if (rest.trim() === "" && !f.runIn) continue;
    const marker = m[0].replace(/[\s　]+$/, "");
    return { marker, style: f.style, ordinal, rank: f.rank, length: m[0].length, runIn: f.runIn ?? false };
  }
  return null;
}
/** (asked of the same line by several stages: answered once per document) */
export const matchMarker = perDocument(matchMarkerRead);

/**
 * A 一、 marker refused because numerals listed follow it (一、二级河长履职考核总体情况 reads like 一、二年级):
 * callers take it as the item only where the same list's next number follows (二、 below or later in the run).
 */
export function markerBeforeListedNumerals(s: string): Marker | null {
  const f = FAMILIES.find((x) => x.style === "chinese-comma")!;
  const m = f.re.exec(s);
  if (!m || !m[0].includes("、") || !NUMERALS_LISTED.test(s.slice(m[0].length))) return null;
  const ordinal = f.ordinal(m);
  if (ordinal === null || ordinal < 1) return null;
  return { marker: m[0].replace(/[\s　]+$/, ""), style: f.style, ordinal, rank: f.rank, length: m[0].length, runIn: false };
}

/** An arabic-dot item whose text opens with digits (11.121人才梯队项目), as matchMarker reads 11.121 as a number. */
const DOT_BEFORE_DIGITS = /^([0-9０-９]{1,5})[.．﹒](?=[0-9０-９])/;

/**
 * The item `expected` of an open 1. 2. … list when its text opens with a figure: 11.121人才梯队项目
 * after 10. is item 11, not the number 11.121. Only the next number of a list already open
 * counts — a lone 1.35千伏 stays a number.
 */
export function markerBeforeDigits(s: string, expected: number): Marker | null {
  const m = DOT_BEFORE_DIGITS.exec(s);
  if (!m || Number(toHalfWidth(m[1]!)) !== expected) return null;
  return { marker: m[0], style: "arabic-dot", ordinal: expected, rank: RANK_BY_STYLE["arabic-dot"]!, length: m[0].length, runIn: false };
}

/** How a run-in item begins: 一是 / 二要, 第三，, a circled or bracketed digit (①, ⑴) */
const RUN_IN_START = new RegExp(`[${CN}]+[是要]|第[${CN}]+[，,、：:]|[\u2460-\u2487]`, "y");

/** Per code unit: 1 a sentence boundary (。；;！？!?：:), 2 a closing quote (”’」』), 3 a space, 4 a comma, 5 an opening bracket, 6 a closing one. */
const AFTER_KIND = unitTable([1, "。；;！？!?：:"], [2, "”’」』"], [3, " \u3000"], [4, "，,"], [5, "（("], [6, "）)"]);

/**
 * Offsets where a run-in item (一是, 二要, 第三，, ④; （2） after a sentence's end) starts inside a paragraph: right after a
 * sentence boundary, closing quotes, brackets and spaces skipped. Whether each one really is an item is decided by the caller from the
 * ordinal sequence.
 */
export function runInCandidates(s: string): Array<{ index: number; marker: Marker }> {
  const out: Array<{ index: number; marker: Marker; comma: boolean }> = [];
  // whether the text before i, closing quotes/brackets skipped (…。”二是), ends at a boundary:
  // carried forward one character at a time, so a run of brackets is walked once, not at every
  // position (linear; a run of 40,000 ） took 20 s)
  let after = 0;
  // what stood before each open bracket: a bracket closes as a boundary when it opened after one
  // (…工作模式。（市工商质监局牵头负责）（2）完善…: a note in brackets after a sentence's end)
  const opened: number[] = [];
  for (let i = 1; i < s.length; i++) {
    const prev = AFTER_KIND[s.charCodeAt(i - 1)]!;
    if (prev === 5) opened.push(i - 1 > 0 ? after : 0);
    // spaces too: text whose lines were joined with spaces (。 二是)
    // (a bracket closed right after a boundary, …。）二是, is one as before)
    if (prev === 6) {
      const before = opened.pop();
      if (after !== 1) after = before ?? after;
    } else after = i - 1 > 0 && (prev === 2 || prev === 3) ? after : prev;
    if ((after !== 1 && after !== 4) || !MARKER_FIRST[s.charCodeAt(i)]) continue;
    // after a comma only a run-in item can start (一是, 第二，, ③): most commas are followed by
    // words, ruled out by one sticky test instead of every family's pattern
    if (after === 4) {
      RUN_IN_START.lastIndex = i;
      if (!RUN_IN_START.test(s)) continue;
    }
    const m = matchMarker(s.slice(i));
    // （1）（2） run into their parent's paragraph after a sentence's end (…改革。（1）全面落实…。（2）…)
    if (m && (m.runIn || (after === 1 && m.style === "arabic-paren"))) out.push({ index: i, marker: m, comma: after === 4 });
  }
  // after a comma (…共8部分，一是…；二是…) an item opens a list only where its family has a
  // first and a second item in the paragraph: a lone ，一要 is prose
  const listed = new Set(out.filter((c) => c.marker.ordinal === 2).map((c) => c.marker.style));
  const firsts = new Set(out.filter((c) => c.marker.ordinal === 1).map((c) => c.marker.style));
  return out.filter((c) => !c.comma || (listed.has(c.marker.style) && firsts.has(c.marker.style))).map(({ index, marker }) => ({ index, marker }));
}
