// The five real notices the project started from: the acceptance facts of issue 2 and 3,
// written out by hand from reading the sources.
import { describe, expect, it } from "vitest";
import type { Notice, Section } from "../src/model/schema.js";
import { parseFixture } from "./helpers/load.js";

function headings(sections: Section[], depth = 1): Array<[number, string | null, string]> {
  return sections.flatMap((s) => [[depth, s.marker, s.heading] as [number, string | null, string], ...headings(s.children, depth + 1)]);
}

describe("seed 000 扬州 (Markdown-like text, run-in items, tab table)", async () => {
  const d: Notice = await parseFixture("seed-yangzhou-2019-work-points.txt");
  it("reads the header", () => {
    expect(d.header.issuer).toBe("扬州市科学技术协会");
    expect(d.header.docNumber).toEqual({ raw: "扬科协字〔2019〕30号", prefix: "扬科协字", year: 2019, serial: 30 });
    expect(d.header.title).toBe("关于印发《2019年扬州市科协工作要点》的通知");
    expect(d.header.docType).toBe("通知");
    expect(d.header.recipients).toEqual(["各市级学会（协会、研究会）", "高校科协", "各县（市、区）科协", "化工园区科协"]);
  });
  it("reads the closing", () => {
    expect(d.signature).toBeNull();
    expect(d.cc).toEqual(["省科协", "市委巡察工作领导小组", "市纪委监委第十五派驻纪检监察组"]);
    expect(d.ccUp).toEqual([]);
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([["附", "2019年扬州市科协重点项目计划"]]);
  });
  it("finds the work points and the project plan as parts", () => {
    expect(d.parts.map((p) => p.title)).toEqual(["2019年扬州市科协工作要点", "2019年扬州市科协重点项目计划"]);
    const h = headings(d.parts[0]!.sections);
    expect(h.filter(([lv]) => lv === 1).map(([, m]) => m)).toEqual(["一、", "二、", "三、", "四、"]);
    expect(h.filter(([lv]) => lv === 2).length).toBe(3 + 3 + 5 + 4);
    // the page break inside 一是强化政 / 治引领 is repaired, the bold heading unwrapped
    expect(h[1]).toEqual([2, "一是", "强化政治引领"]);
    expect(h.find(([, , t]) => t.startsWith("发挥科协系统资源优势"))?.[0]).toBe(1);
    // 四是/五是 start mid-paragraph
    expect(h.filter(([, m]) => m === "五是").length).toBe(1);
  });
  it("reads the 26-row responsibility table into tasks", () => {
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.columns).toEqual(["序号", "重点项目", "计划完成时间", "牵头部门", "分管领导"]);
    expect(d.tasks).toHaveLength(26);
    expect(d.tasks[0]).toMatchObject({ seq: "1", deadline: "1月、7月", lead: ["科技馆"], leader: "徐乐东", due: { from: 1, to: 7 } });
    expect(d.tasks[25]).toMatchObject({ seq: "26", task: "学会专家工作站评审", deadline: "11-12月", lead: ["学会部"], leader: "钱靖平" });
  });
});

describe("seed 001 连云港 (masthead, speech and report as parts, glossary)", async () => {
  const d = await parseFixture("seed-lianyungang-2018-speech-report.txt");
  it("reads header and signature", () => {
    expect(d.header.issuer).toBe("连云港市科学技术协会");
    expect(d.header.docNumber?.raw).toBe("连科协〔2018〕16号");
    expect(d.header.title).toBe(
      "关于印发胡建军同志在市科协十届三次全委（扩大）会议上的讲话和市科协十届三次全委（扩大）会议工作报告的通知",
    );
    expect(d.header.recipients).toEqual(["市级各有关学会（协会、研究会）", "企事业科协", "高校科协", "各县（区）科协", "各有关单位"]);
    expect(d.signature).toEqual({ issuer: "连云港市科学技术协会", date: "2018-02-12", dateText: "2018年2月12日" });
  });
  it("finds the speech and the report", () => {
    expect(d.parts).toHaveLength(2);
    const [speech, report] = d.parts;
    expect(speech).toMatchObject({ title: "在市科协十届三次全委（扩大）会议上的讲话", author: "胡建军", date: "2018-02-08" });
    expect(report).toMatchObject({ subtitle: "市科协十届三次全委（扩大）会议工作报告", author: "许东方", date: "2018-02-08" });
    // the 一是…三是 list in the speech's opening, before its first 一、, is a list of nodes too
    expect(headings(speech!.sections).filter(([lv]) => lv === 1).map(([, m]) => m)).toEqual(["一是", "二是", "三是", "一、", "二、", "三、"]);
    expect(headings(speech!.sections)[0]).toEqual([1, "一是", "科协工作贡献力显著提升"]);
    expect(headings(speech!.sections).filter(([, m]) => m?.endsWith("要")).length).toBe(3 + 4 + 3);
  });
  it("nests the report's restarted numbering under unnumbered headings", () => {
    const top = d.parts[1]!.sections;
    expect(top.map((s) => [s.marker, s.heading])).toEqual([
      [null, "过去一年的主要工作"],
      [null, "今年工作的主要任务"],
    ]);
    for (const g of top) expect(g.children.map((s) => s.marker)).toEqual(["一、", "二、", "三、", "四、"]);
    expect(top[0]!.children[0]!.children[0]!.heading).toBe("政治引领手段不断创新");
  });
  it("finds the 13 glossary terms and drops the page number", () => {
    expect(d.glossary).toHaveLength(13);
    expect(d.glossary[0]).toMatchObject({ term: "“三型”组织", definition: "开放型、枢纽型、平台型科协组织" });
    expect(d.glossary[12]!.term).toBe("“百千万行动”");
    expect(d.diagnostics.some((x) => x.code === "page-number-removed" && x.line === 103)).toBe(true);
  });
});

describe("seed 002 枣庄 (ASCII brackets, continuous numbering, inline duties)", async () => {
  const d = await parseFixture("seed-zaozhuang-2019-inline-duties.txt");
  it("reads the header", () => {
    expect(d.header.docNumber).toEqual({ raw: "枣科协字[2019]1号", prefix: "枣科协字", year: 2019, serial: 1 });
    expect(d.header.issuer).toBe("枣庄市科学技术协会");
    expect(d.header.title).toBe("枣庄市科学技术协会关于印发2019年工作要点的通知");
  });
  it("keeps 1、…15、 continuous across sections", () => {
    const h = headings(d.parts[0]!.sections);
    expect(h.filter(([lv]) => lv === 2).map(([, m]) => m)).toEqual(Array.from({ length: 15 }, (_, i) => `${i + 1}、`));
  });
  it("turns the 15 inline notes into tasks, also the one after a page break", () => {
    expect(d.tasks).toHaveLength(15);
    expect(d.tasks[0]).toMatchObject({ task: "强化对科技工作者的思想政治引领", lead: ["组织部"], support: ["各部室", "各直属单位"] });
    expect(d.tasks[11]).toMatchObject({ task: "积极进军经济发展主战场", lead: ["学会部", "组织部"], support: ["各部室", "各直属单位"] });
    expect(d.tasks[12]).toMatchObject({ lead: ["学会部"], support: ["学会服务中心"], source: { section: "四/13", part: 0 } });
    const s12 = d.parts[0]!.sections[3]!.children[0]!;
    expect(s12.text).not.toContain("牵头");
    expect(s12.responsibility?.lead).toEqual(["学会部", "组织部"]);
  });
});

describe("seed 003 嘉兴 (no number, title over two lines, 附件)", async () => {
  const d = await parseFixture("seed-jiaxing-2019-work-points.txt");
  it("reads it", () => {
    expect(d.header.docNumber).toBeNull();
    expect(d.header.title).toBe("关于印发《嘉兴市科协2019年工作要点》的通知");
    expect(d.header.recipients).toEqual(["各县（市、区）科协", "市级学（协）会", "有关单位"]);
    expect(d.attachments.map((a) => [a.label, a.title])).toEqual([["附件", "嘉兴市科协2019年工作要点"]]);
    expect(d.signature?.issuer).toBe("嘉兴市科学技术协会");
    expect(d.cc).toEqual(["浙江省科协", "市委办", "孙贤龙副书记", "姜波副市长"]);
    const h = headings(d.parts[0]!.sections);
    expect(h.filter(([lv]) => lv === 2).map(([, m]) => m?.trim())).toEqual(Array.from({ length: 15 }, (_, i) => `${i + 1}.`));
  });
});

describe("seed 004 滁州 (number first, ⒈ markers, one cell per line table)", async () => {
  const d = await parseFixture("seed-chuzhou-2017-task-table.txt");
  it("reads header and closing", () => {
    expect(d.header.docNumber?.raw).toBe("滁科协〔2017〕2号");
    expect(d.header.title).toBe("关于印发《滁州市科协2017年工作要点》的通知");
    expect(d.signature).toMatchObject({ issuer: "滁州市科学技术协会", date: "2017-05-04" });
    expect(d.ccUp).toEqual(["市委", "市政府", "省科协"]);
  });
  it("reads the ①–⑩ list the work points' preamble announces as nodes before 一、", () => {
    const top = d.parts[0]!.sections.map((s) => s.marker);
    expect(top).toEqual([..."①②③④⑤⑥⑦⑧⑨⑩", "一、", "二、", "三、", "四、", "五、"]);
    expect(d.parts[0]!.sections[9]!.heading).toBe("制订《滁州市科协系统信息工作考核方案》，组建全市科协系统信息员队伍");
    expect(d.parts[0]!.preamble.at(-1)).toMatch(/十项重点工作：$/);
  });
  it("reads ⒈…⒘ under 一、…五、", () => {
    const h = headings(d.parts[0]!.sections);
    expect(h.filter(([lv]) => lv === 2).map(([, m]) => m)).toEqual([..."⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘"].slice(0, 17));
  });
  it("reads 10 tasks with owner, lead, leader and deadline; padded names squeezed", () => {
    expect(d.tasks).toHaveLength(10);
    expect(d.tasks[1]).toMatchObject({ owner: "彭国华", lead: ["学会部"], leader: "柳军", deadline: "全年", due: { from: 1, to: 12 } });
    expect(d.tasks[0]).toMatchObject({ deadline: "5月底", due: { from: 5, to: 5 } });
    expect(d.tasks[9]!.task).toBe("制订《滁州市科协系统信息工作考核方案》，组建全市科协系统信息员队伍");
  });
});
