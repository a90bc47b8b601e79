// cc — GB/T 9704-2012 7.4.2 抄送机关: “抄送” and a full-width colon, organs separated by 、 and ，,
// a full stop after the last one; the 版记 is the end of the document, after the attachments
// (7.3.7: 附件…在版记之前). 抄报 (to superiors) belongs to the 1999 standard: a note.
import { linesAt } from "../locate.js";
import type { Rule } from "../types.js";

const CC = /^([ \u3000\t]*)(抄送|抄报|抄報)(?:[ \u3000]*([：:])|[ \u3000]+)/;

export const cc: Rule = {
  id: "cc",
  clause: "7.4.2",
  element: "抄送机关",
  severity: "error",
  fixable: true,
  description: {
    zh: "抄送机关：“抄送”后标全角冒号，最后一个机关名称后标句号，位于版记（附件之后）",
    en: "copies to: “抄送” and a full-width colon, a full stop after the last organ, in the 版记 after any attachment",
  },
  messages: {
    colon: { zh: "此处“{label}”后是“{found}”，应为全角冒号“：”", en: "“{label}” is followed by “{found}”; expected the full-width colon “：”" },
    end: { zh: "此处抄送机关末尾是“{found}”，应为句号“。”", en: "the copy list ends in “{found}”; expected the full stop “。”" },
    separator: {
      zh: "此处机关之间用了“{found}”，应为“、”（同类机关）或“，”（不同类机关）",
      en: "organs are separated by “{found}”; expected 、 (within a kind) or ， (between kinds)",
    },
    obsolete: { zh: "此处用了“{found}”，应为“抄送”（GB/T 9704-2012 不再区分抄报）", en: "“{found}” is obsolete; expected 抄送 (GB/T 9704-2012 no longer has 抄报)" },
    position: {
      zh: "此处{label}位于附件之前，应为版记置于公文最后一面（附件之后）",
      en: "{label} stands before the attachments; expected the 版记 at the very end, after the attachments",
    },
  },
  examples: {
    good: [{ text: "关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n某市科学技术协会\n\n2019年5月4日\n\n抄送：省科协，市委办公室、市政府办公室。\n\n某市科学技术协会办公室          2019年5月4日印发\n", note: "抄送：…。" }],
    bad: [
      { text: "关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n某市科学技术协会\n\n2019年5月4日\n\n抄送:省科协、市委办公室\n", note: "ASCII colon and no full stop" },
      { text: "关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n某市科学技术协会\n\n2019年5月4日\n\n抄报：省科协。\n", note: "抄报 (a note)" },
    ],
  },
  check({ source, notice, report }) {
    const firstPart = notice.parts.length ? Math.min(...notice.parts.map((p) => linesAt(source, p.line)[0] ?? p.line)) : Infinity;
    let positioned = false;
    for (let i = 0; i < source.lines.length; i++) {
      const m = CC.exec(source.lines[i]!);
      if (!m) continue;
      const [all, lead, label, colon] = m as unknown as [string, string, string, string | undefined];
      const line = i + 1;
      if (label !== "抄送") report({ messageId: "obsolete", data: { found: label! }, line, column: lead!.length + 1, length: 2, severity: "info" });
      if (!positioned && line < firstPart && notice.parts.some((p) => p.label !== null)) {
        positioned = true;
        report({ messageId: "position", data: { label: label! }, line, column: lead!.length + 1, length: 2, severity: "warning" });
      }
      if (colon === ":") {
        report({ messageId: "colon", data: { label: label!, found: ":" }, line, column: all!.length, fix: { line, column: all!.length, length: 1, text: "：" } });
      } else if (!colon) {
        const next = source.lines[i]!.slice(all!.length, all!.length + 1);
        report({ messageId: "colon", data: { label: label!, found: next || "" }, line, column: all!.length + 1 });
      }
      // the list runs on over wrapped lines until a blank line or the next 版记 line
      let endLine = line;
      let j = i + 1;
      while (
        j < source.lines.length && source.lines[j]!.trim() && !/[。.]\s*$/.test(source.lines[j - 1]!) &&
        !/^\s*(抄送|抄报|抄報|印发|主送|附件|\S.*印发\s*$|[-—─━_=]{3,})/.test(source.lines[j]!) && source.lines[j]!.trim().length <= 60 &&
        // other formats: paragraphs are whole; only a short tail cut off by a line break (…派驻 / 纪检监察组。) continues
        (!source.lineMap || (source.lines[j]!.trim().length <= 20 && /。$/.test(source.lines[j]!.trim())))
      ) endLine = ++j;
      for (let l = line; l <= endLine; l++) {
        const text = source.lines[l - 1]!;
        const from = l === line ? all!.length : 0;
        for (const s of text.slice(from).matchAll(/[；／/|]/g)) {
          report({ messageId: "separator", data: { found: s[0] }, line: l, column: from + s.index! + 1 });
        }
      }
      const last = source.lines[endLine - 1]!.replace(/\s+$/, "");
      const ch = last.slice(-1);
      if (ch !== "。" && last.length > all!.length) {
        const fix = ch === "." ? { line: endLine, column: last.length, length: 1, text: "。" } : undefined;
        report({ messageId: "end", data: { found: ch }, line: endLine, column: last.length, fix });
      }
      i = endLine - 1;
    }
  },
};
