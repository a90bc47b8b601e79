// numbering-sequence — GB/T 9704-2012 7.3.3 正文: 结构层次序数 一、 → （一） → 1. → （1）. Each list
// counts 1, 2, 3 … without gaps, repeats or going back (numbering may run on through a document
// when the next list picks up where the last one of its kind stopped), one style per level, and
// each marker written the standard's way (一、 not 一. ; （一） not （一）、 ; 1. not 1、 or 1．).
// Run-in items (一是, 第一，, ①, ⒈) are local practice: counted, not re-styled.
import type { Section } from "../../model/schema.js";
import { toHalfWidth } from "../../lexicon/numerals.js";
import { linesAt } from "../locate.js";
import type { Report, Rule, SourceFile } from "../types.js";

/** run-in families (一是, 第一，, ①, ⑴): a preamble's ①…⑩ list shares level 1 with the 一、 after it */
const runIn = (style: string) => style.startsWith("run-in") || style === "circled" || style === "paren-digit";

/** the standard's four levels and their rank */
const LADDER: Record<string, number> = { "chinese-comma": 1, "chinese-paren": 2, "arabic-dot": 3, "arabic-comma": 3, "arabic-paren": 4 };

const LABEL: Record<string, string> = {
  "chinese-comma": "一、", "chinese-paren": "（一）", "arabic-dot": "1.", "arabic-comma": "1、", "arabic-paren": "（1）",
  "digit-stop": "⒈", "paren-digit": "⑴", circled: "①", "run-in-shi": "一是", "run-in-yao": "一要", "run-in-di": "第一，",
  chapter: "第一章", article: "第一条", part: "第一部分",
};

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (as markers write them, up to 199) */
export function intToChinese(n: number): string {
  const D = "〇一二三四五六七八九";
  if (n < 10) return D[n]!;
  if (n < 20) return "十" + (n % 10 ? D[n % 10] : "");
  if (n < 100) return D[Math.floor(n / 10)] + "十" + (n % 10 ? D[n % 10] : "");
  return "一百" + (n % 100 ? (n % 100 < 10 ? "零" + D[n % 100] : intToChinese(n % 100)) : "");
}

/** Where a section's marker is (the parser's line and column, or the marker searched for on that line). */
function markerAt(source: SourceFile, s: Section): { line: number; column: number | null } {
  const marker = s.marker ?? "";
  const lines = linesAt(source, s.line);
  for (const line of lines) {
    const text = source.lines[line - 1] ?? "";
    if (!source.lineMap && text.slice(s.column - 1).startsWith(marker)) return { line, column: s.column };
    const i = text.indexOf(marker, source.lineMap ? 0 : Math.max(0, s.column - 1 - marker.length));
    if (i >= 0) return { line, column: i + 1 };
    const j = text.indexOf(marker);
    if (j >= 0) return { line, column: j + 1 };
  }
  return { line: lines[0] ?? s.line, column: null };
}

/** The standard spelling of a marker of a ladder style, or null when it is already right. */
function expectedForm(s: Section): { expected: string; fixable: boolean } | null {
  // digit width is the punctuation rule's: （１） is judged as （1）
  const m = toHalfWidth(s.marker ?? "");
  const n = s.ordinal ?? 0;
  const inner = m.replace(/^[（(]/, "").replace(/[）)][\s　、．.]*$|[、．.]$/, "");
  switch (s.style) {
    case "chinese-comma":
      return /^[一二三四五六七八九十百]+、$/.test(m) ? null : { expected: `${inner}、`, fixable: false };
    case "chinese-paren":
      if (/^（[一二三四五六七八九十百]+）$/.test(m)) return null;
      return { expected: `（${inner}）`, fixable: /^[（(][^）)]+[）)]$/.test(m) };
    case "arabic-dot":
      if (/^[0-9]+\.$/.test(m)) return null;
      return { expected: `${n}.`, fixable: /^[0-9]+．$/.test(m) };
    case "arabic-comma":
      return { expected: `${n}.`, fixable: false };
    case "arabic-paren":
      if (/^（[0-9]+）$/.test(m)) return null;
      return { expected: `（${n}）`, fixable: /^[（(][0-9]+[）)]$/.test(m) };
    default:
      return null;
  }
}

export const numberingSequence: Rule = {
  id: "numbering-sequence",
  clause: "7.3.3",
  element: "正文结构层次序数",
  severity: "error",
  fixable: true,
  description: {
    zh: "结构层次序数：依次用“一、”“（一）”“1.”“（1）”，每层连续编号、同层同一样式",
    en: "section numbering: 一、 → （一） → 1. → （1）, each list counting on without gaps or repeats, one style per level",
  },
  messages: {
    gap: { zh: "此处序号“{found}”跳号了，应为“{expected}”", en: "“{found}” skips a number; expected “{expected}”" },
    repeat: { zh: "此处序号“{found}”与上一项重复，应为“{expected}”", en: "“{found}” repeats the item above; expected “{expected}”" },
    order: { zh: "此处序号“{found}”倒退了，应为“{expected}”", en: "“{found}” goes back; expected “{expected}”" },
    start: { zh: "此处序号从“{found}”开始，应为从 1 开始", en: "the list starts at “{found}”; expected it to start at 1" },
    mixed: {
      zh: "此处同一层用了“{found}”，应为与同层的“{expected}”一致",
      en: "“{found}” on a level numbered “{expected}”; expected one style per level",
    },
    levelOrder: {
      zh: "此处“{found}”在“{parent}”之下，应为按“一、”“（一）”“1.”“（1）”的次序逐层编排",
      en: "“{found}” sits under “{parent}”; expected the levels in the order 一、 → （一） → 1. → （1）",
    },
    form: { zh: "此处序号写作“{found}”，应为“{expected}”", en: "the marker is written “{found}”; expected “{expected}”" },
  },
  examples: {
    good: [
      {
        text: "关于开展科普日活动的通知\n\n各县科协：\n\n现将有关事项通知如下。\n\n一、活动时间\n\n（一）启动仪式。9月15日。\n\n（二）主场活动。9月16日。\n\n二、工作要求\n\n1.加强领导。成立领导小组。\n\n2.注重实效。\n",
        note: "一、 → （一） → 1., each list counting 1, 2",
      },
    ],
    bad: [
      { text: "关于开展科普日活动的通知\n\n一、活动时间\n\n二、活动内容\n\n四、工作要求\n", note: "一、二、四、 skips 三" },
      { text: "关于开展科普日活动的通知\n\n一、工作要求\n\n1、加强领导。\n\n2、注重实效。\n", note: "1、 where the standard has 1." },
      { text: "关于开展科普日活动的通知\n\n一、工作要求\n\n（一）、加强领导。\n\n（二）、注重实效。\n", note: "（一）、 with a comma after the bracket" },
    ],
  },
  check({ source, notice, report }) {
    /** last ordinal of each style seen in this document (or part): numbering may run on */
    let last = new Map<string, number>();
    const at = (s: Section, r: Omit<Report, "line" | "column">) => {
      const { line, column } = markerAt(source, s);
      report({ ...r, line, column: column ?? (source.lineMap ? 1 : s.column), length: column ? (s.marker ?? "").length : 1 });
    };

    const list = (items: Section[], parent: Section | null) => {
      const numbered = items.filter((s) => s.marker !== null && s.style !== null && s.ordinal !== null);
      // one style per level: the first item's style is the level's
      const first = numbered[0];
      let prev: Section | null = null;
      for (const s of numbered) {
        const style = s.style!;
        if (first && style !== first.style && !(runIn(s.style!) || runIn(first.style!))) {
          at(s, { messageId: "mixed", data: { found: s.marker!, expected: first.marker! } });
        }
        if (parent?.style && LADDER[style] && LADDER[parent.style] && LADDER[style]! <= LADDER[parent.style]!) {
          at(s, { messageId: "levelOrder", data: { found: s.marker!, parent: parent.marker ?? "" } });
        }
        const form = expectedForm(s);
        if (form) {
          const { line, column } = markerAt(source, s);
          const fix = form.fixable && column !== null && source.fixable
            ? { line, column, length: s.marker!.length, text: form.expected }
            : undefined;
          at(s, { messageId: "form", data: { found: s.marker!, expected: form.expected }, fix });
        }
        const n = s.ordinal!;
        if (prev && prev.style === style) {
          const want = prev.ordinal! + 1;
          const exp = (s.marker ?? "").replace(/[0-9０-９]+|[一二三四五六七八九十百]+/, (d) => (/[0-9０-９]/.test(d) ? String(want) : intToChinese(want)));
          if (n === prev.ordinal) at(s, { messageId: "repeat", data: { found: s.marker!, expected: exp } });
          else if (n < prev.ordinal!) at(s, { messageId: "order", data: { found: s.marker!, expected: exp } });
          else if (n > want) at(s, { messageId: "gap", data: { found: s.marker!, expected: exp } });
        } else if (!prev || prev.style !== style) {
          const ran = last.get(style);
          if (n !== 1 && !(ran !== undefined && n === ran + 1)) at(s, { messageId: "start", data: { found: s.marker! } });
        }
        prev = s;
        last.set(style, n);
      }
      for (const s of items) list(s.children, s.marker === null ? parent : s);
    };
    list(notice.sections, null);
    for (const p of notice.parts) {
      last = new Map();
      list(p.sections, null);
    }
  },
};

export { LABEL as NUMBERING_LABELS };
