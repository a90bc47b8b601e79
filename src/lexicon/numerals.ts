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
