// Deadlines as written (3-10月, 1月、7月, 5月底, 全年, 上半年, 年底前, 第三季度) → months {from, to}
// of the document's year; null when there is no month to read (长期坚持, 持续推进).
import type { Due } from "../model/schema.js";
import { chineseToInt, toHalfWidth } from "./numerals.js";

const QUARTERS: Record<string, [number, number]> = { 一: [1, 3], 二: [4, 6], 三: [7, 9], 四: [10, 12], "1": [1, 3], "2": [4, 6], "3": [7, 9], "4": [10, 12] };

function month(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : chineseToInt(s);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

/** A list item or cell that is a time, not an organ: 2024年底前完成, 6月底, 长期坚持, 持续推进. */
export const DEADLINE_ITEM = /(\d{4}\s*年|[0-9一二三四五六七八九十]+\s*月|底前|年底|年内|季度|上半年|下半年|长期|持续|常态|完成$)/;

export function parseDue(deadline: string | null): Due | null {
  if (!deadline) return null;
  const raw = toHalfWidth(deadline).replace(/\s+/g, "");
  // months running into the next year (12月、次年3月) have no single year: not readable as one span
  if (/次年|明年|翌年|跨年/.test(raw)) return null;
  const years = [...new Set([...raw.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1])))];
  if (years.length > 1) return null;
  const due = months(raw.replace(/(?:19|20)\d{2}年(?=\d{1,2}月|[上下]半年|[第一二三四1-4]+季度|底|内)/g, ""));
  if (!due && years.length === 1 && /^(?:19|20)\d{2}年(底|末|内|年底)/.test(raw)) return { from: 12, to: 12, year: years[0]! };
  return due ? (years.length === 1 ? { ...due, year: years[0]! } : due) : null;
}

/** a month number, Arabic or Chinese */
const M = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
/** 3-10月, 3月上旬至5月: a span of months */
const MONTH_RANGE = new RegExp(`${M}月?(?:上旬|中旬|下旬|初|底)?\\s*[-—–~～至到]+\\s*${M}月`);
/** every month named (1月、7月) */
const MONTH_ALL = new RegExp(`${M}月`, "g");

function months(t: string): Due | null {
  if (!t) return null;
  if (/^(全年|年内|全年度|每月|每季度|常年|全年持续)/.test(t)) return { from: 1, to: 12 };
  if (/上半年/.test(t)) return { from: 1, to: 6 };
  if (/下半年/.test(t)) return { from: 7, to: 12 };
  if (/^(年底|年末|年终|年底前|年内完成)/.test(t)) return { from: 12, to: 12 };
  const quarters = [...t.matchAll(/([一二三四1-4])季度/g)].map((m) => QUARTERS[m[1]!]!);
  const joinedQ = /([一二三四1-4])[、,，和至-]([一二三四1-4])季度/.exec(t);
  if (joinedQ) quarters.push(QUARTERS[joinedQ[1]!]!);
  if (quarters.length) return { from: Math.min(...quarters.map((q) => q[0])), to: Math.max(...quarters.map((q) => q[1])) };
  const range = MONTH_RANGE.exec(t);
  if (range) {
    const a = month(range[1]!);
    const b = month(range[2]!);
    if (a && b && a <= b) return { from: a, to: b };
  }
  const months = [...t.matchAll(MONTH_ALL)].map((m) => month(m[1]!)).filter((x): x is number => x !== null);
  if (months.length) return { from: Math.min(...months), to: Math.max(...months) };
  return null;
}
