// Chinese numerals as 公文 write them: 一…九十九 in markers, 二〇一九 / 二○一九 / 二OO八 in dates.

const DIGIT: Record<string, number> = {
  "〇": 0, "○": 0, "零": 0, O: 0, o: 0, "Ｏ": 0, "0": 0, "０": 0,
  "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 九十九 → 99, 一百零五 → 105. null if not a numeral. */
export function chineseToInt(s: string): number | null {
  if (!s || !/^[〇○零一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === "百") {
      total += (cur || 1) * 100;
      cur = 0;
    } else if (ch === "十") {
      total += (cur || 1) * 10;
      cur = 0;
    } else {
      const d = DIGIT[ch];
      if (d === undefined) return null;
      cur = d;
    }
  }
  return total + cur;
}

/** Digit-by-digit year: 二〇一九 → 2019 (also ○, O, 零, 0 for zero). */
export function chineseYear(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  let out = "";
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d === undefined) return null;
    out += d;
  }
  return out.length === 4 ? Number(out) : null;
}

/** Full-width digits and letters → ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * A Chinese amount with 千/万/亿 (三千 → 3000, 两万五千 → 25000, 一亿二千万 → 120000000), as
 * quantities in work plans write them. null if not a numeral. Digits-only runs (一〇〇) read digit by digit.
 */
export function chineseAmount(s: string): number | null {
  if (!s || !/^[〇○零一二两三四五六七八九十百千万亿]+$/.test(s)) return null;
  if (!/[十百千万亿]/.test(s)) {
    let out = 0;
    for (const ch of s) out = out * 10 + DIGIT[ch]!;
    return out;
  }
  let total = 0; // finished 亿/万 groups
  let section = 0; // within the current group, below 万
  let digit = 0;
  for (const ch of s) {
    if (ch in SMALL_UNIT) {
      section += (digit || 1) * SMALL_UNIT[ch]!;
      digit = 0;
    } else if (ch in BIG_UNIT) {
      const unit = BIG_UNIT[ch]!;
      const group = section + digit;
      // 一亿二千万: the 万 group sits under the 亿 already added
      total = unit === 1e8 ? (total + group) * unit : total + (group || (total ? 0 : 1)) * unit;
      section = 0;
      digit = 0;
    } else {
      const d = DIGIT[ch];
      if (d === undefined) return null;
      digit = d;
    }
  }
  return total + section + digit;
}

const CN_DIGITS = "零一二三四五六七八九";

/** The inverse of chineseAmount for whole numbers 0 ≤ n < 10¹²: 3000 → 三千, 105 → 一百零五, 20000 → 二万. */
export function toChineseAmount(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`not a whole number below 10^12: ${n}`);
  if (n === 0) return "零";
  const below10k = (x: number, leadingZero: boolean): string => {
    let out = "";
    let zero = leadingZero;
    for (const [v, ch] of [[1000, "千"], [100, "百"], [10, "十"], [1, ""]] as const) {
      const d = Math.floor(x / v) % 10;
      if (d === 0) {
        if (out || zero) zero = true;
        continue;
      }
      if (zero && (out || leadingZero)) out += "零";
      zero = false;
      out += CN_DIGITS[d] + ch;
    }
    return out;
  };
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let out = "";
  if (yi) out += below10k(yi, false) + "亿";
  if (wan) out += below10k(wan, yi > 0 && wan < 1000) + "万";
  if (rest) out += below10k(rest, (yi > 0 || wan > 0) && rest < 1000);
  // 10–19 are written 十, 十二 rather than 一十, 一十二
  return out.replace(/^一十/, "十");
}
