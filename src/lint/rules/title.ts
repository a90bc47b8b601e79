// title — GB/T 9704-2012 7.3.1 标题 (with 党政机关公文处理工作条例 第九条: 发文机关 + 事由 + 文种):
// the 关于…的 form, a recognised 文种 at the end (one of the fifteen statutory ones, else a note),
// 《》 balanced, and no punctuation at the end.
import { docTypeOf } from "../../lexicon/patterns.js";
import { findTitle } from "../locate.js";
import type { Rule } from "../types.js";

/** the fifteen 文种 of 党政机关公文处理工作条例 第八条 */
const STATUTORY = new Set(["决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要", "報告", "決定", "意見", "請示", "批復", "紀要", "決議", "通報"]);
/** 文种 whose titles need no 关于 (国务院令, 公告, 通告, 公报, 纪要 …) */
const NO_GUANYU = new Set(["命令", "令", "公报", "公告", "通告", "纪要", "决议", "议案", "紀要", "決議"]);
const FINAL_PUNCT = /[。，、；：！？.,;:!?]$/;

export const title: Rule = {
  id: "title",
  clause: "7.3.1",
  element: "标题",
  severity: "warning",
  fixable: false,
  description: {
    zh: "标题：“发文机关＋关于＋事由＋的＋文种”，文种规范，书名号成对，末尾不加标点",
    en: "title: (organ) 关于 … 的 (document type), a recognised type, balanced 《》, no final punctuation",
  },
  messages: {
    noType: {
      zh: "此处标题“{found}”未以文种结尾，应为以“通知”“报告”“意见”等文种结尾",
      en: "the title “{found}” does not end in a document type; expected 通知, 报告, 意见 …",
    },
    notStatutory: {
      zh: "此处文种为“{found}”，应为法定文种（决议、决定、命令、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要），{found}一般以通知印发",
      en: "the document type is “{found}”; expected one of the fifteen statutory types ({found} is usually issued with a 通知)",
    },
    noGuanyu: {
      zh: "此处标题缺少“关于”，应为“发文机关＋关于＋事由＋的＋{type}”",
      en: "the title lacks 关于; expected “(organ) 关于 … 的{type}”",
    },
    noDe: {
      zh: "此处文种“{type}”前缺少“的”，应为“关于……的{type}”",
      en: "no 的 before the document type “{type}”; expected “关于……的{type}”",
    },
    unbalanced: {
      zh: "此处书名号“{found}”不成对，应为“《》”成对使用",
      en: "the title mark “{found}” is unbalanced; expected 《》 in pairs",
    },
    finalPunct: {
      zh: "此处标题末尾有“{found}”，应为不加标点",
      en: "the title ends in “{found}”; expected no punctuation at the end",
    },
  },
  examples: {
    good: [{ text: "某市科学技术协会文件\n\n关于印发《2019年科普工作要点》的通知\n\n各县科协：\n\n现印发给你们。\n", note: "关于…的通知" }],
    bad: [
      { text: "关于印发《2019年科普工作要点的通知\n\n各县科协：\n\n现印发给你们。\n", note: "《 without 》" },
      { text: "关于开展科普日活动的通知。\n\n各县科协：\n\n请认真组织。\n", note: "a full stop after the title" },
      { text: "关于开展科普日活动通知\n\n各县科协：\n\n请认真组织。\n", note: "no 的 before the 文种" },
    ],
  },
  check({ source, notice, report }) {
    const where = findTitle(source, notice.header.title);
    if (!where) return;
    const t = where.text;
    const { line, column } = where.start;
    const endLine = where.end.line;
    const endCol = where.end.column;
    const squeezed = t.replace(/\s+/g, "");
    const core = squeezed.replace(FINAL_PUNCT, "");
    const tail = squeezed.length - core.length; // a final mark after the 文种
    const type = notice.header.docType ?? docTypeOf(core);
    const guanyu = squeezed.includes("关于") || squeezed.includes("關於");
    if (!type) report({ messageId: "noType", data: { found: squeezed }, line: endLine, column: endCol - 1 });
    else {
      if (!STATUTORY.has(type)) report({ messageId: "notStatutory", data: { found: type }, line: endLine, column: endCol - tail - type.length, length: type.length, severity: "info" });
      else if (!guanyu && !NO_GUANYU.has(type)) report({ messageId: "noGuanyu", data: { type }, line, column, length: 2 });
      else if (guanyu && !new RegExp(`的[^的]{0,4}${type}[）)]?$`).test(core)) {
        report({ messageId: "noDe", data: { type }, line: endLine, column: endCol - tail - type.length, length: type.length });
      }
    }
    // 《》 in pairs, on the title's own lines
    const stack: Array<{ line: number; column: number }> = [];
    for (let l = line; l <= endLine; l++) {
      const text = source.lines[l - 1] ?? "";
      for (let c = l === line ? column - 1 : 0; c < (l === endLine ? endCol - 1 : text.length); c++) {
        if (text[c] === "《") stack.push({ line: l, column: c + 1 });
        else if (text[c] === "》") {
          if (stack.length) stack.pop();
          else report({ messageId: "unbalanced", data: { found: "》" }, line: l, column: c + 1, severity: "error" });
        }
      }
    }
    for (const open of stack) report({ messageId: "unbalanced", data: { found: "《" }, ...open, severity: "error" });
    const last = FINAL_PUNCT.exec(squeezed);
    if (last) report({ messageId: "finalPunct", data: { found: last[0] }, line: endLine, column: endCol - 1, severity: "error" });
  },
};
