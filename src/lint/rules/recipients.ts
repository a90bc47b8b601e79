// recipients — GB/T 9704-2012 7.3.2 主送机关: the last organ is followed by a full-width colon; organs
// are separated by 、 (within one kind) and ， (between kinds), never ； ; / or a space, and no
// separator stands before the colon.
import { findRecipients, findTitle } from "../locate.js";
import type { Rule } from "../types.js";

export const recipients: Rule = {
  id: "recipients",
  clause: "7.3.2",
  element: "主送机关",
  severity: "error",
  fixable: true,
  description: {
    zh: "主送机关：机关之间用“、”“，”分隔，最后一个机关名称后标全角冒号",
    en: "recipients: organs separated by 、 and ，, a full-width colon after the last one",
  },
  messages: {
    colon: { zh: "此处主送机关末尾是“{found}”，应为全角冒号“：”", en: "the recipients end in “{found}”; expected the full-width colon “：”" },
    separator: {
      zh: "此处机关之间用了“{found}”，应为“、”（同类机关）或“，”（不同类机关）",
      en: "organs are separated by “{found}”; expected 、 (within a kind) or ， (between kinds)",
    },
    banjiEnd: { zh: "此处版记中的主送机关末尾是“{found}”，应为句号“。”", en: "the recipients in the 版记 end in “{found}”; expected the full stop “。”" },
    trailing: { zh: "此处冒号前有多余的“{found}”，应为机关名称后直接标“：”", en: "a stray “{found}” before the colon; expected the colon right after the last organ" },
  },
  examples: {
    good: [{ text: "关于开展科普日活动的通知\n\n各县（市、区）科协，市级各学会：\n\n请认真组织。\n", note: "、 within, ， between, ： at the end" }],
    bad: [
      { text: "关于开展科普日活动的通知\n\n各县科协；市级各学会:\n\n请认真组织。\n", note: "； between organs and an ASCII colon" },
      { text: "关于开展科普日活动的通知\n\n各县科协，市级各学会、：\n\n请认真组织。\n", note: "、 before the colon" },
    ],
  },
  check({ source, notice, report }) {
    const start = findRecipients(source, notice.header.recipients[0], findTitle(source, notice.header.title));
    if (!start) return;
    const where = { start };
    // the recipients run from their first organ to the line that ends in a colon (wrapped at most a few lines);
    // a 主送 line in the 版记 is written like 抄送: 主送：…。
    const inBanji = /^[ \u3000\t]*主送/.test(source.lines[where.start.line - 1]!);
    let prevEnd: { line: number; column: number; last: string } | null = null;
    for (let l = where.start.line; l < where.start.line + 6 && l <= source.lines.length; l++) {
      const text = source.lines[l - 1]!;
      const from = l === where.start.line ? where.start.column - 1 : 0;
      const body = text.slice(from).replace(/\s+$/, "");
      if (!body.trim()) break;
      // (ASCII ; and , between Chinese are the punctuation rule's)
      for (const m of body.matchAll(/[；／/|]/g)) {
        report({ messageId: "separator", data: { found: m[0] }, line: l, column: from + m.index! + 1, length: m[0].length });
      }
      const end = body.length - 1;
      const last = body[end]!;
      prevEnd = { line: l, column: from + end + 1, last };
      if (inBanji ? last === "。" : last === "：" || last === ":") {
        if (last === ":") {
          report({ messageId: "colon", data: { found: ":" }, line: l, column: from + end + 1, fix: { line: l, column: from + end + 1, length: 1, text: "：" } });
        }
        const before = body[end - 1];
        if (before && /[、，,；;]/.test(before)) report({ messageId: "trailing", data: { found: before }, line: l, column: from + end });
        return;
      }
      if (/[：:。]$/.test(body)) break;
    }
    if (prevEnd) report({ messageId: inBanji ? "banjiEnd" : "colon", data: { found: prevEnd.last }, line: prevEnd.line, column: prevEnd.column });
  },
};
