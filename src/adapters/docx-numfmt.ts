// Counter value → text for the w:numFmt values 公文 use (and the common Western ones). Formats
// Word has but notices never use fall back to decimal so a marker is still there.

const CN_DIGITS = "〇一二三四五六七八九";
const LEGAL_SIMPLIFIED = { digits: "零壹贰叁肆伍陆柒捌玖", units: "拾佰仟" };
const LEGAL_TRADITIONAL = { digits: "零壹貳參肆伍陸柒捌玖", units: "拾佰仟" };

/**
 * Chinese counting: 1 一, 10 十, 11 十一, 20 二十, 101 一百〇一, 1010 一千〇一十.
 * `teens` drops the leading 一 of 十 (十一, not 一十一), as Word does for everyday counting.
 */
function counting(n: number, digits: string, units: string, zero: string, teens: boolean): string {
  if (n <= 0 || n >= 10000) return String(n);
  const ds = String(n).split("").map(Number);
  let out = "";
  let pendingZero = false;
  ds.forEach((d, k) => {
    const unit = ds.length - 1 - k; // 3 千, 2 百, 1 十, 0 个
    if (d === 0) {
      pendingZero = out !== "";
      return;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    const skipOne = teens && unit === 1 && d === 1 && out === "";
    out += (skipOne ? "" : (digits[d] ?? "")) + (unit > 0 ? (units[unit - 1] ?? "") : "");
  });
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** Word letters: a…z, then aa, bb … (repeated, not base-26). */
function letter(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function enclosed(n: number, ranges: Array<[number, number, number]>, fallback: string): string {
  for (const [lo, hi, base] of ranges) if (n >= lo && n <= hi) return String.fromCodePoint(base + n - lo);
  return fallback;
}

export function formatNumber(n: number, fmt: string, custom?: string): string {
  switch (fmt) {
    case "decimal":
    case "decimalHalfWidth":
    case "cardinalText":
    case "ordinal":
    case "ordinalText":
      return String(n);
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosed(n, [[1, 20, 0x2460], [21, 35, 0x3251], [36, 50, 0x32b1]], String(n));
    case "decimalEnclosedParen":
      return enclosed(n, [[1, 20, 0x2474]], `(${n})`);
    case "decimalEnclosedFullstop":
      return enclosed(n, [[1, 20, 0x2488]], `${n}.`);
    case "ideographEnclosedCircle":
      return enclosed(n, [[1, 10, 0x3220]], String(n));
    case "chineseCounting":
    case "japaneseCounting":
    case "taiwaneseCounting":
      return counting(n, CN_DIGITS, "十百千", "〇", true);
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
      return counting(n, CN_DIGITS, "十百千", "零", true);
    case "chineseLegalSimplified":
      return counting(n, LEGAL_SIMPLIFIED.digits, LEGAL_SIMPLIFIED.units, "零", false);
    case "ideographLegalTraditional":
      return counting(n, LEGAL_TRADITIONAL.digits, LEGAL_TRADITIONAL.units, "零", false);
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)]!);
    case "ideographTraditional": // 天干
      return n > 0 ? "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10]! : String(n);
    case "ideographZodiac": // 地支
      return n > 0 ? "子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12]! : String(n);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letter(n).toUpperCase();
    case "lowerLetter":
      return letter(n);
    case "none":
      return "";
    case "custom": {
      // w:format="001, 002, 003, ..." (Word 2010+): zero-pad to the sample's width
      const sample = /^\s*(0+1)\b/.exec(custom ?? "");
      return sample ? String(n).padStart(sample[1]!.length, "0") : String(n);
    }
    default:
      return String(n);
  }
}
