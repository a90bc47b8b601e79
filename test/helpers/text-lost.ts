// The "no text lost" check, shared by the fixture test (test/no-text-lost.test.ts) and the fuzz
// property (test/no-text-lost-fuzz.test.ts): each run of content characters of a source line must
// appear whole in the output's text.
import { PARAGRAPH_MARKUP } from "../../src/lexicon/layout.js";
import type { Notice } from "../../src/model/schema.js";
import { splitLines } from "../../src/adapters/text.js";

// Markup, layout and punctuation split a line into runs; runs of one character are not checked
// (a lone 附 or a numeral is a label or a marker whose meaning a field carries).
// The label words of 公文 elements live on as field names (抄送 → cc, 印发 → printedBy).
// (a list's bullet, • ● ▪ ◦, is layout as · is: the lexicon's LIST_BULLET, which a title or a cell loses)
const SEPARATORS = /[\s*#|\-:：>★。；;．.﹒，,、（）()《》“”"‘’'【】〔〕[\]{}！？!?…—_=~·•●▪◦/\\]+/u;
// A role label before its colon (牵头单位：, 牵头负责领导：) lives on as the field it names — lead, support, leader, and a
// deadline's label (时限要求：) the deadline — so the
// text glued before it (：一责任单位：X, a numeral left by a broken line) is a run of its own.
// The 由 of a leader-in-charge clause (…项目由吴继德副市长负责，…), or of a paired duty (…污染由省经贸委承办，…), is where a heading run into its
// text ends: the leader lives on as a field, and the heading before it is a run of its own.
const LABELS = /抄\s*送|抄\s*报|主\s*送|印\s*发|签发人|附件|名词解释|主\s*题\s*词|(?:牵头|牽頭|责任|責任|配合|协同|協同|协办|主责|负责)(?:负责|責任|责任)?(?:单位|單位|部门|部門|领导|領導|人)(?=\s*[：:])|(?:(?:计划)?完成(?:时间|时限|期限)|时限要求|时间节点|时限)(?=\s*[：:])|由(?=[\u4e00-\u9fa5]{2,4}(?:常务)?副?(?:省长|市长|县长|区长|州长|主席|书记|主任|秘书长|同志)负责)|由(?=[^，,。；;\s]{2,30}(?:承办|负责)[，,])/g;
// Markers are fields of their own (marker, ordinal): ① ⑴ ⒈ ㈠, the run-in 一是 二要 第三, and an item
// number glued to the text before it (…申请表2.…标准, …分解表2.2018年…: the 2 is 附件2's label), and a decimal outline's
// number opening a line, indented or not (1总则, 1.1编制目的,   5 应急保障), or after a label the line opens with
// (牵头单位：  6.1人力资源保障: the label is taken out first, its colon stays), or after a stray mark (。2.2办事机构,
// 。一、。2.2办事机构, 。（！1.2编制依据: marks the parser reads past to the item), and a first sub-item's 一、 glued to the
// heading before it when the line break between them was lost (第一章 总 则一、阿里地区…)
const MARKERS = /[\u2460-\u249b\u2160-\u216b\u3220-\u3229]|[一二三四五六七八九十]+[是要]|(?<=[\u4e00-\u9fff])一(?=、[\u4e00-\u9fff])|第[一二三四五六七八九十百零〇0-9]+[章节条部分]*|(?<=[\u4e00-\u9fff])[0-9]{1,2}(?=[.．、，,]\s*(?:[\u4e00-\u9fff]|(?:19|20)[0-9]{2}年))|^[ \t\u3000。，,、；;]*(?:[：:][ \t\u3000]*)?[0-9]{1,2}(?:[.．][0-9]{1,2}){0,3}(?=\s*[\u4e00-\u9fff])|(?<=[。，,；;、（(！!？?])[0-9]{1,2}(?:[.．][0-9]{1,2}){1,3}(?=\s*[\u4e00-\u9fff])/g;

/** Every string value of the output in document order (hashes and paths left out), spaces removed. */
export function outputText(doc: Notice): string {
  const out: string[] = [];
  const visit = (v: unknown, key: string) => {
    if (key === "sha256" || key === "path" || key === "style") return;
    if (typeof v === "string") out.push(v.replace(/\s+/g, ""));
    else if (Array.isArray(v)) v.forEach((x) => visit(x, ""));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  visit(doc, "");
  return out.join("\u0000");
}

// A 印发 line's office and date are two fields (printedBy.organ, printedBy.dateText), printed glued or apart
// (山东省人民政府办公厅2019年1月3日印发)
const PRINTED_DATE = /((?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?=\s*印\s*发\s*$)/;

/** A signature's date glued to its organ at the line's end (东莞市卫生和计划生育局2016年4月20日, 周口市人民政府二○一一年七月二十八日): read as the organ and the date */
const GLUED_SIGNATURE_DATE = /(?<=[\u4e00-\u9fa5])((?:(?:19|20)[0-9]{2}|[〇○零一二三四五六七八九OＯ]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日)\s*$/;

export function runs(line: string): string[] {
  return line.replace(PRINTED_DATE, " $1").replace(GLUED_SIGNATURE_DATE, " $1").replace(LABELS, " ").replace(MARKERS, " ").split(SEPARATORS).filter((r) => [...r].length >= 2);
}


/**
 * The runs of `text`'s lines that the output of `doc` does not hold, as "line: run". Invisible
 * format characters (Unicode Cf: U+200B …) may leave a line only when a diagnostic
 * (invisible-removed) on that line (or quoting the table cell) says so; a run of them alone is
 * no printable text.
 */
export function lostRuns(text: string, doc: Notice): string[] {
  const out = outputText(doc);
  const removals = doc.diagnostics.filter((d) => d.code === "invisible-removed");
  const reported = new Set(removals.map((d) => d.line));
  const missing: string[] = [];
  // a line the parser cut into paragraphs (a notice that lost its line breaks) has fields glued
  // together with no punctuation between them, so its runs are no unit of the output: it is
  // checked by the characters it is made of, each of which the output must hold (the one-line
  // property, test/one-line.test.ts, checks what such a line gives, structure and tasks)
  // (and so has a line read as two, its title and its 主送 run together: line-split)
  const cut = new Set(doc.diagnostics.filter((d) => d.code === "text-resegmented" || d.code === "line-split").map((d) => d.line));
  const have = cut.size ? new Set(out) : null;
  // a forum's junk (or a document site's running header) removed from a line, and quoted by its diagnostic
  // (jammer-removed, running-header-removed), leaves the line
  // as it reads without it (its last token may be glued to the text: … T3 H国家疾控局)
  const junk = new Map<number, string[]>();
  for (const d of doc.diagnostics) {
    if (d.code !== "jammer-removed" && d.code !== "running-header-removed") continue;
    const quoted = /"(.*)"$/.exec(d.message)?.[1];
    if (quoted) junk.set(d.line, [...(junk.get(d.line) ?? []), quoted]);
  }
  splitLines(text).forEach((source, i) => {
    const raw = (junk.get(i + 1) ?? []).reduce((l, j) => l.replace(j, " "), source);
    // a line of paragraph markup in a text file (a page's source saved as .txt) is read by the HTML
    // walker: its tags and entities are markup, its text is what must land in the output
    const line = PARAGRAPH_MARKUP.test(raw) ? raw.replace(/<[^>]*>/g, " ").replace(/&(?:nbsp|ensp|emsp|#160);?/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&") : raw;
    if (have && cut.has(i + 1)) {
      for (const ch of new Set(runs(line).join("").replace(/\p{Cf}/gu, ""))) if (!have.has(ch)) missing.push(`${i + 1}: ${ch}`);
      return;
    }
    // a line whose invisible characters were removed, and said so, is checked as it reads without
    // them (a marker split by one, 第\u200b一章总则, is then a marker like any other)
    if (reported.has(i + 1) && /\p{Cf}/u.test(line)) {
      for (const run of runs(line.replace(/\p{Cf}/gu, ""))) if ([...run].length >= 2 && !out.includes(run)) missing.push(`${i + 1}: ${run}`);
      return;
    }
    for (const run of runs(line)) {
      const visible = run.replace(/\p{Cf}/gu, "");
      // invisible characters are no printable text: a run is checked when two printable ones remain
      if ([...visible].length < 2 || out.includes(run)) continue;
      // removed with a word: on this line, or from a table cell the diagnostic quotes (a cell
      // wrapped over lines is reported at its row's line)
      const said = visible !== run && (reported.has(i + 1) || removals.some((d) => d.message.includes(visible)));
      // a label or marker split by one (抄\u200b送) is, once it is removed, a label like any other
      if (!(said && (out.includes(visible) || runs(visible).length === 0))) missing.push(`${i + 1}: ${run}`);
    }
  });
  return missing;
}
