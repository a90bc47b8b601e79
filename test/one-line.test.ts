// Notices that lost their line breaks (OCR output, dataset rows, text pasted from PDF viewers):
// every fixture whose body is paragraphs (no tables), collapsed into one line, still gives its
// numbered outline and its inline-note tasks — the resegment stage cuts the line back.
import { PARAGRAPH_MARKUP } from "../src/lexicon/layout.js";
import { describe, expect, it } from "vitest";
import { parseText } from "../src/parse.js";
import type { Notice, Section } from "../src/model/schema.js";
import { fixtureNames, parseFixture, readFixture } from "./helpers/load.js";
import { decodeBytes } from "../src/adapters/decode.js";

function markers(sections: Section[], depth = 1): string[] {
  return sections.flatMap((s) => [`${depth}${s.marker ?? ""}`, ...markers(s.children, depth + 1)]);
}
const all = (d: Notice) => [...markers(d.sections), ...d.parts.flatMap((p) => markers(p.sections))];
/** Fixtures whose parts (sub-documents) follow each other unlabelled and unsigned */
const UNMARKED_PARTS = new Set(["r9-anhui-2021-industrial-internet-duty-groups.txt"]);
/** Fixtures cut inside their last note, whose one-word organ (责任单位:区) is read from a line of its
 *  own only — glued to the text before it, a label is a note when its organs read as organs: the
 *  outline is compared, the duties are not */
const CUT_IN_NOTE = new Set(["r11-caidian-2023-duty-lines-under-targets.txt"]);
/** Fixtures a one-line copy still reads otherwise, each a known miss named in fixtures/README.md:
 *  a plan after a date-only signature, which on one line is not cut off as a part (jianli), a page-title line cut
 *  inside 《 above the header (guangdong), an item number glued to an e-mail address (…@qq.com2.扫码:
 *  a digit after Latin letters is not taken for a marker, xietang) */
const KNOWN_FLAT_MISSES = new Set([
  // a reference to an article mid-sentence (按照本通知第一条第（三）项…): on its line no item; run into one line with
  // the text, 第一条 after a sentence's words is cut as an article would be
  "r191-pbc-2005-central-bank-notice-heading-run-on-into-first-sub-item-masthead.txt",
  // a decision's own list run on after its colon (议定:1、成立…领导小组), the text cut inside it: on its line the run-in
  // 1、 has no 2、 and stays text; run into one line, the cut end leaves it an item
  "r195-shanggao-2010-county-standing-meeting-minutes-spaced-issuing-line-requests-cut.txt",
  // a page's title line with its year in brackets (黄冈市人民检察院工作报告(2021)) above the report: run into one
  // line with the rest, (2021) stands where an item's number would and is read as one
  "r152-huanggang-2022-procuratorate-work-report-blank-day-cut.txt",
  "r14-jianli-2022-work-report-tasks-semicolon-notes.txt",
  "r14-guangdong-2023-private-investment-respun-notes.txt",
  "r17-xietang-2022-town-announcement-metadata-pairs.txt",
  // 一是 / （一）…（五） / 二是: on its lines 一是 encloses the list; run into one line, 一是 is a run-in word
  // that the list's numbers close, and the nesting is lost
  "r21-nanzhang-2023-town-work-plan-pipe-meta-yishi.txt",
  // items 一、…四、 run into one line of the page with spaces between them: read on its lines, 一、 takes
  // in the rest (the line is no flattened notice, its neighbours are lines of their own); flattened
  // whole, the items are cut apart — the one-line reading is the better one
  "r27-shanwei-2023-police-traffic-announcement-trad-gloss-runin-oneline.txt",
  // items typed 1。 / 2。: an item only where a line begins; run into one line, 3。4。 is a figure and a full stop
  "r28-tianjin-2020-city-division-news-repost-fullwidth-stop-markers-fuze-notes.txt",
  // a covering notice with no title, its 附件 label, a date without an organ and the plan's title run
  // together (附件:…方案二○一一年二月十五日…方案一、目标分解): on one line nothing marks where the plan begins
  "r30-wuxi-2011-city-lawsite-bare-organ-notes-fabu-wenhao.txt",
  // a document site's chunk numbers (1、 2、 3、) are the site's where a line begins below its sharing
  // line; run into one line with the rest they read as the items they look like
  "r32-foodsafety-2022-docsite-chunks-masked-respun-notes.txt",
  // metadata pairs with spaces between them (索引号: … 组配分类: … 名称: … 文号: …) run into the title and
  // the body: the pairs' last value takes in the rest of the line
  "r35-jingxian-2007-county-work-report-govopen-record-id-wenhao.txt",
  // a page's breadcrumb, the speech's title and the page's meta line (领导讲话 发文时间:… 浏览次数:) run into one
  // line with the text: the breadcrumb takes the line in, and nothing of it reads as a document
  "r41-laiyuan-2019-county-mayor-closing-remarks-zhuchici-title.txt",
  // item 七、's text ends without its full stop (…进行处罚 / 八、外国银行…): on its lines 八、 begins a line;
  // run into one line, 处罚八、 is a word and a numeral, not an item's start
  "r50-pbc-2023-joint-notice-spaced-organs-title-value-over-two-label-lines.txt",
  // lines of markup alone (<p id="h4sia"><td …></td></p>) are furniture where they stand alone; run into
  // one line with the text, the tags sit inside its sentences
  "r58-kaifeng-2020-city-health-commission-work-summary-mirror-markup-only-lines-above-title.txt",
  // a table's cells one per line, each closed by its pipe (工作任务 | / 一、… |): run into one line, the
  // cells and the items in them read as one row of a table
  "r59-jimei-2021-district-split-table-header-cells-one-per-line-with-pipes.txt",
  // a note broken over lines inside its nested bracket ((责任单位:县城管局 / (排序第一的为牵头单位,下同)、…) is read
  // short on its lines, a known miss (tasks left out of its facts); run into one line it is read whole
  "r63-county-100-day-plan-docsite-fixed-width-hardwrap-item-heading-over-lines.txt",
  // a 明电 whose contact lines and attachment list end its page (联 系 人:…, 附件:1.…2.…): on its lines their
  // numbers read otherwise than run into one line (its outline is left out of its facts)
  "r55-pingdingshan-2020-city-bureau-mingdian-telegram-rows-below-tool-bar-cells.txt",
  // a site's menu as numbered lists restarting at 1. (1. 目录 2. 旗人民政府 1. 旗政府工作部门 …) is skipped where its
  // items stand on lines of their own at the text's start; run into one line with the notice, its numbers are items
  "r78-wulateqian-2025-region-dept-notice-numbered-menu-chrome-no-number-two-book-titles-cut.txt",
  // an item cut after digits (…项目代码:2409-35 / 二、项目建设地点): on one line 35二、 is a figure and a numeral
  "r93-wuping-2024-county-bureau-project-reply-redacted-lue-starts-mid-body-label-items-cc-between-organ-lines.txt",
  // an item that ends in a clock time (…中午12:30 / 2.决赛): on one line 12:302. is a number, not an item's start
  "r95-bengbu-2019-college-league-idiom-contest-notice-no-title-attachments-after-signature.txt",
  // an organ named under an item's bare heading (2、职能单位末位排名 / 交通局) above the signature: on its lines the
  // organ is the item's; run into one line with the signature, the last item's name reads as the signing organ's
  "r122-zhouqu-2020-county-sanitation-supervision-bulletin-trad-pinyin-glosses-ranking-lines-signature.txt",
  // a page's second part titled …实施方案(2): run into one line, the title's (2) reads as an item before the 三、
  // the page opens with
  "r141-guizhou-2016-edu-poverty-plan-page2-fragment-lead-office-paren-notes-cut.txt",
  // a PDF copy's hard-wrapped items with a space before their heading's stop (4. 全力稳存量扩增量 。): run into one
  // line, the last items' numbers read otherwise
  "r142-datian-2023-county-office-measures-portal-chrome-pdf-page-marks-duty-lines-cut.txt",
  // an item typed 二。: an item only where a line begins (as 1。 is); run into one line, 。二。 is no item's start
  "r118-jiangxi-2022-province-forest-fire-joint-four-organ-trad-mirror-paired-masthead-lines-spam-tail.txt",
]);
const lastItem = (ss: Section[]): Section | null => {
  const s = ss[ss.length - 1];
  return s ? (lastItem(s.children) ?? s) : null;
};
const duties = (d: Notice) => d.tasks.map((t) => [...t.lead, "|", ...t.support].join("、")).sort();

describe("a notice collapsed into one line keeps its outline and its notes' tasks", async () => {
  const candidates: Array<{ name: string; doc: Notice; text: string }> = [];
  for (const name of fixtureNames(/\.txt$/)) {
    const doc = await parseFixture(name);
    if (doc.tables.length || !all(doc).length) continue;
    // group headings are known by standing alone on their line: a one-line text has none
    if (all(doc).some((m) => /^\d+$/.test(m))) continue;
    // issued documents that follow one another with nothing between them but their titles (no
    // signature, no 附件 label): on one line, nothing tells where the next one's numbering restarts
    if (UNMARKED_PARTS.has(name) || KNOWN_FLAT_MISSES.has(name)) continue;
    const text = (await decodeBytes(readFixture(name))).text;
    // a page's markup saved as text is read by the HTML walker, whose paragraphs are the tags': joined
    // into one line of plain text (parseText) it is another input, not the same one flattened
    if (PARAGRAPH_MARKUP.test(text)) continue;
    candidates.push({ name, doc, text });
  }
  it("covers the paragraph-only fixtures", () => expect(candidates.length).toBeGreaterThanOrEqual(5));
  for (const { name, doc, text } of candidates) {
    it(name, () => {
      const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      // the whole text on one line, joined with nothing and with spaces
      // a last item whose heading the text's end cut is left out of the outline (text-truncated); on one
      // line, where a heading's line ended is not known, so the flattened text may still hold it
      const leftOut = doc.diagnostics.some((d) => d.code === "text-truncated" && d.message.includes("left out of the outline"));
      for (const sep of ["", " "]) {
        const flat = parseText(lines.join(sep));
        const got = all(flat);
        const extra = leftOut && got.length === all(doc).length + 1 ? lastItem(flat.parts.length ? flat.parts[flat.parts.length - 1]!.sections : flat.sections) : null;
        expect(extra ? got.slice(0, -1) : got).toEqual(all(doc));
        // (…and a task a group heading gives that item)
        const kept = extra ? { ...flat, tasks: flat.tasks.filter((t) => t.task !== extra.heading) } : flat;
        if (!CUT_IN_NOTE.has(name)) expect(duties(kept)).toEqual(duties(doc));
      }
    });
  }
});
