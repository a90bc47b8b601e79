// Quantitative targets (量化指标) inside task text: 组织100名专家, 不少于2次, 新建1-2个, 力争92户230人,
// 增长8%以上, 培训3000人次, 完成投资5亿元. A target is a number (or a range) followed by a unit of
// count or amount; requiring the unit is what keeps years (2017年), dates (5月底), 发文字号 numbers
// (〔2017〕5号) and list numbers (1. / （一）) out, since none of those take a counting unit.
import { chineseAmount, toHalfWidth } from "./numerals.js";
import { unitTable } from "./units.js";

export type Comparator = "≥" | "≤" | ">" | "<" | "≈";

export interface Target {
  /** the words as written, comparator words included (不少于2次, 8%以上) */
  text: string;
  min: number;
  max: number;
  /** the unit as written, with 万/亿 folded into the numbers (5亿元 → 500000000 元) */
  unit: string;
  /** null when the text states the number plainly */
  comparator: Comparator | null;
  /** [start, end) UTF-16 offsets of text in the string searched */
  span: [number, number];
}

/** Units of count and amount (计量单位) — longest first so 人次 wins over 人, 个百分点 over 个. */
const UNITS = [
  "个百分点", "平方公里", "平方米", "人次", "场次", "学时", "课时", "公里", "千米", "亩", "米",
  "%", "‰", "元", "个", "次", "名", "人", "户", "家", "所", "场", "期", "项", "篇", "件", "处", "座", "支",
  "批", "套", "部", "册", "台", "份", "位", "条", "间", "栋", "辆", "株", "棵", "吨", "倍", "门", "节", "村", "校",
];

/** A number: Arabic with optional thousands commas and decimals, or a Chinese numeral; 万/亿 may follow. */
// (lengths bounded so a long run of digits costs linear time, not a backtrack per position)
const NUM = String.raw`(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,15})(?:\.\d{1,6})?[万亿]?|[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿]{0,30}`;
/** 1-2, 1—2, 1～2, 一至两, 3到5 */
const RANGE_SEP = String.raw`\s?[-－—–~～〜]\s?|至|到`;
/** 不少于 ≥ … words standing right before the number */
const BEFORE: Record<string, Comparator> = {
  不少于: "≥", 不低于: "≥", 至少: "≥", 不小于: "≥", 达到: "≥", 不超过: "≤", 不高于: "≤", 不多于: "≤",
  最多: "≤", 控制在: "≤", 超过: "≥", 多于: ">", 少于: "<", 低于: "<", 高于: ">", 约: "≈",
};
/** 以上 ≥ … words right after the unit; 控制在…以内 gives ≤ through 以内 */
const AFTER: Record<string, Comparator> = { 及以上: "≥", 以上: "≥", 以下: "≤", 以内: "≤", 之内: "≤", 左右: "≈" };
/** a goal rather than a bound, anywhere earlier in the clause: 力争今年92户230人脱贫 */
const GOAL = /力争|争取|确保/;
/** what ends a clause for GOAL: 力争… reaches no further than the next ，。； (a table: the sweep asks of every character) */
const CLAUSE_END = unitTable([1, "，。；;,！？\n"]);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&");
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join("|");

// The comparator word before the number is looked up behind each match rather than made an
// optional first group: a pattern that may start with 16 words is tried at every position of the
// text, one that starts with a numeral only where a numeral stands (no numeral is inside a BEFORE word)
const TARGET = new RegExp(`(${NUM})(?:(?:${RANGE_SEP})(${NUM}))?(${alt(UNITS)})(${alt(Object.keys(AFTER))})?`, "g");
const BEFORE_WORDS = Object.keys(BEFORE).sort((a, b) => b.length - a.length);

/** The comparator word that ends `s` right before `at`, or undefined. */
function beforeWord(s: string, at: number): string | undefined {
  return BEFORE_WORDS.find((w) => s.startsWith(w, at - w.length));
}

/** A number as written → its value: 3,000 → 3000, 1.5万 → 15000, 三千 → 3000; null if unreadable. */
export function readNumber(s: string): number | null {
  const arabic = /^([\d,]+(?:\.\d+)?)([万亿]?)$/.exec(s);
  if (arabic) {
    const v = Number(arabic[1]!.replace(/,/g, ""));
    const mult = arabic[2] === "万" ? 1e4 : arabic[2] === "亿" ? 1e8 : 1;
    // 1.5万 is exactly 15000: round away float noise
    return Number.isFinite(v) ? Number((v * mult).toPrecision(15)) : null;
  }
  return chineseAmount(s);
}

/** Every target in a text, in order. */
export function findTargets(text: string): Target[] {
  // full-width digits and % have the same UTF-16 length as ASCII ones: offsets carry over
  const norm = toHalfWidth(text).replace(/％/g, "%");
  const out: Target[] = [];
  // the clause a target stands in, tracked in one sweep over the text (slicing the text before
  // every target was quadratic in a line of many targets): where it starts, and the last goal word
  // (found only once a target asks: most texts hold none)
  let goals: Array<{ at: number; end: number }> | null = null;
  let swept = 0;
  let clauseStart = 0;
  let goal = 0;
  let lastGoal = -1;
  const goalInClause = (start: number): boolean => {
    goals ??= [...norm.matchAll(new RegExp(GOAL.source, "g"))].map((g) => ({ at: g.index!, end: g.index! + g[0].length }));
    for (; swept < start; swept++) if (CLAUSE_END[norm.charCodeAt(swept)]) clauseStart = swept + 1;
    for (; goal < goals.length && goals[goal]!.end <= start; goal++) lastGoal = goals[goal]!.at;
    return lastGoal >= clauseStart;
  };
  for (const m of norm.matchAll(TARGET)) {
    const [matched, a, b, unit, after] = m as unknown as [string, string, string | undefined, string, string | undefined];
    const numAt = m.index!;
    const before = beforeWord(norm, numAt);
    const start = numAt - (before?.length ?? 0);
    const whole = (before ?? "") + matched;
    const prev = norm[numAt - 1] ?? "";
    // 第2次 is an ordinal, 2019年 a year, and a digit glued to letters (A1) a code, not an amount
    if (prev === "第" || /[A-Za-z0-9.]/.test(prev)) continue;
    // 一个, 一批, 一次: a lone 一 is mostly an idiom (打造一批, 一次性), not a measured target; 零部件 a word
    if (!b && /^[一两零〇○]$/.test(a)) continue;
    // 个 before 月/工作日 is a duration (1个月内), a time limit rather than a target
    // and a unit character that opens a word is no unit: 十三五期间, 一次性, 十三届人大九次会议 (a session, 届 is no unit)
    const next = norm.slice(start + whole.length, start + whole.length + 3);
    if (!after && ((unit === "个" && /^(月|工作日|小时)/.test(next)) || (unit === "期" && next[0] === "间") || (unit === "次" && /^(性|会|全会|全体|常委|党代)/.test(next)))) continue;
    const lo = readNumber(a);
    const hi = b !== undefined ? readNumber(b) : lo;
    if (lo === null || hi === null) continue;
    // 3-5万元: the magnitude written on the second number belongs to both
    const lo2 = b !== undefined && /[万亿]$/.test(b) && !/[万亿]$/.test(a) ? lo * (b.endsWith("亿") ? 1e8 : 1e4) : lo;
    let comparator: Comparator | null = (after && AFTER[after]) || (before && BEFORE[before]) || null;
    if (!comparator && goalInClause(start)) comparator = "≈";
    out.push({
      text: text.slice(start, start + whole.length),
      min: Math.min(lo2, hi),
      max: Math.max(lo2, hi),
      unit,
      comparator,
      span: [start, start + whole.length],
    });
  }
  return out;
}
