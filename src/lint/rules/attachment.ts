// attachment — GB/T 9704-2012 7.3.4 附件说明 and 7.3.7 附件: “附件” and a full-width colon, then
// the names; several attachments numbered 1. 2. 3. in order (附件：1.XXXX); no punctuation after a
// name; and each attachment appended to the notice carries the title the 附件说明 gives it.
import { Locator, coveringEnd, linesAt } from "../locate.js";
import type { Rule } from "../types.js";

const HEAD = /^([ \u3000\t]*)(附件|附)[ \u3000]*([0-9０-９]*)[ \u3000]*([：:]?)[ \u3000]*(\S.*)$/;
const ITEM = /^([ \u3000\t]*)(?:附件[：:])?[ \u3000]*([0-9０-９]{1,2})(?![0-9０-９年月日])[ \u3000]*([.．、，,]|[)）])?[ \u3000]*(\S.*)$/;
const PAREN_ITEM = /^([ \u3000\t]*)[（(]([0-9０-９]{1,2})[)）][ \u3000]*(\S.*)$/;

const squeeze = (s: string) => Locator.squeeze(s).replace(/[《》“”"]/g, "");

export const attachment: Rule = {
  id: "attachment",
  clause: "7.3.4, 7.3.7",
  element: "附件说明、附件",
  severity: "warning",
  fixable: true,
  description: {
    zh: "附件说明：“附件：1.XXXX”，多个附件用阿拉伯数字连续编号，名称后不加标点，与文后附件标题一致",
    en: "attachment list: “附件：1.XXXX”, several attachments numbered 1. 2. …, no punctuation after a name, the same titles as the appended attachments",
  },
  messages: {
    label: { zh: "此处附件说明写作“{found}”，应为“附件：”", en: "the attachment list is introduced by “{found}”; expected “附件：”" },
    colon: { zh: "此处“附件”后是“{found}”，应为全角冒号“：”", en: "“附件” is followed by “{found}”; expected the full-width colon “：”" },
    numberStyle: { zh: "此处附件序号写作“{found}”，应为“{expected}”", en: "the attachment number is written “{found}”; expected “{expected}”" },
    sequence: { zh: "此处附件序号是“{found}”，应为“{expected}”", en: "the attachment number is “{found}”; expected “{expected}”" },
    unnumbered: { zh: "此处有多个附件而“{found}”未编号，应为“{expected}”", en: "several attachments but “{found}” has no number; expected “{expected}”" },
    punct: { zh: "此处附件名称后有“{found}”，应为不加标点", en: "the attachment name ends in “{found}”; expected no punctuation" },
    missing: {
      zh: "此处附件“{found}”在文后附件中找不到同名标题，应为附件标题与附件说明一致",
      en: "the attachment “{found}” has no appended attachment with that title; expected the same title in both places",
    },
  },
  examples: {
    good: [
      {
        text: "关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n附件：1.活动安排表\n      2.报名表\n\n某市科学技术协会\n\n2019年5月4日\n\n附件1\n\n活动安排表\n\n一、时间\n\n附件2\n\n报名表\n\n一、姓名\n",
        note: "附件：1. 2. with titles matching the appended attachments",
      },
    ],
    bad: [
      { text: "关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n附件:1、活动安排表；\n     3、报名表。\n\n某市科学技术协会\n\n2019年5月4日\n", note: "ASCII colon, 1、, a gap, punctuation after names" },
      { text: "关于开展科普日活动的通知\n\n各县科协：\n\n请认真组织。\n\n附：活动安排表\n\n某市科学技术协会\n\n2019年5月4日\n", note: "附： instead of 附件：" },
    ],
  },
  check({ source, notice, report }) {
    const end = coveringEnd(source.lines, notice.parts.map((p) => linesAt(source, p.line)[0] ?? p.line));
    let start = -1;
    for (let i = 0; i < end; i++) {
      if (HEAD.test(source.lines[i]!) && !/^[ \u3000\t]*附件[ \u3000]*[0-9０-９]*[ \u3000]*$/.test(source.lines[i]!)) {
        start = i;
        break;
      }
    }
    if (start < 0) return;
    const head = HEAD.exec(source.lines[start]!)!;
    const [, lead, label, labelNum, colon] = head as unknown as string[];
    const line = start + 1;
    let col = lead!.length + 1;
    if (label === "附" || labelNum) {
      const found = source.lines[start]!.slice(lead!.length, source.lines[start]!.indexOf(head[5]!, lead!.length)).trim();
      report({ messageId: "label", data: { found: found || label! }, line, column: col, length: found.length || 1 });
    }
    col = source.lines[start]!.indexOf(head[5]!, lead!.length) + 1;
    if (colon === ":") {
      const c = source.lines[start]!.indexOf(":", lead!.length) + 1;
      report({ messageId: "colon", data: { found: ":" }, line, column: c, severity: "error", fix: { line, column: c, length: 1, text: "：" } });
    } else if (!colon) report({ messageId: "colon", data: { found: head[5]!.slice(0, 1) }, line, column: col, severity: "error" });

    // the items: the rest of the head line, then indented numbered lines below it
    const items: Array<{ line: number; column: number; endLine: number; num: string | null; sep: string | null; name: string }> = [];
    const first = ITEM.exec(head[5]!) ?? null;
    const firstParen = first ? null : PAREN_ITEM.exec(head[5]!);
    if (first) items.push({ line, endLine: line, column: col, num: first[2]!, sep: first[3] ?? null, name: first[4]! });
    else if (firstParen) items.push({ line, endLine: line, column: col, num: firstParen[2]!, sep: "()", name: firstParen[3]! });
    else items.push({ line, endLine: line, column: col, num: null, sep: null, name: head[5]! });
    for (let i = start + 1; i < end; i++) {
      const text = source.lines[i]!;
      if (!text.trim()) break;
      const m = ITEM.exec(text);
      const p = m ? null : PAREN_ITEM.exec(text);
      if (m) items.push({ line: i + 1, endLine: i + 1, column: m[1]!.length + 1, num: m[2]!, sep: m[3] ?? null, name: m[4]! });
      else if (p) items.push({ line: i + 1, endLine: i + 1, column: p[1]!.length + 1, num: p[2]!, sep: "()", name: p[3]! });
      else if (/^[ \u3000\t]/.test(text) && items.length) {
        // a long name wrapped onto an indented line
        const lastItem = items[items.length - 1]!;
        lastItem.name += text.trim();
        lastItem.endLine = i + 1;
      } else break;
    }

    const several = items.length > 1;
    items.forEach((it, k) => {
      const n = it.num === null ? null : Number(it.num.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
      if (several && n === null) report({ messageId: "unnumbered", data: { found: it.name.slice(0, 12), expected: `${k + 1}.${it.name.slice(0, 8)}` }, line: it.line, column: it.column });
      if (n !== null && n !== k + 1) report({ messageId: "sequence", data: { found: it.num!, expected: String(k + 1) }, line: it.line, column: it.column, length: it.num!.length });
      if (it.num !== null && it.sep !== ".") {
        const found = it.sep === "()" ? `（${it.num}）` : `${it.num}${it.sep ?? ""}`;
        const text = source.lines[it.line - 1]!;
        const at = text.indexOf(it.num, it.column - 1);
        const fix = it.sep === "．" && at >= 0 ? { line: it.line, column: at + it.num.length + 1, length: 1, text: "." } : undefined;
        report({ messageId: "numberStyle", data: { found, expected: `${n}.` }, line: it.line, column: at >= 0 ? at + 1 : it.column, length: found.length, fix });
      }
      const name = it.name.replace(/\s+$/, "");
      const p = /[。，、；：.,;:！!？?]$/.exec(name);
      if (p) {
        const text = source.lines[it.endLine - 1]!.replace(/\s+$/, "");
        report({ messageId: "punct", data: { found: p[0] }, line: it.endLine, column: text.length, severity: "error" });
      }
    });

    // 7.3.7: each listed attachment is appended under the same title (when any is appended here)
    const titles = notice.parts.map((p) => squeeze(p.title ?? ""));
    if (!titles.length) return;
    for (const it of items) {
      const want = squeeze(it.name.replace(/[。，、；：.,;:！!？?]$/, ""));
      if (!want || titles.includes(want)) continue;
      report({ messageId: "missing", data: { found: it.name.trim() }, line: it.line, column: it.column });
    }
  },
};
