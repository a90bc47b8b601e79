// doc-number — GB/T 9704-2012 7.2.5 发文字号: 机关代字 + 〔year in full〕 + serial + 号; the year in
// 六角括号 〔〕, no 第 before the serial, no leading zero (1, not 01). Checked wherever a number is
// written: under the masthead and when the body quotes another document's number.
import type { Rule } from "../types.js";

// prefix, open bracket, year, close bracket, 第, serial, 号 (optional: checked at the end of a line)
const NUMBER = /([\u4e00-\u9fa5]{1,15}?)[ \u3000]*([〔\[［【（(﹝〖{｛])[ \u3000]*((?:19|20)[0-9]{2}|[0-9]{2}|[０-９]{2,4})[ \u3000]*([〕\]］】）)﹞〗}｝])[ \u3000]*(第?)[ \u3000]*([0-9０-９]{1,5})[ \u3000]*([号號]?)/g;

const TRADITIONAL = /[協會關於區縣廳處務號發]/g;

export const docNumber: Rule = {
  id: "doc-number",
  clause: "7.2.5",
  element: "发文字号",
  severity: "error",
  fixable: true,
  description: {
    zh: "发文字号：年份标全称并用六角括号〔〕括入，序号不加“第”、不编虚位，后加“号”",
    en: "document number: the full year in 〔〕, no 第 and no leading zero in the serial, ending in 号",
  },
  messages: {
    bracket: {
      zh: "此处年份用“{found}”括入，应为六角括号“〔〕”",
      en: "the year is enclosed in “{found}”; expected the hexagonal brackets “〔〕”",
    },
    shortYear: {
      zh: "此处年份写作“{found}”，应为四位全称",
      en: "the year is written “{found}”; expected the full four-digit year",
    },
    di: {
      zh: "此处序号前有“第”字，应为不加“第”（{expected}）",
      en: "the serial is preceded by 第; expected none ({expected})",
    },
    leadingZero: {
      zh: "此处序号“{found}”编了虚位，应为“{expected}”",
      en: "the serial “{found}” has a leading zero; expected “{expected}”",
    },
    hao: {
      zh: "此处发文字号末尾是“{found}”，应为“号”",
      en: "the document number ends in “{found}”; expected 号",
    },
  },
  examples: {
    good: [{ text: "扬州市科学技术协会文件\n\n扬科协字〔2019〕30号\n\n关于开展科普日活动的通知\n", note: "〔〕, four-digit year, serial, 号" }],
    bad: [
      { text: "枣庄市科学技术协会文件\n\n枣科协字[2019]1号\n\n关于开展科普日活动的通知\n", note: "ASCII square brackets" },
      { text: "某市人民政府文件\n\n某政发【2021】第036号\n\n关于开展科普日活动的通知\n", note: "【】, 第 and a leading zero" },
      { text: "某市人民政府文件\n\n某政发〔21〕36号\n\n关于开展科普日活动的通知\n", note: "a two-digit year" },
    ],
  },
  check({ source, report }) {
    const traditional = (source.text.match(TRADITIONAL) ?? []).length > 5;
    source.lines.forEach((text, i) => {
      const line = i + 1;
      NUMBER.lastIndex = 0;
      for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
        const [all, prefix, open, year, close, di, serial, hao] = m as unknown as string[];
        const at = m.index + prefix!.length;
        const rest = text.slice(m.index + all!.length);
        // without 号 only a number standing alone on its line (or before 签发人) counts
        if (!hao && !/^\s*(签发人|$)/.test(rest)) continue;
        // an organ's own name before a bracketed year (2019) in running text is no number
        if (!hao && !/[字发函办协委号厅局府]$/.test(prefix!)) continue;
        const openAt = text.indexOf(open!, at);
        const closeAt = text.indexOf(close!, openAt + 1);
        if (open !== "〔" || close !== "〕") {
          const inner = text.slice(openAt + 1, closeAt);
          report({
            messageId: "bracket", data: { found: open! + close! }, line, column: openAt + 1, length: closeAt - openAt + 1,
            fix: { line, column: openAt + 1, length: closeAt - openAt + 1, text: `〔${inner}〕` },
          });
        }
        if (year!.length === 2) report({ messageId: "shortYear", data: { found: year! }, line, column: openAt + 2, length: 2 });
        const serialAt = text.indexOf(serial!, closeAt + 1);
        const plain = String(Number(serial!.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))));
        if (di) report({ messageId: "di", data: { expected: `${plain}号` }, line, column: text.indexOf("第", closeAt) + 1 });
        if (/^[0０]/.test(serial!) && serial!.length > 1) {
          report({ messageId: "leadingZero", data: { found: serial!, expected: plain }, line, column: serialAt + 1, length: serial!.length });
        }
        if (!hao) report({ messageId: "hao", data: { found: serial!.slice(-1) }, line, column: serialAt + serial!.length, length: 1 });
        else if (hao === "號" && !traditional) {
          report({ messageId: "hao", data: { found: hao }, line, column: text.indexOf(hao, serialAt) + 1 });
        }
      }
    });
  },
};
