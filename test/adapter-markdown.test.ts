import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownToBlocks as toBlocks } from "../src/adapters/markdown.js";
import { fragmentToBlocks } from "../src/adapters/html-walk.js";
import { plainMarkdownBlocks } from "../src/adapters/markdown-plain.js";

// as the adapter calls it for a text that holds raw HTML
const markdownToBlocks = (md: string) => toBlocks(md, fragmentToBlocks);
import type { Block, ParagraphBlock, TableBlock } from "../src/model/blocks.js";
import type { Notice } from "../src/model/schema.js";
import { parseNotice } from "../src/parse.js";
import { fixtureNames, readFixture } from "./helpers/load.js";

const paras = (blocks: Block[]) => blocks.filter((b): b is ParagraphBlock => b.kind === "para");
const texts = (md: string) => paras(markdownToBlocks(md)).map((b) => b.text);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const squeeze = (s: string) => s.replace(/\s/g, "");

describe("markdownToBlocks", () => {
  it("maps ATX and setext headings to their depth", () => {
    const blocks = paras(markdownToBlocks("# 扬州市科学技术协会\n\n## 关于印发《工作要点》的通知\n\n正文。\n\n附件\n---\n"));
    expect(blocks.map((b) => [b.text, b.heading])).toEqual([
      ["扬州市科学技术协会", 1],
      ["关于印发《工作要点》的通知", 2],
      ["正文。", 0],
      ["附件", 2],
    ]);
  });

  it("makes one block per paragraph, joining soft-wrapped lines without a separator", () => {
    const [b] = paras(markdownToBlocks("根据审议意见，现将\n《2019年工作要点》印发给你们，请认真贯彻\n落实。\n"));
    expect(b!.text).toBe("根据审议意见，现将《2019年工作要点》印发给你们，请认真贯彻落实。");
    // one span per source line, each pointing at its line
    expect(b!.spans.map((s) => [s.offset, s.line, s.column])).toEqual([
      [0, 1, 1],
      [b!.text.indexOf("《"), 2, 1],
      [b!.text.indexOf("落实"), 3, 1],
    ]);
  });

  it("keeps a space when a line break falls between two Latin words", () => {
    expect(texts("Science and\nTechnology 协会\n")).toEqual(["Science and Technology 协会"]);
  });

  it("treats hard breaks (two spaces, backslash) like soft breaks inside one paragraph", () => {
    const blocks = paras(markdownToBlocks("各市级学会、高校科协，  \n化工园区科协：\n\n抄送：省科协、市纪委监委第十五派驻\\\n纪检监察组。\n"));
    expect(blocks.map((b) => b.text)).toEqual(["各市级学会、高校科协，化工园区科协：", "抄送：省科协、市纪委监委第十五派驻纪检监察组。"]);
    expect(blocks[0]!.spans.map((s) => s.line)).toEqual([1, 2]);
    expect(blocks.every((b) => !b.softBreakAfter)).toBe(true);
  });

  it("drops emphasis, including the CJK bold CommonMark leaves unparsed", () => {
    expect(texts("**二是加强宣传激励。**与市委宣传部合作，*重点*推进。\n")).toEqual(["二是加强宣传激励。与市委宣传部合作，重点推进。"]);
    // `**治引领。**加强`: the closing ** follows punctuation and precedes a letter, so it is not
    // right-flanking and stays literal text in mdast; the adapter still removes it
    const [b] = paras(markdownToBlocks("一是强化政\n**治引领。**加强意识形态管理"));
    expect(b!.text).toBe("一是强化政治引领。加强意识形态管理");
    const at = b!.text.indexOf("加强");
    const span = [...b!.spans].reverse().find((s) => s.offset <= at)!;
    expect([span.line, span.column + at - span.offset]).toEqual([2, 9]);
  });

  it("leaves fill-in blanks (____年__月) and escaped stars alone", () => {
    expect(texts("填报日期：____年__月__日\n\n星级：\\*\\*\\*\n")).toEqual(["填报日期：____年__月__日", "星级：***"]);
  });

  it("makes one block per list item, prefixing ordered markers as written", () => {
    const md = ["3. 全面推进学会组织建设。", "", "4. 深化院士智力助推科技创新。", "", "1) 第一项", "", "- 甲项", "- 乙项"].join("\n");
    expect(texts(md)).toEqual(["3. 全面推进学会组织建设。", "4. 深化院士智力助推科技创新。", "1) 第一项", "甲项", "乙项"]);
  });

  it("leaves `1.加强` (no space, so not a list to CommonMark) as written", () => {
    expect(texts("1.加强科协系统党的建设。\n\n2.推进科协系统深化改革。\n")).toEqual(["1.加强科协系统党的建设。", "2.推进科协系统深化改革。"]);
  });

  it("maps a list item's marker to its own column and the text to the text's column", () => {
    const [b] = paras(markdownToBlocks("\n12. 加强重点课题调查研究。\n"));
    expect([b!.line, b!.column]).toEqual([2, 1]);
    expect(b!.spans.map((s) => [s.offset, s.column])).toEqual([[0, 1], [4, 5]]);
  });

  it("turns a GFM table into a pipe TableBlock with the header row first", () => {
    const md = "前文。\n\n| 序号 | 重 点 项 目 | 分管领导 |\n|:---:|---|---|\n| 1 | **院士**工作站 | 柳  军 |\n| 2 | 含 \\| 竖线 |  |\n";
    const t = markdownToBlocks(md).find((b): b is TableBlock => b.kind === "table")!;
    expect(t.layout).toBe("pipe");
    expect(t.rows).toEqual([
      ["序号", "重 点 项 目", "分管领导"],
      ["1", "院士工作站", "柳  军"],
      ["2", "含 | 竖线", ""],
    ]);
    expect([t.line, t.column]).toEqual([3, 1]);
    expect(t.rowLines).toEqual([3, 5, 6]);
  });

  it("emits the paragraphs of a blockquote", () => {
    expect(texts("> 第一段\n> 续行。\n>\n> 第二段。\n")).toEqual(["第一段续行。", "第二段。"]);
  });

  it("gives raw HTML as its text, split at <br>", () => {
    const blocks = paras(markdownToBlocks("正文。\n\n<div align=\"right\">嘉兴市科学技术协会<br>2019年3月1日</div>\n"));
    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ["正文。", 1],
      ["嘉兴市科学技术协会", 3],
      ["2019年3月1日", 3],
    ]);
  });

  it("treats an inline <br> like a line break inside the paragraph", () => {
    expect(texts("各县（市、区）科协，<br>市级学会：\n")).toEqual(["各县（市、区）科协，市级学会："]);
  });

  it("keeps tildes GFM would read as strikethrough (1~3月)", () => {
    expect(texts("活动安排在1~3月和5~7月。\n")).toEqual(["活动安排在1~3月和5~7月。"]);
  });

  it("turns U+3000 indentation into trimmed text and indented code into plain lines", () => {
    const blocks = paras(markdownToBlocks("\u3000\u3000现将《办法》印发给你们。\n\n    缩进的一行\n    第二行\n"));
    expect(blocks.map((b) => [b.text, b.line, b.column])).toEqual([
      ["现将《办法》印发给你们。", 1, 3],
      ["缩进的一行", 3, 5],
      ["第二行", 4, 5],
    ]);
  });

  it("marks every block as following a blank line and positions it 1-based", () => {
    const blocks = markdownToBlocks("# 标题\n\n正文。\n");
    expect(blocks.every((b) => b.kind !== "para" || b.blankBefore)).toBe(true);
    expect(blocks.map((b) => [b.line, b.column])).toEqual([[1, 3], [3, 1]]);
  });

  describe("fixture md-jiaxing-2019-work-points.md", () => {
    const md = fixture("md-jiaxing-2019-work-points.md");
    const blocks = paras(markdownToBlocks(md));

    it("has the titles as level-1 headings and 一、… sections as level-2", () => {
      expect(blocks.filter((b) => b.heading === 1).map((b) => b.text)).toEqual([
        "关于印发《嘉兴市科协2019年工作要点》的通知",
        "嘉兴市科协2019年工作要点",
      ]);
      expect(blocks.filter((b) => b.heading === 2).map((b) => b.text.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、"]);
    });

    it("keeps items 1.–15. numbered as written, one block each", () => {
      const items = blocks.filter((b) => /^\d+\./.test(b.text));
      expect(items.map((b) => /^\d+\.\s?/.exec(b.text)![0])).toEqual([
        "1.", "2.", "3. ", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "11.", "12.", "13.", "14.", "15.",
      ]);
      expect(items[2]!.text.startsWith("3. 全面推进学会组织建设。")).toBe(true);
    });

    it("loses no text of the seed notice", () => {
      const seed = fixture("seed-jiaxing-2019-work-points.txt");
      expect(squeeze(blocks.map((b) => b.text).join(""))).toBe(squeeze(seed));
    });

    it("points each block at the source line holding its text", () => {
      const lines = md.split("\n");
      for (const b of blocks) expect(lines[b.line - 1]!.slice(b.column - 1).startsWith(b.text.slice(0, 6))).toBe(true);
    });
  });
});

describe("what the text reader understands, the Markdown reader understands too", () => {
  const tableTasks = (d: Notice) => d.tasks.filter((t) => "table" in t.source).map((t) => ({ seq: t.seq, task: t.task, lead: t.lead, deadline: t.deadline, source: t.source, line: t.line }));

  // (a table flattened one pipe-ended cell per line whose task cells wrap onto lines without a pipe
  // is read differently as Markdown, where such a line continues a paragraph — r16 huoshan, whose
  // task texts kexie gets wrong either way: a known miss, fixtures/README.md)
  // (…and tables whose rows are lines with no blank between them and no pipe or tab to mark a cell —
  // records, each column's name on a line above its value (r149 tongxin), and rows set apart by single
  // spaces (r150 guoban, pingdingshan): in Markdown such lines are one paragraph, so they are prose there)
  const KNOWN = new Set([
    "r16-huoshan-2025-devzone-duty-list-pipe-cells.txt",
    "r149-tongxin-2023-county-report-task-row-label-value-lines-deadline.txt",
    "r150-guoban-2016-state-quantified-targets-space-separated-lead-column.txt",
    "r150-pingdingshan-2018-river-chief-task-table-space-separated-columns.txt",
  ]);
  it("every fixture with a table read by the text reader gives the same table tasks saved as .md", { timeout: 60_000 }, async () => {
    const names = fixtureNames(/\.txt$/).filter((n) => !KNOWN.has(n));
    let compared = 0;
    for (const name of names) {
      const bytes = readFixture(name);
      const asText = await parseNotice(bytes, { path: name }).catch(() => null);
      if (!asText || !asText.tasks.some((t) => "table" in t.source)) continue;
      const asMarkdown = await parseNotice(bytes, { path: name.replace(/\.txt$/, ".md") });
      expect(asMarkdown.source.format, name).toBe("markdown");
      expect(tableTasks(asMarkdown), name).toEqual(tableTasks(asText));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(8);
  });

  it("reads a tab-separated table inside a fenced code block, with the file's line numbers", () => {
    const md = "# 通知\n\n```\n序号\t任务\t牵头单位\t完成时限\n1\t开展科普活动\t普及部\t3月\n2\t召开年会\t学会部\t6月底\n```\n";
    const t = markdownToBlocks(md).find((b): b is TableBlock => b.kind === "table")!;
    expect(t.rows).toEqual([["序号", "任务", "牵头单位", "完成时限"], ["1", "开展科普活动", "普及部", "3月"], ["2", "召开年会", "学会部", "6月底"]]);
    expect(t.rowLines).toEqual([4, 5, 6]);
  });
});

describe("plain Markdown is read without remark, to the same blocks", () => {
  // what the adapter does: the plain reader, else remark
  const adapter = (md: string) => plainMarkdownBlocks(md) ?? markdownToBlocks(md);
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom("加强政治建设，", "推进改革。", "一、总体要求", "（一）工作目标", "1.完善制度", "　　各区县：", "English words and 123", "3.5亿元", "2019年5月底前", "\u00a0甲乙", "丙丁\u3000", "a", "序号不是表头") },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom("1", "2", "3", "10", "2019", "1234567890"), fc.constantFrom(". ", ") ", ".  ", ".     ", ".", ". \u3000"), fc.constantFrom("全面推进。", "抓好落实", "")).map(([n, d, t]) => n + d + t) },
    { weight: 2, arbitrary: fc.constantFrom("", "", "   ", "\u3000") },
    { weight: 1, arbitrary: fc.constantFrom("# 关于印发的通知", "## 标题  ", "###### 六", "#标题", "####### 七", "# ", "# 标题 #", "  # 缩进") },
    { weight: 3, arbitrary: fc.constantFrom("**治引领。**加强", "一是**政治引领**。", "**一、总体要求**", "**", "甲** 乙**", "**甲 **乙", "“**引号**”", "**a**b**c**", "（**甲**）", "枣科协字[2019]1号", "[甲]乙", "]", "** **", "***", "*a*", "[x](y)", "[^1]", "![a]", "[a]: b", "1. [ ] 任务", "1. **加粗**", "1. # 标题", "1. - 甲", "1. + 甲", "1. 1. 甲", "2) 1) 甲", "1. ---", "1. ** **", "1. \t甲", "1.  \t甲", "1. ===", "**\t**") },
    { weight: 3, arbitrary: fc.constantFrom("序号\t工作内容\t责任单位\t完成时限", "1\t加强建设\t市科协\t3月", "2\t推进改革\t组织部\t2-3月", "甲\t乙", "\t抄送：市委办", "甲\t", "1.\t项", "# 标\t题", "1. 甲\t乙", "甲\t**乙**", "**甲**\t乙", "甲\t乙  ", "甲 \t", "甲\t \t乙", "\t序号", "\t重点工作内容", "\t责任人", "\t1", "\t加强建设", "\t\t深", "  \t混", "\t**甲**乙", "\t") },
    { weight: 1, arbitrary: fc.constantFrom("---", "===", "> 引用", "- 项目", "+ 项", "* 项", "序号", "序 号", "a\tb", "**粗体**", "www.gov.cn", "<b>x</b>", "&amp;", "__", "~1~", "a@b.cn", "| a | b |", "\\") },
  );
  const doc = fc.tuple(
    fc.array(fc.tuple(fc.nat(5), line, fc.nat(3)), { maxLength: 16 }),
    fc.constantFrom("\n", "\r\n"),
  ).map(([ls, eol]) => ls.map(([lead, text, trail]) => " ".repeat(lead) + text + " ".repeat(trail)).join(eol));

  it("gives remark's blocks for any mix of paragraphs, headings, items, blank and indented lines (or leaves the text to remark)", () => {
    fc.assert(fc.property(doc, (md) => {
      expect(adapter(md)).toEqual(markdownToBlocks(md));
    }), { numRuns: 3000 });
  });
  it("reads most of those texts itself: the gate is not simply closed", () => {
    const plain = fc.sample(doc, { numRuns: 500, seed: 7 }).filter((md) => plainMarkdownBlocks(md) !== null).length;
    expect(plain).toBeGreaterThan(50);
  });
  it("reads the notices of the fixtures saved as .md the way remark does, the seeds (tab tables, **, brackets) without remark", () => {
    const names = fixtureNames();
    let read = 0;
    for (const name of names) {
      const md = readFixture(name).toString("utf8");
      const plain = plainMarkdownBlocks(md);
      if (plain) read++;
      expect(plain ?? markdownToBlocks(md), name).toEqual(markdownToBlocks(md));
    }
    const seeds = names.filter((n) => n.startsWith("seed-"));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const name of seeds) expect(plainMarkdownBlocks(readFixture(name).toString("utf8")), name).not.toBeNull();
    expect(read).toBeGreaterThan(names.length / 3);
  });
  it("leaves to remark a text with * or ___ emphasis, a link, a bullet list, a quote, a table or raw HTML", () => {
    for (const md of ["正文*斜体*。", "正文***加粗***。", "见[附件](a.pdf)。", "- 一项", "> 引文", "| a | b |\n|---|---|\n| 1 | 2 |", "<p>段落</p>", "详见 www.gov.cn 。"]) {
      expect(plainMarkdownBlocks(md), md).toBeNull();
    }
  });
});
