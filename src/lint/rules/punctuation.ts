// punctuation — GB/T 15834-2011 标点符号用法, which the text of a 公文 follows (GB/T 9704-2012 sets
// the layout, not the marks): full-width marks between Chinese characters (， not ,), brackets and
// quotation marks in pairs, no doubled marks (。。 ，。), and ASCII digits and letters rather than
// full-width ones (２０１９). Leading section markers are the numbering rule's; URLs and e-mail
// addresses are left alone.
import { matchMarker } from "../../lexicon/markers.js";
import { HAN, isChinese } from "../locate.js";
import { isDirective } from "../source.js";
import type { Report, Rule } from "../types.js";

const WIDE: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。" };
const OPEN: Record<string, string> = { "（": "paren", "(": "paren", "【": "lenticular", "《": "book", "〔": "hex", "“": "dq", "‘": "sq", "「": "corner", "『": "wcorner", "［": "square" };
const CLOSE: Record<string, string> = { "）": "paren", ")": "paren", "】": "lenticular", "》": "book", "〕": "hex", "”": "dq", "’": "sq", "」": "corner", "』": "wcorner", "］": "square" };
const PAIR: Record<string, string> = { paren: "（）", lenticular: "【】", book: "《》", hex: "〔〕", dq: "“”", sq: "‘’", corner: "「」", wcorner: "『』", square: "［］" };
/** a paragraph ending in one of these is complete: brackets still open there are unclosed */
const COMPLETE_END = /[。！？；：…”’）)》」』】\]：:]$/;
const MASK = /https?:\/\/[\w\-.~:/?#@!$&'*+,;=%]+|www\.[\w\-.~/?#=&%]+|[\w.+-]+@[\w-]+(\.[\w-]+)+|`[^`]*`/g;
/** the year brackets of a 发文字号 are doc-number's */
const DOC_NUMBER_YEAR = /[〔\[［【（(﹝](?:19|20)?[0-9]{2}[〕\]］】）)﹞](?=[ \u3000]*第?[ \u3000]*[0-9０-９]{1,5}[ \u3000]*[号號])/g;

interface Open {
  kind: string;
  char: string;
  line: number;
  column: number;
}

export const punctuation: Rule = {
  id: "punctuation",
  clause: "GB/T 15834-2011",
  element: "标点符号",
  severity: "warning",
  fixable: true,
  description: {
    zh: "标点符号：中文之间用全角标点，括号引号成对，不连用标点，数字字母用半角",
    en: "punctuation: full-width marks between Chinese characters, brackets and quotes in pairs, no doubled marks, half-width digits and letters",
  },
  messages: {
    halfWidth: { zh: "此处中文之间用了半角“{found}”，应为全角“{expected}”", en: "half-width “{found}” between Chinese characters; expected the full-width “{expected}”" },
    halfParens: { zh: "此处中文括号写作“{found}”，应为全角“{expected}”", en: "the brackets are written “{found}”; expected the full-width “{expected}”" },
    mixedParens: { zh: "此处括号“{found}”半角全角混用，应为“{expected}”", en: "the brackets “{found}” mix widths; expected “{expected}”" },
    unclosed: { zh: "此处“{found}”没有配对的“{expected}”，应为成对使用", en: "“{found}” is never closed by “{expected}”; expected them in pairs" },
    unopened: { zh: "此处“{found}”前没有配对的“{expected}”，应为成对使用", en: "“{found}” closes nothing opened by “{expected}”; expected them in pairs" },
    repeated: { zh: "此处标点“{found}”连用，应为只用一个", en: "the marks “{found}” are doubled; expected a single mark" },
    fullWidth: { zh: "此处用了全角字符“{found}”，应为半角“{expected}”", en: "full-width “{found}”; expected the half-width “{expected}”" },
  },
  examples: {
    good: [{ text: "关于开展科普日活动的通知\n\n各县科协：\n\n请于2019年9月15日（星期日）前报送《报名表》，联系人：张三。\n", note: "full-width marks, brackets in pairs" }],
    bad: [
      { text: "关于开展科普日活动的通知\n\n各县科协:\n\n请于9月15日(星期日)前报送,联系人:张三。\n", note: "ASCII , : ( ) between Chinese" },
      { text: "关于开展科普日活动的通知\n\n各县科协：\n\n请报送《报名表，联系人张三。。\n", note: "《 never closed and 。。" },
      { text: "关于开展科普日活动的通知\n\n各县科协：\n\n请于２０１９年９月报送。\n", note: "full-width digits" },
    ],
  },
  check({ source, report }) {
    const lines = source.lines;
    // Markdown front matter is metadata, not text
    let first = 0;
    if (source.format === "markdown" && lines[0]?.trim() === "---") {
      const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
      if (end > 0) first = end + 1;
    }
    let stack: Open[] = [];
    let paragraphEnd = "";
    const closeParagraph = (final: boolean) => {
      if (!stack.length) return;
      if (final || COMPLETE_END.test(paragraphEnd)) {
        for (const o of stack) report({ messageId: "unclosed", data: { found: o.char, expected: PAIR[o.kind]![1]! }, line: o.line, column: o.column, severity: "error" });
        stack = [];
      }
    };
    const flagged = new Set<string>();
    const put = (r: Report) => {
      const key = `${r.line}:${r.column}`;
      if (flagged.has(key)) return;
      flagged.add(key);
      report(r);
    };

    for (let i = first; i < lines.length; i++) {
      const line = i + 1;
      const raw = lines[i]!;
      if (!raw.trim()) {
        closeParagraph(false);
        continue;
      }
      if (isDirective(raw)) continue;
      if (/^\s*\|?[\s:|-]+\|?\s*$/.test(raw) && raw.includes("-")) continue; // a Markdown table's alignment row
      const text = raw.replace(MASK, (m) => "\u0000".repeat(m.length)).replace(DOC_NUMBER_YEAR, (m) => "\u0000".repeat(m.length));
      // the leading section marker is numbering-sequence's
      const lead = /^[\s\u3000#>*]*/.exec(text)![0].length;
      const marker = matchMarker(text.slice(lead).replace(/^\*+/, ""));
      const skipTo = marker ? lead + (text.slice(lead).match(/^\*+/)?.[0].length ?? 0) + marker.marker.length : 0;
      // other formats: each line is a paragraph of its own
      if (source.lineMap) closeParagraph(false);
      paragraphEnd = raw.trim();

      // half-width marks between Chinese characters; ASCII brackets around Chinese
      for (let c = skipTo; c < text.length; c++) {
        const ch = text[c]!;
        if (ch === "(") {
          const close = text.indexOf(")", c + 1);
          const innerOpen = text.indexOf("(", c + 1);
          if (close < 0 || (innerOpen >= 0 && innerOpen < close)) continue;
          const inner = raw.slice(c + 1, close);
          if (HAN.test(text.slice(c + 1, close)) || HAN.test(text[c - 1] ?? "") || HAN.test(text[close + 1] ?? "")) {
            const found = `(${inner})`;
            put({
              messageId: "halfParens", data: { found: "()", expected: "（）" }, line, column: c + 1, length: found.length,
              fix: { line, column: c + 1, length: found.length, text: `（${inner}）` },
            });
            flagged.add(`${line}:${close + 1}`);
          }
          continue;
        }
        if (!(ch in WIDE) || ch === ")") continue;
        const prev = text[c - 1];
        const next = text[c + 1];
        if (!((HAN.test(prev ?? "") && isChinese(next)) || (isChinese(prev) && HAN.test(next ?? "")))) continue;
        const fix = ch === "." ? undefined : { line, column: c + 1, length: 1, text: WIDE[ch]! };
        put({ messageId: "halfWidth", data: { found: ch, expected: WIDE[ch]! }, line, column: c + 1, fix });
      }

      // brackets and quotes in pairs, across the lines of a paragraph
      for (let c = skipTo; c < text.length; c++) {
        const ch = text[c]!;
        if (ch === ")" && /^[\s\u3000]*[0-9a-zA-Z]{1,2}$/.test(text.slice(0, c))) continue; // 1) a) list items
        const opens = OPEN[ch];
        if (opens) {
          stack.push({ kind: opens, char: ch, line, column: c + 1 });
          continue;
        }
        const closes = CLOSE[ch];
        if (!closes) continue;
        let k = stack.length - 1;
        while (k >= 0 && stack[k]!.kind !== closes) k--;
        if (k < 0) {
          put({ messageId: "unopened", data: { found: ch, expected: PAIR[closes]![0]! }, line, column: c + 1, severity: "error" });
          continue;
        }
        for (const o of stack.slice(k + 1)) {
          put({ messageId: "unclosed", data: { found: o.char, expected: PAIR[o.kind]![1]! }, line: o.line, column: o.column, severity: "error" });
        }
        const o = stack[k]!;
        stack = stack.slice(0, k);
        // （…) or (…）: one side ASCII
        if (closes === "paren" && (o.char === "(") !== (ch === ")")) {
          const ascii = o.char === "(" ? o : { line, column: c + 1, char: ch };
          put({
            messageId: "mixedParens", data: { found: `${o.char}${ch}`, expected: "（）" }, line: ascii.line, column: ascii.column,
            fix: { line: ascii.line, column: ascii.column, length: 1, text: ascii.char === "(" ? "（" : "）" },
          });
        }
      }

      // doubled marks: 。。 ，， ，。 (？！ and ！？ are allowed)
      for (const m of text.slice(skipTo).matchAll(/([，。、；：？！])\1+|[，。、；：][，。、；：]/g)) {
        put({ messageId: "repeated", data: { found: m[0] }, line, column: skipTo + m.index! + 1, length: m[0].length, severity: "error" });
      }

      // full-width digits and letters (二ＯＯ八 in a date is the date rule's)
      for (const m of text.matchAll(/[０-９Ａ-Ｚａ-ｚ]+/g)) {
        const at = m.index!;
        if (/^[Ｏｏ]+$/.test(m[0]) && /[〇一二三四五六七八九十年]/.test((text[at - 1] ?? "") + (text[at + m[0].length] ?? ""))) continue;
        const half = m[0].replace(/./g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
        put({ messageId: "fullWidth", data: { found: m[0], expected: half }, line, column: at + 1, length: m[0].length, fix: { line, column: at + 1, length: m[0].length, text: half } });
      }
    }
    closeParagraph(true);
  },
};
