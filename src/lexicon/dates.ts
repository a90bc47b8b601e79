// 成文日期 and other dates: 2019年5月4日, 2019 年 5 月 4 日, 二〇一九年五月四日, 二○一九年十二月三十一日.
import { chineseToInt, chineseYear, toHalfWidth } from "./numerals.js";
import { moreThanNonSpace } from "./length.js";
import { perDocument } from "./memo.js";

const CN = "〇○零OoＯ一二两三四五六七八九十";
const YEAR = `(\\d{4}|[${CN}0０]{4})`;
const NUM = `(\\d{1,2}|[${CN}]{1,3})`;
export const DATE_SOURCE = `${YEAR}\\s*年\\s*${NUM}\\s*月\\s*${NUM}\\s*[日号號]`;
const DATE_RE = new RegExp(DATE_SOURCE);
/** A signature's last line: a name, then the date run on or set apart (中国银行业监督管理委员会   国家外汇管理局二〇〇六年四月十七日) */
export const SIGNED_DATE_AT_END = new RegExp(`[\\u4e00-\\u9fa5）)][ \\u3000]*${DATE_SOURCE}$`);

/**
 * A date that ends a line set apart from the text before it by a space: a byline's or a signature's (…办公厅 2022年10月09日),
 * a 纪要's issuing line in Chinese numerals too (上 高 县 人 民 政 府 办 公 室 二O一O年四月六日)
 */
export const DATE_SET_APART_AT_END = new RegExp(`[^\\s][ \\t\\u3000]+(?:(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|[${CN}0０]{4}年[${CN}]{1,3}月[${CN}]{1,3}日)$`);

export interface ParsedDate {
  iso: string | null;
  text: string;
  index: number;
  /** digits without separators that split into more than one real date (2024112: 1-12 or 11-2) */
  ambiguous?: boolean;
}

/** A date that lost its separators in a scan or paste: 2024327, 20240327, 2024531日 (its 日 kept) */
const COMPACT_DATE = /^((?:19|20)\d{2})(\d{2,4})日?$/;

/** Every real month/day split of the digits after the year. */
function compactSplits(y: number, rest: string): string[] {
  const out: string[] = [];
  for (let k = 1; k <= 2 && k < rest.length; k++) {
    const mo = rest.slice(0, k), d = rest.slice(k);
    if (d.length > 2) continue;
    if (isRealDate(y, Number(mo), Number(d))) out.push(`${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`);
  }
  return [...new Set(out)];
}

function num(s: string): number | null {
  const h = toHalfWidth(s);
  return /^\d+$/.test(h) ? Number(h) : chineseToInt(s);
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** First date in s; iso is null when the words look like a date but do not make a real one. */
const ascii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function findDateRead(s: string): ParsedDate | null {
  // ２０２４年５月１２日: full-width digits read as ASCII (same length, so indexes hold)
  const m = DATE_RE.exec(ascii(s));
  if (!m) return null;
  const y = chineseYear(toHalfWidth(m[1]!));
  const mo = num(m[2]!);
  const d = num(m[3]!);
  const ok = y !== null && mo !== null && d !== null && isRealDate(y, mo, d);
  const iso = ok ? `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
  return { iso, text: s.slice(m.index, m.index + m[0].length), index: m.index };
}
/** (asked of the same line by several stages: answered once per document) */
export const findDate = perDocument(findDateRead);

/** compiled once: dateOnly runs on every short block */
const DATE_ONLY_RE = new RegExp(`^[（(]?${DATE_SOURCE}[)）]?$`);
const NUMERIC_DATE = /^[（(]?((?:19|20)\d{2})[-./／](\d{1,2})[-./／](\d{1,2})[)）]?$/;
/** A date written with 年 and 月 whose 日 was lost: 2021年2月22 */
const NO_DAY_MARK = /^[（(]?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})[)）]?$/;
/** …or lose its 年, the month's mark and the day's kept (20223月23日: a page that styled the year apart; 20213月18, its 日 lost too) */
const NO_YEAR_MARK = /^[（(]?((?:19|20)\d{2})(\d{1,2})月(\d{1,2})日?[)）]?$/;
/** …or carry 日 typed for its 月 (2018年10日11日) */
const DAY_FOR_MONTH = /^[（(]?((?:19|20)\d{2})年(\d{1,2})日(\d{1,2})日[)）]?$/;

/** A block that is only a date, optionally in brackets: "2018年2月12日", "（2018年2月8日）", "2023-05-06". */
function dateOnlyRead(s: string): ParsedDate | null {
  // the longest date-only block is 15 characters (（二〇一九年十二月三十一日）): every
  // paragraph of the body is asked, and none needs the three patterns below (nor a copy
  // without its spaces)
  if (moreThanNonSpace(s, 15)) return null;
  const t = s.replace(/\s+/g, "");
  const a = ascii(t);
  const m = DATE_ONLY_RE.exec(a);
  if (m) return findDate(t);
  const c = COMPACT_DATE.exec(a);
  if (c) {
    // read only when one split makes a real date: 2024327 is 3月27日, 2024112 is unreadable
    const splits = compactSplits(Number(c[1]), c[2]!);
    return { iso: splits.length === 1 ? splits[0]! : null, text: t, index: 0, ambiguous: splits.length > 1 };
  }
  // web reposts write the 成文日期 as 2023-05-06; a page may lose the final 日 (2021年2月22)
  const n = NUMERIC_DATE.exec(a) ?? NO_DAY_MARK.exec(a) ?? NO_YEAR_MARK.exec(a) ?? DAY_FOR_MONTH.exec(a);
  if (!n) return null;
  const [y, mo, d] = [Number(n[1]), Number(n[2]), Number(n[3])];
  const iso = isRealDate(y, mo, d) ? `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
  return { iso, text: t.replace(/^[（(]|[)）]$/g, ""), index: 0 };
}
/** (asked of the same line by several stages: answered once per document) */
export const dateOnly = perDocument(dateOnlyRead);

/**
 * The occasion line under a speech's or a report's title (——2025年1月3日在金寨县第十八届人民代表大会
 * 第五次会议上, （2021年12月15日在…会议上的讲话）): the date it was given (group 1) — the 成文日期
 * of a text that bears no signature. A line that opens so (group 1) may go on over the next line.
 */
export const OCCASION = new RegExp(`^(?:——|—|－－|--)?\\s*[（(]?\\s*(${DATE_SOURCE})\\s*在[^。；，,]{2,60}?(?:[上中]|会议|大会)(?:的(?:讲话|报告|发言|致辞|总结讲话))?\\s*[）)]?$`);
/**
 * A report's or speech's occasion run onto its title's line (…整改情况的报告——2023年4月在…会议上):
 * from the dash on (its date may lack the day; asked only of a line holding ——).
 */
export const OCCASION_AFTER_TITLE = new RegExp(`(?:——|－－)\\s*(?:${YEAR}\\s*年\\s*${NUM}\\s*月(?:\\s*${NUM}\\s*[日号號])?\\s*)?在[^。；，,——]{2,60}?(?:[上中]|会议|大会)(?:的(?:讲话|报告|发言|致辞|总结讲话))?\\s*$`);
/** An occasion line set off from the text: after ——, or in brackets */
export const OCCASION_FRAMED = /^(?:——|—|－－|--|[（(])/;
/** The beginning of an occasion line: its date, then 在 (the rest may be on the next line). */
export const OCCASION_OPENS = new RegExp(`^(?:——|—|－－|--)?\\s*[（(]?\\s*(${DATE_SOURCE})\\s*在`);
