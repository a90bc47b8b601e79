import type { DocNumber } from "../model/schema.js";
import { BARE_NUMBER_RE, DOC_NUMBER_DAMAGED_RE, DOC_NUMBER_NO_HAO_RE, DOC_NUMBER_NO_YEAR_RE, DOC_NUMBER_RE, endsLikeTitle, ISSUE_NUMBER_RE } from "./patterns.js";
import { chineseToInt, chineseYear } from "./numerals.js";
import { perDocument } from "./memo.js";


export interface FoundDocNumber {
  value: DocNumber;
  index: number;
  length: number;
  withoutYear: boolean;
  /** read from a damaged line (final 号 or closing bracket lost): year and serial may be unknown */
  damaged?: boolean;
}

/** A bracketed year holding a letter O or 〇 for a zero: the bracket (group 1) and the year (group 2) */
const YEAR_WITH_LETTER_O = /([〔\[［【（(﹝]\s*)([12][0-9OoＯ〇○]{3})(?=\s*[〕\]］】）)﹞])/g;

/** A 发文字号 and nothing else (a line, a metadata value; spaces at its end allowed) */
export function isWholeDocNumber(s: string): boolean {
  const t = s.trimEnd();
  const dn = t ? findDocNumber(t) : null;
  return !!dn && dn.index === 0 && dn.length === t.length;
}

/**
 * A line that is a 发文字号 standing alone as a notice prints it: the whole line, its 机关代字 short
 * (湘政发, 仁府办函: at most 8 characters) and no word of a sentence before it (的意见湘政发〔2019〕1号
 * is a title's end run into the number, not a number line).
 */
export function isNumberLine(s: string): boolean {
  const t = s.trim();
  if (!t.endsWith("号") && !t.endsWith("號")) return false;
  const dn = findDocNumber(t);
  if (!dn || dn.index !== 0 || dn.length !== t.length) return false;
  const prefix = dn.value.prefix ?? "";
  return prefix.length <= 8 && !/^[的之和与及]/.test(prefix);
}

/** What may stand between a title and the number after it: spaces, an opening bracket; and after the number a closing one */
const BEFORE_NUMBER = /[ \t\u3000]*[\[［【（(]?[ \t\u3000]*$/;
const AFTER_NUMBER = /^[ \t\u3000]*[\]］】）)]?[ \t\u3000]*$/;
/**
 * A headline: a title ending as titles do, then its 发文字号 set apart by a space or in a headline's brackets, nothing
 * after it (关于省十三届人大一次会议温36号建议的答复[浙交建〔2018〕101号], …的通知 浙交建〔2018〕101号)
 */
export function numberAfterTitle(s: string): boolean {
  const t = s.trimEnd();
  if (!(t.endsWith("号") || t.endsWith("號") || t.endsWith("]") || t.endsWith("］") || t.endsWith("】") || t.endsWith("）") || t.endsWith(")"))) return false;
  const dn = findDocNumber(t);
  if (!dn || dn.withoutYear || dn.index === 0 || !AFTER_NUMBER.test(t.slice(dn.index + dn.length))) return false;
  const before = t.slice(0, dn.index);
  const gap = BEFORE_NUMBER.exec(before)!;
  // (no gap at all is a title's end run into a number, 的意见湘政发〔2019〕1号: the prefix holds 的意见; and a title's
  // last words wrapped with the number, 的通知 豫政〔2023〕10号, are no whole title)
  const title = before.slice(0, gap.index).trim();
  return gap[0].length > 0 && title.length >= 8 && !/^[的之和与及]/.test(title) && endsLikeTitle(title);
}

/** A bulletin's issue given as its 文号 by a page's metadata (二〇二四年第十六期), or null */
export function issueNumber(s: string): DocNumber | null {
  const bare = s.replace(/\s+/g, "");
  const m = ISSUE_NUMBER_RE.exec(bare);
  if (!m) return null;
  const year = /^[0-9]/.test(m[1]!) ? Number(m[1]) : chineseYear(m[1]!);
  const serial = /^[0-9]/.test(m[2]!) ? Number(m[2]) : chineseToInt(m[2]!);
  return year !== null && serial !== null ? { raw: bare, prefix: null, year, serial } : null;
}

/** A series number alone, no 机关代字 (（2007）第21号 under a 公告's title, 〔2022〕69号 under a 纪要 series' masthead), or null */
export function seriesNumber(s: string, prefix: string | null = null): DocNumber | null {
  const bare = s.replace(/\s+/g, "");
  const m = BARE_NUMBER_RE.exec(bare);
  return m ? { raw: (prefix ?? "") + bare, prefix, year: Number(m[1]), serial: Number(m[2]) } : null;
}

/** A line of single characters (or pairs) set apart by spaces, five or more: letter-spaced */
function letterSpaced(line: string): boolean {
  if (!line.includes(" ")) return false;
  const words = line.split(/\s+/);
  return words.length >= 5 && words.every((w) => w.length <= 2);
}

function findDocNumberRead(s: string): FoundDocNumber | null {
  // full-width digits (〔２０２４〕１５号) are the same number; the mapping keeps string length
  // every form has a digit; the unanchored lazy pattern also needs 号 (it ran on every paragraph)
  if (!/[0-9０-９]/.test(s)) return null;
  let t = s.replace(/[\u3000\u00a0]/g, " ").replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // a letter O or a 〇 typed for a zero in the bracketed year (国函[20O0]31号), one character for one
  if (/[OoＯ〇○]/.test(t)) t = t.replace(YEAR_WITH_LETTER_O, (m, open: string, year: string) => open + year.replace(/[OoＯ〇○]/g, "0"));
  const m = /[号號]/.test(t) ? DOC_NUMBER_RE.exec(t) : null;
  if (m) {
    return {
      value: { raw: s.slice(m.index, m.index + m[0].length).replace(/[\s\u3000]+/g, ""), prefix: m[1]!, year: Number(m[2]), serial: Number(m[3]) },
      index: m.index,
      length: m[0].length,
      withoutYear: false,
    };
  }
  const line = t.trim();
  // a number letter-spaced as a Word 版头 prints it (榕 晋 妇 [ 2 0 1 6 ] 3 号): the line is the number, read without its spaces
  const spaced = letterSpaced(line) ? DOC_NUMBER_RE.exec(line.replace(/\s+/g, "")) : null;
  if (spaced && spaced.index === 0 && spaced[0].length === line.replace(/\s+/g, "").length) {
    const at = s.search(/\S/);
    return { value: { raw: spaced[0], prefix: spaced[1]!, year: Number(spaced[2]), serial: Number(spaced[3]) }, index: at, length: s.trimEnd().length - at, withoutYear: false };
  }
  const loose = DOC_NUMBER_NO_HAO_RE.exec(line);
  if (loose) {
    return {
      value: { raw: line.replace(/\s+/g, ""), prefix: loose[1]!, year: Number(loose[2]), serial: Number(loose[3]) },
      index: s.indexOf(line.slice(0, 1)), length: line.length, withoutYear: false, damaged: true,
    };
  }
  const broken = DOC_NUMBER_DAMAGED_RE.exec(line);
  if (broken) {
    // 〔202026: the year is the first four digits, but where the serial starts is a guess
    return {
      value: { raw: line.replace(/\s+/g, ""), prefix: broken[1]!, year: Number(broken[2]!.slice(0, 4)), serial: null },
      index: s.indexOf(line.slice(0, 1)), length: line.length, withoutYear: false, damaged: true,
    };
  }
  const n = DOC_NUMBER_NO_YEAR_RE.exec(line);
  if (n) {
    return {
      value: { raw: s.trim().replace(/[\s\u3000]+/g, ""), prefix: n[1]!, year: null, serial: Number(n[2]) },
      index: 0,
      length: n[0].length,
      withoutYear: true,
    };
  }
  return null;
}
/** (asked of the same line by several stages: answered once per document) */
export const findDocNumber = perDocument(findDocNumberRead);

/**
 * A line that ends with a 发文字号 set apart by a space (…的通知 江府办[2005]91号, a law site's title line):
 * the line is whole; the next one starts anew.
 */
export const SPACED_NUMBER_AT_END = /\s[^\s〔\[［【（(﹝]{1,12}[〔\[［【（(﹝]\s*(?:19|20)[0-9]{2}\s*[〕\]］】）)﹞]\s*第?\s*[0-9]{1,5}\s*[号號]$/;
