// date — GB/T 9704-2012 7.3.5.1 成文日期 (and 7.4.3 印发日期): Arabic numerals, the year in full,
// month and day without a leading zero (2019年5月4日, not 2019年05月04日 or 19年5月4日), a real
// calendar date, and not earlier than the year of the 发文字号. `--date-style chinese` expects the
// older 二〇一九年五月四日 instead, with 〇 (not ○, O, 0 or 零) for zero.
// Checked on the lines that hold only a date (the 成文日期 under the signature, a speech's dated
// line), the 印发 line of the 版记, and the line of the date the parser took as 成文日期.
import { isRealDate } from "../../lexicon/dates.js";
import { chineseToInt, chineseYear, toHalfWidth } from "../../lexicon/numerals.js";
import type { Rule } from "../types.js";

const Y = "([0-9０-９]{2,4}|[〇○零OoＯ0０一二三四五六七八九]{2,4})";
const MD = "([0-9０-９]{1,2}|[〇○零一二三四五六七八九十]{1,3})";
const DATE = `${Y}[ \\u3000]*年[ \\u3000]*${MD}[ \\u3000]*月[ \\u3000]*${MD}[ \\u3000]*日`;
const DATE_LINE = new RegExp(`^[（(]?${DATE}[）)]?$`);
const PRINTED_LINE = new RegExp(`^\\S.*?[ \\u3000]+${DATE}[ \\u3000]*印发$`);
const NUMERIC_LINE = /^[（(]?((?:19|20)\d{2})[-./／](\d{1,2})[-./／](\d{1,2})[)）]?$/;
const DATE_ANY = new RegExp(DATE, "g");

const isArabic = (s: string) => /^[0-9０-９]+$/.test(s);
const num = (s: string): number | null => (isArabic(s) ? Number(toHalfWidth(s)) : chineseToInt(s));
const CN_DIGITS = "〇一二三四五六七八九";
const cnYear = (y: number) => String(y).split("").map((d) => CN_DIGITS[Number(d)]).join("");
const cnNum = (n: number) => (n < 10 ? CN_DIGITS[n]! : n < 20 ? "十" + (n % 10 ? CN_DIGITS[n % 10] : "") : CN_DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? CN_DIGITS[n % 10] : ""));

export const date: Rule = {
  id: "date",
  clause: "7.3.5.1",
  element: "成文日期",
  severity: "error",
  fixable: false,
  description: {
    zh: "成文日期：用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位，是真实日期且不早于发文字号的年份",
    en: "date: Arabic numerals, the year in full, no leading zeros, a real calendar date not earlier than the document number's year",
  },
  messages: {
    chinese: {
      zh: "此处日期用汉字数字写作“{found}”，应为阿拉伯数字“{expected}”",
      en: "the date is written in Chinese numerals “{found}”; expected Arabic numerals “{expected}”",
    },
    arabic: {
      zh: "此处日期写作“{found}”，应为汉字数字“{expected}”（--date-style chinese）",
      en: "the date is written “{found}”; expected Chinese numerals “{expected}” (--date-style chinese)",
    },
    zero: {
      zh: "此处日期中的零写作“{found}”，应为“〇”",
      en: "zero is written “{found}” in the date; expected 〇",
    },
    shortYear: { zh: "此处年份写作“{found}”，应为四位全称", en: "the year is written “{found}”; expected the full year" },
    leadingZero: { zh: "此处“{found}”编了虚位，应为“{expected}”", en: "“{found}” has a leading zero; expected “{expected}”" },
    unreal: { zh: "此处“{found}”不是真实的日期，应为存在的公历日期", en: "“{found}” is not a real calendar date" },
    numeric: { zh: "此处日期写作“{found}”，应为“{expected}”", en: "the date is written “{found}”; expected “{expected}”" },
    beforeNumber: {
      zh: "此处成文日期“{found}”早于发文字号的年份{year}年，应为不早于{year}年",
      en: "the date “{found}” is earlier than the document number's year {year}; expected {year} or later",
    },
  },
  examples: {
    good: [{ text: "关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n某市科学技术协会\n\n2019年5月4日\n", note: "2019年5月4日" }],
    bad: [
      { text: "关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n某市科学技术协会\n\n2019年05月04日\n", note: "leading zeros" },
      { text: "关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n某市科学技术协会\n\n二〇一九年五月四日\n", note: "Chinese numerals (use --date-style chinese for older bodies)" },
      { text: "某市人民政府文件\n\n某政发〔2020〕3号\n\n关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n某市人民政府\n\n2019年2月30日\n", note: "not a real date, and earlier than the number's year" },
    ],
  },
  check({ source, notice, options, report }) {
    const numberYear = notice.header.docNumber?.year ?? null;
    const sigText = notice.signature?.dateText?.replace(/\s+/g, "") ?? null;
    let sigSeen = false;
    source.lines.forEach((text, i) => {
      const line = i + 1;
      const t = text.trim();
      if (!t) return;
      const lead = text.length - text.trimStart().length;
      const numeric = NUMERIC_LINE.exec(t);
      if (numeric) {
        const expected = `${Number(numeric[1])}年${Number(numeric[2])}月${Number(numeric[3])}日`;
        const found = t.replace(/^[（(]|[)）]$/g, "");
        report({ messageId: "numeric", data: { found, expected }, line, column: lead + t.indexOf(found) + 1, length: found.length });
        return;
      }
      const isSig = !sigSeen && sigText !== null && t.replace(/\s+/g, "").includes(sigText);
      if (!DATE_LINE.test(t) && !PRINTED_LINE.test(t) && !isSig) return;
      if (isSig) sigSeen = true;
      DATE_ANY.lastIndex = 0;
      const m = DATE_ANY.exec(text);
      if (!m) return;
      const [found, ys, ms, ds] = m as unknown as [string, string, string, string];
      const col = m.index + 1;
      const y = isArabic(ys) ? (ys.length === 4 ? Number(toHalfWidth(ys)) : null) : chineseYear(ys.replace(/[Ｏo]/g, "O"));
      const mo = num(ms);
      const d = num(ds);
      const at = (messageId: string, data: Record<string, string | number>, offset = 0, length = found.length) =>
        report({ messageId, data, line, column: col + offset, length });

      if (isArabic(ys) && ys.length < 4) {
        at("shortYear", { found: ys }, 0, ys.length);
        return;
      }
      if (y === null || mo === null || d === null) return;
      const arabic = `${y}年${mo}月${d}日`;
      const chinese = `${cnYear(y)}年${cnNum(mo)}月${cnNum(d)}日`;
      const anyChinese = !isArabic(ys) || !isArabic(ms) || !isArabic(ds);
      // the 1999 standard wrote 二〇一九年五月四日: a warning, and --date-style chinese for such bodies
      if (options.dateStyle === "arabic" && anyChinese) report({ messageId: "chinese", data: { found, expected: arabic }, line, column: col, length: found.length, severity: "warning" });
      if (options.dateStyle === "chinese") {
        if (!anyChinese) at("arabic", { found, expected: chinese });
        const z = /[○零OoＯ0０]/.exec(found);
        if (z && !isArabic(ys)) at("zero", { found: z[0] }, z.index, 1);
      }
      if (isArabic(ms) && /^[0０]/.test(ms) && ms.length > 1) {
        const off = found.indexOf(ms, found.indexOf("年"));
        at("leadingZero", { found: `${ms}月`, expected: `${mo}月` }, off, ms.length + 1);
      }
      if (isArabic(ds) && /^[0０]/.test(ds) && ds.length > 1) {
        const off = found.indexOf(ds, found.indexOf("月"));
        at("leadingZero", { found: `${ds}日`, expected: `${d}日` }, off, ds.length + 1);
      }
      if (!isRealDate(y, mo, d)) at("unreal", { found });
      else if (isSig && numberYear !== null && y < numberYear) at("beforeNumber", { found, year: numberYear });
    });
  },
};
