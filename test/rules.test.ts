// The individual rules, each on the forms real notices write.
import { describe, expect, it } from "vitest";
import { parseNotice, parseText } from "../src/parse.js";
import type { Section } from "../src/model/schema.js";
import { withoutPinyin } from "../src/lexicon/traditional.js";
import { isLabelledRow, metadataPairs, opensWithBracketLabel } from "../src/lexicon/metadata.js";
import { ANNOTATION_LINE, endsLikeTitle, ISSUE_NUMBER_RE, PLAN_COVER_FIELD, titleThenAddressees, titleThenBody } from "../src/lexicon/patterns.js";
import { issuedTitles } from "../src/stages/parts.js";
import { findDocNumber, numberAfterTitle } from "../src/lexicon/docnumber.js";
import { parseDue } from "../src/lexicon/due.js";
import { cellOrgans, FIELD_LABEL, findNotes } from "../src/lexicon/notes.js";
import { splitHeading } from "../src/stages/sections.js";
import { parseNote } from "../src/stages/tasks.js";
import { fieldOf, joinWrappedHeader } from "../src/lexicon/columns.js";
import { dateOnly, findDate } from "../src/lexicon/dates.js";
import { firstOfJoint, gluedAddressees, isOrganLine, leadingOrgan, notAName, splitOrgans } from "../src/lexicon/organs.js";
import { decodeBytes } from "../src/adapters/decode.js";
import { COMMON_CHARS, plausibility } from "../src/adapters/plausibility.js";
import fc from "fast-check";
import { endsInLeaderPage, gluedPageNumbers, jammerRuns } from "../src/lexicon/layout.js";
import { matchMarker } from "../src/lexicon/markers.js";
import { REPORT_PART_HEADING } from "../src/lexicon/headings.js";

describe("发文字号", () => {
  it.each([
    ["扬科协字〔2019〕30号", "扬科协字", 2019, 30],
    ["枣科协字[2019]1号", "枣科协字", 2019, 1],
    ["泰海卫健发［2021］23号", "泰海卫健发", 2021, 23],
    ["临政发【2021】36号", "临政发", 2021, 36],
    ["苏科协发(2022)15号", "苏科协发", 2022, 15],
    ["珠科協〔2019〕8號", "珠科協", 2019, 8],
    ["国办发〔2020〕第7号", "国办发", 2020, 7],
    // a letter O (or 〇) typed for a zero in the year; the raw number keeps it as printed
    ["国函[20O0]31号", "国函", 2000, 31],
    ["湘政办函〔2〇19〕5号", "湘政办函", 2019, 5],
  ])("%s", (raw, prefix, year, serial) => {
    expect(findDocNumber(raw)?.value).toEqual({ raw, prefix, year, serial });
  });
  it("reads the series number of a 令 or 公告 on its own line, which has no year", () => {
    expect(findDocNumber("广州市人民政府令第5号")?.value).toEqual({ raw: "广州市人民政府令第5号", prefix: "广州市人民政府令", year: null, serial: 5 });
    expect(findDocNumber("某某市人民政府公告第12号")?.value).toMatchObject({ prefix: "某某市人民政府公告", serial: 12 });
    const doc = parseText("广州市人民政府关于修改《广州市行政规范性文件管理规定》的决定\n\n广州市人民政府令第5号\n\n  《决定》已经市政府常务会议讨论通过，现予公布，自2006年1月1日起施行。\n\n二○○五年十一月二十九日\n");
    expect(doc.header.docNumber?.raw).toBe("广州市人民政府令第5号");
    // a body sentence that cites a 令 is no number line
    expect(findDocNumber("根据广州市人民政府令第5号的规定执行")).toBeNull();
  });
  it("flags a number without a year", () => {
    const doc = parseText("扬科协字30号\n\n关于开展调研的通知\n\n各单位：\n\n请配合。");
    expect(doc.header.docNumber).toMatchObject({ prefix: "扬科协字", year: null, serial: 30 });
    expect(doc.diagnostics.map((d) => d.code)).toContain("doc-number-no-year");
  });
});

describe("dates", () => {
  it.each([
    ["2019年5月4日", "2019-05-04"],
    ["2019 年 5 月 4 日", "2019-05-04"],
    ["二〇一九年五月四日", "2019-05-04"],
    ["二○一九年十二月三十一日", "2019-12-31"],
    ["二OO八年三月一日", "2008-03-01"],
    ["二零零八年十月十日", "2008-10-10"],
  ])("%s", (text, iso) => expect(findDate(text)?.iso).toBe(iso));
  it("keeps the words but no ISO date for an impossible date", () => {
    expect(findDate("2019年2月30日")).toMatchObject({ iso: null, text: "2019年2月30日" });
  });
  it("a dated line in brackets is a date line", () => {
    expect(dateOnly("（2018年2月8日）")?.iso).toBe("2018-02-08");
    expect(dateOnly("2018年2月8日召开会议")).toBeNull();
  });
  it("an unreadable 成文日期 is a diagnostic", () => {
    const doc = parseText("关于开会的通知\n\n各单位：\n\n请参加。\n\n某某市科学技术协会\n\n2019年2月30日");
    expect(doc.signature?.date).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain("date-unreadable");
  });
});

describe("organ lists", () => {
  it("splits on 、，；, keeps brackets balanced, drops 等 and the final 。", () => {
    expect(splitOrgans("各县（市、区）科协，市级学（协）会，有关单位等。")).toEqual(["各县（市、区）科协", "市级学（协）会", "有关单位"]);
  });
  it("splits 和/及 only between two organs", () => {
    expect(splitOrgans("学会部和组织部", { conjunctions: true })).toEqual(["学会部", "组织部"]);
    expect(splitOrgans("区住房和城乡建设局", { conjunctions: true })).toEqual(["区住房和城乡建设局"]);
    expect(splitOrgans("区自然资源和规划分局", { conjunctions: true })).toEqual(["区自然资源和规划分局"]);
  });
  it("reads a duty written as a sentence opening: who leads, who supports, by when (no brackets)", () => {
    const doc = parseText("关于印发重点工作安排的通知\n各单位：\n现将有关事项通知如下。\n一、重点推广应用任务\n1.营销数字化稽查。全面贯通稽查平台。国网客服中心牵头，山东、江苏公司配合，3月底前完成试点应用。\n2.用电客户图谱。构建用户画像。浙江公司牵头在年底前完成试点应用，各省公司年底前完成推广。\n3.优化标签运营机制。国网客服中心牵头，上海、浙江公司配合，健全标签运营机制。\n4.加强宣传。研究总部牵头、省市县联动的运营模式。\n国网营销部\n2021年1月28日\n");
    expect(doc.tasks.map((t) => [t.task, t.lead, t.support, t.deadline])).toEqual([
      ["营销数字化稽查", ["国网客服中心"], ["山东", "江苏公司"], "3月底前"],
      ["用电客户图谱", ["浙江公司"], [], "年底前"],
      ["优化标签运营机制", ["国网客服中心"], ["上海", "浙江公司"], null],
    ]);
    // 由X牵头，于…前: 由 is no part of the organ, and the time stays in the item's text
    const [n] = findNotes("鼓励社会资本参与改造。由市住房城乡建设局牵头，于9月底前制定具体办法报市政府审定。");
    expect([n?.note.lead, n?.note.deadline, n?.raw]).toEqual([["市住房城乡建设局"], "9月底前", "由市住房城乡建设局牵头，"]);
  });
  it("a 分工 list of organ: duty lines gives a task per line, on lines of their own or run on in one line", () => {
    const lines = parseText("关于报送迎查工作有关资料的函\n省有关部门、单位:\n请做好迎查准备。\n一、提报资料的部门及相关内容\n省应急厅:应急避难设施建设等相关工作迎查资料。\n省教育厅:大中小学校舍加固等相关工作迎查资料。\n二、报送要求\n请于8月2日前报送。\n山东省发展和改革委员会\n2021年7月27日\n");
    const want = [["应急避难设施建设等相关工作迎查资料", ["省应急厅"]], ["大中小学校舍加固等相关工作迎查资料", ["省教育厅"]]];
    expect(lines.tasks.map((t) => [t.task, t.lead])).toEqual(want);
    const body = "请各部门高度重视，认真梳理本部门相关工作开展情况，按要求准备好迎查资料并确保资料真实完整。";
    const flat = parseText(["关于报送迎查工作有关资料的函省有关部门、单位:", body, "一、总体要求", body, "二、提报资料的部门及相关内容省应急厅:应急避难设施建设等相关工作迎查资料。省教育厅:大中小学校舍加固等相关工作迎查资料。三、报送要求", body, body].join(""));
    expect(flat.tasks.map((t) => [t.task, t.lead])).toEqual(want);
    expect(flat.sections.map((x) => x.heading)).toEqual(["总体要求", "提报资料的部门及相关内容", "报送要求"]);
    // a role label or a contact line is no duty line
    expect(parseText("关于报送资料的通知\n一、报送内容\n责任单位：市发改委\n市教育局：0571-87000000\n").tasks.map((t) => t.task)).toEqual(["报送内容"]);
  });
  it("a closing remark after a note's roles (以下各项任务均需…，不再一一列出) is its remark, not an organ", () => {
    const [n] = findNotes("淘汰低效落后产能。(省发展改革委、省工业和信息化厅按职责分工负责，各市政府负责落实。以下各项任务均需各市政府落实，不再一一列出)");
    expect([n?.note.lead, n?.note.remark]).toEqual([["省发展改革委", "省工业和信息化厅", "各市政府"], "以下各项任务均需各市政府落实；不再一一列出"]);
  });
  it("a sentence that opens with departments alone and 组织 or 牵头 (数字化部组织，… / 建设部牵头，加快…) names the lead; a noun ending in 组织 or a clause before 牵头 does not", () => {
    const doc = parseText("关于月度工作例会的纪要\n一、百日攻坚\n1.关键业绩指标百日攻坚方面。数字化部组织，各专业坚持目标导向，全力以赴确保业绩考核保持前列。\n2.电网工程建设百日攻坚方面。建设部牵头，加快推进已纳入开工计划项目的前期工作。\n3.改进工作方式。大力建设网上科协组织，推动服务下沉。\n4.考核方式。年终考核由市爱卫办牵头，组织专家复核。\n");
    expect(doc.tasks.map((t) => [t.task, t.lead])).toEqual([["关键业绩指标百日攻坚方面", ["数字化部"]], ["电网工程建设百日攻坚方面", ["建设部"]]]);
  });
  it("keeps a county list in 〔〕 whole, and splits 和 before it", () => {
    expect(splitOrgans("市政府有关部门和各县〔市、区〕人民政府、“三区”管委会", { conjunctions: true })).toEqual(["市政府有关部门", "各县〔市、区〕人民政府", "“三区”管委会"]);
    expect(splitOrgans("各县［市、区］教育局，市直学校")).toEqual(["各县［市、区］教育局", "市直学校"]);
  });
  it("drops a closing 等 with its category, a level word included (等省有关部门)", () => {
    const [n] = findNotes("推进重大项目建设。（省发展改革委牵头，交通运输厅、能源局等省有关部门，各地级以上市人民政府按职责分工负责）");
    expect(n?.note.lead).toEqual(["省发展改革委"]);
    expect(n?.note.support).toEqual(["交通运输厅", "能源局", "各地级以上市人民政府"]);
  });
  it("squeezes padded names", () => expect(splitOrgans("柳  军、张　三")).toEqual(["柳军", "张三"]));
});

describe("section headings", () => {
  it.each([
    ["拓宽联系服务渠道，在引领激励科技工作者上创造新特色。充分发挥……", "拓宽联系服务渠道，在引领激励科技工作者上创造新特色"],
    ["会议时间：2019年5月4日上午9时。", "会议时间"],
    ["思想政治引领行动", "思想政治引领行动"],
    ["实施《全民科学素质纲要》。认真履行……", "实施《全民科学素质纲要》"],
    ["强化党建；加强作风。", "强化党建"],
  ])("%s", (content, heading) => expect(splitHeading(content).heading).toBe(heading));
});

describe("deadlines", () => {
  it.each([
    ["3-10月", { from: 3, to: 10 }],
    ["3—10月", { from: 3, to: 10 }],
    ["1月、7月", { from: 1, to: 7 }],
    ["5月底", { from: 5, to: 5 }],
    ["全  年", { from: 1, to: 12 }],
    ["上半年", { from: 1, to: 6 }],
    ["下半年", { from: 7, to: 12 }],
    ["年底前", { from: 12, to: 12 }],
    ["第三季度", { from: 7, to: 9 }],
    ["三、四季度", { from: 7, to: 12 }],
    ["2023年6月底", { from: 6, to: 6, year: 2023 }],
    ["2025年6月底前", { from: 6, to: 6, year: 2025 }],
    ["2026年底", { from: 12, to: 12, year: 2026 }],
    ["12月、次年3月", null],
    ["长期坚持", null],
  ])("%s", (text, due) => expect(parseDue(text)).toEqual(due));
});

describe("responsibility notes and columns", () => {
  it.each([
    ["牵头责任部门：组织部，配合部门：各部室、各直属单位", ["组织部"], ["各部室", "各直属单位"]],
    ["牵头单位：市科协；责任单位：各县区", ["市科协"], ["各县区"]],
    ["责任单位：市教育局、市财政局", ["市教育局", "市财政局"], []],
    ["牵头部门：办公室和组织部，配合部门：学会部等", ["办公室", "组织部"], ["学会部"]],
    // 官渡区: a list without a verb shares the next clause's (配合)
    ["区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道办事处配合", ["区发改局"], ["区财政局", "区水务局", "区国投公司", "各街道办事处"]],
    ["市科技局牵头，市财政局，市教育局配合", ["市科技局"], ["市财政局", "市教育局"]],
    // …but a time is no organ, and a list with no clause after it is no one's
    ["市科技局牵头，2023年底前，市教育局配合", ["市科技局"], ["市教育局"]],
  ])("%s", (note, lead, support) => expect(parseNote(note)).toMatchObject({ lead, support }));

  it("keeps a word that sorts the item and a closing remark as the note's remark, not organs", () => {
    // 荆门市“十四五”规划纲要 实施方案: (预期性指标,牵头单位:…;责任单位:…,以下均需各县市区落实,不再逐一列出)
    expect(parseNote("预期性指标,牵头单位:市发改委;责任单位:市政府有关部门,各县市区,以下均需各县市区落实,不再逐一列出")).toMatchObject({
      lead: ["市发改委"], support: ["市政府有关部门", "各县市区"], remark: "预期性指标；以下均需各县市区落实；不再逐一列出",
    });
    expect(parseNote("约束性指标，牵头单位：市生态环境局")).toMatchObject({ lead: ["市生态环境局"], remark: "约束性指标" });
    // an opening that is neither a time, a clause nor such a word still makes no note
    expect(parseNote("高度重视，牵头单位：市发改委")).toBeNull();
  });

  it("reads a note whose closing bracket never comes (a page cut inside it) to the end of the text", () => {
    const doc = parseText("二、主要指标\n\n1.地区生产总值年均增长7%以上。(预期性指标,牵头单位:市发改委;责任单位:市政府有关部门,各县市区,不再逐\n");
    expect(doc.tasks.map((t) => [t.task, t.lead, t.support, t.notes])).toEqual([
      ["地区生产总值年均增长7%以上", ["市发改委"], ["市政府有关部门", "各县市区"], "预期性指标；不再逐"],
    ]);
  });

  it("maps header synonyms through one table", () => {
    expect(["重 点 项 目", "计划完成时间", "牵头单位", "配合单位", "分管领导", "责任人", "备注", "完成时限（月）"].map(fieldOf)).toEqual([
      "task", "deadline", "lead", "support", "leader", "owner", "notes", "deadline",
    ]);
    expect(fieldOf("预算金额")).toBeNull();
  });

  it("reads Traditional headers folded and a 民生实事 list's task column", () => {
    // 洋縣十大民生實事項目 (項目名稱 … 責任單位), 大竹县民生实事目标任务分解表 (民生实事 … 完成时限)
    expect(["序號", "項目名稱", "完成時間", "責任單位", "民生实事", "民生實事", "实事项目"].map(fieldOf)).toEqual([
      "seq", "task", "deadline", "lead", "task", "task", "task",
    ]);
    expect(fieldOf("建設時間")).toBeNull();
  });

  it("reads 內 (the Traditional form of 内) in a header: a pipe table of 重點任務 | 工作內容 | 負責科室 gives its tasks", () => {
    expect(fieldOf("工作內容")).toBe("task");
    const doc = parseText("二、重點工作任務分解\n重點任務 | 工作內容 | 負責科室 |\n政策解讀 | 對政策文件進行全面解讀。 | 各責任科室 |\n政務服務 | 注重政務服務辦理流程信息發佈 | 綜合科 |\n");
    expect(doc.tasks.map((t) => t.lead)).toEqual([["各責任科室"], ["綜合科"]]);
  });

  it("reads a target column headed with its year (2022年预期目标) and a header naming two roles (责任主体与协同单位)", () => {
    expect(["2022年预期目标", "预期目标", "2023年度重点任务", "责任主体与协同单位", "牵头单位及配合单位", "责任主体"].map(fieldOf)).toEqual([
      "task", "task", "task", "support", "lead", "lead",
    ]);
    // a year alone, or a figure column, names no task
    expect(["2022年", "2022年目标值", "主体"].map(fieldOf)).toEqual([null, null, null]);
    const doc = parseText("附件1\n\n目标任务分解表\n\n序号\n\n2022年预期目标\n\n责任单位\n\n1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n\n2\n\n工业增加值增长7%左右\n\n区经济信息委\n");
    expect(doc.tasks.map((t) => [t.task, t.lead])).toEqual([["地区生产总值增长5.5%左右", ["区发展改革委"]], ["工业增加值增长7%左右", ["区经济信息委"]]]);
  });

  it("turns a bare note on its own line and unknown columns into task fields", () => {
    const doc = parseText(
      "关于做好防汛工作的通知\n\n各单位：\n\n一、加强值守。严格执行24小时值班制度。\n责任部门：应急管理局、水利局\n\n二、排查隐患。全面排查。（牵头单位：住建局；责任单位：各镇街）\n\n重点任务表\n\n序号\t任务\t牵头单位\t预算金额\n1\t修缮堤坝\t水利局\t20万元\n",
    );
    expect(doc.tasks.map((t) => [t.task, t.lead, t.support])).toEqual([
      ["加强值守", ["应急管理局", "水利局"], []],
      ["排查隐患", ["住建局"], ["各镇街"]],
      ["修缮堤坝", ["水利局"], []],
    ]);
    expect(doc.tasks[2]!.extra).toEqual({ 预算金额: "20万元" });
    expect(doc.sections[0]!.text).toBe("严格执行24小时值班制度。");
  });
});

describe("decoding", () => {
  const text = "关于开展2019年科普日活动的通知";
  it("reads UTF-8 with BOM, UTF-16 LE/BE with BOM and GB18030-only characters", async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(await decodeBytes(bom)).toMatchObject({ text, encoding: "utf-8-bom" });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(await decodeBytes(le)).toMatchObject({ text, encoding: "utf-16le" });
    const be = Buffer.from(Buffer.from(text, "utf16le")).swap16();
    expect(await decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text, encoding: "utf-16be" });
    const iconv = (await import("iconv-lite")).default;
    const rare = "王䶮同志" + text;
    expect(await decodeBytes(iconv.encode(rare, "gb18030"))).toMatchObject({ text: rare, encoding: "gb18030" });
  });
});

describe("plausibility: how much a decoding looks like Chinese prose", () => {
  // the definition, written plainly: characters (not code units), CJK U+3400–U+9FFF counted, the
  // common ones also counted as common, private-use characters counted four times
  const common = new Set(COMMON_CHARS);
  const reference = (text: string) => {
    let cjk = 0;
    let hits = 0;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (c >= 0x3400 && c <= 0x9fff) {
        cjk++;
        if (common.has(ch)) hits++;
      } else if (c >= 0xe000 && c <= 0xf8ff) cjk += 4;
    }
    return cjk === 0 ? 0 : hits / cjk;
  };
  it("every common character is one UTF-16 unit in the counted block", () => {
    expect([...common].filter((ch) => ch.length !== 1 || ch < "\u3400" || ch > "\u9fff")).toEqual([]);
  });
  it("scores any string as the definition does (surrogates, private use, mojibake)", () => {
    const pieces = fc.constantFrom("通知", "關於", "的", "㐀", "鿿", "\ue000", "\uf8ff", "𠀀", "\ud840", "\udc00", "a", "，", "锟斤拷");
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "binary" })), { maxLength: 30 }), (parts) => {
      const s = parts.join("");
      expect(plausibility(s)).toBe(reference(s));
    }), { numRuns: 2000 });
  });
  it("prefers the GB18030 reading of GBK text that Big5 also decodes", async () => {
    const iconv = (await import("iconv-lite")).default;
    const text = "关于印发2019年全市科协工作要点的通知";
    const bytes = iconv.encode(text, "gbk");
    expect(new TextDecoder("big5", { fatal: true }).decode(bytes)).not.toBe(text); // both decode
    expect(plausibility(text)).toBeGreaterThan(plausibility(new TextDecoder("big5").decode(bytes)));
    expect(await decodeBytes(bytes)).toMatchObject({ text, encoding: "gb18030" });
  });
});

describe("normalisation", () => {
  it("handles CRLF, CR, U+3000 and NBSP padding, and keeps lines pointing into the source", () => {
    const doc = parseText("\u3000\u3000关于开会的\r\n通知\r\n\r\n各单位：\r\r一、\u00a0准备工作。请按时参加。\r\n");
    expect(doc.header.title).toBe("关于开会的通知");
    expect(doc.sections[0]).toMatchObject({ marker: "一、", heading: "准备工作", line: 6 });
  });
  it("full-width digits in markers", () => {
    const doc = parseText("关于开会的通知\n\n各单位：\n\n１．准备工作。\n\n２．会议安排。");
    expect(doc.sections.map((s) => s.ordinal)).toEqual([1, 2]);
  });
  it("reports numbering gaps and repeats", () => {
    const doc = parseText("关于开会的通知\n\n各单位：\n\n一、甲。\n\n三、乙。\n\n三、丙。");
    const numbering = doc.diagnostics.filter((d) => d.code.startsWith("numbering"));
    expect(numbering.map((d) => [d.code, d.line])).toEqual([["numbering-gap", 7], ["numbering-repeat", 9]]);
  });
});

describe("tables in plain text", () => {
  it("reads rows aligned with runs of spaces when the header names known columns", () => {
    const doc = parseText(
      "关于会议的通知\n\n各单位：\n\n现将重点任务印发。\n\n序号    工作任务            牵头单位    完成时间\n1       召开动员大会        办公室      3月\n2       组织专题培训        组织部      4-5月\n\n特此通知。\n",
    );
    expect(doc.tables[0]!.rows).toEqual([["1", "召开动员大会", "办公室", "3月"], ["2", "组织专题培训", "组织部", "4-5月"]]);
    expect(doc.tasks.map((t) => [t.task, t.lead, t.due])).toEqual([
      ["召开动员大会", ["办公室"], { from: 3, to: 3, year: null }],
      ["组织专题培训", ["组织部"], { from: 4, to: 5, year: null }],
    ]);
    expect(doc.preamble).toEqual(["现将重点任务印发。", "特此通知。"]);
  });

  it("leaves prose with wide spaces alone", () => {
    const doc = parseText("关于会议的通知\n\n各单位：\n\n现将  重点任务  印发给你们。\n");
    expect(doc.tables).toEqual([]);
  });
});

describe("organ lists with one-character places", () => {
  it("keeps 各县、市、区科协 whole: one character is never an organ", () => {
    expect(splitOrgans("各县、市、区科协，市级各学会（协会、研究会）：")).toEqual(["各县、市、区科协", "市级各学会（协会、研究会）"]);
    expect(splitOrgans("省科协、市委、市政府")).toEqual(["省科协", "市委", "市政府"]);
  });
});

describe("tab-indented paragraphs", () => {
  it("are sections and notes, not a one-cell-per-line table", () => {
    const doc = parseText(
      "关于开展科普周活动的通知\n\n各单位：\n\n\t一、活动时间\n\t2024年5月20日至26日。\n\n\t二、活动内容\n\t开展科普进社区活动。（牵头单位：县科协；配合单位：县教育局）\n",
    );
    expect(doc.tables).toEqual([]);
    expect(doc.sections.map((s) => s.heading)).toEqual(["活动时间", "活动内容"]);
    expect(doc.tasks.map((t) => [t.task, t.lead, t.support])).toEqual([["活动内容", ["县科协"], ["县教育局"]]]);
  });
});

describe("responsibility notes in the forms notices write them", () => {
  const doc = parseText(
    "关于做好2024年数字政府建设工作的通知\n\n各单位：\n\n一、深化改革\n\n（一）深化放管服改革（牵头单位：市政务办；配合单位：市发改委）\n持续推进一网通办。\n\n（二）建设数据平台。完善市级数据共享平台。（责任单位：市大数据局，2024年底前完成）\n\n（三）推进科技创新。实施科技型企业培育工程，由市科技局牵头，市财政局、市教育局配合。\n",
  );
  it("a note on a heading line that has body text below it", () => {
    expect(doc.tasks[0]).toMatchObject({ task: "深化放管服改革", lead: ["市政务办"], support: ["市发改委"], source: { section: "一/（一）" } });
    expect(doc.sections[0]!.children[0]!.heading).toBe("深化放管服改革");
  });
  it("a deadline inside the note is the task's deadline, not an organ", () => {
    expect(doc.tasks[1]).toMatchObject({ lead: ["市大数据局"], deadline: "2024年底前完成", due: { from: 12, to: 12, year: 2024 } });
  });
  it("“X牵头，Y配合” written as a sentence", () => {
    expect(doc.tasks[2]).toMatchObject({ task: "推进科技创新", lead: ["市科技局"], support: ["市财政局", "市教育局"] });
    expect(doc.sections[0]!.children[2]!.text).toBe("实施科技型企业培育工程");
  });
});

describe("a labelled note without brackets after a label of another kind", () => {
  it("passes over the earlier label (资源申请：… 改造内容如下：) to the role label that runs to the end", () => {
    const [a] = findNotes("资源申请：按照要求提出配置需求。责任单位：国网信通公司完成时限：2021年9月30日");
    expect(a).toMatchObject({ raw: "责任单位：国网信通公司完成时限：2021年9月30日", note: { lead: ["国网信通公司"], deadline: "2021年9月30日" } });
    const [b] = findNotes("优化平台功能。改造内容具体如下：责任单位：服务商、南瑞公司完成时限：2021年11月30日");
    expect(b!.note.lead).toEqual(["服务商", "南瑞公司"]);
    // a label's value on a later line is not a note of this text
    expect(findNotes("资源申请：按照要求。责任单位：国网信通公司\n另行通知")).toEqual([]);
  });
  it("a role label glued to the words before it counts when the note states its deadline too", () => {
    const [c] = findNotes("硬件部分包括指挥机。图1 北斗短报文拓扑图责任单位：服务商、信通公司完成时限：2021年11月30日");
    expect(c).toMatchObject({ raw: "责任单位：服务商、信通公司完成时限：2021年11月30日", note: { lead: ["服务商", "信通公司"], deadline: "2021年11月30日" } });
    expect(findNotes("硬件部分包括指挥机。图1 北斗短报文拓扑图责任单位：服务商、信通公司")).toEqual([]);
  });
});

describe("notes on lines of their own, and the first-named-leads declaration", () => {
  const head = "关于印发2023年重点工作任务分工方案的通知\n\n各单位：\n\n一、稳增长\n\n";
  it("牵头单位 on one line and 责任单位 on the next: the 责任单位 carry it out with the lead", () => {
    const doc = parseText(`${head}1.地区生产总值增长6%左右。\n\n牵头单位:区发改局\n\n责任单位:开发区,各街道\n\n2.固定资产投资增长15%。\n\n责任单位:各街道\n\n牵头单位:区财政局\n`);
    expect(doc.tasks.map((t) => [t.task, t.lead, t.support])).toEqual([
      ["地区生产总值增长6%左右", ["区发改局"], ["开发区", "各街道"]],
      ["固定资产投资增长15%", ["区财政局"], ["各街道"]],
    ]);
  });
  it("two 责任单位 lines, neither naming a lead, still list every organ as lead", () => {
    const doc = parseText(`${head}1.地区生产总值增长6%左右。\n\n责任单位:区发改局\n\n责任单位:开发区\n`);
    expect(doc.tasks.map((t) => [t.lead, t.support])).toEqual([[["区发改局", "开发区"], []]]);
  });
  it("a bracketed declaration after the organs is no organ, and the first-named organ leads from there on", () => {
    expect(parseNote("责任单位:市政府办公室、各区县政府(南太湖新区、长合区管委会)(列第一位的为工作牵头单位或汇总单位,下同)")).toMatchObject({
      lead: ["市政府办公室", "各区县政府(南太湖新区、长合区管委会)"], firstLeads: true,
    });
    expect(parseNote("责任单位:市发改委、市财政局，列第一位的为牵头单位")).toMatchObject({ lead: ["市发改委", "市财政局"], firstLeads: true });
    const doc = parseText(`${head}1.坚持学习制度。\n责任单位:市政府办公室、市级有关单位(列第一位的为工作牵头单位,下同)\n\n2.实施招商行动。\n责任单位:市政府办公室、市委人才办\n`);
    expect(doc.tasks.map((t) => [t.lead, t.support])).toEqual([
      [["市政府办公室"], ["市级有关单位"]],
      [["市政府办公室"], ["市委人才办"]],
    ]);
    // the declaration is no organ, and is kept as the task's note: nothing is lost
    expect(doc.tasks[0]!.notes).toBe("列第一位的为工作牵头单位,下同");
  });
});

describe("reposts converted by half, and the words around organ lists", () => {
  it("an organ before 關于 or 关於 opens the title as before 关于 and 關於", () => {
    for (const about of ["关于", "關於", "關于", "关於"]) expect(leadingOrgan(`東莞市人民政府${about}貫徹落實的實施意見`)).toBe("東莞市人民政府");
    expect(leadingOrgan("關于印发的通知")).toBeNull();
  });
  it("a Traditional note reads as the same note in Simplified (牽頭 … 按職責分工負責)", () => {
    const simplified = parseNote("市政府办公室、市审改办牵头,市级各有关部门及各县市区政府按职责分工负责")!;
    const traditional = parseNote("市政府辦公室、市審改辦牽頭,市級各有關部門及各縣市區政府按職責分工負責")!;
    expect([simplified.lead, simplified.support]).toEqual([["市政府办公室", "市审改办"], ["市级各有关部门", "各县市区政府"]]);
    expect([traditional.lead, traditional.support]).toEqual([["市政府辦公室", "市審改辦"], ["市級各有關部門", "各縣市區政府"]]);
  });
  it("及/和 after a group of 部门 splits only before another organ", () => {
    expect(splitOrgans("市级各有关部门及各县市区政府", { conjunctions: true })).toEqual(["市级各有关部门", "各县市区政府"]);
    expect(splitOrgans("各有关部门和单位", { conjunctions: true })).toEqual(["各有关部门和单位"]);
    expect(splitOrgans("住房和城乡建设部门", { conjunctions: true })).toEqual(["住房和城乡建设部门"]);
  });
  it("a page's 全文/正文 tab above the text is not the title", () => {
    const doc = parseText("全文\n以习近平新时代中国特色社会主义思想为指导，进一步转变政府职能。\n一、推动审批全链条优化\n1.全面实施行政许可事项清单管理。\n");
    expect(doc.header.title).toBeNull();
    expect(parseText("【正文】\n关于开展安全检查的通知\n各单位：\n一、检查范围。\n").header.title).toBe("关于开展安全检查的通知");
  });
});

describe("r9: titles with an organ and a year, the 普通事项 mark, a text that is an attachment alone", () => {
  it("an organ then a year opens a title without 关于", () => {
    expect(leadingOrgan("国网陕西省电力有限公司2022年全国两会服务保障工作方案")).toBe("国网陕西省电力有限公司");
    expect(leadingOrgan("扬州市科协2019年工作要点")).toBe("扬州市科协");
    expect(leadingOrgan("国务院办公厅关于同意以哈尔滨市名义申办2025年亚洲冬季运动会的函")).toBe("国务院办公厅");
    expect(leadingOrgan("2022年全市科协工作要点")).toBeNull();
  });
  const body = "各单位要高度重视，明确专人负责，周密制定方案，确保各项工作安全有序开展，按时报送工作总结和有关材料。";
  it("普通事项 before a masthead is no part of the organ and no 密级", () => {
    const doc = parseText(`普通事项国网某省电力有限公司文件某电财〔2022〕2号国网某省电力有限公司关于开设账户的批复某发电集团有限公司：${body}一、同意开设。${body}二、加强管理。${body}国网某省电力有限公司2022年1月5日`);
    expect([doc.header.issuer, doc.header.secrecy, doc.header.docNumber?.raw]).toEqual(["国网某省电力有限公司", null, "某电财〔2022〕2号"]);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("header-text-unread");
  });
  it("a flattened attachment opening with its label: the title without it", () => {
    const doc = parseText(`附件国网某省电力有限公司2022年全国两会服务保障工作方案根据上级要求，制定本方案。${body}一、工作目标${body}二、工作措施${body}`);
    expect(doc.header.title).toBe("国网某省电力有限公司2022年全国两会服务保障工作方案");
    expect(doc.header.issuer).toBe("国网某省电力有限公司");
  });
});

describe("joint mastheads of one place", () => {
  it("two organs run together, the second naming the place again: the first issues", () => {
    expect(firstOfJoint("陕西省发展和改革委员会陕西省林业局")).toBe("陕西省发展和改革委员会");
    expect(firstOfJoint("南京市教育局南京市财政局")).toBe("南京市教育局");
    expect(firstOfJoint("南京市教育局中共南京市委宣传部")).toBe("南京市教育局");
    for (const one of ["扬州市广陵区教育局", "苏州市市场监督管理局", "江苏省科学技术协会", "陕西省地方电力（集团）有限公司"]) expect(firstOfJoint(one)).toBeNull();
    const doc = parseText("陕西省发展和改革委员会陕西省林业局文件\n陕发改能电力〔2021〕634号\n关于印发国有林场电网移交工作实施方案的通知\n各设区市发展改革委：\n现将实施方案印发给你们，请认真贯彻执行。\n");
    expect(doc.header.issuer).toBe("陕西省发展和改革委员会");
  });
});

describe("an issued plan after the signature, and a title printed twice", () => {
  const notice = [
    "鞍山市立山区人民政府文件", "鞍立政发〔2023〕2号", "立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知", "",
    "鞍立政发〔2023〕2号立山区人民政府关于印发立山区政府2023年重点工作任务分解和责任分工方案的通知", "",
    "立山经济开发区,各街道办事处:", "", "现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们,请认真贯彻落实。", "",
    "立山区人民政府", "", "2023年3月28日", "", "立山区政府2023年重点工作", "", "任务分解和责任分工方案", "",
    "一、经济社会发展的主要预期目标", "", "1.努力实现地区生产总值增长6.2%左右。", "", "牵头单位:区发改局", "",
  ].join("\n");
  const doc = parseText(notice);
  it("a title the notice quotes, broken over two lines, opens the plan as a part", () => {
    expect(doc.sections).toEqual([]);
    expect(doc.parts.map((p) => [p.title, p.sections.map((x) => x.marker)])).toEqual([["立山区政府2023年重点工作任务分解和责任分工方案", ["一、"]]]);
  });
  it("the title keeps its 《》 when a repeat nearer the body lost them", () => {
    expect(doc.header.title).toBe("立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知");
    expect(doc.header.docNumber?.raw).toBe("鞍立政发〔2023〕2号");
    // the title's own line is read; the repeat is passed over as the title again
    expect(doc.diagnostics.filter((d) => d.code.startsWith("header-")).map((d) => [d.code, d.line])).toEqual([["header-line-skipped", 5]]);
  });
});

describe("a 附件说明 listing several attachments on one line", () => {
  it("each title after its own 附件N label", () => {
    const doc = parseText("关于下达投资调整计划的通知\n\n各分公司：\n\n现将调整计划下达给你们。\n\n附件：附件1  2021年电网投资调整计划汇总表附件2  2021年基本建设调整计划附件３：2021年技术改造调整计划\n\n某某电力公司\n\n2021年8月3日\n");
    expect(doc.attachments.map((a) => [a.label, a.title])).toEqual([
      ["附件1", "2021年电网投资调整计划汇总表"], ["附件2", "2021年基本建设调整计划"], ["附件3", "2021年技术改造调整计划"],
    ]);
    // a title that only mentions an attachment keeps it
    expect(parseText("关于报送材料的通知\n\n各单位：\n\n请按时报送。\n\n附件：关于附件2格式的说明\n\n某某局\n\n2021年8月3日\n").attachments.map((a) => a.title)).toEqual(["关于附件2格式的说明"]);
  });
  it("numbered titles run together, each opening with its year (1.2021年度…2.2021年…)", () => {
    const doc = parseText("关于用工招聘情况的报告\n\n公司党委：\n\n现将招聘情况报告如下。\n\n附件：1.2021年度用工招聘计划统计表2.2021年社会招聘拟聘人员建议名单\n\n人力资源部\n\n2021年11月2日\n");
    expect(doc.attachments.map((a) => [a.label, a.title])).toEqual([
      ["附件1", "2021年度用工招聘计划统计表"], ["附件2", "2021年社会招聘拟聘人员建议名单"],
    ]);
  });
});

describe("r8: customs houses, and plans a title issues without 《》", () => {
  it("an organ named …海关 is an organ in a note, alone or listed", () => {
    expect(parseNote("合肥海关负责")).toMatchObject({ lead: ["合肥海关"], support: [] });
    expect(parseNote("省商务厅牵头，合肥海关配合")).toMatchObject({ lead: ["省商务厅"], support: ["合肥海关"] });
  });
  it("附件： with its title, then the attachment under its own label: one 附件说明 and one part", () => {
    const doc = parseText("关于印发《某某市数字政府建设考评办法》的通知\n\n各单位：\n\n现印发给你们。\n\n某某市人民政府办公室\n\n2022年4月14日\n\n某某市数字政府建设考评办法\n\n一、考评对象\n\n二、考评结果应用\n\n附件：\n\n某某市数字政府建设考评指标\n\n附件\n\n某某市数字政府建设考评指标\n\n一、政务服务\n");
    expect(doc.parts.map((p) => [p.label, p.title])).toEqual([[null, "某某市数字政府建设考评办法"], ["附件", "某某市数字政府建设考评指标"]]);
    expect(doc.attachments.map((a) => a.title)).toEqual(["某某市数字政府建设考评指标"]);
  });
  it("a note ending a paragraph of run-in items closes the numbered item, unless one of them has its own", () => {
    const doc = parseText("关于印发工作要点的通知\n\n各单位：\n\n一、政务服务\n\n3．全面提升热线服务水平。加快升级热线平台。一是一单通达，提高效率；二是自动外呼，解决回访难题。（6月底完成，牵头单位：市政府办公室）\n\n4．成立热线工作机构。一是统一受理（牵头单位：市公安局）；二是统一考评。（牵头单位：市政府办公室）\n");
    expect(doc.tasks.map((t) => [t.task, t.lead, t.deadline, ("section" in t.source ? t.source.section : null)])).toEqual([
      ["全面提升热线服务水平", ["市政府办公室"], "6月底完成", "一/3"],
      ["统一受理", ["市公安局"], null, "一/4/一是"],
      ["统一考评", ["市政府办公室"], null, "一/4/二是"],
    ]);
    // the note left the last run-in item's text
    expect(doc.sections[0]!.children[0]!.children[1]!.text).not.toContain("牵头单位");
  });
  it("role clauses before a labelled deadline, 分工负责 without 按职责, 等部门单位, and 协同负责 as joint leads", () => {
    expect(parseNote("办公室牵头，各供电公司负责；完成时限：全国两会召开前")).toMatchObject({ lead: ["办公室"], support: ["各供电公司"], deadline: "全国两会召开前" });
    expect(parseNote("办公室、发展部、调控中心等部门分工负责")).toMatchObject({ lead: ["办公室", "发展部", "调控中心"] });
    expect(parseNote("营销部牵头，西安公司、商洛公司等部门单位配合")).toMatchObject({ lead: ["营销部"], support: ["西安公司", "商洛公司"] });
    expect(parseNote("办公室、发展部、交易公司等部门协同负责,相关基层单位配合")).toMatchObject({ lead: ["办公室", "发展部", "交易公司"], support: ["相关基层单位"] });
    // a named lead keeps 协同负责 organs in support
    expect(parseNote("市科技局牵头，市财政局协同负责")).toMatchObject({ lead: ["市科技局"], support: ["市财政局"] });
  });
  it("a time written before a note's labels is its deadline", () => {
    expect(parseNote("5月底取得明显成效并持续推进，牵头考核单位：市审批服务局")).toMatchObject({ lead: ["市审批服务局"], deadline: "5月底取得明显成效并持续推进" });
    expect(parseNote("按进度推进，牵头考核单位：市工信局")).toMatchObject({ lead: ["市工信局"], deadline: "按进度推进" });
    expect(parseNote("6月底完成，牵头单位：市委网信办；配合单位：市大数据中心")).toMatchObject({ lead: ["市委网信办"], support: ["市大数据中心"], deadline: "6月底完成" });
    // words that are no time before the label: not a note
    expect(parseNote("其中，牵头单位：市工信局")).toBeNull();
    expect(parseNote("详见附件说明，牵头单位：市工信局")).toBeNull();
  });
  it("the plan a 关于印发…的通知 names without 《》 opens a part where its title stands after the signature", () => {
    const doc = parseText("某某市人民政府办公室关于印发某某市加快数字化发展实施方案的通知\n\n各区人民政府：\n\n现将实施方案印发给你们，请认真贯彻执行。\n\n某某市人民政府办公室\n\n2022年3月1日\n\n某某市加快数字化发展实施方案\n\n一、总体要求\n\n二、重点任务\n");
    expect(doc.sections).toEqual([]);
    expect(doc.parts.map((p) => [p.title, p.sections.map((x) => x.marker)])).toEqual([["某某市加快数字化发展实施方案", ["一、", "二、"]]]);
    expect(issuedTitles("关于印发某某市加快数字化发展实施方案的通知")).toEqual(["某某市加快数字化发展实施方案"]);
    expect(issuedTitles("关于做好2022年防汛工作的通知")).toEqual([]);
  });
  it("a plan whose name quotes another opens its part however the quote is nested or the year placed", () => {
    // 辽宁: the notice quotes 《2023年省〈政府工作报告〉…方案》, the plan prints 2023年省《政府工作报告》… over two lines
    const liaoning = parseText("辽宁省人民政府关于印发《2023年省〈政府工作报告〉任务分解和责任分工方案》的通知\n各市人民政府:\n《2023年省〈政府工作报告〉任务分解和责任分工方案》已经省政府审议通过,现印发给你们。\n辽宁省人民政府\n2023年1月19日\n2023年省《政府工作报告》任务分解\n和责任分工方案\n一、主要预期目标\n1.地区生产总值增长5%以上。\n");
    expect(liaoning.sections).toEqual([]);
    expect(liaoning.parts.map((p) => [p.title, p.sections.map((x) => x.marker)])).toEqual([["2023年省《政府工作报告》任务分解和责任分工方案", ["一、"]]]);
    // 蔡甸: the year outside the quote (2023年《区〈政府工作报告〉…方案》)
    const caidian = parseText("区人民政府办公室关于印发责任分解方案的通知\n各街道办事处:\n2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们。\n蔡甸区人民政府办公室\n2023年1月3日\n2023年区《政府工作报告》确定的主要目标任务责任分解方案\n一、主要目标\n");
    expect(caidian.parts.map((p) => p.title)).toEqual(["2023年区《政府工作报告》确定的主要目标任务责任分解方案"]);
    expect(issuedTitles("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知")).toEqual(["2023年区《政府工作报告》确定的主要目标任务责任分解方案"]);
    expect(issuedTitles("关于印发《某某市数字化发展实施方案》的通知")).toEqual([]);
  });
});

describe("r9/r11: tasks named by their paragraphs, a title in a pipe cell", () => {
  it("several unnumbered measures under one item, each opening with its name and closing with its note, are tasks by those names", () => {
    // 安徽 支持工业互联网发展若干政策: 一、支持平台建设 / 培育…平台。…（责任单位：…） / 推动企业上云上平台。…（责任单位：…）
    const doc = parseText("某某政策\n\n一、支持工业互联网平台建设\n\n培育各类工业互联网平台。重点培育一批平台，省级给予奖补。（责任单位：省经济和信息化厅、省财政厅）\n\n推动企业上云上平台。建立服务商资源池，实施动态管理。（责任单位：省经济和信息化厅）\n\n二、支持企业数字化转型\n\n提升企业数字化转型能力。开展评估。（责任单位：省经济和信息化厅）\n\n建设智能工厂。给予奖补。（责任单位：省财政厅）\n\n三、支持新一代信息技术发展\n\n推动集成电路产业发展。对流片给予奖补。（责任单位：省财政厅）\n\n四、加强组织领导\n\n各地要高度重视，明确分工，加强统筹。（责任单位：各市人民政府）\n");
    expect(doc.tasks.map((t) => [t.task, t.lead])).toEqual([
      ["培育各类工业互联网平台", ["省经济和信息化厅", "省财政厅"]],
      ["推动企业上云上平台", ["省经济和信息化厅"]],
      ["提升企业数字化转型能力", ["省经济和信息化厅"]],
      ["建设智能工厂", ["省财政厅"]],
      // one such paragraph under an item, in a document written so: its name too
      ["推动集成电路产业发展", ["省财政厅"]],
      // a paragraph that opens with no short name keeps its item's heading
      ["加强组织领导", ["各市人民政府"]],
    ]);
    // one note under a heading, in a document not written so: the heading names the task
    const plain = parseText("某某方案\n\n一、加强组织领导\n\n各地要高度重视。要明确分工，加强统筹。（责任单位：各市人民政府）\n");
    expect(plain.tasks.map((t) => t.task)).toEqual(["加强组织领导"]);
  });
  it("a table's caption printed as its only pipe cell, below lone pipes, is the attachment's title", () => {
    // 洋縣: 附件: / | / 洋縣2024年十大民生實事項目清單 | / |||| / | / 序號 | …
    const doc = parseText("洋縣人民政府關于印發十大民生實事項目的通知\n各鎮人民政府:\n現印發給你們。\n洋縣人民政府\n2024年4月2日\n附件:\n|\n洋縣2024年十大民生實事項目清單 |\n||||\n|\n序號 |\n項目名稱 |\n責任單位 |\n|\n1 |\n城北小學門前道路建設項目 |\n住建局 |\n|\n2 |\n高標準農田建設項目 |\n農業農村局 |\n");
    expect(doc.parts.map((p) => p.title)).toEqual(["洋縣2024年十大民生實事項目清單"]);
    expect(doc.tasks.map((t) => [t.task, t.lead])).toEqual([["城北小學門前道路建設項目", ["住建局"]], ["高標準農田建設項目", ["農業農村局"]]]);
  });
});

describe("r11 on one line: a page's title twice, a plan whose quote is nested, a glued 责任单位", () => {
  it("reads the title printed twice, the plan after the signature and notes glued to their items", () => {
    // 蔡甸: the page's heading and the article's title, then the body, the signature and the plan, all on one line
    const line = "区政府办公室关于印发2023年区《政府工作报告》确定的目标任务分解方案的通知 区政府办公室关于印发2023年区《政府工作报告》确定的目标任务分解方案的通知 各街道办事处:2023年《区〈政府工作报告〉确定的目标任务分解方案》已报经区人民政府同意,现印发给你们。蔡甸区人民政府办公室 2023年1月3日 2023年区《政府工作报告》确定的目标任务分解方案 一、主要预期目标 (一)地区生产总值增长7%以上责任单位:区发展和改革局 (二)规上工业增加值增长12%以上责任单位:区科技和经信局";
    for (const text of [line, line.replace(/ /g, "")]) {
      const doc = parseText(text);
      expect(doc.header.title).toBe("区政府办公室关于印发2023年区《政府工作报告》确定的目标任务分解方案的通知");
      expect(doc.parts.map((p) => p.title)).toEqual(["2023年区《政府工作报告》确定的目标任务分解方案"]);
      expect(doc.tasks.map((t) => [t.task, t.lead])).toEqual([["地区生产总值增长7%以上", ["区发展和改革局"]], ["规上工业增加值增长12%以上", ["区科技和经信局"]]]);
    }
  });
  it("a 责任单位 label glued to a stray numeral, or naming no organ, is no note without a deadline", () => {
    expect(findNotes("：一责任单位:市疫情防控指挥部办公室")).toEqual([]);
    expect(findNotes("完成各项工作任务责任单位:积极推进")).toEqual([]);
    expect(findNotes("地区生产总值增长7%以上责任单位:区发展和改革局").map((n) => n.note.lead)).toEqual([["区发展和改革局"]]);
  });
  it("an organ printed twice before the title is read once and quoted, not dropped", () => {
    const doc = parseText("高邮市文化广电和旅游局文件\n\n邮文旅〔2023〕2号\n\n高邮市文化广电和旅游局高邮市文化广电和旅游局\n关于2022年工作情况的报告\n\n市政府：\n\n现将有关情况报告如下。\n");
    expect(doc.header.title).toBe("高邮市文化广电和旅游局关于2022年工作情况的报告");
    expect(doc.diagnostics.map((d) => d.message)).toContain("read \"高邮市文化广电和旅游局高邮市文化广电和旅游局\" before the title as the organ named twice");
  });
});

describe("r12: 两办 titles without 关于, speeches' occasion lines, titles broken after 计划", () => {
  it("a title that issues with 印发 and no 关于 names its organ before the verb; the first of two offices issues", () => {
    expect(leadingOrgan("中共吉林省委辦公廳吉林省人民政府辦公廳印發〈關于加強鄉鎮政府服務能力建設的實施意見〉的通知")).toBe("中共吉林省委辦公廳");
    // a page that prints the title whole in 《》
    expect(leadingOrgan("《中共吉林省委辦公廳吉林省人民政府辦公廳印發〈關于加強鄉鎮政府服務能力建設的實施意見〉的通知》")).toBe("中共吉林省委辦公廳");
    expect(leadingOrgan("中共中央办公厅 国务院办公厅印发《关于加强基层治理的意见》的通知")).toBe("中共中央办公厅");
    expect(leadingOrgan("关于印发《某某办法》的通知")).toBeNull();
    // a joint signature keeps the first organ as the issuer
    const doc = parseText("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知\n各县市区委、人民政府：\n现印发给你们。\n中共岳阳市委办公室\n岳阳市人民政府办公室\n2017年1月20日\n");
    expect(doc.header.issuer).toBe("中共岳阳市委办公室");
  });
  it("reads a speech's or report's occasion line as its date, on one line or two, with or without a title", () => {
    const report = parseText("金寨县十八届人大\n五次会议文件(十一)\n关于金寨县2024年国民经济和社会发展计划\n执行情况与2025年计划草案的报告\n——2025年1月3日在金寨县第十八届\n人民代表大会第五次会议上\n县发展和改革委员会\n各位代表:\n受县人民政府委托,现将计划执行情况提请审议。\n一、2024年计划执行情况\n");
    expect(report.header.title).toBe("关于金寨县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告");
    expect(report.header.issuer).toBeNull();
    expect(report.header.recipients).toEqual([]);
    expect(report.signature?.date).toBe("2025-01-03");
    const speech = parseText("2021年12月15日在大邑县第十九届人民代表大会第一次会议上\n大邑县人民政府县长 陈大用\n各位代表:\n我代表县人民政府,向大会报告工作,请予审议。\n一、过去五年工作回顾\n");
    expect([speech.header.title, speech.header.author, speech.header.recipients, speech.signature?.date]).toEqual([null, "大邑县人民政府县长 陈大用", [], "2021-12-15"]);
  });
  it("a plan issued with 下达 opens its part; a signature date that lost its 日, or metadata with an empty last label, still dates it", () => {
    const doc = parseText("金乡县人民政府\n关于下达金乡县2021年国民经济和社会发展计划的通知\n各镇政府:\n现将计划下达给你们。\n金乡县人民政府\n2021年2月22\n金乡县2021年国民经济和社会发展计划\n一、主要预期目标\n");
    expect(doc.signature?.date).toBe("2021-02-22");
    expect(doc.parts.map((p) => p.title)).toEqual(["金乡县2021年国民经济和社会发展计划"]);
    expect(dateOnly("2021年2月22")?.iso).toBe("2021-02-22");
    expect(dateOnly("2021年2月")).toBeNull();
    expect(metadataPairs("成文日期 2021-02-22 废止日期")).toEqual([["成文日期", "2021-02-22"], ["废止日期", ""]]);
    expect(metadataPairs("成文日期 废止日期 2021-02-22")).toBeNull();
  });
  it("reads a joint title whose organs wrap over lines, and recipients with repeated pinyin glosses", () => {
    const doc = parseText("農業農村部 最高人民法院 最高人民檢察院\n工業和信息化部 公安部 國家市場監督管理總局\n關于印發《2024年全國農資打假和監管工作要點》的通知\n各省農業(ye)農村(cun)廳(局(ju)(ju)(ju)(ju)、委)、法(fa)院:\n現將要點印發給你們。\n");
    expect(doc.header.issuer).toBe("農業農村部");
    expect(doc.header.title).toBe("農業農村部最高人民法院最高人民檢察院工業和信息化部公安部國家市場監督管理總局關于印發《2024年全國農資打假和監管工作要點》的通知");
    expect(doc.header.recipients).toEqual(["各省農業(ye)農村(cun)廳(局(ju)(ju)(ju)(ju)、委)", "法(fa)院"]);
    expect(withoutPinyin("局(ju)(ju)(ju)(ju)")).toBe("局");
  });
  it("a 主送 that lost its colon and names sectors and firms beside its organs is read, not joined to the body", () => {
    const doc = parseText("某某市人民政府办公室关于印发《某某市城市供热应急预案》的通知\n\n市直各部门、市域内农垦、森工、监狱所、某镇政府、供热企业\n\n《某某市城市供热应急预案》已经市政府常务会议通过，现印发给你们，请认真贯彻执行。\n");
    expect(doc.header.recipients).toEqual(["市直各部门", "市域内农垦", "森工", "监狱所", "某镇政府", "供热企业"]);
    expect(doc.preamble[0]).toMatch(/^《某某市城市供热应急预案》已经/);
    // a list of sectors in the body is no 主送: it does not open as one (各…, 市直…)
    const body = parseText("某某县人民政府关于做好安全生产工作的通知\n\n各乡镇人民政府：\n\n一、重点行业\n交通、建筑、消防、燃气、森林防火\n各单位要对照检查。\n");
    expect(body.header.recipients).toEqual(["各乡镇人民政府"]);
  });
  it("an internal 请示 addressed to its own organ's leaders (公司领导：) has them as its 主送", () => {
    const doc = parseText("关于分红归属的请示\n公司领导：\n1月6日，协议正式生效。妥否，请批示。\n资本运营部\n2022年1月28日\n");
    expect(doc.header.recipients).toEqual(["公司领导"]);
    // a role label above a list is no 主送 (责任领导：)
    expect(parseText("关于分红归属的请示\n责任领导：\n1月6日，协议正式生效。\n").header.recipients).toEqual([]);
  });
  it("page furniture around the title is dropped: a bare time stamp, >> breadcrumbs, 更新时间, a site bar naming its 来源; a 文号 of - is no number", () => {
    const a = parseText("关于在全市禁鞭区域禁止燃放烟花爆竹的通告\n01-15 09:43\n关于在全市禁鞭区域禁止燃放烟花爆竹的通告\n为保障公共安全，现通告如下：\n一、禁止燃放。全市禁鞭区域内禁止燃放烟花爆竹。\n");
    expect(a.header.title).toBe("关于在全市禁鞭区域禁止燃放烟花爆竹的通告");
    const b = parseText("当前位置 : 首页\n>>谢塘镇 >>政策文件 >>政策文件\n索引号: 002590390/2022-79528 公开方式: 主动公开\n文 号: - 公开日期: 2022-12-13 09:15\n发布单位: 谢塘镇人民政府 有效性: 有效\n\n关于向社会公开征集2023年民生实事项目的公告\n\n为进一步提高民生实事的科学性，特面向全镇征集项目。现将有关事项公告如下:\n\n一、征集时间\n\n自公告之日起至12月20日。\n");
    expect([b.header.issuer, b.header.docNumber, b.header.title]).toEqual(["谢塘镇人民政府", null, "关于向社会公开征集2023年民生实事项目的公告"]);
    const c = parseText("中央政府门户网站 www.gov.cn   2006年11月23日   来源:中央政府门户网站\n\n民政部关于表彰全国先进单位的决定\n\n各省、自治区、直辖市民政厅（局）：\n\n为表彰先进，民政部决定予以表彰。\n");
    expect(c.header.title).toBe("民政部关于表彰全国先进单位的决定");
    const d = parseText("关于开展消防安全检查的通知\n更新时间:2022-03-01\n各镇（街道）、各有关单位：\n为做好消防安全工作，现就有关事项通知如下。\n");
    expect(d.header.recipients).toEqual(["各镇（街道）", "各有关单位"]);
  });
  it("the issuer: a title that names its organ by kind alone (学院关于…) gives way to the signature; a signature that drops the place gives way to the title's full name", () => {
    const a = parseText("学院关于加强校园宣传和文印工作管理的通知\n各部门：\n为规范宣传与文印工作，现就有关事项通知如下。\n一、严格落实管理规定。\n湖南艺术职业学院党政办\n2015年3月2日\n");
    expect(a.header.issuer).toBe("湖南艺术职业学院党政办");
    const b = parseText("西安高新区根治拖欠农民工工资工作领导小组办公室工作联系函\n国网陕西省电力公司：\n现将有关情况函告如下，请予支持。特此函告。\n高新区根治拖欠农民工工资工作领导小组办公室\n2021年1月6日\n");
    expect(b.header.issuer).toBe("西安高新区根治拖欠农民工工资工作领导小组办公室");
    // a title that opens with 转发 names the forwarded organ, not the issuer, which signs
    const c = parseText("转发市教育局关于做好招生工作意见的通知\n各学校：\n现转发给你们，请遵照执行。\n某某县教育局\n2021年1月6日\n");
    expect(c.header.issuer).toBe("某某县教育局");
  });
  it("a report's occasion line that wraps (——date在…会议 / 暨…会议上) gives the date, and the speaker and 称谓 below are no 主送", () => {
    const doc = parseText("某某区人民检察院工作报告\n—2024年1月19日在某某区人大工作会议\n暨某某县第十八届人民代表大会第三次会议上\n某某区人民检察院检察长王 桦\n各位代表,同志们:\n现在,我代表本院向大会报告工作。\n一、2023年工作回顾\n");
    expect([doc.signature?.date, doc.header.recipients]).toEqual(["2024-01-19", []]);
  });
  it("a law database's labels glued to their values (发文机关最高人民法院) are metadata when the value is what the label calls for", () => {
    const doc = parseText("发文机关最高人民法院\n发文日期2001年12月21日\n时效性现行有效\n发文字号法办〔2001〕246号\n效力级别司法文件\n全国地方各级人民法院、各级军事法院:\n为切实改进人民法院公告发布工作,现通知如下:\n一、 人民法院公告是人民法院向社会公布的法律文告。\n二、 各级法院公告只能向人民法院报报送。\n");
    expect([doc.header.issuer, doc.header.docNumber?.raw, doc.header.recipients]).toEqual(["最高人民法院", "法办〔2001〕246号", ["全国地方各级人民法院", "各级军事法院"]]);
    expect(doc.sections.map((x) => x.marker)).toEqual(["一、", "二、"]);
    // a body line that opens with a label's words is no metadata
    expect(metadataPairs("发文机关要加强公文管理")).toBeNull();
    expect(metadataPairs("时效性要求高的事项优先办理")).toBeNull();
  });
  it("metadata below the title with each label alone on its line and its value below (索引号 / 011437144/2023-06550) is read, and the 主送 after it too", () => {
    const doc = parseText("某某区人民政府关于分解落实2023年区政府工作目标任务的通知\n\n索引号\n011437144/2023-06550\n文件类型\n政府文件\n发文单位\n区人民政府办公室\n发文字号\n某政发〔2023〕5号\n发布日期\n2023年02月13日 10:53:20\n效力状态\n有效\n\n\n各乡镇人民政府,区政府各部门:\n\n现将2023年区政府工作目标任务分解下达给你们,请认真组织落实。\n");
    expect([doc.header.docNumber?.raw, doc.header.indexNumber, doc.header.recipients]).toEqual(["某政发〔2023〕5号", "011437144/2023-06550", ["各乡镇人民政府", "区政府各部门"]]);
    // a lone label word that can be a column or a heading (备注, 名称) is no metadata line
    expect([metadataPairs("备注"), metadataPairs("名称"), metadataPairs("索引号")]).toEqual([null, null, [["索引号", ""]]]);
  });
  it("a page's own title cut short above the notice (《… never closed) is page furniture, not the title's first line", () => {
    const doc = parseText("您的位置:主页 > 公告动态\n\n《广东省进一步加大力度支持民间投资发展实施\n\n广东省人民政府办公厅关于印发广东省\n\n进一步加大力度支持民间投资发展\n\n实施方案的通知\n\n粤府办〔2023〕5号\n\n各地级以上市人民政府,省政府各部门:\n\n  现将实施方案印发给你们,请认真贯彻执行。\n");
    expect([doc.header.title, doc.header.docNumber?.raw, doc.header.recipients]).toEqual([
      "广东省人民政府办公厅关于印发广东省进一步加大力度支持民间投资发展实施方案的通知", "粤府办〔2023〕5号", ["各地级以上市人民政府", "省政府各部门"],
    ]);
  });
  it("a title's (修订征求意见稿) on a line of its own below it is part of the title", () => {
    const doc = parseText("关于公开征求意见的通知\n各有关单位：\n现将《某某市出租汽车客运管理办法》(修订征求意见稿)公开征求意见。\n某某市交通运输局\n2021年7月9日\n\n某某市出租汽车客运管理办法\n(修订征求意见稿)\n\n第一条 为规范出租汽车管理，制定本办法。\n第二条 本办法适用于本市。\n");
    expect(doc.parts.map((p) => p.title)).toEqual(["某某市出租汽车客运管理办法(修订征求意见稿)"]);
  });
  it("a page's download box after the signature (附件: / ·…的公示.docx) is page furniture, not an attached document", () => {
    const doc = parseText("关于第三批示范村镇的公示\n现将评选结果予以公示。\n附件:1.示范镇名单\n2.示范村名单\n山东省农业农村厅\n2023年7月31日\n附件:\n·关于第三批示范村镇创建评选结果的公示.docx\n");
    expect(doc.parts).toEqual([]);
    expect(doc.attachments.map((a) => a.title)).toEqual(["示范镇名单", "示范村名单"]);
    expect(doc.diagnostics.filter((d) => d.code === "web-chrome-skipped").map((d) => d.message)).toEqual([
      "skipped web page text \"附件:\"", "skipped web page text \"·关于第三批示范村镇创建评选结果的公示.docx\"",
    ]);
  });
  it("a plan printed right after the covering notice's date, with no 附件 label and no signing organ, is a part", () => {
    const doc = parseText("某某市人民政府办公室关于分解落实重点工作的通知\n\n各乡镇人民政府,市政府各部门:\n\n现将重点工作任务进行责任分解并印发给你们,请认真抓好贯彻落实。\n\n2021年11月22日????????\n\n《政府工作报告》2022年重点工作\n\n及民生实事项目任务分解方案\n\n一、主要经济指标\n\n(一)地区生产总值增长10%左右。(牵头单位:市发改局)\n");
    expect(doc.parts.map((p) => p.title)).toEqual(["《政府工作报告》2022年重点工作及民生实事项目任务分解方案"]);
    expect(doc.sections).toEqual([]);
    // a 附注 or a 主题词 line below the date is no title
    expect(parseText("关于做好工作的通知\n\n各单位:\n\n请认真落实。\n\n2021年11月22日\n\n（此件公开发布）\n\n主题词：林业　通知\n").parts).toEqual([]);
  });
  it("a plan titled …工作安排 standing alone after the signature is its title line, not joined to the sentence below", () => {
    const doc = parseText("国网营销部关于印发《2021年营销数据与网络安全重点工作安排》的通知\n各省电力公司:\n现将《2021年营销数据与网络安全重点工作安排》印发给你们。\n国网营销部\n2021年1月28日\n2021年营销数据与网络安全重点工作安排\n为落实公司要求，制定重点工作安排如下。\n一、有序推进营销大数据应用\n");
    expect(doc.parts.map((p) => p.title)).toEqual(["2021年营销数据与网络安全重点工作安排"]);
    expect(endsLikeTitle("2021年重点工作安排")).toBe(true);
  });
  it("an organ line between the number and 关于… is the title's first line", () => {
    // (城口县 page: its metadata and the whole title above the number first)
    const doc = parseText("[ 索引号 ] | 11500229759293419E/2025-00009 | [ 发文字号 ] | 城发改委发〔2025〕4号 |\n[ 主题分类 ] | 国民经济发展规划、计划 | [ 体裁分类 ] | 规划计划 |\n[ 发布机构 ] | 城口县发展和改革委员会 | ||\n[ 成文日期 ] | 2025-02-17 | [ 发布日期 ] | 2025-02-21 |\n城口县发展和改革委员会关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知\n城发改委发〔2025〕4号\n城口县发展和改革委员会\n关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知\n各乡镇人民政府、街道办事处,县政府各部门,有关单位:\n现将县十八届人民代表大会第五次会议审议通过的《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》印发给你们,请认真抓好学习贯彻,全面把握工作要求,研究细化工作举措,不折不扣抓好落实,确保圆满完成全年各项目标任务。\n城口县发展和改革委员会\n2025年2月17日\n");
    expect(doc.header.title).toBe("城口县发展和改革委员会关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知");
    expect(doc.header.issuer).toBe("城口县发展和改革委员会");
  });
  it("keeps the covering notice's ——subtitle (it was read and dropped)", () => {
    const doc = parseText("关于2024年计划执行情况的报告\n——在县人民代表大会第五次会议上的说明\n各位代表:\n现将有关情况报告如下。\n");
    expect(doc.header.subtitle).toBe("在县人民代表大会第五次会议上的说明");
    expect(parseText("关于做好防汛工作的通知\n各单位：\n现通知如下。\n").header).not.toHaveProperty("subtitle");
  });
  it("a 民生实事 or 主要工作任务 column is the task, a 计划完成时限 column the deadline", () => {
    expect(["主要工作任务", "主 要 工 作 任 务", "年度重点任务", "计划完成时限", "资金来源"].map(fieldOf)).toEqual(["task", "task", "task", "deadline", null]);
  });
});

describe("r13: Traditional articles, run-in items after a comma", () => {
  it("第一條 is an article like 第一条", () => {
    const doc = parseText("第一章　總則\n第一條　為規範管理，制定本辦法。\n第二條　本辦法適用於全省。\n第二章　職責\n第三條　各級政府負責。\n");
    expect(doc.sections.map((s) => [s.marker, s.children.map((c) => c.marker)])).toEqual([["第一章", ["第一條", "第二條"]], ["第二章", ["第三條"]]]);
  });
  it("一是…二是… after a comma is a list when its first and second items are both there; a lone ，一要 is prose", () => {
    const doc = parseText("一、基本情况\n\n方案共3部分，一是加强政治建设；二是筑牢组织体系；三是正风肃纪。\n");
    expect(doc.sections[0]!.children.map((c) => [c.marker, c.heading])).toEqual([["一是", "加强政治建设"], ["二是", "筑牢组织体系"], ["三是", "正风肃纪"]]);
    const prose = parseText("一、基本情况\n\n各单位要高度重视，一要加强领导，确保落实。\n");
    expect(prose.sections[0]!.children).toEqual([]);
  });
});

describe("r13: the decimal outline of 应急预案 (1 总则 / 1.1 编制目的 / 1.5.1 …)", () => {
  it("reads each level under the item its number extends, of whatever family", () => {
    const doc = parseText("某某县突发事件应急预案\n\n1总则\n\n1.1编制目的\n\n为有效处置突发事件，制定本预案。\n\n1.2 编制依据\n\n依据有关法律法规。\n\n1.3分级分类\n\n1.3.1 分类\n\n突发事件分为四类。\n\n2 组织机构\n\n2.1领导机构\n\n县政府是领导机构。\n");
    const o = (ss: Section[]): unknown[] => ss.map((x) => [x.marker, x.heading, o(x.children)]);
    expect(o(doc.sections)).toEqual([
      ["1", "总则", [["1.1", "编制目的", []], ["1.2", "编制依据", []], ["1.3", "分级分类", [["1.3.1", "分类", []]]]]],
      ["2", "组织机构", [["2.1", "领导机构", []]]],
    ]);
    // under 一、 (1.1 extends the first item) and under 1. as well
    const mixed = parseText("一、总则\n\n1.1 编制目的\n\n为有效处置。\n\n二、组织\n\n2.1 领导机构\n\n县政府。\n");
    expect(o(mixed.sections)).toEqual([["一、", "总则", [["1.1", "编制目的", []]]], ["二、", "组织", [["2.1", "领导机构", []]]]]);
  });
  it("a quantity opening a paragraph is no item", () => {
    for (const t of ["1.5倍以上的增长", "2.5万人次参加活动。", "3.5亿元的项目已于10月竣工。", "2.5米以上的护栏。", "10家企业"]) expect(matchMarker(t)).toBeNull();
    expect(matchMarker("1.1编制目的。为有效处置突发事件…")?.marker).toBe("1.1");
  });
});

describe("a review of the r11–r13 rules: where they must not fire", () => {
  it("a 主办单位 glued inside a sentence is no note; a left-open bracket with a sentence in it is no note to the end", () => {
    const doc = parseText("一、组织机构\n经研究，本次运动会的主办单位：县总工会，承办单位：县体育中心。\n");
    expect(doc.tasks).toEqual([]);
    const open = parseText("一、推进项目建设\n完成项目10个（县发改局牵头，县财政局配合。同时要加强资金保障，确保项目按期完工。\n");
    expect(open.tasks).toEqual([]);
    expect(open.sections[0]!.text).toContain("同时要加强资金保障");
  });
  it("organs listed after the lead with no verb of their own support it", () => {
    expect(parseNote("县发改局牵头，县财政局、县住建局，2024年底前完成")).toMatchObject({ lead: ["县发改局"], support: ["县财政局", "县住建局"], deadline: "2024年底前完成" });
  });
  it("two separate title lines are not joined: a title printed twice, a site's category line", () => {
    expect(parseText("全县乡村振兴三年行动方案\n\n全县乡村振兴三年行动方案\n\n为全面推进乡村振兴，制定本方案。\n").header.title).toBe("全县乡村振兴三年行动方案");
    expect(parseText("发展规划\n\n全县2024年农业农村工作要点\n\n为做好今年工作，制定本要点。\n").header.title).toBe("全县2024年农业农村工作要点");
  });
  it("a body sentence that opens with a date and 在 stays in the body", () => {
    const doc = parseText("某某县人民政府关于表彰先进集体的决定\n2024年3月1日在县政府第十次常务会议上\n审议通过了表彰名单，现决定予以表彰。\n某某县人民政府\n2024年3月5日\n");
    expect(doc.preamble.join("")).toContain("2024年3月1日在县政府第十次常务会议上审议通过了表彰名单");
    expect(doc.signature?.date).toBe("2024-03-05");
  });
  it("tasks keep their item's heading when one paragraph holds several notes, or when a document has one measured item only", () => {
    const one = parseText("一、强化产业支撑\n推进重点项目建设。全年实施项目50个（牵头单位：县发改局）；新开工项目20个（牵头单位：县住建局）。\n");
    expect(one.tasks.map((t) => t.task)).toEqual(["强化产业支撑", "强化产业支撑"]);
    const doc = parseText("一、发展产业\n培育龙头企业。扶持10家。（牵头单位：县工信局）\n建设产业园区。新建2个。（牵头单位：县发改局）\n二、改善民生\n这项工作十分重要。新建学校3所。（牵头单位：县教育局）\n");
    expect(doc.tasks.map((t) => t.task)).toEqual(["培育龙头企业", "建设产业园区", "改善民生"]);
  });
  it("a stray ? after the signature date (a character the page lost) does not lose the signature", () => {
    const doc = parseText("關于印發辦法的通知\n各地級以上市人民政府:\n現印發給你們。\n廣東省人民政府辦公廳\n二○○八年八月二十六日    ?\n");
    expect([doc.signature?.issuer, doc.signature?.date]).toEqual(["廣東省人民政府辦公廳", "2008-08-26"]);
  });
  it("a column of five organ lines above the date is a list, not the signature; two are a joint signature", () => {
    const list = parseText("关于转发支持农村邮政物流发展实施办法的通知\n各县人民政府:\n现转发,请认真贯彻执行。\n沧州市发展改革委\n沧州市邮政局\n沧州市财政局\n沧州市农业局\n沧州市商务局\n二〇〇九年八月三十日\n");
    expect(list.signature?.issuer).toBeNull();
    expect(list.preamble).toContain("沧州市商务局");
    const joint = parseText("关于推进政务公开工作的实施意见\n各县市区:\n现印发给你们。\n中共岳阳市委办公室\n岳阳市人民政府办公室\n2017年1月20日\n");
    expect(joint.signature?.issuer).toBe("中共岳阳市委办公室、岳阳市人民政府办公室");
  });
  it("a verb phrase before 印发 is no issuer; a chrome line above a session's series line is no masthead", () => {
    expect(leadingOrgan("进一步规范县政府办公室印发公文工作的通知")).toBeNull();
    expect(leadingOrgan("加强办公室印发文件管理的通知")).toBeNull();
    const doc = parseText("【字体：大 中 小】\n\n金寨县第十八届人民代表大会第五次会议文件（十一）\n\n关于金寨县2024年计划执行情况的报告\n\n各位代表:\n\n现将情况报告如下。\n");
    expect(doc.header.masthead).toBe("金寨县第十八届人民代表大会第五次会议文件（十一）");
  });
});

describe("r10: a site's category line, a spaced 文种", () => {
  it("政府文件 above the notice is the site's category, not a masthead", () => {
    const doc = parseText("政府文件\n您的位置:首页>>政务公开>>政府文件\n凌海市人民政府办公室关于印发推进义务教育均衡发展实施细则的通知\n各镇人民政府：\n现将实施细则印发给你们。\n凌海市人民政府办公室\n2020年9月28日\n");
    expect(doc.header.issuer).toBe("凌海市人民政府办公室");
    expect(doc.header.masthead).toBeNull();
  });
  it("a metadata row that closes its last cell empty (信息分类: | |) takes no value from the line below", () => {
    const doc = parseText("索 引 号: | 000014349/2023-91150 | 信息分类: | |\n省人民政府關于\n進一步優化營商環境的若干意見\n鄂政發〔2018〕26號\n各市、州、縣人民政府:\n為深入貫徹落實有關部署,提出如下意見。\n");
    expect(doc.header.title).toBe("省人民政府關于進一步優化營商環境的若干意見");
    // a label whose cell stays open (发布单位 |) still takes its value from the next line
    expect(parseText("发布单位 |\n广东省人民政府\n|\n发布文号 | 粤府〔2021〕22号 |\n各地级以上市人民政府:\n现印发给你们,请认真贯彻执行。\n广东省人民政府\n2021年3月29日\n").diagnostics.map((d) => d.message)).toContain('read page metadata "广东省人民政府"');
  });
  it("a 发文字号 printed only glued before the page's own repeat of the title is the notice's", () => {
    const doc = parseText("您的位置:首页>>政务公开>>政府文件\n凌政办发[2020]35号凌海市推进义务教育均衡发展实施细则的通知\n时间:2020-09-29 来源: 作者:\n\n凌海市人民政府办公室关于印发凌海市推进义务教育均衡发展实施细则的通知\n各镇人民政府：\n现将实施细则印发给你们。\n");
    expect(doc.header.title).toBe("凌海市人民政府办公室关于印发凌海市推进义务教育均衡发展实施细则的通知");
    expect(doc.header.docNumber?.raw).toBe("凌政办发[2020]35号");
    // a number glued to another document's title above is not taken
    expect(parseText("京政办发[2019]3号北京市关于加强某项工作的意见\n\n凌海市人民政府办公室关于开展安全检查的通知\n各镇人民政府：\n现将有关事项通知如下。\n").header.docNumber).toBeNull();
  });
  it("a title broken right after 关于, and an unlabelled 索引号 line above the title", () => {
    expect(parseText("省人民政府關于\n進一步優化營商環境的若干意見\n鄂政發〔2018〕26號\n各市、州、縣人民政府:\n為深入貫徹落實有關部署,提出如下意見。\n").header.title).toBe("省人民政府關于進一步優化營商環境的若干意見");
    const doc = parseText("11330700MB10327095/2024-00144\n关于印发《金华开发区生态环境保护工作规则》的通知\n各部门：\n现将工作规则印发给你们。\n");
    expect(doc.header.title).toBe("关于印发《金华开发区生态环境保护工作规则》的通知");
  });
  it("a 文种 spaced out on the title's last line (决 定) ends the title", () => {
    const doc = parseText("西政〔2021〕1号\n西平县人民政府\n关于对自然资源局、市场监督管理局记三等功的\n决 定\n2020年，全县干部群众团结奋斗。\n");
    expect([doc.header.title, doc.header.docType, doc.header.issuer]).toEqual(["西平县人民政府关于对自然资源局、市场监督管理局记三等功的决定", "决定", "西平县人民政府"]);
    expect(endsLikeTitle("关于表彰先进集体的通　知")).toBe(true);
  });
});

describe("joint signatures stacked on lines of their own", () => {
  it("every organ above the date signs, and the first issues", () => {
    const doc = parseText("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知\n\n各县市区委、人民政府：\n\n现将实施意见印发给你们，请认真贯彻执行。\n\n中共岳阳市委办公室\n\n岳阳市人民政府办公室\n\n2017年1月10日\n");
    expect(doc.signature).toMatchObject({ issuer: "中共岳阳市委办公室、岳阳市人民政府办公室", date: "2017-01-10" });
    expect(doc.header.issuer).toBe("中共岳阳市委办公室");
    expect(doc.preamble.join("\n")).not.toContain("岳阳市人民政府办公室");
  });
});

describe("full-width digits, padded signer names, numerals listed in text", () => {
  const doc = parseText(
    "X市人民政府文件\n\nX政发〔２０２４〕１５号　　签发人：王  明\n\n关于开展检查的通知\n\n各单位：\n\n请认真落实。小学一、二年级不布置书面作业；\n三、四年级每天作业不超过60分钟。\n\nX市人民政府\n\n２０２４年５月１２日\n",
  );
  it("reads them", () => {
    expect(doc.header.docNumber).toEqual({ raw: "X政发〔２０２４〕１５号", prefix: "X政发", year: 2024, serial: 15 });
    expect(doc.header.signer).toEqual(["王明"]);
    expect(doc.signature).toMatchObject({ issuer: "X市人民政府", date: "2024-05-12" });
    expect(doc.sections).toEqual([]);
  });
});

describe("responsibility tables with more columns than roles", () => {
  const doc = parseText(
    "关于印发重点任务的通知\n\n各单位：\n\n重点任务分工表\n\n序号\t重点任务\t具体措施\t牵头单位\t责任单位\t完成时限\n1\t优化营商环境\t推行一网通办\t市政务办\t各县区\t6月底\n2\t培育创新主体\t新增高企50家\t市科技局\t市财政局\t年底前\n",
  );
  it("keeps a second task-like column in extra, splits lead and support, points at the row", () => {
    expect(doc.tasks[0]).toMatchObject({ task: "优化营商环境", lead: ["市政务办"], support: ["各县区"], extra: { 具体措施: "推行一网通办" } });
    expect(doc.tasks.map((t) => t.line)).toEqual([8, 9]);
  });
});

describe("role words, notes and glued headings (lexicon)", async () => {
  const { roleOf } = await import("../src/lexicon/columns.js");
  const { findNotes, cellOrgans } = await import("../src/lexicon/notes.js");
  const { BODY_OPENER } = await import("../src/lexicon/headings.js");
  it("builds role labels from the one role table, Simplified and Traditional", () => {
    expect(["牵头负责领导", "牵头考核单位", "协同责任单位", "责任科室", "牽頭單位", "責任單位", "主要协作单位", "分管省领导", "责任人", "牵头负责司局"].map(roleOf)).toEqual([
      "leader", "lead", "support", "lead", "lead", "lead", "support", "leader", "owner", "lead",
    ]);
    expect(roleOf("工作任务")).toBeNull();
  });
  it("finds every note in an item, role words after the organs, any bracket", () => {
    const notes = findNotes("完善体系。（体育总局、教育部负责）改善条件。(公安部牵头，应急部配合)加强宣传。〔责任单位:省市场监管局〕");
    expect(notes.map((n) => [n.note.lead, n.note.support])).toEqual([
      [["体育总局", "教育部"], []], [["公安部"], ["应急部"]], [["省市场监管局"], []],
    ]);
    expect(findNotes("（以下简称“办法”）")).toEqual([]);
    expect(findNotes("（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）")[0]!.note.firstLeads).toBe(true);
    expect(findNotes("（A局、B局等和各有关省级人民政府负责）")[0]!.note.lead).toEqual(["A局", "B局", "各有关省级人民政府"]);
  });
  it("reads a label glued to the value before it (a lost line break), never a value's own ending", async () => {
    const { gluedNoteLabel, parseNote } = await import("../src/lexicon/notes.js");
    expect(gluedNoteLabel("林克庆部门分工")).toBe("部门分工");
    expect(gluedNoteLabel("市发改委配合单位")).toBe("配合单位");
    expect(gluedNoteLabel("市财政局完成时限")).toBe("完成时限");
    // a value ending in a bare role word is no label
    expect(gluedNoteLabel("市发改委牵头")).toBeNull();
    expect(parseNote("分管省领导:林克庆部门分工:省发展改革委牵头,各地、各部门配合。")).toMatchObject({
      leader: "林克庆", lead: ["省发展改革委"], support: ["各地", "各部门"],
    });
    expect(parseNote("牵头单位：市教育局配合单位：市财政局")).toMatchObject({ lead: ["市教育局"], support: ["市财政局"] });
    // the first label must stand after a delimiter: a sentence ending in 配合单位： is no note
    expect(findNotes("请认真组织实施并确定配合单位：")).toEqual([]);
  });
  it("reads organ cells written as clauses", () => {
    expect(cellOrgans("应急处、监督处等按职责分工落实")).toEqual({ lead: ["应急处", "监督处"], support: [] });
    expect(cellOrgans("宣传处会办公室")).toEqual({ lead: ["宣传处"], support: ["办公室"] });
  });
  it("knows the words that open a body sentence", () => {
    expect(BODY_OPENER.exec("工作目标及进度安排全省现有煤炭储备")?.index).toBe(9);
    expect(BODY_OPENER.test("强化责任落实")).toBe(false);
    // 各县(市、区)…, 通过…, 坚决…, a date: how bodies glued to their headings open in real rows
    expect(BODY_OPENER.exec("加强沟通对接各县(市、区)林业局在为林木所有者办理采伐证时")?.index).toBe(6);
    expect(BODY_OPENER.exec("应用内容通过全面应用基建“e安全”")?.index).toBe(4);
    expect(BODY_OPENER.exec("分批实现生育保险待遇联网结算2020年11月底前")?.index).toBe(14);
    expect(BODY_OPENER.test("统筹推进各项工作")).toBe(false);
    expect(BODY_OPENER.exec("基本情况为深入学习贯彻党的十九届六中全会精神")?.index).toBe(4);
    expect(BODY_OPENER.test("为民办实事")).toBe(false);
  });
});

describe("a notice without line breaks is cut back at its boundaries (resegment)", () => {
  const body = "各单位要高度重视，明确专人负责，周密制定方案，确保各项工作安全有序开展，按时报送工作总结和有关材料。";
  const flat = (...pieces: string[]) => parseText(pieces.join(""));
  const outline = (ss: Array<{ marker: string | null; children: unknown[] }>): string[] =>
    ss.flatMap((s) => [s.marker ?? "", ...outline(s.children as never).map((m) => `>${m}`)]);

  it("an item's list is not lost to the same number under the next enclosing item, and a deadline's date ends a value", () => {
    const doc = flat(
      "关于印发推广应用工作方案的通知各单位：", body, "一、工作任务（一）实施部署（1）资源申请：按照要求提出配置需求。责任单位：信通公司完成时限：2021年9月30日",
      "（2）组件部署：完成组件的部署及调试。责任单位：服务商完成时限：2021年9月30日（二）设备购置。", body, "（1）终端购置。", body, "（2）通道建设。", body,
      "责任单位：服务商完成时限：2021年12月31日二、费用构成", body, "三、工作要求", body,
    );
    expect(outline(doc.sections as never)).toEqual(["一、", ">（一）", ">>（1）", ">>（2）", ">（二）", ">>（1）", ">>（2）", "二、", "三、"]);
    expect(doc.tasks.map((t) => [t.task, t.lead, t.deadline])).toEqual([
      ["资源申请", ["信通公司"], "2021年9月30日"],
      ["组件部署", ["服务商"], "2021年9月30日"],
      ["通道建设", ["服务商"], "2021年12月31日"],
    ]);
  });
  it("an item's first sentence runs on past a body word after a pause, a conjunction, an organ's name or a verb (全市/并通过/公司各级/明确各级)", () => {
    const doc = flat("关于做好有关工作的通知各单位：", body,
      "一、2020年秋季学期，全市中小学和幼儿园按照往年惯例开学，具体时间另行通知。",
      "二、本文发至公司各级单位，档案统计报表要逐级填写、逐级审核汇总上报。",
      "三、请于2021年3月30日前完成统计填报工作，并通过公司数字档案馆系统上报。",
      "四、落实现场安全风险管控责任的具体要求，明确各级人员安全风险管控职责，确保万无一失。",
      "五、工作目标及进度安排全省现有煤炭储备基地十二个，年底前完成全部储备基地的改造和验收工作。", body);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "2020年秋季学期，全市中小学和幼儿园按照往年惯例开学，具体时间另行通知",
      "本文发至公司各级单位，档案统计报表要逐级填写、逐级审核汇总上报",
      "请于2021年3月30日前完成统计填报工作，并通过公司数字档案馆系统上报",
      "落实现场安全风险管控责任的具体要求，明确各级人员安全风险管控职责，确保万无一失",
      // (a heading phrase glued to its body still ends where the body's first word stands)
      "工作目标及进度安排",
    ]);
  });
  it("a title without 关于 ends at its 文种 word when the body's first words follow (…推广应用工作方案为贯彻落实…)", () => {
    const doc = flat("国网某省电力有限公司数字化安全管控推广应用工作方案为贯彻落实上级部署，有序推进推广应用，特制定本工作方案。", body, "一、工作思路", body, "二、工作目标", body);
    expect(doc.header.title).toBe("国网某省电力有限公司数字化安全管控推广应用工作方案");
    expect(doc.header.docType).toBe("方案");
  });
  it("a heading followed at once by the next item is the whole heading: 三、工作任务(一)实施部署（1）资源申请：按照…", () => {
    const doc = flat("关于印发工作方案的通知各单位：", body, "一、工作思路", body, "二、工作目标", body, "三、工作任务(一)实施部署（1）资源申请：按照总部推广建设要求，提出软硬件配置需求，由省信通公司配合完成资源申请。（2）组件部署：完成组件的部署及调试。", body);
    expect(doc.sections[2]!.heading).toBe("工作任务");
    expect(doc.sections[2]!.children[0]!.children.map((c) => c.heading)).toEqual(["资源申请", "组件部署"]);
  });
  it("an attachment whose title opens with a year, printed right after its 附件说明: 附件2021年…要点 is the label and the title", () => {
    const doc = flat("关于印发《2021年电力行业统计工作要点》的通知各会员单位：", body, "现将《2021年电力行业统计工作要点》印发你们，请认真贯彻执行。",
      "附件:2021年电力行业统计工作要点附件2021年电力行业统计工作要点为贯彻落实统计现代化改革部署，制定本要点。一、坚持依法依规统计。", body, "二、认真学习统计调查制度。", body);
    expect(doc.attachments.map((a) => a.title)).toEqual(["2021年电力行业统计工作要点"]);
    expect(doc.parts.map((p) => [p.title, outline(p.sections as never)])).toEqual([["2021年电力行业统计工作要点", ["一、", "二、"]]]);
  });
  it("an ASCII full stop between Chinese characters ends a sentence, and an item between its neighbours is one (…准确三、)", () => {
    const doc = flat("关于印发2021年统计工作要点的通知各会员单位：", body, "一、坚持依法依规统计。", body, "维护统计数据的权威性.二、认真学习统计调查制度。", body,
      "确保统计报表全面、及时、准确三、推进统计工作现代化。", body, "四、丰富统计工作内容。", body, "五、推动统计工作规范化、标准化.继续开展标准编制工作。", body);
    expect(outline(doc.sections as never)).toEqual(["一、", "二、", "三、", "四、", "五、"]);
    expect(doc.sections[4]!.heading).toBe("推动统计工作规范化、标准化");
    // a list's numbers written into a sentence stay text: 再三、反复 has no neighbour after it
    expect(outline(flat("关于开展检查的通知各单位：", body, "一、检查范围。", body, body, "二、检查要求。经再三、反复研究决定。", body, body).sections as never)).toEqual(["一、", "二、"]);
  });
  it("a figure after an open list's last number is no item unless a sentence ends before it (投资调增5.71亿元)", () => {
    const doc = flat("关于下达投资调整计划的通知各分公司：", body, "一、调整情况1.基本建设调整后安排项目10项。", body, "2.技术改造调整后安排项目3项。", body,
      "3.营销项目调整后安排项目2项。", body, "4.信息化项目安排1项，投资调增5.71亿元。其中新增项目2项。二、工作要求", body);
    expect(outline(doc.sections as never)).toEqual(["一、", ">1.", ">2.", ">3.", ">4.", "二、"]);
  });
  it("an issued plan's title printed in its 《》 right after the signature date opens the plan", () => {
    const doc = flat(
      "陕西省林业局关于印发《全省国有林场电网改造升级工程实施方案》的通知各设区市林业局：", body, "我们制定了《全省国有林场电网改造升级工程实施方案》。现印发你们，请遵照执行。",
      "陕西省林业局2021年5月11日《全省国有林场电网改造升级工程实施方案》为持续深化国有林场改革，制订此方案。一、指导思想。", body, "二、主要任务。", body,
    );
    expect(doc.signature).toMatchObject({ date: "2021-05-11" });
    expect(doc.sections).toEqual([]);
    expect(doc.parts.map((p) => [p.title, outline(p.sections as never)])).toEqual([["全省国有林场电网改造升级工程实施方案", ["一、", "二、"]]]);
  });
  it("an attachment title glued to the signature organ ends where the listed title ends; 附件： after the date keeps its colon", () => {
    const doc = flat(
      "某某公司推广应用工作方案为贯彻落实上级部署，特制定本方案。", body, "一、工作思路", body, "二、工作要求", body,
      "附件：典型业务场景配置标准某某省电力有限公司安全监察部(保卫部）2021年11月2日附件：典型业务场景配置标准",
    );
    expect(doc.attachments.map((a) => a.title)).toEqual(["典型业务场景配置标准"]);
    expect(doc.signature).toMatchObject({ date: "2021-11-02" });
    expect(doc.parts.map((p) => p.title)).toEqual(["典型业务场景配置标准"]);
  });
  it("(附件1) references are no items; numbered attachment titles and the signature, and a 印发 line, all glued", () => {
    const doc = flat(
      "某某市医疗保险事业中心关于做好生育保险联网结算工作的通知各定点医疗机构：", body, "一、联网备案参保职工办理备案(附件1)。", body,
      "二、费用结算医疗机构填写《申报表》(附件2)《明细表》(附件3)并留存相关资料备查。", body,
      "附件:1，生育保险待遇结算办理途径2.定点医疗机构住院费用申报表3.定点医疗机构住院费用明细表某某市医疗保险事业中心2020年9月14日",
      "附件1生育保险待遇结算办理途径1.现场办。", body, "2.网上办。", body, "某某市医疗保险事业中心综合组2020年9月14日印发",
    );
    expect(outline(doc.sections as never)).toEqual(["一、", "二、"]);
    expect(doc.attachments.map((a) => [a.label, a.title])).toEqual([
      ["附件1", "生育保险待遇结算办理途径"], ["附件2", "定点医疗机构住院费用申报表"], ["附件3", "定点医疗机构住院费用明细表"],
    ]);
    expect(doc.signature).toMatchObject({ issuer: "某某市医疗保险事业中心", date: "2020-09-14" });
    expect(doc.printedBy).toMatchObject({ organ: "某某市医疗保险事业中心综合组", date: "2020-09-14" });
  });
  it("a signature organ with a bracketed word ((集团)) glued to its date is read whole", () => {
    const doc = flat("关于印发2021年电网投资调整计划的通知各市分公司、直属中心：", body, "一、编制依据", body, "二、调整原则", body, "现印发给你们，请遵照执行。 陕西省地方电力（集团）有限公司2021年8月3日");
    expect(doc.signature).toMatchObject({ issuer: "陕西省地方电力（集团）有限公司", date: "2021-08-03" });
    expect(doc.header.issuer).toBe("陕西省地方电力（集团）有限公司");
  });
  it("a heading that stood alone is followed by its first item: 第一部分 总体要求一、…", () => {
    const doc = flat("关于开展学习教育的通知各单位：", body, "第一部分 总体要求一、指导思想", body, "二、目标要求", body, "第二部分 主要内容一、学党章", body, "二、学讲话", body);
    expect(outline(doc.sections as never)).toEqual(["第一部分", ">一、", ">二、", "第二部分", ">一、", ">二、"]);
  });
  it("an item that held only a heading and a value is followed by the next number", () => {
    const doc = flat("关于开展专项行动的通知各单位：", body, "一、行动时间2023年3月1日至2023年12月31日二、整治重点（一）校园食品。", body, "（二）农村市场。", body, "三、工作要求", body);
    expect(outline(doc.sections as never)).toEqual(["一、", "二、", ">（一）", ">（二）", "三、"]);
  });
  it("numerals listed in running text are no item: 二、三年级", () => {
    const doc = flat("关于开展活动的通知各单位：", body, "一、活动对象本校一、二年级和二、三年级学生", body, "二、活动时间", body, body);
    expect(outline(doc.sections as never)).toEqual(["一、", "二、"]);
  });
  it("a signature ends a document: the appended one numbers its items anew", () => {
    const doc = flat(
      "某某市教育局关于转发《某某省教育厅关于做好资助工作的通知》的通知各学校：", body, "一、精准认定。", body, "二、按时发放。", body,
      "附件：某某省教育厅关于做好资助工作的通知某某市教育局2022年4月15日附件某某省教育厅关于做好资助工作的通知各市教育局：", body,
      "一、总体要求", body, "二、重点任务", body, "某某省教育厅2022年3月28日",
    );
    expect(outline(doc.sections as never)).toEqual(["一、", "二、"]);
    expect(doc.parts.map((p) => outline(p.sections as never))).toEqual([["一、", "二、"]]);
  });
  it("an unmistakable first item counts alone: an excerpt cut after 一、", () => {
    const doc = flat("关于印发实施方案的通知各单位：", body, body, "一、主要目标到2025年底前，全市建成服务设施100个，", body, body);
    expect(outline(doc.sections as never)).toEqual(["一、"]);
  });
  it("the title ends at its 文种 word when the body follows it directly, and a 主送 may group its organs by ；", () => {
    const a = flat("某某县安全生产委员会文件某安委〔2024〕3号某某县安全生产委员会关于开展春季安全生产大检查的通知为深刻汲取事故教训，", body, "一、检查范围", body, "二、检查内容", body);
    expect(a.header.title).toBe("某某县安全生产委员会关于开展春季安全生产大检查的通知");
    expect(a.header.docNumber?.raw).toBe("某安委〔2024〕3号");
    const b = flat("某某银行文件银发〔2006〕217号某某银行关于维护流通秩序的通知某某总部，各分行；各商业银行：", body, "一、加强宣传。", body, "二、加强管理。", body);
    expect(b.header.title).toBe("某某银行关于维护流通秩序的通知");
    expect(b.header.recipients).toEqual(["某某总部", "各分行", "各商业银行"]);
  });
  it("a one-line report's title ends where its outline's first item begins, whatever 文种 word that item's text holds", () => {
    const a = flat("关于公司调度通信生产基地入区协议有关情况的报告一、基本情况经2021年10月9日公司党委会议研究决定，", body, body, "二、需要决策事项", body, body);
    expect([a.header.title, a.header.docType]).toEqual(["关于公司调度通信生产基地入区协议有关情况的报告", "报告"]);
    expect(outline(a.sections as never)).toEqual(["一、", "二、"]);
    const b = flat("关于2021年用工招聘情况的报告一、基本情况1.招聘计划。", body, "2.校园招聘情况。", body, "二、需要党委会决策事项1.建议批准拟聘人选，", body, "2.建议不再组织招聘，", body);
    expect([b.header.title, b.header.docType]).toEqual(["关于2021年用工招聘情况的报告", "报告"]);
    expect(outline(b.sections as never)).toEqual(["一、", ">1.", ">2.", "二、", ">1.", ">2."]);
  });
  it("a 纪要 series masthead with its bare number: the organ issues, the series word is the number's 代字", () => {
    const a = flat("普通事项国网某某省电力有限公司某某供电公司专题会纪要〔2022〕69号国网某某供电公司关于2022年10月份月度工作例会的纪要10月8日上午，公司召开月度工作例会。", body, "一、做好安全工作", body, body, "二、做好营销工作", body);
    expect([a.header.issuer, a.header.docNumber?.raw, a.header.docNumber?.prefix, a.header.title, a.header.docType]).toEqual([
      "国网某某省电力有限公司某某供电公司", "专题会纪要〔2022〕69号", "专题会纪要", "国网某某供电公司关于2022年10月份月度工作例会的纪要", "纪要",
    ]);
    // a series that names no organ: the organ below the number holds the meeting, and its 签发人 is read
    const b = flat("内部事项总经理办公会议纪要〔2021〕11号国网某某省电力有限公司签发人：XXX2021年12月27日，公司总经理主持召开办公会议，会议纪要如下：", body, "一、加强应急管理", body, body, "二、加强队伍建设", body);
    expect([b.header.secrecy, b.header.issuer, b.header.docNumber?.raw, b.header.signer, b.header.docType]).toEqual([
      "内部事项", "国网某某省电力有限公司", "总经理办公会议纪要〔2021〕11号", ["XXX"], "纪要",
    ]);
    expect(outline(b.sections as never)).toEqual(["一、", "二、"]);
    const lines = parseText("国网某某供电公司专题会纪要\n〔2022〕69号\n国网某某供电公司关于10月份月度工作例会的纪要\n10月8日上午，公司召开月度工作例会。现纪要如下：\n一、加强值班。各单位要加强值班。\n");
    expect([lines.header.issuer, lines.header.docNumber?.raw, lines.header.title]).toEqual(["国网某某供电公司", "专题会纪要〔2022〕69号", "国网某某供电公司关于10月份月度工作例会的纪要"]);
  });
  it("one line: an organ glued before the number leaves its 代字 whole (…生态环境厅鲁环便函〔2021〕1202号), and a title with a closing quote typed as an opening one (“四减四增“) is still a title", () => {
    const doc = flat("山东省生态环境厅鲁环便函〔2021〕1202号山东省生态环境厅关于请确认《山东省新一轮“四减四增“三年行动方案》目标指标的函省有关部门、单位:", body, "一、总体要求", body, body, "二、主要目标", body);
    expect([doc.header.docNumber?.raw, doc.header.title, doc.header.recipients]).toEqual([
      "鲁环便函〔2021〕1202号", "山东省生态环境厅关于请确认《山东省新一轮“四减四增“三年行动方案》目标指标的函", ["省有关部门", "单位"],
    ]);
  });
  it("one line: a 附注 glued to the 附件 title stands apart, and a 印发 office glued to the text keeps its organ (…公司办公室2022年1月13日印发)", () => {
    const doc = flat("国网某某省电力有限公司关于做好资产收购工作的通知各有关单位：", body, "一、加强组织", body, body, "二、加快推进", body, "附件：某某变电站资产收购计划调整表（此件不公开发布，发至收文单位本部。）附件某某变电站资产收购计划调整表国网某某省电力有限公司办公室2022年1月13日印发");
    expect(doc.attachments.map((a) => a.title)).toEqual(["某某变电站资产收购计划调整表"]);
    expect(doc.annotation).toBe("（此件不公开发布，发至收文单位本部。）");
    expect([doc.printedBy?.organ, doc.printedBy?.date]).toEqual(["国网某某省电力有限公司办公室", "2022-01-13"]);
  });
  it("a 发文字号 cited in brackets is not the notice's own", () => {
    const doc = flat("某某市应急管理规划责任分解为提高应对能力，根据《某某市应急体系规划》(某政办发〔2016〕76号)精神，现将任务分解如下。", body, "一、完善预案", body, "二、健全体制", body);
    expect(doc.header.docNumber).toBeNull();
  });
  it("a page number glued into the text is dropped and reported; the words around it join again", () => {
    const doc = flat("关于印发工作要点的通知各单位：", body, "一、推进建设。", body, "（县农业农村局、县住房和城乡— 5 —建设局负责）", body, "二、加强保障。", body);
    expect(doc.tasks.flatMap((t) => t.lead)).toEqual(["县农业农村局", "县住房和城乡建设局"]);
    expect(doc.diagnostics.filter((d) => d.code === "page-number-removed")).toHaveLength(1);
    expect(flat("项目建设期为2022—2024年，", body, body, body).diagnostics.map((d) => d.code)).not.toContain("page-number-removed");
    expect(gluedPageNumbers("城乡 —5— 建设局").map((m) => [m.start, m.end])).toEqual([[2, 7]]);
    expect(gluedPageNumbers("2022—12—31，第1—3—5项")).toEqual([]);
  });
  it("an appended document after a signature without date: label and the title the notice quoted", () => {
    const doc = flat("关于印发《某某市科协2019年工作要点》的通知各单位：现将《某某市科协2019年工作要点》印发你们，请认真落实。附件：某某市科协2019年工作要点某某市科学技术协会附件某某市科协2019年工作要点", body, "一、强化引领", body, "二、服务创新", body);
    expect(doc.parts.map((p) => [p.title, outline(p.sections as never)])).toEqual([["某某市科协2019年工作要点", ["一、", "二、"]]]);
    expect(doc.signature?.issuer).toBe("某某市科学技术协会");
  });
  it("run-in items after a sentence end and a space (lines joined with spaces): 。 一是", () => {
    const doc = parseText(["关于开展工作的通知", "各单位：", body, "一、加强领导。", body, "一是明确责任。", "二是强化督查。", "二、做好保障。", body, body].join(" "));
    expect(outline(doc.sections as never)).toEqual(["一、", ">一是", ">二是", "二、"]);
  });
  it("a signature named only once is found right after the attachment list's last title", () => {
    const doc = flat("某某省科协关于开展项目申报工作的通知各省级学会：", body, "一、申报范围。", body, "二、申报程序。", body, "附件：1.项目申报书2.项目申报汇总表某某省科学技术协会2022年3月15日");
    expect(doc.signature?.issuer).toBe("某某省科学技术协会");
    expect(doc.attachments.map((a) => a.title)).toEqual(["项目申报书", "项目申报汇总表"]);
  });
});

describe("a notice cut off inside its last item (text-truncated)", () => {
  const head = "关于开展专项行动的通知\n\n各单位：\n\n为做好工作，现将有关事项通知如下：\n\n一、加强领导。各单位要明确专人负责。\n\n";
  const codes = (t: string) => parseText(t).diagnostics.filter((d) => d.code === "text-truncated");
  it("flags a last item that stops mid-sentence, at the character where the text stops", () => {
    const got = codes(head + "二、强化督查。各单位要定期检查，及时");
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ line: 9, column: 18 });
    expect(got[0]!.message).toContain("二、强化督查");
  });
  it("a quoted name is no sentence end, a sentence inside quotes is", () => {
    expect(codes(head + "二、强化宣传。完善“科协之声”")).toHaveLength(1);
    expect(codes(head + "二、强化宣传。要求“做到全覆盖。”")).toHaveLength(0);
  });
  it("leaves complete notices alone: a sentence end, a bracketed note, a signature, a labelled line, page furniture", () => {
    expect(codes(head + "二、强化督查。各单位要定期检查。")).toHaveLength(0);
    expect(codes(head + "二、强化督查（市督查室负责）")).toHaveLength(0);
    expect(codes(head + "二、强化督查\n\n某某市科学技术协会\n\n2023年5月4日")).toHaveLength(0);
    expect(codes(head + "二、强化督查。\n\n联系电话：0512-1234567")).toHaveLength(0);
    expect(codes(head + "二、强化督查。各单位要定期检查，及时\n\n相关文章\n\n关于做好汛期工作的通知")).toHaveLength(0);
  });
  it("a labelled line that stops on a comma is cut off (部门分工：X牵头，)", () => {
    expect(codes(head + "二、强化督查。\n\n部门分工：市财政局牵头，")).toHaveLength(1);
  });
});

describe("markers as written in the field", () => {
  it.each([
    ["1﹒提升能力", "arabic-dot", 1],
    ["Ⅲ、加强建设", "roman", 3],
    ["二）加强管理", "chinese-half-paren", 2],
    ["2）发放教材", "arabic-half-paren", 2],
    ["一.全面排查", "chinese-comma", 1],
  ])("%s", (text, style, ordinal) => expect(matchMarker(text)).toMatchObject({ style, ordinal }));
  it.each([["Ⅱ级应急响应"], ["2023)年"], ["1.5万元"]])("%s is text", (text) => expect(matchMarker(text)).toBeNull());
  it("an item whose text opens with a figure is the next item of an open list (11.121人才梯队项目 after 10.)", () => {
    const doc = parseText("关于印发人才工程实施意见的通知\n\n各单位：\n\n一、重点项目\n\n10.“羊城学者”特聘岗位项目。设立特聘岗位。（牵头单位：市教育局）\n\n11.121人才梯队项目。重点培养后备人才。（牵头单位：市科技局）\n\n二、保障措施\n\n1.35千伏线路改造纳入计划。\n");
    expect(doc.tasks.map((t) => [t.task, t.lead])).toEqual([["“羊城学者”特聘岗位项目", ["市教育局"]], ["121人才梯队项目", ["市科技局"]]]);
    expect(doc.sections[0]!.children.map((c) => c.marker)).toEqual(["10.", "11."]);
    // no list open under 二、: 1.35千伏 is a figure
    expect(doc.sections[1]!.children).toEqual([]);
    expect(doc.sections[1]!.text).toBe("1.35千伏线路改造纳入计划。");
  });
  it("…also where the figure would read as a decimal heading (5．35岁以下 after 4．), on lines and run into one", () => {
    const lines = ["关于推荐关键用户人选的函", "各单位：", "一、人选条件", "1．公司全资控股单位职工；", "2．具有本科及以上学历；", "3．熟悉社保政策；", "4．具有较好的组织协调能力；", "5．35岁以下，身体健康。", "二、有关要求", "请于12月29日前报送。"];
    for (const doc of [parseText(lines.join("\n\n")), parseText(lines.join(""))]) {
      expect(doc.sections[0]!.children.map((c) => [c.marker, c.heading])).toEqual([
        ["1．", "公司全资控股单位职工"], ["2．", "具有本科及以上学历"], ["3．", "熟悉社保政策"], ["4．", "具有较好的组织协调能力"], ["5．", "35岁以下，身体健康"],
      ]);
    }
  });
});

describe("a family nested inside one it usually encloses, as the notice prints it", () => {
  const outline = (ss: Array<{ marker: string | null; children: unknown[] }>): string[] =>
    ss.flatMap((s) => [s.marker ?? "", ...outline(s.children as never).map((m) => `>${m}`)]);
  it("a list opening at 1 between two numbers of another family is inside the first (一是 / （一）…（二） / 二是)", () => {
    const doc = parseText("关于印发2023年工作计划的通知\n\n各村：\n\n一是扎实推进产业强镇。镇党委政府共谋划农业项目2个：\n\n（一）中药材种植产业园项目：该项目位于东王内村。\n\n（二）西瓜种植产业园项目：该项目位于西王内村。\n\n二是全面推进党的建设。开展学习活动。\n\n三是持续优化营商环境。开展服务活动。\n");
    expect(outline(doc.sections as never)).toEqual(["一是", ">（一）", ">（二）", "二是", "三是"]);
    // (and chapters inside a （一） item: 第一章…第二章 between （一） and （二）)
    const minutes = parseText("关于入区协议的报告\n\n一、基本情况\n\n（一）基地项目入区协议共2章：\n\n第一章项目内容共3条。\n\n第二章附则共5条。\n\n（二）配套项目入区协议共2章。\n\n二、决策事项\n\n请审议。\n");
    expect(outline(minutes.sections as never)).toEqual(["一、", ">（一）", ">>第一章", ">>第二章", ">（二）", "二、"]);
  });
  it("the usual order stands where no such list sits between two numbers", () => {
    const doc = parseText("关于做好工作的通知\n\n各单位：\n\n现就有关事项通知如下。\n\n一、总体要求\n\n（一）指导思想。坚持统筹。\n\n（二）工作目标。完成任务。\n\n二、主要任务\n\n一是加强领导。\n\n二是强化保障。\n");
    expect(outline(doc.sections as never)).toEqual(["一、", ">（一）", ">（二）", "二、", ">一是", ">二是"]);
  });
});

describe("a speech's main title over two lines above its ——subtitle", () => {
  it("both lines are the title; the dated line is the speech's date and the outline its own, no sub-document", () => {
    const doc = parseText("勇于担当作为 强化工作落实\n奋力推进有特色 高水平 国内知名的教学研究型大学建设\n——在山东理工大学第三届教职工代表大会第五次会议上的工作报告\n(2019年3月2日)\n校长 张铁柱\n各位代表、老师们、同志们:\n现在,我代表学校向大会报告工作,请予以审议。\n一、2018年工作回顾\n2018年,学校团结带领师生员工,完成了各项任务。\n二、2019年工作安排\n2019年,学校将继续推进各项工作。\n");
    expect(doc.header.title).toBe("勇于担当作为强化工作落实奋力推进有特色高水平国内知名的教学研究型大学建设");
    expect(doc.signature?.date).toBe("2019-03-02");
    expect([doc.sections.map((s) => s.marker), doc.parts]).toEqual([["一、", "二、"], []]);
  });
});

describe("r25: a leader's padded name, a 地区's 行政公署, a site's category line ending in 文件", () => {
  it("a leader named in a note with the layout's space inside (王 健) is named without it", () => {
    const doc = parseText("关于印发重点任务分工方案的通知\n\n一、主要预期目标\n\n1.地区生产总值增长5.5%左右。\n牵头领导:王 健\n牵头单位:省发展改革委\n责任单位:省工业和信息化厅、省商务厅\n\n2.一般公共预算收入增长5%。\n牵头领导:王利波\n牵头单位:省财政厅\n");
    expect(doc.tasks.map((t) => [t.leader, t.lead])).toEqual([["王健", ["省发展改革委"]], ["王利波", ["省财政厅"]]]);
  });
  it("行政公署 and 行署 end an organ's name: the title's organ issues", () => {
    expect(parseText("阿里地区行政公署关于印发《阿里地区防汛应急预案》的通知\n\n各县人民政府：\n\n现印发给你们，请认真贯彻执行。\n").header.issuer).toBe("阿里地区行政公署");
    expect(parseText("关于做好防汛工作的通知\n\n各县人民政府：\n\n请认真贯彻执行。\n\n那曲地区行署\n\n2015年6月1日\n").signature?.issuer).toBe("那曲地区行署");
  });
  it("a note listing organs before a clause that makes them responsible together: (省直有关部门,各州、市人民政府按照职责分工负责)", async () => {
    const { findNotes } = await import("../src/lexicon/notes.js");
    expect(findNotes("加强信息公开。(省直有关部门,各州、市人民政府按照职责分工负责)").map((n) => n.note.lead)).toEqual([["省直有关部门", "各州", "市人民政府"]]);
    expect(findNotes("（省直有关部门，省财政厅负责）").map((n) => n.note.lead)).toEqual([["省直有关部门", "省财政厅"]]);
    // (before 配合 the first list is not read so: who leads, the note does not say)
    expect(findNotes("（省发改委，省财政厅配合）")).toEqual([]);
  });
  it("the next numbers of an item's list run on in its paragraph after a sentence or a note ends are items", () => {
    const doc = parseText("关于2013年重点工作的意见\n\n一、主要预期目标\n\n（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（省财政厅主办，省国税局、地税局协办）\n\n（三）城镇居民人均可支配收入增长12%。（省人社厅负责）\n\n二、重点任务\n\n1.抓好600个重点项目建设。（省发改委主办，省工信委协办）2.重点抓好燃气轮机项目。（省工信委负责）\n");
    expect(doc.sections.map((s) => [s.marker, s.children.map((c) => c.marker)])).toEqual([["一、", ["（一）", "（二）", "（三）"]], ["二、", ["1.", "2."]]]);
    expect(doc.tasks.map((t) => [t.task, t.lead, t.support])).toEqual([
      ["地区生产总值增长11%左右", ["省发改委"], []],
      ["公共财政收入增长13%左右", ["省财政厅"], ["省国税局", "地税局"]],
      ["城镇居民人均可支配收入增长12%", ["省人社厅"], []],
      ["抓好600个重点项目建设", ["省发改委"], ["省工信委"]],
      ["重点抓好燃气轮机项目", ["省工信委"], []],
    ]);
    // (a reference to another number of the list inside a sentence is no item: 按照本意见（三）执行)
    expect(parseText("关于做好工作的通知\n\n（一）加强领导，按照本意见（三）执行。\n\n（二）强化保障。\n").sections.map((s) => s.marker)).toEqual(["（一）", "（二）"]);
  });
  it("a speech's 称谓 that 尊敬的 opens is no 主送, whatever it lists (尊敬的各位老领导、老同志：)", () => {
    const doc = parseText("在全区老干部迎春座谈会上的讲话\n\n（2022年1月20日）\n\n尊敬的各位老领导、老同志：\n\n大家好！今天我们在这里召开座谈会。\n\n一、过去一年的工作\n\n全区经济平稳发展。\n");
    expect(doc.header.recipients).toEqual([]);
    // (and a page's time stamp with its tools, 2022-09-30 08:41:14 字号:, is furniture; the speaker above
    // the date is the author: the talk is the notice, not a part)
    const page = parseText("赵立平在全区离退休老干部座谈会上的讲话\n2022-09-30 08:41:14 字号:\n\n赵立平\n\n(2022年9月28日)\n\n尊敬的各位老领导、老同志:\n\n岁岁重阳,今又重阳。\n\n第一,共庆佳节。今年的重阳节与国庆重合。\n\n第二,共叙情谊。相聚是缘,相处有情。\n");
    expect([page.header.author, page.header.recipients, page.parts, page.sections.map((x) => x.marker)]).toEqual(["赵立平", [], [], ["第一,", "第二,"]]);
    // (a 主送 of organs is still one)
    expect(parseText("关于做好工作的通知\n\n各乡镇人民政府、区直各单位：\n\n现将有关事项通知如下。\n").header.recipients).toEqual(["各乡镇人民政府", "区直各单位"]);
  });
  it("r27: a Traditional 隊 ends an organ's name (汕尾市公安局交通警察支隊)", async () => {
    const { isOrganLine } = await import("../src/lexicon/organs.js");
    expect(["汕尾市公安局交通警察支隊", "消防救援大隊", "專項工作組"].map(isOrganLine)).toEqual([true, true, true]);
  });
  it("r26: an item named, its duty note in brackets, then a colon and the finding (1、联盛快乐城(责任单位:县商务局):前期通报…)", () => {
    const doc = parseText("关于文明创建问题整改情况的通报\n\n整改较好的点位\n\n1、联盛快乐城(责任单位:县商务局):前期通报该点位存在没有明确的行业规范;没有发现诚信建设公益广告。\n\n2、西海燕码头(责任单位:县文广新旅局):前期通报该点位存在无文明引导员;无行业规范。\n");
    expect(doc.tasks.map((t) => [t.task, t.lead])).toEqual([["联盛快乐城", ["县商务局"]], ["西海燕码头", ["县文广新旅局"]]]);
  });
  it("r26: a title line ending in a page table's border (…的通知 常政發〔2023〕1號 |), the 主送 run into the first sentence in Traditional", () => {
    const doc = parseText("|\n|||||||||\n關于印發重點任務分解落實方案的通知 常政發〔2023〕1號 |\n|||||||||\n各轄市、區人民政府,常州經開區管委會,市各委辦局: 現將重點任務分解落實方案印發給你們,請認真貫徹執行。\n");
    expect([doc.header.title, doc.header.docNumber?.raw, doc.header.docType]).toEqual(["關于印發重點任務分解落實方案的通知", "常政發〔2023〕1號", "通知"]);
    expect(doc.header.recipients).toEqual(["各轄市", "區人民政府", "常州經開區管委會", "市各委辦局"]);
  });
  it("r27: the signature run on after the closing formula, a page's spaces for its line breaks (…敬請諒解。 特此通告 汕尾市公安局交通警察支隊 2023年1月20日)", () => {
    const text = "關于對體育館周邊道路實施臨時交通管制的通告\n為保障活動順利進行,現通告如下:\n一、管制時間 2023年1月20日17:00-22:30 二、管制措施 禁止一切車輛通行。 三、其他提示 因交通管制帶來的不便,敬請諒解。 特此通告 汕尾市公安局交通警察支隊 2023年1月20日\n關聯稿件:\n相關附件:\n掃一掃在手機打開當前頁\n";
    const doc = parseText(text);
    expect([doc.signature?.issuer, doc.signature?.date, doc.header.issuer]).toEqual(["汕尾市公安局交通警察支隊", "2023-01-20", "汕尾市公安局交通警察支隊"]);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("text-truncated");
    // (a date that ends a sentence's words is no signature: …于 2023年1月20日)
    expect(parseText("关于开展检查的通知\n各单位：\n检查工作定于下月开始。 请各单位做好准备 县应急管理局 2023年1月20日前报送材料。\n").signature).toBeNull();
  });
  it("r28: a page title ending with its site's name (…的通知-欧洲杯网络平台); a deadline line under a duty's labelled lines", async () => {
    const doc = parseText("六安市人民政府关于2021年重点工作及责任分解的通知-欧洲杯网络平台\n字号:\n各县区人民政府,市开发区管委,市政府各部门:\n做好今年各项工作,意义非凡。\n一、确保完成全年主要预期目标\n1.地区生产总值增长8.5%以上。\n牵头负责领导:束学龙。\n牵头责任单位:市发改委。\n协同责任单位:市政府各部门、各直属机构。\n完成时限:2021年12月31日\n2.规上工业增加值增长9.5%以上。\n牵头负责领导:束学龙。\n牵头责任单位:市经信局。\n");
    expect([doc.header.title, doc.header.issuer, doc.header.recipients]).toEqual(["六安市人民政府关于2021年重点工作及责任分解的通知", "六安市人民政府", ["各县区人民政府", "市开发区管委", "市政府各部门"]]);
    expect(doc.tasks.map((t) => [t.task, t.leader, t.lead, t.support, t.deadline])).toEqual([
      ["地区生产总值增长8.5%以上", "束学龙", ["市发改委"], ["市政府各部门", "各直属机构"], "2021年12月31日"],
      ["规上工业增加值增长9.5%以上", "束学龙", ["市经信局"], [], null],
    ]);
    // (a dash of the title's own keeps what follows: the name after it must not end in a 文种, and what
    // stands before it must)
    const { siteSuffixAt } = await import("../src/lexicon/patterns.js");
    expect(["…的通知_中国政府网", "全面推进乡村振兴—2021年工作要点", "乡村振兴-重点任务"].map(siteSuffixAt)).toEqual([4, -1, -1]);
  });
  it("r28: an item typed with a full stop for its dot (1。…) where a line begins; a pager line (3上一篇  下一篇4) is furniture", () => {
    const doc = parseText("关于2020年重点工作任务分工的通知\n\n各区人民政府：\n\n一、主要预期目标\n\n1。在党中央坚强领导下,完成全年目标。(市发展改革委负责)\n\n2。完成年度城镇新增就业人数。(市人社局负责)\n\n3上一篇  下一篇4\n");
    expect(doc.sections[0]!.children.map((c) => [c.marker, c.ordinal])).toEqual([["1。", 1], ["2。", 2]]);
    expect(doc.tasks.map((t) => t.lead)).toEqual([["市发展改革委"], ["市人社局"]]);
    expect(JSON.stringify(doc.sections)).not.toContain("上一篇");
    // (run on inside a line, a figure and a full stop stay text: …完成3。4。)
    expect(parseText("关于做好工作的通知\n\n各单位：\n\n一、今年共完成3。4月份开始新的工作。\n").sections[0]!.children).toEqual([]);
  });
  it("r28: a 关于 title over two lines that ends in no 文种 (…《政府工作报告》 / 重点工作的任务分工); a title line closed by a table's borders (…的通告 | |)", () => {
    const doc = parseText("刚刚,天津市人民政府印发通知,落实国务院《政府工作报告》。\n\n  关于落实国务院《政府工作报告》\n\n  重点工作的任务分工\n\n  为全面贯彻党的十九大精神,现就任务分工如下。\n\n  一、总体要求和主要预期目标\n\n  1。完成全年目标。(市发展改革委负责)\n");
    expect(doc.header.title).toBe("关于落实国务院《政府工作报告》重点工作的任务分工");
    expect(doc.sections.map((x) => x.marker)).toEqual(["一、"]);
    const table = parseText("关于医院暂停部分科室医疗业务工作的通告 | |\n2020-4-10 | ||\n根据工作安排,暂停部分科室业务。\n特此通告。\n");
    expect([table.header.title, table.header.docType]).toEqual(["关于医院暂停部分科室医疗业务工作的通告", "通告"]);
  });
  it("a site's category line (自治区文件, 省政府办公厅文件) above the article is no masthead", () => {
    const doc = parseText("您的位置: 首页  >>  政务公开\n自治区文件\n\n新疆维吾尔自治区人民政府\n\n文件\n\n新政发〔2020〕16号\n\n关于进一步做好稳就业工作的通知\n\n各州、市人民政府：\n\n现将有关事项通知如下。\n");
    expect(doc.header.issuer).toBe("新疆维吾尔自治区人民政府");
    // (one organ above 文件 is the masthead printed whole, as the same on one line is)
    expect(doc.header.masthead).toBe("新疆维吾尔自治区人民政府文件");
    expect(parseText("省政府办公厅文件\n\n云南省人民政府办公厅关于印发营商环境工作要点的通知\n\n各州、市人民政府：\n\n现印发给你们。\n").header.issuer).toBe("云南省人民政府办公厅");
  });
});

describe("headings cut at the first 。/； whatever the quotes", () => {
  it.each([
    ["开展“清风护航\"专项整治。聚焦重点", "开展“清风护航\"专项整治"],
    ["深化『放管服』改革；全面推行", "深化『放管服』改革"],
    ["推进「一件事。一次办」改革。年内", "推进「一件事。一次办」改革"],
    ["强化\"一把手\"责任。各级", "强化\"一把手\"责任"],
    ["落实“首违不罚清单制度。对轻微违法行为依法不予处罚。", "落实“首违不罚清单制度"],
  ])("%s", (content, heading) => expect(splitHeading(content).heading).toBe(heading));
});

describe("unnumbered group headings only where they are headings", () => {
  const groups = (t: string) => parseText(t).sections.filter((s) => s.marker === null).map((s) => s.heading);
  it("the title printed again above the text, broken over lines, is no group", () => {
    const t = "无锡市餐厨废弃物管理办法（征求意见稿）\n\n发布日期：2022-11-02\n\n无锡市餐厨废弃物管理办法\n\n（征求意见稿）\n\n第一章　总则\n\n第一条　为了加强管理，制定本办法。\n\n第二章　附则\n\n第二条　本办法自发布之日起施行。";
    expect(groups(t)).toEqual([]);
    expect(parseText(t).sections.map((s) => s.marker)).toEqual(["第一章", "第二章"]);
  });
  it("headings that stand alone between numbered lists stay groups", () => {
    const t = "关于印发工作报告的通知\n\n各单位：\n\n现印发给你们。\n\n2020年工作回顾\n\n一、抓好党建。全年开展活动10次。\n\n二、抓好业务。完成任务。\n\n2021年工作安排\n\n一、强化引领。开展学习。\n\n二、深化改革。推进落实。";
    expect(groups(t)).toEqual(["2020年工作回顾", "2021年工作安排"]);
  });
});

describe("an item number glued to a figure before it (one-line text)", () => {
  it("the missing number at the end of a phone number, followed by text, is the item", () => {
    const body = "参保人可拨打热线电话咨询有关政策，各经办机构要做好解释工作，确保群众知晓。";
    const t = ["关于做好居民医保参保缴费工作的公告", "1. 参保范围。", body, "2. 咨询服务。", body, "新丰县医疗保障局：0751-2253817", "3. 信息变更。", body, "4. 其他事项。", body];
    for (const sep of ["", " "]) expect(parseText(t.join(sep)).sections.map((s) => s.marker)).toEqual(["1.", "2.", "3.", "4."]);
  });
});

describe("a bulletin's issuing line above its title (督查室, spaces, the issue's date)", () => {
  const text = (line: string) => `寿县政务督查\n\n20期\n\n${line}\n\n关于印发2022年主要任务上半年落实情况\n\n的通报\n\n各乡镇人民政府：\n\n根据县政府工作安排，现将有关情况通报如下。\n`;
  it("names the issuer and stays out of the title, with or without the day's 日", () => {
    for (const line of ["寿县人民政府督查室           2022年8月19", "寿县人民政府督查室　　2022年8月19日"]) {
      const doc = parseText(text(line));
      expect(doc.header.title).toBe("关于印发2022年主要任务上半年落实情况的通报");
      expect(doc.header.issuer).toBe("寿县人民政府督查室");
    }
  });
  it("a line that is not an organ and a date is left to the title", () => {
    const doc = parseText(text("县政府督查工作情况           2022年8月19"));
    expect(doc.header.issuer).not.toBe("县政府督查工作情况");
  });
});

describe("a 国网 mark between the masthead organ and the number (内部事项)", () => {
  // (long enough, 200 characters, to be read as a text that lost its line breaks)
  const body = "国网社保中心关于推荐关键用户的函各省（自治区、直辖市）电力公司：根据公司2022年社保中心数字化管理平台建设工作安排，为进一步推进数字化管理平台建设工作，加快提高系统建设与业务应用的契合度，拟从公司系统选调一批关键用户，全面参与系统设计和开发工作，现将有关事项通知如下：一、人选条件1．公司全资控股单位职工；2．熟悉人资社保政策，具有5年及以上工作经验。二、需求人数每单位推荐1人。";
  it("on one line: the organ issues, the mark is the 密级, the 代字 is the number's alone", () => {
    const doc = parseText("国家电网有限公司社会保障管理中心内部事项国网社保综合函〔2021〕3号" + body);
    expect(doc.header.docNumber?.prefix).toBe("国网社保综合函");
    expect(doc.header.secrecy).toBe("内部事项");
    expect(doc.header.issuer).toBe("国家电网有限公司社会保障管理中心");
  });
  it("an urgency mark, a mark after an organ ending in 办公室, a masthead's own last word after the mark", () => {
    const urgent = parseText("国家电网有限公司加急办值通(2020)638号" + body);
    // (the title's organ, another than the letterhead's, issues: a department writing under its company's letterhead)
    expect([urgent.header.docNumber?.prefix, urgent.header.urgency, urgent.header.issuer]).toEqual(["办值通", "加急", "国网社保中心"]);
    const office = parseText("国家电网有限公司办公室内部事项办文档函〔2021〕1号" + body);
    expect([office.header.docNumber?.prefix, office.header.secrecy, office.header.issuer]).toEqual(["办文档函", "内部事项", "国网社保中心"]);
    const own = parseText("国家电网有限公司加急办值通(2020)638号" + body.replace("国网社保中心关于", "关于"));
    expect(own.header.issuer).toBe("国家电网有限公司");
    const minutes = parseText("内部事项公司办公会议纪要〔2021〕95号" + body);
    expect(minutes.header.docNumber?.raw).toBe("公司办公会议纪要〔2021〕95号");
  });
  it("a masthead glued to the title, no number between them, is no part of the title", () => {
    const doc = parseText("国家电网有限公司保密委员会办公室文件" + body.replace("国网社保中心关于推荐关键用户的函", "关于切实做好公司工作会议保密工作的通知"));
    expect(doc.header.title).toBe("关于切实做好公司工作会议保密工作的通知");
    expect(doc.header.issuer).toBe("国家电网有限公司保密委员会办公室");
  });
  it("on lines: the organ above the mark above the number issues", () => {
    const doc = parseText("国家电网有限公司社会保障管理中心\n内部事项\n国网社保综合函〔2021〕3号\n\n国网社保中心关于推荐关键用户的函\n\n各省（自治区、直辖市）电力公司：\n\n根据工作安排，现将有关事项通知如下。\n");
    expect(doc.header.issuer).toBe("国家电网有限公司社会保障管理中心");
    expect(doc.header.secrecy).toBe("内部事项");
  });
});

describe("a 主送 glued before the body's first sentence on one line", () => {
  const text = (line: string) => `遂宁市水利局关于征求修改意见的函\n\n${line}\n\n遂宁市水利局\n2019年6月14日\n`;
  it("is read as the 主送, and the sentence stays the body's (ASCII or full-width colon, spaces or none)", () => {
    for (const sep of [": ", "：", ":", "：　"]) {
      const doc = parseText(text(`市直有关部门${sep}为切实做好防汛减灾工作，请各单位于6月18日前反馈意见。`));
      expect(doc.header.recipients).toEqual(["市直有关部门"]);
      expect(doc.preamble.join("")).toContain("为切实做好防汛减灾工作");
      expect(doc.preamble.join("")).not.toContain("市直有关部门");
    }
    const doc = parseText(text("各区县人民政府、市直各部门：为切实做好防汛减灾工作，请各单位于6月18日前反馈意见。"));
    expect(doc.header.recipients).toEqual(["各区县人民政府", "市直各部门"]);
  });
  it("below a page's metadata rows, with no title line above it", () => {
    const doc = parseText("索引号 | 001008003001086/2020-42401 |\n文号 | 鹿山政〔2020〕72号 |\n各科室,各站所,各村: 为提高政府保障公共安全和处置突发公共事件的能力，现印发给你们，请认真贯彻执行。\n\n山福镇人民政府\n2020年10月22日\n");
    expect(doc.header.recipients).toEqual(["各科室", "各站所", "各村"]);
  });
  it("a label and its value, or a sentence that opens with a clause, is no 主送", () => {
    expect(parseText(text("根据工作安排：为切实做好防汛减灾工作，请各单位于6月18日前反馈意见。")).header.recipients).toEqual([]);
    expect(parseText(text("联系人：张三，电话：2710900。")).header.recipients).toEqual([]);
  });
});

describe("a prose duty opened by the leader in charge (由X副市长负责，Y牵头，Z配合，…)", () => {
  it("names the leader beside the lead and the support", () => {
    const doc = parseText("一、重点事项\n\n1、在兰州设立综合配套改革试验区事宜\n\n由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案,经市政府审定后报省政府审批。\n\n2、城市轨道交通项目\n\n由吴继德副市长负责，市建设局牵头，市发改委配合，在6月底前完成项目建设方案。\n");
    expect(doc.tasks.map((t) => [t.leader, t.lead, t.support, t.deadline])).toEqual([
      ["杨志武副市长", ["市发改委"], ["相关部门"], null],
      ["吴继德副市长", ["市建设局"], ["市发改委"], "6月底前"],
    ]);
  });
  it("an item's heading run into the leader's clause (…事宜由杨志武副市长负责，…): the heading ends there, the text keeps the duty", () => {
    const doc = parseText("一、重点事项\n\n1、在兰州设立综合配套改革试验区事宜由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n");
    expect(doc.tasks.map((t) => [t.task, t.leader, t.lead, t.support])).toEqual([["在兰州设立综合配套改革试验区事宜", "杨志武副市长", ["市发改委"], ["相关部门"]]]);
    const item = doc.sections[0]!.children[0]!;
    expect([item.heading, item.text]).toEqual(["在兰州设立综合配套改革试验区事宜", "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。"]);
  });
  it("without the leader's clause no leader is named", () => {
    const doc = parseText("一、重点事项\n\n1、项目建设\n\n市建设局牵头，市发改委配合，在6月底前完成项目建设方案。\n");
    expect(doc.tasks.map((t) => [t.leader, t.lead])).toEqual([[null, ["市建设局"]]]);
  });
});

describe("a prose duty that pairs who is in charge with who helps (由X承办，Y协办 / X负责，Y配合，…)", () => {
  it("reads the lead and the support; two duties in one item each name the task their sentence goes on to", () => {
    const doc = parseText("关于印发食品放心工程工作方案的通知\n\n一、治理畜牧业产品污染\n\n由省经贸委承办,省农业厅、卫生厅、环保局协办。治理工作目标:定点屠宰率达85%以上。\n\n（一）由省经贸委负责,省农业厅、环保局配合,加快省级无公害畜禽基地建设,加大环保设施投入。省农业厅做好基地建设。福建出入境检验检疫局、厦门出入境检验检疫局负责,省农业厅配合,强化对出口备案基地的监管。\n\n二、治理蔬菜产品污染\n\n由乡三农服务中心承办,乡畜牧站、卫生院、派出所配合。\n");
    expect(doc.tasks.map((t) => [t.task, t.lead, t.support])).toEqual([
      ["治理畜牧业产品污染", ["省经贸委"], ["省农业厅", "卫生厅", "环保局"]],
      ["加快省级无公害畜禽基地建设,加大环保设施投入", ["省经贸委"], ["省农业厅", "环保局"]],
      ["强化对出口备案基地的监管", ["福建出入境检验检疫局", "厦门出入境检验检疫局"], ["省农业厅"]],
      ["治理蔬菜产品污染", ["乡三农服务中心"], ["乡畜牧站", "卫生院", "派出所"]],
    ]);
    // the item's heading keeps the sentence's words, duty included (the gold guide: up to the first 。)
    expect(doc.sections[0]!.children[0]!.heading).toBe("由省经贸委负责,省农业厅、环保局配合,加快省级无公害畜禽基地建设,加大环保设施投入");
  });
  it("an item that opens with its only duty: the task is what the duty is for, a deadline kept (…配合，3月底前完成…)", () => {
    const doc = parseText("关于印发工作方案的通知\n\n一、重点工作\n\n（一）由省经贸委负责,省农业厅、环保局配合,加快省级无公害畜禽基地建设。\n\n（二）国网客服中心牵头，山东公司配合，3月底前完成系统建设。\n");
    expect(doc.tasks.map((t) => [t.task, t.lead, t.support, t.deadline])).toEqual([
      ["加快省级无公害畜禽基地建设", ["省经贸委"], ["省农业厅", "环保局"], null],
      ["3月底前完成系统建设", ["国网客服中心"], ["山东公司"], "3月底前"],
    ]);
    expect(doc.sections[0]!.children.map((c) => c.heading)).toEqual(["由省经贸委负责,省农业厅、环保局配合,加快省级无公害畜禽基地建设", "国网客服中心牵头，山东公司配合，3月底前完成系统建设"]);
  });
  it("负责 or 承办 without a support clause, or without organs, names no duty", () => {
    const doc = parseText("关于做好工作的通知\n\n一、加强领导\n\n由办公室负责，做好统筹协调。各单位负责，相关人员配合，做好准备。\n\n二、做好保障\n\n由县财政局承办。\n");
    expect(doc.tasks).toEqual([]);
  });
});

describe("a news repost's lead above the notice it quotes", () => {
  const notice = "苍南县人民政府印发关于推动经济高质量发展若干政策的通知\n苍政发〔2023〕22号\n各乡镇人民政府，县政府直属各单位：\n《关于推动经济高质量发展的若干政策》已经县政府常务会议研究同意，现印发给你们，请认真组织实施。\n苍南县人民政府\n2023年3月21日\n";
  const lead = "日前，苍南县人民政府印发关于推动经济高质量发展若干政策的通知。文件指出，持续做好抽水蓄能等项目前期。\n";
  it("is page furniture, with or without its 文件原文如下 line: the notice's header is read", () => {
    for (const text of [lead + "文件原文如下:\n" + notice, lead + notice, lead + "全文如下：\n" + notice]) {
      const doc = parseText(text);
      expect(doc.header.title).toBe("苍南县人民政府印发关于推动经济高质量发展若干政策的通知");
      expect(doc.header.docNumber?.raw).toBe("苍政发〔2023〕22号");
      expect(doc.header.recipients).toEqual(["各乡镇人民政府", "县政府直属各单位"]);
      expect(doc.diagnostics.some((d) => d.code === "header-line-skipped" && d.message.includes("日前"))).toBe(true);
    }
  });
  it("a notice whose body opens with such a sentence keeps it as its body", () => {
    const doc = parseText("关于贯彻落实若干政策的通知\n各乡镇人民政府：\n近日，县政府印发了若干政策。现就贯彻落实提出如下意见。\n一、提高认识\n各单位要高度重视。\n");
    expect(doc.preamble.join("")).toContain("近日，县政府印发了若干政策");
  });
});

describe("a document-sharing site's furniture above the notice (简介, 下载本文, 第一篇:)", () => {
  it("is page furniture: the notice's masthead, number, title and 主送 are read", () => {
    const doc = parseText("湖南省人民政府办公厅文件\n\n时间:2019-05-14 10:45:55下载本文作者:会员上传\n简介:写写帮文库小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你工作学习有帮助。\n\n第一篇:湖南省人民政府办公厅文件\n\n湖南省人民政府办公厅文件\n\n湘政办发〔2009〕24号\n\n湖南省人民政府办公厅关于加强普通高等学校\n\n毕业生就业工作的通知\n\n各市州、县市区人民政府,省政府各厅委、各直属机构:\n\n根据国务院办公厅通知精神，现就有关事项通知如下。\n\n一、充分认识做好高校毕业生就业工作的重要性。普通高等学校毕业生是宝贵人才资源。\n");
    expect(doc.header.docNumber?.raw).toBe("湘政办发〔2009〕24号");
    expect(doc.header.title).toBe("湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知");
    expect(doc.header.recipients).toEqual(["各市州", "县市区人民政府", "省政府各厅委", "各直属机构"]);
    expect(doc.sections.map((s) => s.marker)).toEqual(["一、"]);
  });
});

describe("a document-sharing site's sharing line and a forum's post line above the notice", () => {
  it("《….docx》由会员分享,可在线阅读,…请在冰豆网上搜索。 is furniture: the title and 主送 below are read, the outline stays the notice's", () => {
    const doc = parseText("食品放心工程年度工作方案.docx\n\n下载 相关 举报\n点击查看更多>>\n下载资源\n资源描述\n\n食品放心工程年度工作方案.docx\n\n《食品放心工程年度工作方案.docx》由会员分享,可在线阅读,更多相关《食品放心工程年度工作方案.docx(8页珍藏版)》请在冰豆网上搜索。\n\n食品放心工程年度工作方案\n\n2015年度治理“餐桌污染”建设“食品放心\n\n工程”工作方案\n\n各村(场)、有关部门:\n\n为切实保障人民群众的饮食安全，制定本方案如下:\n\n一、治理畜牧业产品污染\n\n加强屠宰环节监管。\n");
    expect(doc.header.title).toBe("2015年度治理“餐桌污染”建设“食品放心工程”工作方案");
    expect(doc.header.recipients).toEqual(["各村(场)", "有关部门"]);
    expect([doc.sections.map((s) => s.marker), doc.parts]).toEqual([["一、"], []]);
  });
  it("a forum's 发表于 … | 显示全部楼层 line is no part of the title", () => {
    const doc = parseText("发表于 2021-9-17 01:53:22 | 显示全部楼层 |阅读模式 来自: 安徽\n阅读: 7384 评论: 1\n\n关于取消闹村乡\n\n2021年9月21日物资文化交流会的通告\n\n为做好疫情防控工作，经研究决定取消今年的交流会。\n\n闹村乡人民政府\n\n2021年9月17日\n");
    expect(doc.header.title).toBe("关于取消闹村乡2021年9月21日物资文化交流会的通告");
  });
});

describe("a signature glued after the contact line's phone number (one-line text)", () => {
  it("the organ after the number signs, and the date is the signature's", () => {
    const doc = parseText("国家电网有限公司加急办值通(2020)638号关于公司安全生产电视电话会议变更时间的通知总部各部门，各分部，各省(自治区、直辖市)电力公司：根据工作安排，公司安全生产电视电话会议暨2021年安委会第一次会议变更为2021年1月5日(周二)上午10:00召开，会议其他事项不变。参会人员如无变化，不再重新报送回执。联系人:XXX联系电话:6659XXXX,1391139XXXX国网办公室2020年12月31日");
    expect(doc.signature?.date).toBe("2020-12-31");
    expect(doc.signature?.issuer).toBe("国网办公室");
  });
});

describe("a table of contents (目录) above the outline it lists", () => {
  const body = "1 总则\n\n1.1 编制目的\n\n为做好粮食应急工作，制定本预案。\n\n1.2 编制依据\n\n依据有关法律法规。\n\n2 组织机构\n\n2.1 指挥部\n\n县政府设立指挥部。\n";
  it("is kept as a table of one column, and the outline is read once, from the body", () => {
    const doc = parseText("宁阳县粮食应急预案\n\n目  录\n\n1 总则\n\n1.1 编制目的\n\n1.2 编制依据\n\n2 组织机构\n\n2.1 指挥部\n\n" + body);
    expect(doc.sections.map((s) => s.marker)).toEqual(["1", "2"]);
    expect(doc.sections[0]!.children.map((s) => s.marker)).toEqual(["1.1", "1.2"]);
    expect(doc.tables.map((t) => [t.columns, t.rows.length])).toEqual([[["目录"], 5]]);
    expect(doc.diagnostics.some((d) => d.code === "contents-read")).toBe(true);
  });
  it("entries with leader dots and page numbers", () => {
    const doc = parseText("宁阳县粮食应急预案\n\n目录\n\n1 总则……………1\n\n1.1 编制目的……1\n\n1.2 编制依据……2\n\n2 组织机构……3\n\n" + body);
    expect(doc.sections.map((s) => s.marker)).toEqual(["1", "2"]);
  });
  it("a 目录 line whose entries the body does not print again is left as it was", () => {
    const text = "关于报送项目的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n目录\n\n一、申报范围\n\n二、申报条件\n\n三、申报程序\n";
    const doc = parseText(text);
    expect(doc.tables).toEqual([]);
    expect(doc.sections.map((s) => s.marker)).toEqual(["一、", "二、", "三、"]);
  });
});

describe("r21 classes: an empty metadata value, a letterhead and its mark, a signature named as the title names it", () => {
  it("a label left empty before a label kexie does not know takes no value", () => {
    expect(metadataPairs("文 号: 栏目分类: 综合政务 所属机构:")).toEqual([["文号", ""], ["所属机构", ""]]);
    expect(metadataPairs("文 号: 文件分类: 综合政务")).toEqual([["文号", ""], ["文件分类", "综合政务"]]);
    expect(metadataPairs("文号: 鹿山政〔2020〕72号")).toEqual([["文号", "鹿山政〔2020〕72号"]]);
  });
  const row = "国家电网有限公司内部事项国网企协关于做好企协工作对口部门和人员信息统计工作的通知各分部，公司各单位:为及时掌握各单位企协工作对口部门设置和人员变动情况，方便工作联络沟通，现将有关事项通知如下：1.请各单位填报对口部门信息统计表。2.请各单位更新企协系统通讯录信息。3.上述填报信息，请于2021年1月26日(周二)下班前反馈国网企协。附件:1.省公司企协工作对口部门信息统计表2.企协系统通讯录国网企协2021年1月25日";
  it("one-line: the letterhead and its mark glued before the title stand apart", () => {
    const doc = parseText(row);
    expect(doc.header.title).toBe("国网企协关于做好企协工作对口部门和人员信息统计工作的通知");
    expect(doc.header.secrecy).toBe("内部事项");
  });
  it("one-line: the name the title opens with signs right before the date, after the last attachment's title", () => {
    const doc = parseText(row);
    expect(doc.signature?.date).toBe("2021-01-25");
    expect(doc.attachments.map((a) => a.title)).toEqual(["省公司企协工作对口部门信息统计表", "企协系统通讯录"]);
  });
});

describe("a government's own rules, titled without 关于 (镇巴县人民政府工作规则)", () => {
  it("the government that opens the title issues them", () => {
    expect(leadingOrgan("镇巴县人民政府工作规则")).toBe("镇巴县人民政府");
    expect(leadingOrgan("清远市人民政府议事规则")).toBe("清远市人民政府");
  });
  it("a title that names a place but no organ names no issuer", () => {
    expect(leadingOrgan("兰州市大气污染防治办法")).toBeNull();
    expect(leadingOrgan("镇巴县人民政府工作规则解读")).toBeNull();
  });
});

describe("a short notice that lost its line breaks, the document's only paragraph (a dataset row)", () => {
  it("is cut back into its header, body and signature", () => {
    const doc = parseText("国家电网有限公司内部事项国网企协关于公司2021年企协工作电视电话会议变更时间的通知总部各部门，各机构，各分部，公司各单位:根据工作安排，公司2021年企协工作电视电话会议变更为2021年2月4日(周四)上午8:45召开，会议其他事项不变。参会人员如无变化，不再重新报送回执。国网企协2021年2月3日");
    expect(doc.header.title).toBe("国网企协关于公司2021年企协工作电视电话会议变更时间的通知");
    expect(doc.header.recipients).toEqual(["总部各部门", "各机构", "各分部", "公司各单位"]);
    expect(doc.signature?.date).toBe("2021-02-03");
  });
  it("a short paragraph among others is left whole", () => {
    const doc = parseText("关于做好防汛工作的通知\n\n各乡镇人民政府：\n\n根据工作安排，现就做好防汛工作通知如下。各乡镇要高度重视，落实责任，确保安全度汛。一、加强领导。各乡镇要成立领导小组。\n\n县人民政府\n2023年5月1日\n");
    expect(doc.diagnostics.some((d) => d.code === "text-resegmented")).toBe(false);
  });
});

describe("a run-in label heading (会议时间：…) as the gold guide counts it", () => {
  it("a label of up to 12 characters ends at its colon", () => {
    expect(splitHeading("南李末村蔬菜保鲜库项目：新建保鲜库一座。")).toEqual({ heading: "南李末村蔬菜保鲜库项目", text: "新建保鲜库一座。" });
    expect(splitHeading("一二三四五六七八九十一二三：文字。").heading).toBe("一二三四五六七八九十一二三：文字");
  });
  it("a clock time's colon is no label's", () => {
    expect(splitHeading("9月30日下午4:30放假，10月7日正常上课。").heading).toBe("9月30日下午4:30放假，10月7日正常上课");
  });
});

describe("a site's credits above the article (主办单位: 麻城市融媒体中心)", () => {
  it("are page furniture, not a 主办单位 duty: no task, the line reported as skipped", () => {
    // (a page whose article has no title line: the credits stand right above its first sentence)
    const doc = parseText("主辦單位: 麻城市融媒體中心\n投稿郵箱: mczfw@163.com\n根據黃岡市疫情防控指揮部第37號通告精神，現就全市學校復學工作通告如下。\n麻城市新冠肺炎防控工作指揮部\n2020年7月3日\n");
    expect(doc.tasks).toEqual([]);
    expect(doc.diagnostics.some((d) => d.code === "header-line-skipped" && d.message.includes("麻城市融媒體中心"))).toBe(true);
  });
  it("do not count as the page's paragraphs: the article run into one paragraph is still cut at its items (郵 folds to 邮)", () => {
    const doc = parseText("主辦單位: 麻城市融媒體中心\n投稿郵箱: mczfw@163.com\n根據黃岡市疫情防控指揮部第37號通告精神，經市防控工作指揮部研究，現將有關事項通告如下: 一、高中階段非畢業年級7月10日復學，7月31日起放暑假。 二、校外培訓機構自願申請、經主管部門驗收合格後，可以有序恢復相關培訓業務。 三、各學校要做好疫情防控工作，嚴格落實晨午檢、因病缺勤追蹤登記等制度，加強校園環境衛生整治，確保師生安全。 四、放假前後，各地各學校要面向學生及其監護人全覆蓋開展一次安全教育，提醒學生注意防溺水、防交通事故等安全事項。\n麻城市新冠肺炎防控工作指揮部\n2020年7月3日\n");
    expect(doc.sections.map((x) => x.marker)).toEqual(["一、", "二、", "三、", "四、"]);
  });
});

describe("metadata in pipe rows that open with a pipe, label and value in one cell", () => {
  it("reads each label:value cell, and an empty label's value is not the next label", () => {
    expect(metadataPairs("| 发文机关:南漳镇人民政府 | 主题词:工作计划 |")).toEqual([["发文机关", "南漳镇人民政府"], ["主题词", "工作计划"]]);
    expect(metadataPairs("| 发文字号: | 发文时间:2023-01-05 |")).toEqual([["发文字号", ""]]);
    expect(metadataPairs("| 发文机关 | 南漳镇人民政府 |")).toEqual([["发文机关", "南漳镇人民政府"]]);
  });
  it("the rows above a plan without a title line give its title and issuer", () => {
    const doc = parseText("| 索引号:000014349/2022-83299 | |\n| 发文字号: | 发文时间:2023-01-05 |\n| 发文机关:南漳镇人民政府 | 主题词:工作计划 |\n| 标题:南漳镇人民政府2023年工作计划 | |\n一是扎实推进产业强镇。乡村振兴，产业先行。\n");
    expect([doc.header.title, doc.header.issuer, doc.header.docNumber]).toEqual(["南漳镇人民政府2023年工作计划", "南漳镇人民政府", null]);
  });
});

describe("a list's first item run on after the sentence that announces it", () => {
  it("begins after the colon when the second item opens the next paragraph", () => {
    const doc = parseText("关于调整部分诊疗服务的通知\n\n各科室：\n\n根据上级防控工作统一部署要求，经研究决定，即日起对部分诊疗服务工作做如下调整:1.体检中心暂停健康体检相关工作;\n2.暂停胃镜室门诊服务(急诊除外);\n3.口腔科实行限号管理。\n");
    expect(doc.sections.map((s) => [s.marker, s.heading])).toEqual([["1.", "体检中心暂停健康体检相关工作"], ["2.", "暂停胃镜室门诊服务(急诊除外)"], ["3.", "口腔科实行限号管理"]]);
    expect(doc.preamble.join("")).toContain("做如下调整");
    expect(doc.diagnostics.some((d) => d.code === "numbering-start")).toBe(false);
  });
  it("a figure after a colon with no list below stays in the sentence", () => {
    const doc = parseText("关于调整收费标准的通知\n\n各科室：\n\n经研究决定，收费比例调整为:1.5倍。\n\n特此通知。\n");
    expect(doc.sections).toEqual([]);
  });
});

describe("two duties the text keeps in one item, the first read out of its heading", () => {
  it("keeps the first duty's words where they stand, in the heading, and once (only the last is the responsibility)", () => {
    const doc = parseText("一、由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n由吴继德副市长负责,市环保局牵头,相关部门配合,细化分工、落实责任。\n");
    const item = doc.sections[0]!;
    expect(item.heading).toBe("由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案");
    expect(item.text).not.toContain("由杨志武副市长负责");
    expect(doc.tasks.map((t) => t.leader)).toEqual(["杨志武副市长", "吴继德副市长"]);
  });
});

describe("a plan printed with its revision note (…工作规则(2019年11月修订))", () => {
  it("opens the part the notice's title names without the note", () => {
    const doc = parseText("清远市人民政府关于印发《清远市人民政府工作规则》的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n新修订的《清远市人民政府工作规则》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n\n清远市人民政府\n2019年11月29日\n\n清远市人民政府工作规则(2019年11月修订)\n\n一、根据有关法律，制定本规则。\n\n二、市政府工作的指导思想是依法行政。\n");
    expect(doc.parts.map((p) => [p.title, p.sections.map((s) => s.marker)])).toEqual([["清远市人民政府工作规则(2019年11月修订)", ["一、", "二、"]]]);
    expect(doc.sections).toEqual([]);
  });
});

describe("a law database's organ line between two copies of the title", () => {
  const page = (organ: string, title: string) => `热门站点| 世界资料网 | 专利资料网\n\n${title}\n\n作者:法律资料网 时间:2024-07-22 18:21:41  浏览:9436\n下载地址: 点击此处下载\n\n${title}\n\n${organ}\n\n${title}\n\n(1991年3月26日济南市人民政府令19号发布)\n\n第一条 为加强本市文化娱乐市场管理，制定本规定。\n\n第二条 本规定自发布之日起施行。\n`;
  it("is no part of the title, and names the issuer when nothing else does", () => {
    const doc = parseText(page("山东省济南市人民政府", "济南市文化娱乐市场管理规定"));
    expect([doc.header.title, doc.header.issuer]).toEqual(["济南市文化娱乐市场管理规定", "山东省济南市人民政府"]);
  });
  it("an abbreviated organ line (上海市人大常委会) above a title that names the organ in full", () => {
    const doc = parseText(page("上海市人大常委会", "上海市人民代表大会常务委员会关于市人民政府制定规章设定行政处罚罚款限额的规定"));
    expect([doc.header.title, doc.header.issuer]).toEqual(["上海市人民代表大会常务委员会关于市人民政府制定规章设定行政处罚罚款限额的规定", "上海市人民代表大会常务委员会"]);
  });
});

describe("a 国网 mark printed before the masthead organ, the number below", () => {
  it("the organ after the mark issues (内部事项国家电网有限公司办公室 / 办督〔2021〕6号)", () => {
    const doc = parseText("内部事项国家电网有限公司办公室\n办督〔2021〕6号\n国网办公室关于印发2021年督察督办工作要点的通知\n各分部，公司各单位：\n为贯彻落实公司工作部署，现将工作要点印发给你们。\n国网办公室\n2021年3月1日\n");
    expect([doc.header.issuer, doc.header.secrecy, doc.header.docNumber?.raw]).toEqual(["国家电网有限公司办公室", "内部事项", "办督〔2021〕6号"]);
  });
  it("a mark line without an organ or without a number below names no issuer from it", () => {
    const doc = parseText("内部事项\n办督〔2021〕6号\n国网办公室关于印发2021年督察督办工作要点的通知\n各分部，公司各单位：\n为贯彻落实公司工作部署，现将工作要点印发给你们。\n");
    expect(doc.header.issuer).toBe("国网办公室");
  });
});

describe("a page's time stamp with the year last (06.05.2014  20:16)", () => {
  it("is page furniture above the title, not the title's first line", () => {
    const doc = parseText("06.05.2014  20:16\n关于印发青海省甲型H1N1流感防控工作方案的通知\n各市、自治州卫生局：\n现将工作方案印发给你们，请认真贯彻执行。\n青海省卫生厅\n2009年5月6日\n");
    expect(doc.header.title).toBe("关于印发青海省甲型H1N1流感防控工作方案的通知");
  });
});

describe("a note of organs alone closing an item (责任单位 without its label)", () => {
  const doc = (items: string) => parseText(`关于印发2011年重点工作分解落实方案的通知\n各区人民政府:\n现将方案印发给你们。\n市政府2011年重点工作分解落实方案\n一、目标分解\n${items}`);
  it("after the item's sentence, on a line of its own or run on: every organ leads", () => {
    const n = doc("1、地区生产总值增长11.5%。\n(市发改委、财政局,无锡国税局、地税局)\n2、城镇登记失业率控制在3.5%以内。（市人保局，各市(县)、区政府）\n3、居民消费价格指数控制在省定范围内。");
    expect(n.tasks.map((t) => [t.task, t.lead, t.support])).toEqual([
      ["地区生产总值增长11.5%", ["市发改委", "财政局", "无锡国税局", "地税局"], []],
      ["城镇登记失业率控制在3.5%以内", ["市人保局", "各市(县)", "区政府"], []],
    ]);
  });
  it("an aside in brackets is no note: a subtitle (试 行), a term defined, a bracket inside the sentence, a piece that is no organ", () => {
    for (const item of ["1、创建办法\n(试 行)", "1、成立联席会议办公室。（以下简称市联席办）", "1、市发改委（市物价局）要加强价格监测。", "1、完成改造任务。（2022—2024年）", "1、召开推进会议。（市发改委、各有关企业）"]) {
      expect(doc(item).tasks, item).toEqual([]);
    }
  });
});

describe("page metadata: 发布文号 is the 发文字号", () => {
  it("fills the number the body lacks", () => {
    const n = parseText("发布文号: 锡政发[2011]21号\n各市(县)和各区人民政府:\n现将方案印发给你们。\n二○一一年二月十五日");
    expect(n.header.docNumber).toEqual({ raw: "锡政发[2011]21号", prefix: "锡政发", year: 2011, serial: 21 });
  });
});

describe("a duty closing the item's sentence: 由X会同Y…负责落实", () => {
  const doc = (items: string) => parseText(`关于落实重点工作部门分工的意见\n各省人民政府:\n现提出如下分工意见。\n${items}`);
  it("names the lead after 由 and those it works with after 会同 (等部门 dropped); the heading and the task keep the sentence whole", () => {
    const n = doc("一、关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实。\n二、關於“發展現代農業”的問題，由農業部會同發展改革委、財政部研究提出落實意見。");
    expect(n.tasks.map((t) => [t.task, t.lead, t.support])).toEqual([
      ["关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实", ["国土资源部"], ["农业部"]],
      ["關於“發展現代農業”的問題，由農業部會同發展改革委、財政部研究提出落實意見", ["農業部"], ["發展改革委", "財政部"]],
    ]);
  });
  it("a 由…会同… sentence past the heading, or one that goes on after its verb, describes the work: no task", () => {
    for (const item of [
      "一、加强试点示范推广。数据专区是试点探索，由市经济和信息化局会同数据专区监管部门组织做好试点示范，积累经验做法。",
      "一、由市经济和信息化局会同市财政局组织做好试点示范，积累总结可复制可推广的经验做法，加大宣传引导力度。",
      "一、由各地会同有关方面负责落实。",
    ]) expect(doc(item).tasks, item).toEqual([]);
  });
});

describe("a site bar above the title: the site's name, its address, then 发布时间 or 字体", () => {
  it("is page furniture, and the title below it is read whole", () => {
    const n = parseText("湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: 2019-02-20 11:02 【字体:\n湖南省人民政府关于\n落实《政府工作报告》重点工作部门分工的意见\n湘政发〔2019〕1号\n省直有关单位:\n现提出如下意见。");
    expect([n.header.title, n.header.issuer, n.header.docNumber?.raw]).toEqual(["湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见", "湖南省人民政府", "湘政发〔2019〕1号"]);
  });
  it("a metadata line with 发布日期 after a space is still read as metadata", () => {
    const n = parseText("文号: 粤府办〔2008〕52号 发布日期: 2008-08-26\n关于印发某办法的通知\n各市人民政府:\n现印发给你们。");
    expect(n.header.docNumber?.raw).toBe("粤府办〔2008〕52号");
  });
});

describe("a note cut inside a clause (a page excerpt that stops mid-note)", () => {
  it("reads the clauses before the cut, and leaders named by their posts", () => {
    const n = parseText("关于落实重点工作部门分工的意见\n各市州人民政府:\n一、落实主要预期目标\n(一)总体要求。经济增长7.5%—8%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省");
    expect(n.tasks.map((t) => [t.task, t.lead, t.support, t.leader])).toEqual([["总体要求", ["省发展改革委"], [], "分管副省长、协管副秘书长"]]);
  });
});

describe("a note of organs that declares who of them leads, no role verb", () => {
  it("排名第一位为牵头单位,下同: the first organ leads, in that note and in the bare notes after it", () => {
    const n = parseText("关于印发学前教育发展方案的通知\n各县(市、区)人民政府:\n现印发给你们。\n(一)健全管理体制。建立完善学前教育管理体制。(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)\n(二)建立健全联席会议制度。定期研究解决重大问题。(市教育局,市发展改革局、市财政局)");
    expect(n.tasks.map((t) => [t.task, t.lead, t.support, t.notes])).toEqual([
      ["健全管理体制", ["市教育局"], ["市委农办", "各县<市、区>人民政府"], "排名第一位为牵头单位，下同"],
      ["建立健全联席会议制度", ["市教育局"], ["市发展改革局", "市财政局"], null],
    ]);
  });
});

describe("㈠ ㈡ … ㈩: （一） typed as one character", () => {
  it("is the （一） family, nested as it is", () => {
    expect(matchMarker("㈢加强组织领导")).toMatchObject({ marker: "㈢", style: "chinese-paren", ordinal: 3 });
    const n = parseText("关于印发某办法的通知\n各区人民政府:\n现印发给你们。\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于下列事项：\n㈠新建项目；\n㈡改建项目。\n第三条 本办法自发布之日起施行。");
    const tree = (ss: Section[]): unknown[] => ss.map((s) => [s.marker, tree(s.children)]);
    expect(tree(n.sections)).toEqual([["第一条", []], ["第二条", [["㈠", []], ["㈡", []]]], ["第三条", []]]);
  });
});

describe("a part whose title the covering notice quotes, broken over two lines", () => {
  it("takes both lines as its title, though the second ends in no 文种", () => {
    const n = parseText("关于印发若干措施的通知\n各区人民政府:\n《厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施》已经市政府同意，现印发给你们。\n厦门市人民政府办公厅\n2019年1月16日\n厦门市聚焦企业关切进一步落实\n优化营商环境政策的若干措施\n为全面贯彻落实有关要求，现提出若干具体措施。\n一、营造公平竞争市场环境\n（一）推进完善PPP长效机制。");
    expect(n.parts.map((p) => [p.title, p.preamble, p.sections.map((s) => s.marker)])).toEqual([["厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施", ["为全面贯彻落实有关要求，现提出若干具体措施。"], ["一、"]]]);
  });
  it("第一责任单位为牵头单位: the first organ of a 责任单位 line leads", () => {
    const n = parseText("关于印发若干措施的通知\n各区人民政府:\n现印发给你们。\n一、营造公平竞争市场环境\n（一）推进完善PPP长效机制。\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n完成时限:持续推进");
    expect(n.tasks.map((t) => [t.lead, t.support, t.deadline])).toEqual([[["市发改委"], ["市财政局"], "持续推进"]]);
  });
  it("…and run on into its deadline label after the bracket, as one line: the label after the bracket is read", () => {
    const n = parseText("关于印发若干措施的通知\n各区人民政府:\n现印发给你们。\n一、营造公平竞争市场环境\n（一）推进完善PPP长效机制。责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)时限要求:持续推进");
    expect(n.tasks.map((t) => [t.lead, t.support, t.deadline, t.notes])).toEqual([[["市发改委"], ["市财政局"], "持续推进", "第一责任单位为牵头单位,下同"]]);
  });
});

describe("a group heading that names the lead of every item under it", () => {
  const doc = (body: string) => parseText(`关于印发任务清单的通知\n各乡镇人民政府:\n现印发给你们。\n沁县人民政府办公室\n2025年5月18日\n附件1\n2025年县政府工作报告任务清单\n${body}`);
  it("县示范区管委会牵头工作(8项): each item is a task it leads; an item with its own note keeps the note", () => {
    const n = doc("一、县示范区管委会牵头工作(3项)\n1.投资3000万元建设循环水养殖基地。\n2.打造食用菌酵素生产基地。\n3.建设3个劳动密集型产业园。(县工信局负责)\n二、县教育局、县卫健局负责的任务\n1.新建幼儿园2所。");
    expect(n.tasks.map((t) => [t.task, t.lead, t.group])).toEqual([
      ["投资3000万元建设循环水养殖基地", ["县示范区管委会"], "一、县示范区管委会牵头工作(3项)"],
      ["打造食用菌酵素生产基地", ["县示范区管委会"], "一、县示范区管委会牵头工作(3项)"],
      ["建设3个劳动密集型产业园", ["县工信局"], null],
      ["新建幼儿园2所", ["县教育局", "县卫健局"], "二、县教育局、县卫健局负责的任务"],
    ]);
  });
  it("a heading that names work but no organ is no group lead", () => {
    for (const h of ["一、重点工作", "一、领导牵头的工作", "一、加强组织领导负责的工作", "一、牵头抓总工作"]) {
      expect(doc(`${h}\n1.建设产业园。\n2.打造生产基地。`).tasks, h).toEqual([]);
    }
  });
});

describe("a table of contents printed without its 目录 heading", () => {
  const plan = (toc: string) => parseText(`关于印发应急预案的通知\n各乡镇人民政府:\n现印发给你们。\n某县人民政府办公室\n2017年6月23日\n附件\n某县突发环境事件应急预案\n${toc}\n1 总则\n1.1 编制目的\n建立健全突发环境事件应急机制。\n1.2 编制依据\n依据有关法律法规。\n2 组织体系\n2.1 指挥机构\n县政府成立指挥部。`);
  it("is a table, not the outline: the body restarts at its first entry (总则 ~ 1 总则)", () => {
    const n = plan("总则\n1.1 编制目的\n1.2 编制依据\n组织体系\n2.1 指挥机构\n2.2 办事机构");
    const fl = (ss: Section[], d = 1): string[] => ss.flatMap((s) => [`${d}${s.marker}${s.heading}`, ...fl(s.children, d + 1)]);
    expect(n.parts.flatMap((p) => fl(p.sections))).toEqual(["11总则", "21.1编制目的", "21.2编制依据", "12组织体系", "22.1指挥机构"]);
    // (cells lose their layout spaces, as every table's do)
    expect(n.tables.map((t) => t.rows.map((r) => r[0]))).toEqual([["总则", "1.1编制目的", "1.2编制依据", "组织体系", "2.1指挥机构", "2.2办事机构"]]);
  });
  it("headings standing alone that the body does not print again are the outline", () => {
    const n = parseText("关于做好有关工作的通知\n各乡镇人民政府:\n现通知如下。\n一、工作目标\n二、工作任务\n三、保障措施\n四、组织领导\n五、督查考核\n六、其他事项\n七、工作要求\n请认真贯彻执行。");
    expect([n.tables, n.sections.length]).toEqual([[], 7]);
  });
});

describe("page furniture and metadata of county sites", () => {
  it("an organ's name then 发布时间: on the line above the title is a site bar", () => {
    const n = parseText("您现在的位置:首页>>政务公开>>政府文件\n江源区人民政府   发布时间:2015-08-10  信息来源:本站原创   收藏\n白山市江源区人民政府办公室关于进一步规范区政府常务会议制度的通知\n江源政办发〔2015〕76号\n各镇人民政府:\n现通知如下。");
    expect([n.header.title, n.header.issuer]).toEqual(["白山市江源区人民政府办公室关于进一步规范区政府常务会议制度的通知", "白山市江源区人民政府办公室"]);
  });
  it("a metadata table's 文件名称 names a page whose body prints no title; 内容概述 and 公开责任部门 rows are metadata", () => {
    const n = parseText("文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||\n公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |\n内容概述 | 2022年第八次县政府常务会议确定事项落实情况的通报 |\n近期，县政府督查室开展了专项督查，现通报如下。\n一、总体情况\n确定事项22件。");
    expect([n.header.title, n.header.docType]).toEqual(["2022年第八次县政府常务会议确定事项落实情况的通报", "通报"]);
  });
});

describe("a document site's page (文库): the file's name, its sharing line, the text in numbered chunks", () => {
  const page = "2022年重点工作安排的通知.docx\n《2022年重点工作安排的通知.docx》由会员分享,可在线阅读,更多相关《2022年重点工作安排的通知.docx(7页珍藏版)》请在淘文阁上搜索。\n1、2022年重点工作安排的通知各区政府:现将重点工作安排印发给你们,请认真贯彻执行。一、切实加强食品安全工作。制定出台若干措施。二、深化\n2、开展示范城市创建活动。巩固创建成果。三、强化\n3、风险防控。完善监测体系。";
  it("the title is the file's name without its extension; the chunks are one text, their numbers no items", () => {
    const n = parseText(page);
    expect(n.header.title).toBe("2022年重点工作安排的通知");
    expect(n.sections.map((s) => [s.marker, s.heading])).toEqual([["一、", "切实加强食品安全工作"], ["二、", "深化开展示范城市创建活动"], ["三、", "强化风险防控"]]);
    expect(n.diagnostics.filter((d) => d.code === "page-number-removed").map((d) => d.line)).toEqual([3, 4, 5]);
  });
  it("without the sharing line, numbered lines are items", () => {
    const n = parseText(page.split("\n").filter((l, k) => k !== 1).join("\n"));
    expect(n.sections.map((s) => s.marker).slice(0, 3)).toEqual(["1、", "2、", "3、"]);
  });
});

describe("a forum thread reposting a notice", () => {
  it("the moderator's mark and the thread's buttons are furniture; the title below them is read whole", () => {
    const n = parseText("[贵州]省人民政府关于同意紫云自治县部分乡镇行政区划调整的批复(黔府函〔2016〕22号) [复制链接]\n上一主题 下一主题\n只看楼主 倒序阅读 0 发表于: 2016-01-26\n— 本帖被 超微星 执行加亮操作(2016-01-26) —\n人民政府关于同意紫云自治县部分乡镇\n行政区划调整的批复\n黔府函〔2016〕22号\n安顺市人民政府:\n你市请示收悉。经研究,现批复如下:\n一、同意撤销大营乡建制。");
    expect([n.header.title, n.header.docNumber?.raw, n.header.recipients]).toEqual(["人民政府关于同意紫云自治县部分乡镇行政区划调整的批复", "黔府函〔2016〕22号", ["安顺市人民政府"]]);
  });
});

describe("预案 is a 文种", () => {
  it("a 预案 posted on its own has its docType, and the plan a notice issues opens as a part", () => {
    expect(parseText("某县突发环境事件应急预案\n1 总则\n1.1 编制目的\n为建立健全应急机制，制定本预案。").header.docType).toBe("预案");
    expect(parseText("關於印發某縣防汛應急預案的通知\n各鄉鎮人民政府:\n現印發給你們。\n某縣人民政府辦公室\n2020年6月1日\n某縣防汛應急預案\n一、總則\n（一）編制目的。為做好防汛工作，制定本預案。").parts.map((p) => p.title)).toEqual(["某縣防汛應急預案"]);
  });
});

describe("a university's report page: menu bar, counter, byline with the post glued to the name", () => {
  const page = "学校网站 ENGLISH 旧版回顾\n【转发】关于《中国农业大学章程(草案)》制定情况的报告\n2014年04月04日 浏览次数:\n副校长李召虎\n(2014年4月3日)\n一、《中国农业大学章程(草案)》制定的背景与意义\n大学章程是高等学校依法自主办学的基本准则。\n二、《中国农业大学章程(草案)》制定过程\n中国农业大学";
  it("the title is the report's, the byline its author; no part opens at the byline", () => {
    const n = parseText(page);
    expect([n.header.title, n.header.author, n.parts.length, n.sections.length]).toEqual(["关于《中国农业大学章程(草案)》制定情况的报告", "副校长李召虎", 0, 2]);
  });
});

describe("a city's info-disclosure page: 本站支持IPV6 above the breadcrumb, labels left empty", () => {
  it("is furniture; 有效性 and 主题词 standing empty take no number below them as theirs", () => {
    const n = parseText("本站支持IPV6\n首页>政府信息公开>政策文件>市政府文件\n\n咸阳市人民政府关于落实《政府工作报告》重点工作部门分工的意见\n时间: 2022-04-22 11:00:00\n索引号 126104007700221260/2022-00662 主题分类 政务督查\n文号 咸政发〔2022〕4号 发布机构 市政府办公室\n公开日期 2022-04-22 11:00:00 有效性\n主题词\n\n咸政发〔2022〕4号\n\n各县市区人民政府:\n现提出如下意见。");
    expect([n.header.title, n.header.issuer, n.header.docNumber?.raw]).toEqual(["咸阳市人民政府关于落实《政府工作报告》重点工作部门分工的意见", "咸阳市人民政府", "咸政发〔2022〕4号"]);
  });
});

describe("joint issue and a page's 文号 field", () => {
  it("a title that opens with two organs (文化部、国家文物局关于…): the first issues", () => {
    const n = parseText("文化部、国家文物局关于表彰全国文物工作先进县的决定\n(文物发〔2009〕51号)\n各省、自治区、直辖市文化厅(局):\n现决定如下。\n文 化 部\n国家文物局\n二○○九年十二月十六日");
    expect(n.header.issuer).toBe("文化部");
  });
  it("a 文号 field that holds a site's record id, no Chinese, is no 发文字号; a series label is kept as written", () => {
    expect(parseText("文号: 200808_PF001030601200808003\n关于做好有关工作的通知\n各乡镇人民政府:\n现通知如下。").header.docNumber).toBeNull();
    expect(parseText("文号: 督察通报第十七期\n关于有关事项落实情况的通报\n各乡镇人民政府:\n现通报如下。").header.docNumber?.raw).toBe("督察通报第十七期");
  });
});

describe("a law site's flattened lines: the title with its number after a space, the signature on one line", () => {
  const page = "江门市人民政府办公室转发市治理办关于迎接检查的工作意见的通知 江府办[2005]91号\n各市、区人民政府,市直有关单位: 市治理办《关于迎接检查的工作意见》业经市人民政府同意,现转发给你们,请认真贯彻执行。\n江门市人民政府办公室 二○○五年十一月十五日\n关于迎接检查的工作意见\n为迎接检查,现提出如下意见。";
  it("the title line is whole; the signature's organ and date are read; the forwarded text opens a part", () => {
    const n = parseText(page);
    expect([n.header.title, n.header.docNumber?.raw, n.header.recipients, n.signature, n.parts.map((p) => p.title)]).toEqual([
      "江门市人民政府办公室转发市治理办关于迎接检查的工作意见的通知", "江府办[2005]91号", ["各市", "区人民政府", "市直有关单位"],
      { issuer: "江门市人民政府办公室", date: "2005-11-15", dateText: "二○○五年十一月十五日" }, ["关于迎接检查的工作意见"],
    ]);
  });
});

describe("a note whose labels carry pinyin glosses (責(zé)任單位:)", () => {
  it("reads the labels through the glosses and keeps the organs as written", () => {
    const [f] = findNotes("完善監(jiān)督檢查。(牽頭單位:省自然資源廳;責(zé)任單位:省住房城鄉(xiāng)建設(shè)廳,各市、縣人民政府)");
    expect([f!.note.lead, f!.note.support]).toEqual([["省自然資源廳"], ["省住房城鄉(xiāng)建設(shè)廳", "各市", "縣人民政府"]]);
  });
});

describe("a page's heading above the notice: its number and its title quoted whole", () => {
  it("津政規〔2020〕7號《…的通知》 is a line of its own; the title below is the notice's", () => {
    const n = parseText("津政規(guī)〔2020〕7號《天津市人民政府關于印發(fā)天津市優(yōu)化營商環(huán)境三年行動計劃的通知》\n天津市人民政府關于印發(fā)天津市優(yōu)化營商環(huán)境三年行動計劃的通知\n津政規(guī)〔2020〕7號\n各區(qū)人民政府,市政府各委、辦、局:\n現(xiàn)將《天津市優(yōu)化營商環(huán)境三年行動計劃》印發(fā)給你們,望遵照執(zhí)行。");
    expect(n.header.title).toBe("天津市人民政府關于印發(fā)天津市優(yōu)化營商環(huán)境三年行動計劃的通知");
  });
  it("a 文种 that carries its pinyin gloss, closed by its 》 (…的通報(bào)》), ends a title", () => {
    const n = parseText("成府發(fā)〔2003〕61號(hào)《成都市人民政府關(guān)于命名錦江區(qū)鹽市口成華區(qū)新鴻路等17個(gè)街道辦事處為成都市社區(qū)建設(shè)示范街道的通報(bào)》\n《成都市人民政府關(guān)于命名錦江區(qū)鹽市口成華區(qū)新鴻路等17個(gè)街道辦事處為成都市社區(qū)建設(shè)示范街道的通報(bào)》\n成府發(fā)〔2003〕61號\n各區(qū)(市)縣政府,市政府各部門:");
    expect([n.header.title, n.header.docType, n.header.issuer, n.header.docNumber?.raw]).toEqual(["成都市人民政府關(guān)于命名錦江區(qū)鹽市口成華區(qū)新鴻路等17個(gè)街道辦事處為成都市社區(qū)建設(shè)示范街道的通報(bào)", "通報", "成都市人民政府", "成府發(fā)〔2003〕61號"]);
  });
});

describe("a one-line text's signature date with no organ before it", () => {
  it("after a sentence's end and a space, the date is the signature's; 附: and the quoted title open a part", () => {
    const n = parseText("兰州市人民政府办公厅转发省联席办关于督查情况的通报的通知 各县、区人民政府,市政府各有关部门: 现将《关于督查情况的通报》转发给你们,请认真研究,切实整改,确保专项行动落到实处,见到实效。 二○○五年十一月二十一日 附: 关于督查情况的通报 各市州人民政府: 根据国务院办公厅要求,督查组对我省专项行动进行了督查,现将有关情况通报如下。");
    expect([n.signature?.date, n.parts.map((p) => p.title)]).toEqual(["2005-11-21", ["关于督查情况的通报"]]);
  });
  it("after a list with no sentence end, a date followed by （此件公开发布） is the signature's", () => {
    const n = parseText("自治区人民政府文件 新政发〔2021〕19号 关于印发2021年自治区计划及主要指标的通知 各州、市人民政府,自治区人民政府各部门: 2021年自治区计划已经自治区人大审议批准。现将2021年自治区计划及主要指标印发你们,请据此安排好本地区、本部门工作。 附件:1.2021年自治区计划 2.2021年自治区计划主要指标 2021年2月28日 (此件公开发布) 附件1: 2021年自治区计划 2021年是“十四五”规划的开局之年,做好经济工作意义重大,各地要抓好落实。");
    expect([n.signature?.date, n.parts.map((p) => p.title)]).toEqual(["2021-02-28", ["2021年自治区计划"]]);
  });
  it("a date inside a sentence stays in it", () => {
    const n = parseText("某市人民政府关于做好检查工作的通知 各县、区人民政府: 为做好检查工作,现将有关事项通知如下。检查组将于2005年11月21日 (星期一)到达,请各地做好准备工作,按时报送材料,确保检查工作顺利进行,不得延误,特此通知,请认真贯彻执行,抓好落实。");
    expect(n.signature?.date ?? null).toBe(null);
  });
});

describe("a page's header furniture and labels read this stop", () => {
  it("an issuer read from a title glossed with pinyin is given as the page writes it", () => {
    const n = parseText("國務(wù)院辦公廳關(guān)于做好政務(wù)公開工作的通知\n各省、自治區(qū)人民政府:\n現(xiàn)將有關(guān)事項通知如下。");
    expect(n.header.issuer).toBe("國務(wù)院辦公廳");
  });
  it("a database's 效力级别 glued to a long value (地方党内规范性文件) is metadata, not a masthead", () => {
    expect(metadataPairs("效力级别地方党内规范性文件")).toEqual([["效力级别", "地方党内规范性文件"]]);
    const n = parseText("发文机关中共安徽省交通运输厅党组\n发文字号皖交发〔2021〕63号\n效力级别地方党内规范性文件\n厅直各单位,厅机关各处室:\n现将实施意见印发给你们,请认真贯彻落实。\n中共安徽省交通运输厅党组\n2021年12月21日");
    expect([n.header.issuer, n.header.masthead]).toEqual(["中共安徽省交通运输厅党组", null]);
  });
  it("a 文件编号 field gives the 发文字号", () => {
    const n = parseText("文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |\n县政府办公室关于印发工作任务分解的通知\n各镇人民政府,县政府各部门:\n现将任务分解印发给你们,请认真贯彻执行。");
    expect(n.header.docNumber?.raw).toBe("盐政办发〔2022〕16号");
  });
  it("a label whose padding a wrong decoding turned into ? or U+FFFD is read (標??題:, 文\ufffd號:)", () => {
    expect(metadataPairs("標??題: | 安徽省人民政府關于開發區整合方案的批復 | ||")).toEqual([["标题", "安徽省人民政府關于開發區整合方案的批復"]]);
    expect(metadataPairs("文\ufffd號:皖政秘〔2018〕25號")).toEqual([["文号", "皖政秘〔2018〕25號"]]);
    expect(metadataPairs("問??題:如何辦理")).toBe(null);
  });
  it("a 主送 line below a label left empty (關鍵詞: |) is the 主送, not the label's value; the table's delimiter row is the table's", () => {
    const n = parseText("索引號: | 00298627-2/201802-00023 | 信息分類: | 省政府文件 |\n---|---|---|---|\n標題: | 安徽省人民政府關于開發區優化整合方案的批復 | ||\n發文字號: | 皖政秘〔2018〕25號 | 關鍵詞: |\n銅陵市人民政府:\n你市請示悉。經研究,現批復如下:\n一、同意撤銷示范園區。");
    expect([n.header.title, n.header.recipients, n.preamble]).toEqual(["安徽省人民政府關于開發區優化整合方案的批復", ["銅陵市人民政府"], ["你市請示悉。經研究,現批復如下:"]]);
    expect(n.diagnostics.find((d) => d.line === 2)?.code).toBe("metadata-read");
  });
  it("Traditional labels with 題 詞 (主題分類, 主題詞) are read", () => {
    expect(metadataPairs("主題分類: 農業、林業")).toEqual([["主题分类", "農業、林業"]]);
  });
  it("a copyright footer printed above the title is furniture", () => {
    const n = parseText("Copyright © www.selectshandong.com. All Rights Reserved\n山东省人民政府 版权所有\n山东省人民政府\n关于济南槐荫工业园区等11家\n工业园区更名的通知\n鲁政字〔2019〕4号\n各市人民政府,省政府各部门:\n现将有关事项通知如下。");
    expect(n.header.title).toBe("山东省人民政府关于济南槐荫工业园区等11家工业园区更名的通知");
  });
  it("a speech whose main title names no 文种 takes it from its ——subtitle", () => {
    const n = parseText("做好交通定点扶贫开发工作\n——黄先耀副部长在2006年部扶贫领导小组会上的讲话\n同志们:\n今天我们在这里召开扶贫领导小组会议。\n一、2005年工作\n去年工作很好。");
    expect([n.header.title, n.header.docType]).toEqual(["做好交通定点扶贫开发工作", "讲话"]);
  });
});

describe("a text cut off inside its last item's heading", () => {
  const outline = (ss: Section[]): string[] => ss.flatMap((s) => [`${s.marker}${s.heading}`, ...outline(s.children)]);
  it("leaves that item out of the outline and quotes it whole in the warning", () => {
    const n = parseText("某县人民政府关于做好防控工作的通知\n各乡镇人民政府:\n一、抓好常态化疫情防控\n1.坚持必要的人员管控和健康监测措施。\n2.健全应急指挥、疾病预防控制、重大疫情救治、健康");
    expect(outline(n.sections)).toEqual(["一、抓好常态化疫情防控", "1.坚持必要的人员管控和健康监测措施"]);
    const d = n.diagnostics.find((x) => x.code === "text-truncated");
    expect([d?.line, d?.message.includes("2.健全应急指挥、疾病预防控制、重大疫情救治、健康")]).toEqual([5, true]);
  });
  it("keeps an item whose heading is whole when the text stops in its body or its note", () => {
    const body = parseText("某县人民政府关于做好防控工作的通知\n各乡镇人民政府:\n一、抓好常态化疫情防控\n1.坚持必要的人员管控。做好自我防护,引导群众");
    expect(outline(body.sections)).toEqual(["一、抓好常态化疫情防控", "1.坚持必要的人员管控"]);
    const note = parseText("某县人民政府关于做好防控工作的通知\n各乡镇人民政府:\n一、抓好常态化疫情防控\n1.坚持必要的人员管控\n(牵头单位:县卫健局;责任单位:各乡");
    expect(outline(note.sections)).toEqual(["一、抓好常态化疫情防控", "1.坚持必要的人员管控"]);
  });
  it("keeps a heading whose line ended before the cut (a stray page number below it)", () => {
    const n = parseText("某县人民政府关于做好防控工作的通知\n各乡镇人民政府:\n一、主要任务\n(一)优化同权事项,拓展改革覆盖面\n1");
    expect(outline(n.sections)).toEqual(["一、主要任务", "(一)优化同权事项,拓展改革覆盖面"]);
  });
});

describe("a text cut off inside its last item's heading: what reads whole stays", () => {
  const outline = (ss: Section[]): string[] => ss.flatMap((s) => [`${s.marker}${s.heading}`, ...outline(s.children)]);
  it("a short heading alone on its line, with no pause, stays where its line ends; an article (第七条 起草) is a sentence and does not", () => {
    expect(outline(parseText("关于报送项目的通知\n各单位:\n一、申报范围\n本市企业。\n二、重点任务\n").sections)).toEqual(["一、申报范围", "二、重点任务"]);
    // (a text whose last line has no line break after it was cut inside that line, an excerpt's (三)深入推进法治政)
    expect(outline(parseText("关于报送项目的通知\n各单位:\n一、申报范围\n本市企业。\n二、深入推进法治政").sections)).toEqual(["一、申报范围"]);
    // (…read from a file's bytes too, through the text adapter)
    const bytes = async (t: string) => outline((await parseNotice(Buffer.from(t), { path: "x.txt" })).sections);
    expect(outline(parseText("关于印发标准化管理办法的通知\n各单位:\n第六条 标准应当科学合理。\n第七条 起草").sections)).toEqual(["第六条标准应当科学合理"]);
    return Promise.all([bytes("关于报送项目的通知\n各单位:\n一、申报范围\n本市企业。\n二、深入推进法治政"), bytes("关于报送项目的通知\n各单位:\n一、申报范围\n本市企业。\n二、重点任务\r\n")]).then(([cut, whole]) => {
      expect(cut).toEqual(["一、申报范围"]);
      expect(whole).toEqual(["一、申报范围", "二、重点任务"]);
    });
  });
  it("a heading the Markdown marks as one is whole as marked", async () => {
    const n = await parseNotice("# 关于报送项目的通知\n\n各单位:\n\n## 一、申报范围\n\n本市企业。\n\n## 二、坚持以人民为中心,完善城市功能,提升治理能力\n", { path: "x.md" });
    expect(outline(n.sections)).toEqual(["一、申报范围", "二、坚持以人民为中心,完善城市功能,提升治理能力"]);
  });
});

describe("a site's column of notices and its welcome above the article", () => {
  it("通知公告 alone on a line is the site's column, not a title ending in 公告; 欢迎访问…! is furniture", () => {
    const n = parseText("欢迎访问某某科技大学!\n通知公告\n您所在的位置: 首页» 通知公告\n通知公告\n关于组织开展好献计献策活动的再通知\n各学院,各部门:\n现将有关事项通知如下。");
    expect([n.header.title, n.header.docType, n.header.recipients]).toEqual(["关于组织开展好献计献策活动的再通知", "通知", ["各学院", "各部门"]]);
  });
});

describe("a news repost's lead above the document it quotes", () => {
  it("a lead sentence that ends 全文如下: hands over to the plan; 文件详情如下: does as a line of its own", () => {
    const plan = parseText("日前,潮州印发《潮州市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:\n潮州市打赢蓝天保卫战实施方案(2019-2020年)\n为落实省的部署要求,制定本方案。\n一、目标要求\n到2020年,空气质量优良天数比例达到94%。");
    expect([plan.header.title, plan.header.docType]).toEqual(["潮州市打赢蓝天保卫战实施方案(2019-2020年)", "方案"]);
    const notice = parseText("日前,金华市婺城区人民政府印发关于推动经济高质量发展若干政策举措的通知。\n文件指出,严格落实国家关于原料用能的政策。\n文件详情如下:\n金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措的通知\n各乡镇人民政府、街道办事处:\n现印发给你们,请认真贯彻执行。");
    expect([notice.header.title, notice.header.recipients]).toEqual(["金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措的通知", ["各乡镇人民政府", "街道办事处"]]);
  });
});

describe("notes: more wordings of roles", () => {
  const roles = (t: string) => findNotes(t).map((f) => [f.note.lead, f.note.support]);
  it("a closing remark of any length after the roles (以下各项工作均需…落实,不再列出) names no organ", () => {
    expect(roles("制定实施准入清单。〔市生态环境局牵头,市发展和改革局、自然资源局参与,各县、区人民政府负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕")).toEqual([[["市生态环境局"], ["市发展和改革局", "自然资源局", "各县", "区人民政府"]]]);
  });
  it("牵头督导 is a lead's verb", () => {
    expect(roles("排查整治工业企业。(市生态环境局、发展和改革局牵头督导,市公安局、自然资源局配合)")).toEqual([[["市生态环境局", "发展和改革局"], ["市公安局", "自然资源局"]]]);
  });
  it("a verb glossed with pinyin (負(fù)責(zé)落實(shí)) is read; the organs keep their glosses", () => {
    expect(roles("健全清單制度。(市民政局牽頭,各區(qū)、市政府負(fù)責(zé)落實(shí))")).toEqual([[["市民政局"], ["各區(qū)", "市政府"]]]);
  });
  it("党的 belongs to an organ's name (省局党的建设领导小组各成员单位)", () => {
    expect(roles("全面从严治党。(机关党委牵头,省局党的建设领导小组各成员单位分工负责)")).toEqual([[["机关党委"], ["省局党的建设领导小组各成员单位"]]]);
  });
});

describe("an item with a note in its heading and another below it", () => {
  it("the heading's note, not the last, stays in the item's text as written; the last is its responsibility", () => {
    const n = parseText("某县人民政府关于推动经济发展若干政策的通知\n各乡镇人民政府:\n现印发给你们。\n一、扩大有效投资政策(由县发改局牵头实施)\n聚焦重大工程,谋划实施项目。(牵头单位:县财政局)");
    const s = n.sections[0]!;
    expect([s.heading, s.text.includes("(由县发改局牵头实施)"), s.responsibility?.lead, n.tasks.map((t) => t.lead)]).toEqual(["扩大有效投资政策", true, ["县财政局"], [["县发改局"], ["县财政局"]]]);
  });
});

describe("实施单位: who carries an item out", () => {
  it("a 实施单位: line under an item names its lead; 实施 at a clause's end is no role verb", () => {
    const n = parseText("省政府办公厅关于印发督查工作要点的通知\n各市(州)人民政府:\n一、督促检查政府工作报告落实工作\n要点:各项目标任务完成情况。\n实施单位:各市(州)人民政府,省直各部门。");
    expect(n.tasks.map((t) => [t.task, t.lead])).toEqual([["督促检查政府工作报告落实工作", ["各市(州)人民政府", "省直各部门"]]]);
    expect(findNotes("推进改革。(各县区分步组织实施)")).toEqual([]);
  });
});

describe("an issued document after the covering notice's date, its number below its title", () => {
  it("…实施意见 / 法发〔2018〕23号 / its text opens a part", () => {
    const n = parseText("最高人民法院印发《关于进一步全面落实司法责任制的实施意见》的通知\n法发〔2018〕23号\n各省、自治区、直辖市高级人民法院:\n现将《关于进一步全面落实司法责任制的实施意见》印发给你们,请认真贯彻执行。\n最高人民法院\n2018年12月4日\n最高人民法院关于进一步全面落实司法责任制的实施意见\n法发〔2018〕23号\n为深入学习贯彻党的十九大精神,制定本意见。\n一、坚定不移推进司法责任制改革\n1.深刻认识全面落实司法责任制的重大意义。全面落实。");
    expect([n.sections.length, n.parts.map((p) => [p.title, p.docNumber?.raw, p.sections.map((s) => s.marker)])]).toEqual([0, [["最高人民法院关于进一步全面落实司法责任制的实施意见", "法发〔2018〕23号", ["一、"]]]]);
  });
});

describe("a forum's page and a 批复 to a town", () => {
  it("the prompt to log in and a pop-up's x are furniture; a date line closed by a table border dates the signature", () => {
    const n = parseText("您需要 登录 才可以下载或查看,没有账号?注册会员\nx\n县政办发〔2010〕219号\n户县人民政府办公室\n关于撤销余下镇新安社区的通知\n各乡镇人民政府,县人民政府各工作部门:\n经县政府研究,决定撤销余下镇新安社区。\n二○一○年十二月二日 |\n|");
    expect([n.header.docNumber?.raw, n.signature?.date]).toEqual(["县政办发〔2010〕219号", "2010-12-02"]);
  });
  it("a town named alone above the text is the 主送 of a 批复", () => {
    const n = parseText("子政发〔2017〕26号\n子长县人民政府\n关于对调整后的杨家园则镇总体规划的批复\n杨家园则镇:\n你镇《关于审批总体规划的请示》收悉。经研究,现批复如下:\n一、同意调整后的总体规划。");
    expect(n.header.recipients).toEqual(["杨家园则镇"]);
  });
});

describe("a one-line text's appended document with its own 主送", () => {
  it("…的通报 各市州人民政府: 根据… — the 主送 is the part's, not a duty line", () => {
    const n = parseText("某市人民政府办公厅转发省联席办关于督查情况的通报的通知 各县、区人民政府: 现将《关于督查情况的通报》转发给你们,请认真研究,切实整改,确保专项行动落到实处,见到实效。 二○○五年十一月二十一日 附: 关于督查情况的通报 各市州人民政府: 根据国务院办公厅要求,督查组对我省专项行动进行了督查,现将有关情况通报如下。");
    expect([n.parts.map((p) => p.recipients), n.tasks]).toEqual([[["各市州人民政府"]], []]);
  });
});

describe("text extracted from PDF files: wraps", () => {
  it("a title line ending in 关于 goes on to the next, however long", () => {
    const n = parseText("乌政办发〔2013〕11号\n乌兰浩特市人民政府办公室关于\n印发《乌兰浩特市人民政府公文形式、适用范围、审批程序和公文处理有关规定》和《乌兰浩特市人民政府公文格式细则》的通知\n各镇人民政府、办事处,市直各部门:\n经市政府同意,现将两个文件印发给你们,请认真参照执行。");
    expect([n.header.title, n.header.issuer]).toEqual(["乌兰浩特市人民政府办公室关于印发《乌兰浩特市人民政府公文形式、适用范围、审批程序和公文处理有关规定》和《乌兰浩特市人民政府公文格式细则》的通知", "乌兰浩特市人民政府办公室"]);
  });
  it("an item's line that ends on an opening 《 goes on to the next", () => {
    const n = parseText("宁夏回族自治区人民政府公文格式规定\n第一条 为了保持公文格式的统一,根据《\n国家行政机关公文处理办法》的精神,制定本规定。\n第二条 本规定适用于自治区人民政府的公文。");
    expect(n.sections.map((s) => s.heading)).toEqual(["为了保持公文格式的统一,根据《国家行政机关公文处理办法》的精神,制定本规定", "本规定适用于自治区人民政府的公文"]);
  });
});

describe("a law database's labels glued to their values, in Traditional with pinyin glosses", () => {
  it("發(fā)文機關(guān)江蘇省高級人民法院 is the 发文机关, its value as written", () => {
    expect(metadataPairs("發(fā)文機關(guān)江蘇省高級人民法院")).toEqual([["发文机关", "江蘇省高級人民法院"]]);
    expect(metadataPairs("發(fā)文字號(hào)蘇高法〔2023〕2號(hào)")).toEqual([["发文字号", "蘇高法〔2023〕2號(hào)"]]);
    expect(metadataPairs("時(shí)效性現(xiàn)行有效")).toEqual([["时效性", "現(xiàn)行有效"]]);
    expect(metadataPairs("發(fā)展經(jīng)濟是第一要務")).toBe(null);
  });
});

describe("an attachment sent apart", () => {
  it("（另发） after an attachment's title says how it is sent: the title is without it, the note keeps it", () => {
    const n = parseText("某公司关于2020年度内控体系工作的报告\n国网财务部:\n现予上报,请审查。\n附件:国网湖北省电力有限公司2020年度内控体系工作报告(另发)\n国网湖北省电力有限公司\n2021年4月12日");
    expect(n.attachments.map((a) => [a.title, a.note])).toEqual([["国网湖北省电力有限公司2020年度内控体系工作报告", "(另发)"]]);
  });
});

describe("a date whose 年 a page lost", () => {
  it("20223月23日 is 2022-03-23; a year and digits without 月 or 日 are not read so", () => {
    expect(dateOnly("20223月23日")?.iso).toBe("2022-03-23");
    expect(dateOnly("202213月23日")?.iso ?? null).toBe(null);
    const n = parseText("健康中国行动推进委员会办公室关于印发健康中国行动2022年工作要点的通知\n各成员单位:\n现将工作要点印发给你们,请认真贯彻落实。\n健康中国行动推进委员会办公室\n20223月23日");
    expect([n.signature?.issuer, n.signature?.date]).toEqual(["健康中国行动推进委员会办公室", "2022-03-23"]);
  });
});

describe("a pipe table with a merged leading cell, and the page's metadata under it", () => {
  const page = "某市2022年民生实事项目进展情况\n类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 完成情况 |\n四、教育文化 | 改扩建泉山学校 | 完成泉山学校一期2座教学楼建设并投入使用。 | 教育体育局 | 刘福利 | 泉山学校:完成主体建筑结构施工。 |\n推进学校塑胶运动场地建设 | 完成罗峰学校及13处农村学校塑胶运动场地建成并投入使用。 | 教育体育局 | 刘福利 | 罗峰学校:9月份开始施工。 |\n索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |";
  it("a row short of the merged cell's column stands under the columns it reads like; 事项名称 names the task; the metadata rows are no tasks", () => {
    const n = parseText(page);
    expect(n.tasks.map((t) => [t.task, t.lead, t.leader])).toEqual([["改扩建泉山学校", ["教育体育局"], "刘福利"], ["推进学校塑胶运动场地建设", ["教育体育局"], "刘福利"]]);
  });
  it("a row of one cell (a group's heading) is not moved", () => {
    const n = parseText("考核评分表\n项目\t考核内容\t分值\t评分标准\n经费保障\t将爱国卫生工作经费纳入财政预算\t10\t未纳入预算的扣10分\n二、环境卫生（40分）\n市容环境\t主次干道、背街小巷路面整洁\t15\t每发现一处暴露垃圾扣1分");
    expect(n.tables[0]?.rows.map((r) => r[0])).toEqual(["经费保障", "二、环境卫生（40分）", "市容环境"]);
  });
});

describe("what a speech is called besides 讲话", () => {
  it.each([
    ["县长周峰在脱贫攻坚动员大会上的主持词", "主持词"],
    ["在全市民营企业座谈会上的发言", "发言"],
    ["市长2024年新年致辞", "致辞"],
  ])("%s ends a title (%s)", (title, docType) => {
    const n = parseText(`当前位置:首页 > 领导讲话\n${title}\n同志们:\n今天我们召开大会,主要任务是部署工作。\n一、提高认识\n要充分认识做好工作的重要意义。`);
    expect([n.header.title, n.header.docType]).toEqual([title, docType]);
  });
});

describe("a text cut off inside an item that holds a note", () => {
  it("keeps the item: its note's words live in its responsibility, not in the warning", () => {
    // (the fixed-seed no-text-lost fuzz's draw from a real report: 牵头单位： inserted after an item's marker)
    const n = parseText("\n南县住房和城乡建设局2018年度整体支出 绩效评价报告\n\n详细信息\n\n公开具体内容\n\n南县住房和城乡建设局2018年度整体支出\n\n绩效评价报告\n\n为检验预算编制的科学性、合理性、规范性,提升我局预算编制、执行、监督和绩效管理等能力水平,强化预算支出责任,进一步管理和使用好财务资金,确保财政资金使用效益,为了以后年度资金预算安排及年度绩效评估考核提供参考依据,依据《中华人民共和国预算法》、《湖南省人民政府关于全面推进预算绩效管理的意见》(湘政发【2012】33号)、《预算管理绩效管理工作考核办法》(湘财绩【2015】15号)、《南县人民政府关于全面推进预算绩效管理的意见》(南政发【2014】7号)、《南县财政局关于做好2018年度预算绩效自评工作的通知》(南财绩【2019】7号)等文件的规定,我局已经对2018年度预算绩效进行自我评价。具体情况报告如下:\n\n一、部门概况\n\n一、牵头单位：1、组织机构设置及人员情况:南县住房和城乡建设局正科级行政单位,内设办公室、人事股、财计股、法规股、联合工会、政务服务股、房改股、城建档案馆、城市建设股、村镇建设股、规划技术股、规划管理股、建筑管理股、公用事业股、建设工程管理站、燃气办、质安监站、建筑材料检测中心、城乡规划建设服务中心、规划勘测设计院、信息中心21个股室和直属单位,另按规定设立了机关党支部、纪检监察室。下辖自来水公司、环境卫生管理处、公用事业设施管理站、德昌公园管理处、路灯管理所、建筑勘察设计院、园林绿化管理处、建筑工程公司8个二级单位。全局现有在职人员246人,离退休人员85人。行政事业总编制为249个,其中行政编13个、全额事业编45个、差额\n");
    expect(JSON.stringify(n)).toContain("下辖自来水公司");
  });
});

describe("a table copied one cell per line whose narrow header cells wrapped", () => {
  it("joins the header's pieces back to the width its rows show (责任 / 领导 → 责任领导)", () => {
    const cells = ["序号", "重点工作", "责任", "领导", "责任", "科室", "完成", "时限", "1", "建设防洪堤", "张伟", "水利站", "6月底前", "2", "整治村道", "李强", "交通办", "9月底前"];
    const n = parseText("某镇2024年度重点工作计划\n\n" + cells.join("\n\n") + "\n");
    expect(n.tasks.map((t) => [t.task, t.leader, t.lead, t.deadline])).toEqual([
      ["建设防洪堤", "张伟", ["水利站"], "6月底前"],
      ["整治村道", "李强", ["交通办"], "9月底前"],
    ]);
  });
  it("joins only pieces a wrap makes, and only down to the rows' width", () => {
    expect(joinWrappedHeader(["序号", "重点工作", "责任", "领导", "第二季度", "完成情况"], 4)?.map((c) => c.text)).toEqual(["序号", "重点工作", "责任领导", "第二季度完成情况"]);
    // two whole columns of different kinds are never one
    expect(joinWrappedHeader(["序号", "重点任务", "牵头单位", "完成时限"], 3)).toBe(null);
    // a long cell is no wrapped piece
    expect(joinWrappedHeader(["序号", "工作任务安排", "第二季度"], 2)).toBe(null);
  });
});

describe("what a 附件说明 writes after a title that is not its name", () => {
  it.each([
    ["附件：1.创城主要工作任务.docx", "创城主要工作任务", ".docx"],
    ["附件：《关于深入开展建设职工之家活动的意见》(请点击左下角链接下载)", "关于深入开展建设职工之家活动的意见", "(请点击左下角链接下载)"],
    ["附件：更名园区名单.PDF", "更名园区名单", ".PDF"],
    ["附件：工作报告（另发）", "工作报告", "（另发）"],
    // a title that ends in a word, not a file's extension, keeps it
    ["附件：2023年度考核细则", "2023年度考核细则", undefined],
  ])("%s → %s + %s", (line, title, note) => {
    const n = parseText(`某县人民政府办公室关于印发考核细则的通知\n各乡镇人民政府：\n现将细则印发给你们，请认真执行。\n\n${line}\n\n某县人民政府办公室\n2023年3月1日`);
    expect([n.attachments[0]?.title, n.attachments[0]?.note]).toEqual([title, note]);
  });
});

describe("joint issues written with spaces, and the central bank's and the Party centre's names", () => {
  it.each([
    ["中国人民银行 民政部关于印发《社会组织反恐怖融资管理办法》的通知", "中国人民银行"],
    ["中共中央 國務院 中央軍委关于深化国防和军队改革的决定", "中共中央"],
    ["中国人民银行 发展改革委 证监会关于印发《绿色债券支持项目目录》的通知", "中国人民银行"],
  ])("%s is issued by %s", (title, issuer) => {
    expect(leadingOrgan(title)).toBe(issuer);
  });
  it("a national body glued after another ends the first (中国人民银行国家外汇管理局); one national body is one organ", () => {
    expect(firstOfJoint("中国人民银行国家外汇管理局")).toBe("中国人民银行");
    expect(firstOfJoint("中共中央国务院")).toBe("中共中央");
    expect(firstOfJoint("農業農村部最高人民法院最高人民檢察院工業和信息化部公安部國家市場監督管理總局")).toBe("農業農村部");
    expect(firstOfJoint("国家外汇管理局")).toBe(null);
    expect(firstOfJoint("北京市国家安全局")).toBe(null);
  });
  it("a metadata 发文机关 naming two organs gives the first; a 标题 value broken after its organs goes on with its 关于 line", () => {
    const n = parseText("中国人民银行 国家外汇管理局\n关于提升银行数字化服务水平的通知\n标题：\n中国人民银行 国家外汇管理局\n关于提升银行数字化服务水平的通知\n文号：\n银发〔2023〕231号\n发文机关：\n中国人民银行 国家外汇管理局\n各分行：\n为便利经营主体，现就有关事项通知如下：\n一、优化流程\n银行应当优化流程。");
    expect([n.header.issuer, n.header.title]).toEqual(["中国人民银行", "中国人民银行国家外汇管理局关于提升银行数字化服务水平的通知"]);
    const m = parseText("关于提升银行数字化服务水平的通知\n发文机关：中国人民银行 国家外汇管理局\n各分行：\n现就有关事项通知如下：\n一、优化流程\n银行应当优化流程。");
    expect(m.header.issuer).toBe("中国人民银行");
  });
  it("a number line the page damaged gives way to the metadata's whole number of the same 代字; alone it stays as written", () => {
    const text = "怀远县人民政府办公室关于印发防汛预案的通知\n怀政办〔202215\n各乡镇人民政府：\n现将预案印发给你们。\n怀远县人民政府办公室\n2022年5月6日";
    expect(parseText("发文字号: 怀政办〔2022〕15号\n" + text).header.docNumber?.raw).toBe("怀政办〔2022〕15号");
    expect(parseText(text).header.docNumber?.raw).toBe("怀政办〔202215");
  });
});

describe("items （1）（2） run into their parent's paragraph", () => {
  it("each opens an item after a sentence's end, a note in brackets after it too; its note is its own", () => {
    const n = parseText("某市人民政府关于进一步深化改革的实施意见\n各县（区）人民政府：\n一、持续减少审批事项\n1.深化商事制度改革。(1)全面落实多证合一改革。按照能整合的尽量整合的原则推进。(市工商局牵头负责)(2)完善企业登记全程电子化。推行全程电子化登记。(市数据局牵头负责)(3)推进企业名称登记改革。全面开放企业名称库。(市市场监管局负责)\n某市人民政府\n2017年5月2日");
    const s = n.sections[0]!.children[0]!;
    expect(s.children.map((c) => c.marker + c.heading)).toEqual(["(1)全面落实多证合一改革", "(2)完善企业登记全程电子化", "(3)推进企业名称登记改革"]);
    expect(n.tasks.map((t) => [t.task, t.lead])).toEqual([
      ["全面落实多证合一改革", ["市工商局"]],
      ["完善企业登记全程电子化", ["市数据局"]],
      ["推进企业名称登记改革", ["市市场监管局"]],
    ]);
  });
  it("a bracketed number inside a sentence stays text", () => {
    const n = parseText("某市人民政府关于加强管理的通知\n各县（区）人民政府：\n一、明确要求\n按照第三条第(1)项和第(2)项的规定执行，并报市政府备案。\n某市人民政府\n2017年5月2日");
    expect(n.sections[0]!.children).toEqual([]);
  });
});

describe("a line ending in a table's | below a title", () => {
  it("is the table's, never the title's end", () => {
    const n = parseText("区发改委2024年11月重点工作落实情况\n序号 | 工作 责任组 |\n责任 领导 |\n3 | 项目推进 | 洪飞 |\n");
    expect(n.header.title).toBe("区发改委2024年11月重点工作落实情况");
  });
});

describe("a mirror's pinyin glosses in a title's second line and in a note's label", () => {
  const page = "四川省人民政府辦公廳\n關(guān)于印發(fā)實施《西部大開發(fā)“十三五”規(guī)劃》責(zé)任分工方案的通知\n各市(州)人民政府:\n現(xiàn)將方案印發(fā)你們。\n一、優(yōu)化空間開發(fā)布局\n加快節(jié)點城市建設(shè)。\n責(zé)任單位:省發(fā)展改革委、省住房城鄉(xiāng)建設(shè)廳\n二、加強保障\n要加強保障。";
  it("the organ line goes on with a 关于 line whose glosses make it long", () => {
    const n = parseText(page);
    expect([n.header.issuer, n.header.title]).toEqual(["四川省人民政府辦公廳", "四川省人民政府辦公廳關(guān)于印發(fā)實施《西部大開發(fā)“十三五”規(guī)劃》責(zé)任分工方案的通知"]);
  });
  it("a glossed label on a line of its own is read, its organs as written", () => {
    const n = parseText(page);
    expect(n.tasks.map((t) => [t.task, t.lead])).toEqual([["優(yōu)化空間開發(fā)布局", ["省發(fā)展改革委", "省住房城鄉(xiāng)建設(shè)廳"]]]);
  });
});

describe("the lead over a whole part (总牵头) in brackets after its heading", () => {
  it("is the heading's note and names its lead", () => {
    const n = parseText("浙江省大气污染防治重点工作部门分工方案\n一、加快调整能源结构(省发改委总牵头)\n(一)制订全省煤炭消费总量控制方案。\n要抓紧制订。\n二、强化保障\n要加强保障。");
    expect(n.sections[0]!.heading).toBe("加快调整能源结构");
    expect(n.tasks.map((t) => [t.task, t.lead])).toEqual([["加快调整能源结构", ["省发改委"]]]);
  });
});

describe("a wiki page's banner, and a title that implements another organ's document", () => {
  it("维基文库，自由的图书馆 / 跳转到导航 跳转到搜索 / 收录于《…》 are the page's", () => {
    const n = parseText("国务院关于同意芜湖市人民政府驻地迁移的批复\n\n維基文庫,自由的圖書館\n跳转到导航 跳转到搜索\n国务院关于同意芜湖市人民政府驻地迁移的批复\n国函〔2009〕159号\n收录于《芜湖市民政志》\n\n安徽省人民政府:\n\n你省请示收悉。现批复如下:同意迁移。\n\n国务院\n二〇〇九年十二月三十一日");
    expect([n.header.title, n.header.recipients]).toEqual(["国务院关于同意芜湖市人民政府驻地迁移的批复", ["安徽省人民政府"]]);
  });
  it("X贯彻Y关于…的实施意见 is issued by X", () => {
    expect(leadingOrgan("浙江省人民政府贯彻国务院关于进一步加强节能工作的实施意见")).toBe("浙江省人民政府");
    expect(leadingOrgan("某市人民政府批转市发展改革委关于2024年经济体制改革要点的通知")).toBe("某市人民政府");
  });
});

describe("a plan's contents (目录) where a page cuts or runs them together", () => {
  const entries = "1 总则\n1.1 编制目的\n1.2 编制依据\n1.3 适用范围\n2 组织指挥体系\n2.1 县防汛抗旱指挥部\n";
  const cover = "某县人民政府办公室关于印发某县防汛抗旱应急预案的通知\n各乡镇人民政府：\n现将预案印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2022年5月6日\n某县防汛抗旱应急预案\n";
  it.each([["目    錄"], ["  录"], ["目录"]])("entries after %s that run to the text's end are its contents, not its outline", (heading) => {
    const n = parseText(`${cover}${heading}\n${entries}9.2`);
    expect(n.parts[0]?.sections ?? []).toEqual([]);
    expect(n.tables[0]?.rows.length).toBe(6);
  });
  it("a title its contents' heading runs into (…应急预案目录) is the title without it", () => {
    const n = parseText(`${cover.replace("某县防汛抗旱应急预案\n", "某县防汛抗旱应急预案目录\n")}${entries}1 总则\n1.1 编制目的\n为规范应急工作，制定本预案。`);
    expect(n.parts[0]?.title).toBe("某县防汛抗旱应急预案");
  });
  it("numbered lines after 目录 that the body follows unrepeated stay the outline", () => {
    const n = parseText(`${cover}目录\n${entries}各乡镇要加强值守，确保安全度汛。`);
    expect(n.parts[0]?.sections.length).toBe(2);
  });
});

describe("an organ's 公告 and its series number", () => {
  it("中国人民银行公告 / （2007）第21号: the organ issues, the bracketed year and serial are the number", () => {
    const n = parseText("中国人民银行公告\n（2007）第 21 号\n根据有关规定，现就有关事项公告如下：\n一、资产支持证券可用于质押式回购交易。\n二、本公告自发布之日起施行。");
    expect([n.header.issuer, n.header.docNumber]).toEqual(["中国人民银行", { raw: "（2007）第21号", prefix: null, year: 2007, serial: 21 }]);
    expect(n.sections.map((s) => s.marker)).toEqual(["一、", "二、"]);
  });
  it("a joint 公告 is issued by its first organ", () => {
    expect(leadingOrgan("中国人民银行中国保险监督管理委员会公告")).toBe("中国人民银行");
  });
  it("a series number alone under a title that names no series reads, where it crashed the header", () => {
    expect(parseText("关于加强管理的通知\n〔2022〕69号\n各单位：\n现将有关事项通知如下。").header.docNumber?.raw).toBe("〔2022〕69号");
  });
});

describe("a title run into its 主送 on one line", () => {
  it.each([
    ["某市人民政府关于做好防汛工作的通知各县（区）人民政府，市政府各部门："],
    ["某市人民政府关于做好防汛工作的通知 各县（区）人民政府，市政府各部门："],
    ["某行 某局关于发布《代客理财管理暂行办法》的通知某行上海总部，各分行；各省银监局："],
  ])("%s is a title and its 主送", (line) => {
    const n = parseText(`${line}\n为做好今年工作，现将有关事项通知如下：\n一、加强值守\n各地要加强值守。`);
    expect(n.header.docType).toBe("通知");
    expect(n.header.title).toBe(line.slice(0, line.indexOf("通知") + 2).replace(/\s/g, ""));
    expect(n.header.recipients.length).toBeGreaterThan(1);
  });
  it("a sentence that names a notice and addresses is not split", () => {
    expect(titleThenAddressees("现将关于做好防汛工作的通知转发给你们，请各单位：")).toBe(-1);
    expect(titleThenAddressees("根据《关于做好防汛工作的通知》，各单位：")).toBe(-1);
  });
});

describe("an amendment 决定: its opening sentence and its references to articles", () => {
  const text = "某省人民代表大会常务委员会关于修改部分地方性法规的决定\n某省第十一届人民代表大会常务委员会第十七次会议决定,修改下列地方性法规:\n一、对下列法规进行修改\n1.在《某省农村能源条例》第七条中增加一项作为第六项。\n第九条修改为:“各级人民政府应当发挥本地优势。”\n第十三条后增加一条作为第十四条,即:“鼓励采用沼气技术。”\n2.将《某省气象条例》第七条修改为:“为防灾减灾服务。”\n第十条第四项修改为:“气象探测环境。”";
  it("a sentence that says 下列 is no 主送, and 第九条修改为 is no article", () => {
    const n = parseText(text);
    expect(n.header.recipients).toEqual([]);
    expect(n.sections[0]!.children.map((c) => c.marker)).toEqual(["1.", "2."]);
  });
  it("an article with its text is one", () => {
    expect(matchMarker("第九条 各级人民政府应当发挥本地优势。")?.style).toBe("article");
    expect(matchMarker("第九条修改为：")).toBe(null);
  });
});

describe("signature dates a copy damaged in more ways", () => {
  it.each([
    ["20213月18", "2021-03-18"],
    ["2024531日", "2024-05-31"],
    ["2018年10日11日", "2018-10-11"],
  ])("%s is %s", (written, iso) => {
    expect(dateOnly(written)?.iso).toBe(iso);
    const n = parseText(`某县教育局关于举办运动会的通知\n各中小学：\n现将有关事项通知如下，请认真组织。\n某县教育局\n${written}`);
    expect([n.signature?.issuer, n.signature?.date]).toEqual(["某县教育局", iso]);
  });
  it("digits that split into two real dates are read as none, the signature kept", () => {
    expect(dateOnly("2022121日")?.iso ?? null).toBe(null);
    const n = parseText("某县教育局关于举办运动会的通知\n各中小学：\n现将有关事项通知如下，请认真组织。\n某县教育局\n2022121日");
    expect([n.signature?.issuer, n.signature?.date, n.signature?.dateText]).toEqual(["某县教育局", null, "2022121日"]);
  });
});

describe("a 主送 addressed within a scope, and a page's 发布者 line above it", () => {
  it.each([["集团各部门："], ["全校各党政组织、单位部门："], ["全市各级人民法院："]])("%s is the 主送", (line) => {
    const n = parseText(`某某关于开展学习活动的通知\n${line}\n为深入学习，现将有关事项通知如下：\n一、学习内容\n认真学习。`);
    expect(n.header.recipients.join("、")).toBe(line.slice(0, -1));
  });
  it("发布者:…发布时间:… is the page's, not the first addressee's", () => {
    const n = parseText("关于开展学习活动的通知\n\n发布者:党委办公室发布时间:2018-06-27浏览次数:8\n\n各部门、单位:\n\n为深入学习，现将有关事项通知如下：\n一、学习内容\n认真学习。");
    expect(n.header.recipients).toEqual(["各部门", "单位"]);
  });
});

describe("a 主送 run into the body's first sentence on its line", () => {
  it("各科室: 为了…如下: is the 主送 and the body, and no task", () => {
    const n = parseText("关于建立机关科室联系临床科室制度的通知\n各科室: 为了加强联系，经研究特制定本制度，主要安排如下:\n一、加强交流\n联系科室之间要加强交流。\n二、定期走访\n每两周走访一次。");
    expect(n.header.recipients).toEqual(["各科室"]);
    expect(n.preamble[0]).toMatch(/^为了加强联系/);
    expect(n.tasks).toEqual([]);
  });
  it("经研究: 决定如下: is a sentence", () => {
    expect(gluedAddressees("经研究: 决定如下:")).toBe(0);
  });
});

describe("a breadcrumb written with dashes", () => {
  it("网站首页 - 社会关注 above the title is the page's", () => {
    const n = parseText("当前位置:\n\n网站首页 - 社会关注\n\n关于组织申报生态农场评价认定工作的通知\n\n各区市农业农村局:\n\n现将有关事项通知如下:\n一、申报条件\n符合条件的农场均可申报。");
    expect(n.header.title).toBe("关于组织申报生态农场评价认定工作的通知");
  });
});

describe("a joint signature on one line with a single space between the organs", () => {
  it("lists them with 、, the first issuing", () => {
    const n = parseText("关于下达2021年补助资金的通知\n各乡镇人民政府：\n现将补助资金下达给你们，请按规定使用。\n苍南县财政局 苍南县卫生健康局\n2021年5月6日");
    expect([n.signature?.issuer, n.header.issuer]).toEqual(["苍南县财政局、苍南县卫生健康局", "苍南县财政局"]);
  });
});

describe("metadata labels in square brackets", () => {
  it("[ 发文字号 ] … [ 成文日期 ] … pairs are read, not glued to the title below", () => {
    const n = parseText("[ 索引号 ] 1150022873659872X5/2023-00005 [ 发文字号 ] 曲水府发〔2023〕21号\n[ 发布机构 ] 梁平区曲水镇政府\n[ 成文日期 ] 2023-06-03 [ 发布日期 ] 2023-06-03\n\n重庆市梁平区曲水镇人民政府关于印发自然灾害救助应急预案的通知\n\n各村（社区）：\n现将预案印发给你们，请认真贯彻执行。");
    expect([n.header.title, n.header.indexNumber, n.header.docNumber?.raw]).toEqual(["重庆市梁平区曲水镇人民政府关于印发自然灾害救助应急预案的通知", "1150022873659872X5/2023-00005", "曲水府发〔2023〕21号"]);
  });
});

describe("a plan's contents copied from a Word file: leader dots and page numbers, no 目录 heading", () => {
  const cover = "某镇人民政府关于印发某镇自然灾害救助应急预案的通知\n各村（社区）：\n现将《某镇自然灾害救助应急预案》印发给你们，请遵照执行。\n某镇人民政府\n2023年5月15日\n（此件公开发布）\n重庆市某区某镇\n自然灾害救助应急预案\n编制单位：某镇安全生产委员会办公室\n";
  const toc = " 1总则…………………………………......6\n1.1编制目的…………………..…6\n1.2编制依据……………………..…6\n2组织指挥体系…………………..…7\n2.1镇救助应急工作领导小组……..…7";
  it("entries that end in leader dots and their page are a table, not the outline, and the field above keeps its line", () => {
    const n = parseText(cover + toc);
    expect(n.sections).toEqual([]);
    expect(n.parts.flatMap((p) => p.sections)).toEqual([]);
    expect(n.tables[0]?.rows.map((r) => r[0])).toEqual(["1总则…………………………………......6", "1.1编制目的…………………..…6", "1.2编制依据……………………..…6", "2组织指挥体系…………………..…7", "2.1镇救助应急工作领导小组……..…7"]);
  });
  it("the plan's title under the date's 附注, its cover's fields below it, opens the part", () => {
    expect(parseText(cover + toc).parts.map((p) => p.title)).toEqual(["重庆市某区某镇自然灾害救助应急预案"]);
  });
  it("a cover's 编制单位： is a field, not an organ given a duty", () => {
    expect(parseText(cover + toc).tasks).toEqual([]);
    expect(findNotes("编制单位：某镇安全生产委员会办公室")).toEqual([]);
    expect(findNotes("县应急管理局：负责全县救灾物资的储备和调拨")[0]?.note.lead).toEqual(["县应急管理局"]);
  });
  it("two lines with leader dots are no contents list; an ellipsis in a sentence is no leader", () => {
    const n = parseText("关于做好某事的通知\n各单位：\n现通知如下。\n一、总体要求……3\n二、工作任务……5\n三、有关要求\n请按时完成。");
    expect(n.sections.map((s) => s.marker)).toEqual(["一、", "二、", "三、"]);
  });
  it("the lexicon's patterns", () => {
    expect(["1.1编制目的……6", "总则.........12", "2组织 ··· 7", "1.1编制目的……………(4)", "2组织指挥体系……（12）"].map(endsInLeaderPage)).toEqual([true, true, true, true, true]);
    expect(["增长1.5", "等等…2", "第3", "1.2 3"].map(endsInLeaderPage)).toEqual([false, false, false, false]);
    expect(["编制单位", "发布机关", "所在单位"].map((x) => FIELD_LABEL.test(x))).toEqual([true, true, true]);
    expect(["牵头单位", "县应急管理局", "各有关单位"].map((x) => FIELD_LABEL.test(x))).toEqual([false, false, false]);
    expect([ANNOTATION_LINE.test("（此件公开发布）"), ANNOTATION_LINE.test("（2023年5月15日）")]).toEqual([true, false]);
    expect([PLAN_COVER_FIELD.test("编制单位：某办公室"), PLAN_COVER_FIELD.test("发布日期:2023"), PLAN_COVER_FIELD.test("联系人：张三")]).toEqual([true, true, false]);
  });
});

describe("a note's lines cut from its item's text where they stand", () => {
  it("the same words under two notes (时限要求:持续推进) are cut at each note, and a line that is no note keeps its words", () => {
    const n = parseText("关于印发若干措施的通知\n各单位：\n现印发给你们。\n某市人民政府办公厅\n2019年1月16日\n一、坚决破除各种不合理门槛\n(一)推进完善PPP健康运行长效机制。\n责任单位:市发改委\n时限要求:持续推进\n责任单位:市建设局\n一时限要求:持续推进\n(二)畅通货币信贷政策传导机制。");
    expect(n.sections[0]!.children[0]!.text).toBe("一时限要求:持续推进");
  });
});

describe("page furniture of mirrors, document sites and law sites", () => {
  const body = "各乡镇人民政府：\n现将有关事项通知如下。\n一、工作目标\n确保完成。";
  it("a menu bar led by a letter-spaced 首   页 is furniture, not the start of the title", () => {
    const n = parseText(`首   页 走进西乡 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n\n关于县级领导包抓2020年重点项目建设工作的通知\n\n${body}`);
    expect(n.header.title).toBe("关于县级领导包抓2020年重点项目建设工作的通知");
  });
  it("…and a menu letter-spaced whole after its 首页 (首     页 政 务 公 开 网 上 办 事 …), above an organ's title, is no part of it", () => {
    const n = parseText(`中国政府网 黑龙江省政府网 English 市人大 市政协\n首     页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 鹤 城\n齐齐哈尔市人民政府办公室关于印发2020年工作要点的通知\n${body}`);
    expect(n.header.title).toBe("齐齐哈尔市人民政府办公室关于印发2020年工作要点的通知");
    expect(n.header.issuer).toBe("齐齐哈尔市人民政府办公室");
  });
  it("a document site's advertisement (its 网址 www…, a 微信 account) is furniture; a long line that names one is text", () => {
    const n = parseText(`《老笔杆子》公文库网址www.laobiganzi.com\n添加客服微信lbgzkf1进免费材料分享群\n县长在全县2023年安全生产工作会上的讲话\n同志们：\n今天召开会议。\n一、提高认识\n安全生产是系统工程。`);
    expect(n.header.title).toBe("县长在全县2023年安全生产工作会上的讲话");
    const long = "请关注本局官网 www.example.gov.cn 和微信号 abcdefg 获取更多信息，各单位要组织干部职工认真学习，切实把思想统一到决策部署上来。";
    expect(parseText(`关于做好宣传工作的通知\n各单位：\n${long}`).preamble.join("")).toContain("微信号");
  });
  it("a date and time with the page's 访问量 between title and 主送 is furniture, not part of the 主送", () => {
    const n = parseText(`玉田县教育局关于举办中小学生时事知识竞赛的通知\n\n2019年03月28日 10:40:34 访问量:1291\n\n各乡镇(学区)教育办公室、县直中小学:\n\n现将有关事项通知如下。`);
    expect(n.header.recipients).toEqual(["各乡镇(学区)教育办公室", "县直中小学"]);
  });
  it("a 发文字号 line keeps its line, whatever metadata text stands above it", () => {
    const n = parseText(`仁寿县人民政府办公室\n关于印发仁寿县2019年秸秆禁烧工作方案的通知\n2019-04-18   作者: 点击数:  \n 索 引 号  1040818465/2020-68748  公开方式  主动公开  公开日期  2019-04-18\n 发布机构  县政府办公室      \n 公开程序  经本单位审核后公开\n\n政策文件解读\n\n仁府办函〔2019〕18号    \n\n\n各乡镇人民政府：\n现将方案印发给你们。`);
    expect(n.header.docNumber?.raw).toBe("仁府办函〔2019〕18号");
  });
  it("lines of markup alone (a mirror's junk elements, a database's <!-- INFO END -->) are furniture", () => {
    const n = parseText(`<legend id="h4sia"></legend><samp id="h4sia"></samp>\n  • <input id="h4sia"><address id="h4sia"></address>\n    1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>\n    2. <meter id="h4sia"></meter>\n开封市卫生健康委员会2019年工作总结\n2019年，全委工作取得新成效。\n一、注重党建引领\n加强党的建设。`);
    expect([n.header.title, n.sections.map((s) => s.marker)]).toEqual(["开封市卫生健康委员会2019年工作总结", ["一、"]]);
    expect(n.diagnostics.filter((d) => d.code === "web-chrome-skipped").length).toBe(4);
  });
  it("a wiki's index of article numbers is no article; a 题注 without brackets is not the 主送's start", () => {
    const n = parseText(`第十一條 第二十一條 第三十一條\n周口市人民政府關於印發周口市規範性檔案管理規定的通知\n周政〔2011〕53號\n各縣(市、區)人民政府，市人民政府各部門：\n現將規定印發給你們。`);
    expect([n.header.title, n.sections]).toEqual(["周口市人民政府關於印發周口市規範性檔案管理規定的通知", []]);
    const m = parseText(`最高人民检察院关于检察工作中具体适用修订刑法第十二条若干问题的通知\n\n1997年9月24日 最高人民检察院第八届检察委员会第七十四次会议通过\n\n<!-- INFO END -->\n\n地方各级人民检察院、各级军事检察院：\n\n根据修订刑法第十二条的规定，现通知如下。`);
    expect(m.header.recipients).toEqual(["地方各级人民检察院", "各级军事检察院"]);
  });
});

describe("more wordings of the field: schools' roles, a draft mark after a space, spaced metadata, a bulletin's issue", () => {
  it("牵头学校 and 承办学校 name who leads, as 牵头单位 does", () => {
    const n = parseText("关于举办体育赛事的通知\n各学校：\n现将有关事项通知如下。\n一、县级赛事\n1.篮球比赛\n(牵头学校:芦山中学)\n2.足球比赛\n(承办学校:二小；完成时限:6月16日前)");
    expect(n.tasks.map((t) => [t.task, t.lead, t.deadline])).toEqual([["篮球比赛", ["芦山中学"], null], ["足球比赛", ["二小"], "6月16日前"]]);
  });
  it("a title's (征求意见稿) after a space leaves its 文种 readable", () => {
    expect(parseText("XX区专项行动方案 (征求意见稿)\n为进一步做好工作，制定本方案。\n一、指导思想\n以新思想为指导。").header.docType).toBe("方案");
  });
  it("a site's name, the page's time stamp and its column is furniture (公文搜 2021-07-27 18:07:48 政府报告)", () => {
    const n = parseText("2020年常德市石门县政府工作报告\n\n公文搜 2021-07-27 18:07:48 政府报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。");
    expect(n.header.title).toBe("2020年常德市石门县政府工作报告");
  });
  it("metadata rows whose first label is set off by spaces, no colon (文件名称 …; 文号 … 成文日期: …)", () => {
    expect(metadataPairs("文件名称 2024年第五次县政府常务会议确定事项 落实情况的通报")).toEqual([["文件名称", "2024年第五次县政府常务会议确定事项 落实情况的通报"]]);
    expect(metadataPairs("文号 二〇二四年第十六期 成文日期: 2024年06月18日")).toEqual([["文号", "二〇二四年第十六期"], ["成文日期", "2024年06月18日"]]);
    expect(metadataPairs("名称 各单位要按时报送")).toBeNull();
  });
  it("a bulletin's issue as the page's 文号 (二〇二四年第十六期) is its number; the title is not the 文件名称 row", () => {
    const n = parseText("2024年第五次县政府常务会议确定事项 落实情况的通报\n\n时间:2024-06-18 15:36来源:紫阳县人民政府办公室\n文件名称 2024年第五次县政府常务会议确定事项 落实情况的通报\n索引号 zyxzfzyxzfbgs/2024-2736 公开目录: 政务督查\n文号 二〇二四年第十六期 成文日期: 2024年06月18日\n\n按照有关规定，现将落实情况通报如下。\n一、总体情况\n确定事项43件。");
    expect([n.header.title, n.header.docNumber]).toEqual(["2024年第五次县政府常务会议确定事项落实情况的通报", { raw: "二〇二四年第十六期", prefix: null, year: 2024, serial: 16 }]);
    expect(ISSUE_NUMBER_RE.test("2023年第5期")).toBe(true);
    expect(ISSUE_NUMBER_RE.test("2023年第5号")).toBe(false);
  });
});

describe("a page's tables and file links around a bulletin", () => {
  it("a table's header cells one per line (工作任务 |) are no group headings; an item's cell edge is no part of its heading", () => {
    const n = parseText("关于印发2021年政务公开工作主要任务分解表的通知\n各单位：\n现印发给你们。\n某区人民政府办公室\n2021年6月29日\n2021年政务公开工作主要任务分解表\n工作任务 |\n工作要求 |\n牵头单位 |\n责任单位 |\n一、紧扣“十四五”开好局起好步,进一步深化政务公开 |\n|||\n|\n二、紧扣宏观政策落地见效,进一步深化政务公开 |\n|||\n三、紧扣强基础抓基层,进一步深化政务公开 |\n|");
    expect(n.parts.flatMap((p) => p.sections.map((s) => [s.marker, s.heading]))).toEqual([["一、", "紧扣“十四五”开好局起好步,进一步深化政务公开"], ["二、", "紧扣宏观政策落地见效,进一步深化政务公开"], ["三、", "紧扣强基础抓基层,进一步深化政务公开"]]);
  });
  it("a file's name below 附件: is the 附件说明's link, not an attachment printed below; a dated link of a file list is furniture", () => {
    const n = parseText("关于昌盛路环境整治工作“回头看”的通报\n各单位：\n现将督查情况通报如下。\n  附件:\n\n  昌盛路问题点位整改工作对比图.docx");
    expect([n.parts, n.attachments.map((a) => [a.title, a.note])]).toEqual([[], [["昌盛路问题点位整改工作对比图", ".docx"]]]);
    const m = parseText("关于全县重点工作推进情况的通报\n各乡镇：\n现将有关情况通报如下。\n下一步，各单位要倒排时间节点。\n\n10.16  第 八 期 2019年县政府工作报告三季度完成情况.docx");
    expect(m.sections).toEqual([]);
  });
});

describe("a note the text's end cuts inside an organ's name", () => {
  const head = "关于印发2021年重点工作责任分解方案的通知\n各乡镇人民政府：\n现印发给你们。\n一、主要目标\n1.地区生产总值增长7%。\n";
  it("the cut name is left out of the organs and named in the warning; the whole names stand", () => {
    const n = parseText(`${head}2.固定资产投资增长10%。(责任单位:县发改局(粮食局)、县农业农`);
    expect(n.tasks.map((t) => t.lead)).toEqual([["县发改局(粮食局)"]]);
    expect(n.diagnostics.find((d) => d.code === "text-truncated")?.message).toContain("\"县农业农\"");
  });
  it("…on a labelled line too (责任单位:市发改委、市协), and the name before an aside the cut left open", () => {
    expect(parseText(`${head}2.实施做大产业扩大税源行动。\n责任单位:市发改委、市税务局、市协`).tasks.map((t) => t.lead)).toEqual([["市发改委", "市税务局"]]);
    expect(parseText(`${head}2.地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、`).tasks.map((t) => [t.lead, t.support])).toEqual([[["市发改委"], ["各区人民政府"]]]);
  });
  it("a whole name at the text's end stays, and so does a leader's name", () => {
    expect(parseText(`${head}2.固定资产投资增长10%。\n责任单位:市发改委、各县（市、区）`).tasks.map((t) => t.lead)).toEqual([["市发改委", "各县（市、区）"]]);
    const n = parseText(`${head.replace("1.地区生产总值增长7%。\n", "")}1.社会消费品零售总额增长8%。\n牵头单位:省商务厅\n牵头领导:靳国`);
    expect([n.tasks.map((t) => [t.lead, t.leader]), n.diagnostics.some((d) => d.code === "text-truncated")]).toEqual([[[["省商务厅"], "靳国"]], false]);
  });
});

describe("a document the notice quotes, printed on a line of its own", () => {
  it("is that document's title: the text below does not continue it, and it opens the part after the date's 附注", () => {
    const n = parseText("各镇政府,各街道办事处:\n为全面完成各项任务,县政府研究确定了《2025年金乡县政府重要工作事项责任分工》,现印发给你们,请认真落实。\n金乡县人民政府\n2025年2月28日\n(此件公开发布)\n2025年金乡县政府重要工作事项责任分工\n2025年是“十四五”规划的收官之年。现将重要工作事项责任分工如下:\n一、2025年主要预期目标\n1.地区生产总值增长6%。(牵头单位:县发展和改革局)");
    expect(n.parts.map((p) => [p.title, p.sections.map((s) => s.marker)])).toEqual([["2025年金乡县政府重要工作事项责任分工", ["一、"]]]);
  });
});

describe("national notices: provinces named short before their shared organ, a grid of joint signatures", () => {
  it("a 主送 of short province names sharing the last one's organ, in Traditional characters, is the 主送", () => {
    const n = parseText("工業和信息化部辦公廳關于公布第二批國家工業運行重點聯系城市名單的通知\n工信廳運行函[2017]300號\n內蒙古、遼寧、吉林、黑龍江、陜西省(自治區)工業和信息化主管部門:\n首批40個國家工業運行重點聯系城市公布以來,發揮了重要作用。");
    expect(n.header.recipients).toEqual(["內蒙古", "遼寧", "吉林", "黑龍江", "陜西省(自治區)工業和信息化主管部門"]);
  });
  it("organs set two to a line above the date, row after row, all sign; the first issues", () => {
    const n = parseText("关于印发《长三角地区秋冬季大气污染综合治理攻坚行动方案》的通知\n南京、无锡、徐州市人民政府：\n现将方案印发给你们，请遵照执行。\n\n生态环境部 发展改革委\n\n工业和信息化部 公安部\n\n财政部 住房城乡建设部\n\n交通运输部 商务部\n\n市场监管总局 能源局\n\n上海市人民政府 江苏省人民政府\n\n2020年10月30日");
    expect([n.header.issuer, n.signature?.issuer]).toEqual(["生态环境部", "生态环境部、发展改革委、工业和信息化部、公安部、财政部、住房城乡建设部、交通运输部、商务部、市场监管总局、能源局、上海市人民政府、江苏省人民政府"]);
  });
});

describe("a page's read-aloud button", () => {
  it.each([["文章播报"], ["朗读"], ["【语音朗读】"]])("%s above a masthead or the 主送 is furniture, not the title", (button) => {
    const n = parseText(`${button}\n嵊州市通源乡人民政府文件\n通政〔2009〕3号\n关于转发《国家森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》\n各行政村:\n现将《紧急通知》转发给你们。\n通源乡人民政府\n二OO九年一月九日`);
    expect([n.header.title, n.header.issuer]).toEqual(["关于转发《国家森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》", "嵊州市通源乡人民政府"]);
  });
});

describe("names that end like organs but are places, and a leading group's 秘书组", () => {
  it("an item's label that names a place (参观机关办公场所:) is its heading, no organ given a duty", () => {
    const n = parseText("关于开展政府开放日活动的通知\n各村：\n现将有关事项通知如下。\n二、活动内容\n(一)参观机关办公场所:邀请公众代表观摩机关办公运行情况,由解说员负责介绍全镇各部门整体架构、机构设置等。\n(二)现场参观考察:组织公众代表参观重点项目。");
    expect([n.sections[0]!.children.map((c) => c.heading), n.tasks]).toEqual([["参观机关办公场所", "现场参观考察"], []]);
    expect(["办公场所", "住所"].map(isOrganLine)).toEqual([false, false]);
    expect(["派出所", "律师事务所"].map(isOrganLine)).toEqual([true, true]);
  });
  it("a leading group's 秘书组 signs and issues", () => {
    const n = parseText("关于公布2024年中小学校社会事务进校园活动白名单的通知\n各中小学校：\n现将白名单公布如下。\n\n中共东洲区委教育工作领导小组秘书组\n\n2024年3月1日");
    expect(n.header.issuer).toBe("中共东洲区委教育工作领导小组秘书组");
  });
});

describe("a heading glued to its text where a flattened notice lost its line breaks", () => {
  const flat = (body: string) => parseText(`关于陕西思极科技有限公司人员配置有关情况的报告${body}`);
  it("ends with the noun a heading ends with (基本情况, 会议地点, 补员方式及要求), before a body opener further on", () => {
    const n = flat("一、基本情况陕西思极科技有限公司于2021年4月组建以来，已完成工商注册等前期工作，现将有关情况报告如下。（一）人员配置现状陕西思极科技公司关键核心岗位定员编制31人，目前配置到位6人。（二）补员方式及要求陕西思极科技公司人员补充建议采取公开竞聘方式。二、会议地点省政府西会议楼第一会议室。三、需要公司党委会决策事项提请公司党委会审议陕西思极科技公司人员配置方案。");
    const fl = (ss: Section[]): string[] => ss.flatMap((s) => [`${s.marker}${s.heading}`, ...fl(s.children)]);
    expect(fl(n.sections)).toEqual(["一、基本情况", "（一）人员配置现状", "（二）补员方式及要求", "二、会议地点", "三、需要公司党委会决策事项"]);
  });
  it("a sentence's subject (本次会议内容涉及…), a noun phrase that goes on (目标任务, 情况的) and a short item stay whole", () => {
    const n = flat("一、本次会议内容涉及公司经营管理发展中的内部重大事项。二、细化工作目标任务的责任分工和完成时限并按季度通报进展。三、加强基本情况调查摸底工作。");
    expect(n.sections.map((s) => s.heading)).toEqual(["本次会议内容涉及公司经营管理发展中的内部重大事项", "细化工作目标任务的责任分工和完成时限并按季度通报进展", "加强基本情况调查摸底工作"]);
  });
  it("a heading that directs ends where its body's own verb begins (…过程管控加大…, …风险管控高度重视…, …受理范围依据…); 方面 ends a heading", () => {
    const n = flat("一、强化隐患治理过程管控加大隐患排查治理管控力度，压紧压实责任，边排查边治理。二、做好现场安全风险管控高度重视现场安全管理，明确各级人员安全风险管控职责，详细评估每一项作业的安全风险。三、投诉判定规则方面（一）优化投诉受理范围依据供电服务“十项承诺”和员工服务“十个不准”，仅将红线场景纳入投诉受理范畴。四、投诉分类优化方面调整优化后投诉一级分类5个、二级分类15个、三级分类共26个。");
    const fl = (ss: Section[]): string[] => ss.flatMap((s) => [`${s.marker}${s.heading}`, ...fl(s.children)]);
    expect(fl(n.sections)).toEqual(["一、强化隐患治理过程管控", "二、做好现场安全风险管控", "三、投诉判定规则方面", "（一）优化投诉受理范围", "四、投诉分类优化方面"]);
  });
  it("…but not at a verb after a pause, or inside a clause its subject began (…企业要加强…), nor 方面 framed by 在", () => {
    const n = flat("一、强化思想认识、加强组织领导食堂是各单位为员工提供后勤服务保障的重要场所，也是高风险场所。二、规范供用电协议管理供电企业要加强并网调度协议的管理工作，按照范本每年组织排查协议内容。三、公司在安全生产方面存在短板和弱项需要在今后工作中认真加以解决。");
    expect(n.sections.map((s) => s.heading)).not.toContain("强化思想认识");
    expect(n.sections.map((s) => s.heading)).not.toContain("规范供用电协议管理供电企业要");
    expect(n.sections.map((s) => s.heading)).not.toContain("公司在安全生产方面");
  });
  it("an outline whose first item follows the title and only spaces (…的汇报　　　　一、基本情况…) is read: every item, each heading cut", () => {
    const n = parseText("关于加强安全生产管理的若干组织措施的汇报　　　　一、基本情况为进一步夯实公司安全生产基础，组织部会同安监部制定了公司若干组织措施，主要是通过违章信息协同机制提出组织处理措施。1.发生严重违章的，责成县公司领导班子召开专题民主生活会。2.第二次发生严重违章的，责成市公司领导班子召开专题民主生活会。二、需要公司党委会决策事项以上事项提请公司党委会审议，审议通过后，印发并组织实施。");
    expect(n.sections.map((s) => `${s.marker}${s.heading}`)).toEqual(["一、基本情况", "二、需要公司党委会决策事项"]);
    expect(n.sections[0]!.children.map((s) => s.marker)).toEqual(["1.", "2."]);
  });
});

describe("a reply to a deputy's 建议 or a member's 提案 (…的答复)", () => {
  it("its title broken before 答复 is read whole, and the deputy it answers is its 主送", () => {
    const n = parseText("国务院办公厅对十届全国人大\n四次会议第2996号建议的答复\n国办函〔2006〕70号\n石英代表：\n您提出的关于建设地方政府门户网站外文版的建议收悉，现答复如下：\n一是加强规划。");
    expect([n.header.title, n.header.docNumber?.raw, n.header.recipients]).toEqual(["国务院办公厅对十届全国人大四次会议第2996号建议的答复", "国办函〔2006〕70号", ["石英代表"]]);
  });
});

describe("a dataset's masked names in a flattened closing", () => {
  it("an organ whose place is masked (国网XX省电力有限公司人资部) signs; 抄送 before a glued 印发 line is read", () => {
    const n = parseText("关于选派人员挂职锻炼的通知各单位：现将有关事项通知如下。一、人员安排经研究，选派XXX同志挂职。二、报到时间请于9月20日到经研院报到（联系人：XXX，XXX电话：711XXXX）。国网XX省电力有限公司人资部2022年9月16日（此件不公开发布，发至收文单位本部。）抄送：国网XX电力设备部。国网XX省电力有限公司办公室2022年9月16日印发");
    expect([n.signature?.issuer, n.cc, n.printedBy?.organ]).toEqual(["国网XX省电力有限公司人资部", ["国网XX电力设备部"], "国网XX省电力有限公司办公室"]);
  });
  it("XXX, a masked person's name, and masked phone digits are no part of an organ's name", () => {
    expect([notAName("国网XX省电力有限公司"), notAName("XXX国网办公室"), notAName("1391139XXXX国网办公室")]).toEqual([false, true, true]);
  });
});

describe("a date inside a numbered attachment's name in a flattened 附件说明", () => {
  it("is no signature date, and the attachments stay whole; a signature after the list still dates it", () => {
    const n = parseText("关于给予疫情防控一线职工专项补助的通知各单位：现将有关事项通知如下。一、时间范围。按照国家电网公司人资部要求，专项补助发放时间从2021年12月起。附件：1.国家电网公司人资部2022年1月7日邮件2.国家电网有限公司关于给予一线有关人员专项补助的通知(国家电网人资〔2020〕46号)");
    expect([n.signature?.date ?? null, n.attachments.map((a) => a.title)]).toEqual([null, ["国家电网公司人资部2022年1月7日邮件", "国家电网有限公司关于给予一线有关人员专项补助的通知(国家电网人资〔2020〕46号)"]]);
  });
});

describe("an enterprise's 汇报 to its leadership", () => {
  it("ends its title as 报告 does", () => {
    const n = parseText("关于加强安全生产管理的若干组织措施的汇报\n一、基本情况\n近年来，公司安全生产形势总体平稳。");
    expect([n.header.title, n.header.docType]).toEqual(["关于加强安全生产管理的若干组织措施的汇报", "汇报"]);
  });
});

describe("a whitelist of activities copied one cell per line", () => {
  it("活动名称 names the task column beside 牵头实施单位", () => {
    expect(fieldOf("活动名称")).toBe("task");
    expect(fieldOf("单位名称")).toBeNull();
  });
});

describe("text hard-wrapped at a fixed width", () => {
  // every paragraph cut into lines of 30 characters, as a document site copies a file
  const wrap = (p: string) => p.match(/.{1,30}/gu)!.join("\n");
  it("an item's first line that fills the width goes on below; a short heading line stands alone", () => {
    const text = [
      "关于开展城区环境整治百日行动的方案",
      wrap("为改善城区人居环境，提升群众满意度，结合我县实际情况，现制定城区环境整治百日行动方案，请各单位认真组织实施，确保各项任务落到实处。"),
      "一、总体目标",
      wrap("通过百日整治，城区市容市貌明显改善，群众满意度明显提升，环境卫生长效管理机制基本建立，城市管理水平明显提高，人居环境更加整洁优美。"),
      "二、重点任务",
      wrap("1.加强城区街巷、公园广场、江河水域、堤岸、绿地、重点部位、居民小区清扫保洁。推进环卫作业精细化管理，加强环卫作业监督考核，做到清扫到位、保洁及时。"),
      wrap("2.完善城区环卫设施。合理布局垃圾收集点和公厕，加快推进设施建设，确保城区环卫设施布局合理、数量充足、功能完善，满足群众需要。"),
    ].join("\n");
    const n = parseText(text);
    expect(n.sections[1]!.children.map((c) => c.heading)).toEqual(["加强城区街巷、公园广场、江河水域、堤岸、绿地、重点部位、居民小区清扫保洁", "完善城区环卫设施"]);
    expect(n.sections.map((s) => s.heading)).toEqual(["总体目标", "重点任务"]);
  });
});

describe("a signature's date printed on the last paragraph's line", () => {
  it("after the last sentence's stop and a space, it is the 成文日期; a date inside a sentence is not", () => {
    const n = parseText("海南省人民政府关于表彰2004年度造林绿化先进市县的决定\n各市、县、自治县人民政府，省政府直属各单位：\n在2004年造林绿化工作中，各市县较好地完成了任务。\n希望受表彰的市县再接再厉，为生态省建设作出更大贡献。 二○○五年二月七日");
    expect(n.signature?.date).toBe("2005-02-07");
    const m = parseText("关于做好有关工作的通知\n各单位：\n请于2005年2月7日前报送。");
    expect(m.signature).toBeNull();
  });
});

describe("a report's occasion line that lost its 上", () => {
  it("ends at 会议 and is no part of the 主送 below the speaker's line; a line that goes on with 暨 still joins", () => {
    const n = parseText("魏庄镇2018年政府工作报告和2019年工作计划\n2019年2月26日在镇第十四届人民代表大会第三次会议\n魏庄镇人民政府镇长 杨杰\n各位代表:\n现在，我代表镇人民政府向大会作政府工作报告，请予审议。\n一、2018年工作回顾\n全镇经济持续发展。");
    // (各位代表 addresses an audience: no 主送)
    expect([n.header.recipients, n.signature?.date]).toEqual([[], "2019-02-26"]);
    const m = parseText("平潭综合实验区人民检察院工作报告\n—2024年1月19日在平潭综合实验区人大工作会议\n暨平潭县第十八届人民代表大会第三次会议上\n平潭综合实验区人民检察院检察长王 桦\n各位代表，同志们：\n现在，我代表院向大会报告工作。");
    expect(m.signature?.dateText).toBe("—2024年1月19日在平潭综合实验区人大工作会议暨平潭县第十八届人民代表大会第三次会议上");
  });
});

describe("a flattened heading glued to a deadline that opens its text", () => {
  it("3月15日前 opens the text after the heading; a date after its year or after 于 stays in the sentence", () => {
    const n = parseText("国家电网有限公司关于开展直流换流站隐患排查治理工作的通知各省电力公司：现将有关事项通知如下。一、做好隐患排查治理方案编制3月15日前，各省电力公司结合隐患清单完成本单位治理实施方案编制审查工作。二、请于2021年3月30日前完成统计填报工作，并通过系统上报。");
    expect(n.sections.map((s) => s.heading)).toEqual(["做好隐患排查治理方案编制", "请于2021年3月30日前完成统计填报工作，并通过系统上报"]);
  });
});

describe("a tool bar's cells before the page's chrome, and a telegram's header rows", () => {
  it("| 繁体 | 网站已支持ipv6… is furniture; the 明电's 发往/等级 rows give way to its organ, number and title", () => {
    const n = parseText("欢迎光临平顶山市教育体育局!今天是:\n| 繁体 | 网站已支持ipv6内 部 明 电\n发往 见报头 签批 张国顺\n等级 加 急 平教体办明电〔 2020 〕10号\n平顶山市教育体育局\n关于下达教育重点规划建设任务的通知\n各县(市、区)教体局、高新区农社局:\n根据各县(市、区)上报的情况，现将任务下达给你们。");
    expect([n.header.issuer, n.header.docNumber?.raw, n.header.title]).toEqual(["平顶山市教育体育局", "平教体办明电〔2020〕10号", "平顶山市教育体育局关于下达教育重点规划建设任务的通知"]);
  });
});

describe("a law site's organ line between two copies of a title", () => {
  it("the title is the rules' name, not the organ and the name, when an earlier copy carries its year", () => {
    const n = parseText("厦门市新型墙体材料管理规定(2002年)\n\n作者:法律资料网 时间:2024-06-25 14:15:56   浏览:8552   来源:法律资料网\n\n厦门市新型墙体材料管理规定(2002年)\n\n福建省厦门市人民政府\n\n厦门市新型墙体材料管理规定\n\n第一条 为了节约土地资源，制定本规定。");
    expect(n.header.title).toBe("厦门市新型墙体材料管理规定");
  });
});

describe("a telegram (明电): its masthead, header fields and 机要 serial", () => {
  const one = (s: string) => parseText(s).header;
  it("run on in one line: the masthead …发电 gives the issuer, the fields and the serial (鲁机发号) are no title, the 明电 mark is no part of the number", () => {
    const h = one("山东省人民政府办公厅发电发电单位山东省人民政府办公厅签发于国安等级特急·明电鲁政办发明电〔2021〕1号鲁机发号山东省人民政府办公厅关于做好黄河防凌工作的通知沿黄各市人民政府，省有关部门(单位):2021年1月7日8时，我省黄河河段出现首封，封河发展迅速。现就有关事项通知如下。一、加强监测预警。山东省人民政府办公厅2021年1月8日");
    expect(h.issuer).toBe("山东省人民政府办公厅");
    expect(h.title).toBe("山东省人民政府办公厅关于做好黄河防凌工作的通知");
    expect(h.docNumber?.raw).toBe("鲁政办发明电〔2021〕1号");
    const j = one("中共山东省委办公厅发电等级特急，明电鲁办发电（2020）164号鲁机发4043号中共山东省委办公厅山东省人民政府办公厅关于召开表彰大会的通知各市党委和人民政府，省直各部门:省委、省政府决定召开表彰大会。现将有关事项通知如下。一、会议内容。");
    expect(j.docNumber?.raw).toBe("鲁办发电（2020）164号");
    expect(j.title).toBe("中共山东省委办公厅山东省人民政府办公厅关于召开表彰大会的通知");
  });
  it("without a 发文字号, the serial (鲁机发532号) is not read as one", () => {
    const h = one("发电单位中共山东省委办公厅等级特急·明电鲁机发532号中共山东省委办公厅关于进一步规范向省委报送请示报告有关事宜的通知各市党委，省委各部委:为进一步规范请示报告工作，现就有关事宜通知如下。1.省委议事协调机构向省委请示报告工作，原则上以办公室名义行文。");
    expect(h.docNumber).toBeNull();
    expect(h.issuer).toBe("中共山东省委办公厅");
    expect(h.title).toBe("中共山东省委办公厅关于进一步规范向省委报送请示报告有关事宜的通知");
  });
  it("on lines of their own: the same", () => {
    const h = one("山东省人民政府办公厅发电\n发电单位  山东省人民政府办公厅\n签发  于国安\n等级  特急·明电  鲁政办发明电〔2021〕1号\n鲁机发12号\n山东省人民政府办公厅关于做好黄河防凌工作的通知\n沿黄各市人民政府，省有关部门：\n近期我省黄河河段出现封河，现就有关事项通知如下。\n一、加强监测预警。\n山东省人民政府办公厅\n2021年1月8日");
    expect(h.issuer).toBe("山东省人民政府办公厅");
    expect(h.docNumber?.raw).toBe("鲁政办发明电〔2021〕1号");
    expect(h.title).toBe("山东省人民政府办公厅关于做好黄河防凌工作的通知");
  });
});

describe("indents a charset lost (U+3000 saved as ?)", () => {
  it("?? before three or more lines is read as the indent it stood for: the signature, date and items are found", () => {
    const n = parseText("關于轉發區發展改革委實施方案的通知\n區政府各委、辦、局,各街道辦事處:\n??區發展改革委《實施方案》已經區政府審核通過,現轉發給你們,請認真按照執行。\n??上海市靜安區人民政府辦公室\n??2023年4月23日\n??\n靜安區促進養老托育服務高質量發展實施方案\n??一、實施背景\n??(一)發展基礎\n??服務體系逐步完善。");
    expect(n.signature?.date).toBe("2023-04-23");
    expect(n.parts[0]?.sections.map((s) => s.marker)).toEqual(["一、"]);
    expect(n.parts[0]?.sections[0]?.children.map((s) => s.marker)).toEqual(["(一)"]);
  });
  it("…and a run after a line's text (甘肅省人民政府????????) or one between a marker and its heading (第一章?總?則)", () => {
    const n = parseText("甘肅省人民政府關于印發工作規則的通知\n各市、自治州人民政府:\n《甘肅省人民政府工作規則》已經省政府審議通過,現印發給你們,請認真貫徹執行。\n甘肅省人民政府????????\n2023年1月19日????????\n甘肅省人民政府工作規則\n第一章?總?則\n第一條?為規範省政府工作,制定本規則。\n第二條?省政府工作的總體要求是依法行政。");
    expect(n.signature?.date).toBe("2023-01-19");
    expect(n.signature?.issuer).toBe("甘肅省人民政府");
    expect(n.parts[0]?.sections[0]?.heading).toBe("總則");
  });
  it("a line or two opening with ?? keep them (？？ may be the text's own)", () => {
    const n = parseText("关于征求意见的通知\n各单位：\n??这是什么问题，请各单位研究。\n一、提出意见。");
    expect(n.preamble.join("")).toContain("??");
  });
});

describe("a letterhead (an organ above the number, no 文件) over a title that names the issuing organ", () => {
  it("the title's organ issues when it is another organ, a department writing under its company's letterhead", () => {
    const n = parseText("国家电网有限公司内部事项营销计量函〔2020〕27号国网营销部关于加强迎峰度冬期间反窃电工作的通知各省(自治区、直辖市)电力公司:入冬以来，各地气温持续下降，用电负荷不断攀升。现将有关事项通知如下。一、形成线上线下线索分析合力。");
    expect(n.header.issuer).toBe("国网营销部");
  });
  it("…but the letterhead's full name stands when the title abbreviates the same organ (国网办公室, 省政府)", () => {
    const n = parseText("国家电网有限公司办公室内部事项办文档函〔2021〕1号国网办公室关于报送2020年度档案统计报表的通知各分部，公司各单位:根据国家档案局要求，现将有关事项通知如下。一、报送范围。");
    expect(n.header.issuer).toBe("国家电网有限公司办公室");
  });
});

describe("a masthead that lost its place name", () => {
  it("行政公署文件 over 兴安盟行政公署关于…: the title's organ, which ends with the masthead's, issues", () => {
    const n = parseText("行政公署文件\n兴安盟行政公署关于表彰奖励\n乌力格尔艺术保护传承发展突出贡献者的决定\n(兴署发〔2019〕1号)\n各旗县市人民政府，盟直各部门：\n为传承乌力格尔艺术，决定予以表彰。\n一、表彰对象。");
    expect(n.header.issuer).toBe("兴安盟行政公署");
  });
});

describe("one-line division plans (分工方案) as Shandong's telegrams print them", () => {
  const text = "山东省发电发电单位山东省防汛抗旱指挥部办公室签批盖章等级特提·明电鲁机发号抄报:关于印发落实防汛工作批示分工方案的通知各市防指、省防指各成员单位:现将分工方案印发给你们，请认真贯彻落实。落实防汛工作批示分工方案一、持续加强水利工程建设1.立足于“根治水患、防治干旱”，加大水利工程建设投入。(责任单位:省水利厅牵头，省发改委、省财政厅、山东黄河河务局等部门分工负责)二、着力提高应急救援物资装备水平1.大力发展应急产业。(责任单位:省发改委、省工业和信息化厅、省应急厅等部门分工负责)2.加强专业应急救援队伍装备建设。(责任单位:省应急厅牵头，省公安厅、省财政厅等分工负责)";
  it("a telegram's masthead that names a province alone (山东省发电) and an empty 抄报 field are no title", () => {
    expect(parseText(text).header.title).toBe("关于印发落实防汛工作批示分工方案的通知");
  });
  it("a lone 1. right after its enclosing heading is an item when the same lists run on elsewhere", () => {
    const n = parseText(text);
    const sections = n.parts[0]?.sections ?? n.sections;
    expect(sections.map((s) => s.heading)).toEqual(["持续加强水利工程建设", "着力提高应急救援物资装备水平"]);
    expect(sections[0]!.children.map((s) => s.marker)).toEqual(["1."]);
  });
  it("a labelled value that is role clauses (责任单位:X牵头，Y、Z等部门分工负责): X leads, Y and Z support, no role words in the names", () => {
    const tasks = parseText(text).tasks;
    const water = tasks.find((t) => t.lead.includes("省水利厅"))!;
    expect(water.lead).toEqual(["省水利厅"]);
    expect(water.support).toEqual(["省发改委", "省财政厅", "山东黄河河务局"]);
    const plain = tasks.find((t) => t.lead.includes("省发改委"))!;
    expect(plain.lead).toEqual(["省发改委", "省工业和信息化厅", "省应急厅"]);
    const rescue = tasks.find((t) => t.support.includes("省公安厅"))!;
    expect(rescue.lead).toEqual(["省应急厅"]);
  });
});

describe("a 密级 and a 紧急程度 glued before a masthead in one line", () => {
  it("内部事项加急国家电网有限公司保密委员会办公室文件: 内部事项 is the 密级, 加急 the urgency, neither part of the issuer", () => {
    const n = parseText("内部事项加急国家电网有限公司保密委员会办公室文件保密办〔2020〕6号国网保密办关于召开2020年保密工作会议的通知总部各部门，公司各单位:为总结公司全年保密工作，经研究决定召开会议。现将有关事项通知如下。一、会议时间。");
    expect(n.header.issuer).toBe("国家电网有限公司保密委员会办公室");
    expect(n.header.urgency).toBe("加急");
  });
});

describe("pipe tables without a leading pipe or a separator row", () => {
  it("序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |: one task per row, its leader and units", () => {
    const n = parseText("一、10件民生实事任务分解表\n序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n1 | 推动义务教育基本均衡向优质均衡发展,增加义务教育学位5000个。 | 毛晓青 | 县教体局 各相关乡镇政府 | 已完成项目建设。 |\n2 | 扎实推进城乡供水一体化建设,提升城区供水能力。 | 张学伟 | 县住建局 | 基本完成。 |\n");
    expect(n.tasks.map((t) => [t.leader, t.lead])).toEqual([["毛晓青", ["县教体局", "各相关乡镇政府"]], ["张学伟", ["县住建局"]]]);
  });
  it("序号 | 目标任务 | 推进情况 |, each task cell with its own note: the note names the row's roles, the task is the cell without it", () => {
    const n = parseText("市政府工作报告重点工作进展情况汇总\n序号 | 目标任务 | 推进情况 |\n1 | 坚持房子是用来住的、不是用来炒的定位,促进房地产市场平稳健康发展。(责任单位:市建设局) | 1-7月核发预售许可证面积497万平方米。 |\n2 | 开展绿色建筑和绿色金融协同发展试点,发展装配式建筑。(责任单位:市建设局、市金融办、市人行) | 编制绿色建筑评价标准。 |\n");
    expect(n.tasks.map((t) => [t.task, t.lead])).toEqual([
      ["坚持房子是用来住的、不是用来炒的定位,促进房地产市场平稳健康发展", ["市建设局"]],
      ["开展绿色建筑和绿色金融协同发展试点,发展装配式建筑", ["市建设局", "市金融办", "市人行"]],
    ]);
  });
});

describe("a county page's closing: 抄送 on two lines, the site's footer", () => {
  const text = "息烽县人民政府关于同意某项目用地的批复\n县自然资源局:\n你局报来的请示收悉。经研究,批复如下:\n一、同意该项目用地。\n二、你局要做好建设用地批后实施备案等工作。\n息烽县人民政府\n2025年3月1日\n抄送:县发展和改革局,县财政局,县住房和城乡建设局,县农业农村局,县税务局。\n永靖镇、养龙司镇、小寨坝镇、西山镇、青山苗族乡。\n(共印15份)\n扫一扫在手机打开当前页面\n主办单位:息烽县人民政府办公室 联系方式:0851-87721549 地址:息烽县永阳街道县府路27号\n";
  it("a list of organs and towns below the 抄送 line, no label of its own, goes on with it", () => {
    expect(parseText(text).cc).toEqual(["县发展和改革局", "县财政局", "县住房和城乡建设局", "县农业农村局", "县税务局", "永靖镇", "养龙司镇", "小寨坝镇", "西山镇", "青山苗族乡"]);
  });
  it("the site's footer (主办单位:… 联系方式:… 地址:…) is furniture, no 主办单位 note giving the last item a task", () => {
    expect(parseText(text).tasks).toEqual([]);
  });
});

describe("more one-line headers and headings (held-out r79)", () => {
  it("a number the title cites (关于商请会签鲁政发〔2017〕36号文件清理意见的函) is no 发文字号, and the organ printed twice opens the title once", () => {
    const n = parseText("山东省自然资源厅山东省自然资源厅关于商请会签鲁政发〔2017〕36号文件清理意见的函省教育厅、省财政厅:按照省政府办公厅要求，我厅对该文件提出了清理意见。现请你们会签。一、清理意见。");
    expect(n.header.docNumber).toBeNull();
    expect(n.header.title).toBe("山东省自然资源厅关于商请会签鲁政发〔2017〕36号文件清理意见的函");
    expect(n.header.issuer).toBe("山东省自然资源厅");
  });
  it("成员 ends a glued heading (三、调研组成员XXX总经理助理…); a heading its text opens by repeating ends at the first copy (五、调研主题调研主题主要包括…)", () => {
    const n = parseText("关于开展专题调研的通知各单位:现将有关事项通知如下。一、调研目的了解各单位管理提升工作开展情况。三、调研组成员XXX总经理助理XXX办公室副主任XXX人力资源部员工处副处长。五、调研主题调研主题主要包括以下方面：一是落实指导意见取得的成效和存在的问题。二是施工企业在做实分公司方面的思考和意见。");
    expect(n.sections.map((s) => s.heading)).toEqual(["调研目的", "调研组成员", "调研主题"]);
  });
});

describe("a one-line 版记 with a form's fields (Shandong's OA)", () => {
  const text = "关于加强和规范电力统计工作的通知各市发展改革委、统计局:为完善电力统计体系，现将有关事项通知如下。一、提高认识。各单位要高度重视。附件:1电力生产企业数据核查表2电力行业统计数据核查表政府信息公开选项:依申请公开山东省发展和改革委员会办公室2020年11月24日印发";
  it("attachments numbered without a mark after the number (附件:1XX2YY) are two", () => {
    expect(parseText(text).attachments.map((a) => a.title)).toEqual(["电力生产企业数据核查表", "电力行业统计数据核查表"]);
  });
  it("the disclosure field (政府信息公开选项:依申请公开) is the 附注, not part of an attachment's title", () => {
    expect(parseText(text).annotation).toBe("政府信息公开选项:依申请公开");
  });
});

describe("a page that lost its title, opening with its 主送 glued to the text", () => {
  it("the 主送 list before the colon is read, the text after it is the body", () => {
    const n = parseText("各市、县人民政府,自治区农垦局,自治区人民政府各组成部门、各直属机构: 根据《广西壮族自治区人民政府关于加快农业优势产业发展的意见》精神,经自治区人民政府同意,决定命名12个一乡一业乡镇。\n希望受到命名的单位继续开拓创新。\n广西壮族自治区人民政府办公厅\n二〇一〇年五月十日");
    expect(n.header.recipients.join("、")).toBe("各市、县人民政府、自治区农垦局、自治区人民政府各组成部门、各直属机构");
  });
});

describe("one-line closings and numbers of held-out r81", () => {
  it("a mark and a space before the 代字 (…中心普通事项 国网社保保障函〔2022〕2号): the 代字 is whole", () => {
    const n = parseText("国家电网有限公司社会保障管理中心普通事项 国网社保保障函〔2022〕2号国网社保中心关于设计评选活动补充说明的函各省电力公司:现将有关事项补充说明如下。一、评选范围。");
    expect(n.header.docNumber?.raw).toBe("国网社保保障函〔2022〕2号");
  });
  it("an attachment whose title holds a year (附件：国网陕西电力2021年…明细表) before the signature: the title is whole, the organ signs", () => {
    const n = parseText("关于审计发现问题整改情况的报告公司:现将整改情况报告如下。一、整改工作开展情况。各单位认真整改。附件：国网陕西电力2021年重大政策决策部署落实跟踪审计发现问题整改明细表国网陕西省电力有限公司2021年11月16日（联系人：XXX，联系电话：029-8100XXXX）附件国网陕西电力2021年重大政策决策部署落实跟踪审计发现问题整改明细表国网陕西省电力有限公司办公室2021年11月16日印发");
    expect(n.attachments.map((a) => a.title)).toEqual(["国网陕西电力2021年重大政策决策部署落实跟踪审计发现问题整改明细表"]);
    expect(n.signature?.issuer).toBe("国网陕西省电力有限公司");
  });
  it("a 附件 label with the small colon (附件﹕), and a long numbered title in the list", () => {
    const n = parseText("关于报送储备项目的请示\n国网华北分部:\n现将有关情况请示如下。\n附件﹕1.国网华北分部资产2022年生产技改大修储备项目清单（国网陕西电力）\n2.国网陕西经研院关于国网陕西检修公司1000kV横山开关站线路高抗备用相冷却器改造等2个生产技改储备项目可行性研究报告的评审意见（陕电经研规划〔2021〕214号）\n国网陕西省电力有限公司\n2021年11月1日");
    expect(n.attachments).toHaveLength(2);
    expect(n.sections).toEqual([]);
  });
  it("方案 ends a glued heading (二、系统一次接入方案浠水风脉光伏以110千伏…)", () => {
    const n = parseText("关于项目接入系统方案的批复各单位:现批复如下。一、项目基本情况本项目位于浠水县，装机容量100兆瓦。二、系统一次接入方案浠水风脉光伏以110千伏电压等级接入系统，线路长度约15公里。");
    expect(n.sections.map((s) => s.heading)).toEqual(["项目基本情况", "系统一次接入方案"]);
  });
});

describe("a page that left out the cover's text: the 印发 title, then the plan it issues", () => {
  it("the notice is the 印发 title; the plan below (its title over three lines, the years last) is its issued part", () => {
    const n = parseText("中共静安区委办公室 静安区人民政府办公室印发《静安区全力打响“上海服务”品牌加快建设“国际静安”三年行动计划(2018—2020年)》的通知\n静安区全力打响“上海服务”品牌\n加快建设“国际静安”三年行动计划\n(2018—2020年)\n为贯彻落实上海全力打响“四大品牌”的战略部署,特制定本行动计划。\n一、总体要求\n(一)指导思想\n深入贯彻落实党的十九大精神。");
    expect(n.header.title).toBe("中共静安区委办公室静安区人民政府办公室印发《静安区全力打响“上海服务”品牌加快建设“国际静安”三年行动计划(2018—2020年)》的通知");
    expect(n.header.docType).toBe("通知");
    expect(n.parts.map((p) => p.title)).toEqual(["静安区全力打响“上海服务”品牌加快建设“国际静安”三年行动计划(2018—2020年)"]);
    expect(n.parts[0]!.sections.map((s) => s.marker)).toEqual(["一、"]);
  });
  it("…and an issued name without 《》 (关于印发山西省打赢蓝天保卫战三年行动计划的通知)", () => {
    const n = parseText("山西省人民政府 关于印发山西省打赢蓝天保卫战三年行动计划的通知\n山西省打赢蓝天保卫战三年行动计划\n为深入贯彻落实国务院部署,制定本行动计划。\n一、总体要求\n(一)指导思想\n以习近平新时代中国特色社会主义思想为指导。");
    expect(n.header.issuer).toBe("山西省人民政府");
    expect(n.header.docType).toBe("通知");
    expect(n.parts.map((p) => p.title)).toEqual(["山西省打赢蓝天保卫战三年行动计划"]);
  });
});

describe("a numbered series' masthead glued to the title (…通知第221号(总第231号)关于…)", () => {
  it("is no part of the title and no 发文字号", () => {
    const n = parseText("公司疫情防控组通知第221号(总第231号)关于加强员工疗休养疫情防控工作的通知本部各部门，基层各单位:近期，公司系统各单位陆续安排员工疗休养。现就有关要求通知如下。1.加强疗休养前审批报备。各单位要严格审批。2.加强疗休养期间疫情防控。各单位要落实防控措施。");
    expect(n.header.title).toBe("关于加强员工疗休养疫情防控工作的通知");
    expect(n.header.docNumber).toBeNull();
  });
});

describe("a 附件说明 whose label lost its colon before the first number (附件1.…名单 / 2.…)", () => {
  it("lists the attachments, and the numbers are no items of the body", () => {
    const n = parseText("天津市人民政府关于命名和谐社区建设示范区的决定\n各区、县人民政府:\n市人民政府决定,命名和平区等9个区为天津市和谐社区建设示范区。\n希望被命名的单位继续努力。\n附件1.天津市和谐社区建设示范区名单\n2.天津市和谐社区建设示范街(镇)名单\n天津市人民政府\n2008年1月1日");
    expect(n.attachments.map((a) => a.title)).toEqual(["天津市和谐社区建设示范区名单", "天津市和谐社区建设示范街(镇)名单"]);
    expect(n.sections).toEqual([]);
  });
});

describe("qualifiers in brackets that belong to a title", () => {
  it("a form word ending an attachment's name (附件：务虚报告（模板）国家电网…中心 + the date) is the attachment's, not the signing organ's", () => {
    const n = parseText("关于开展务虚研讨的函各单位:现将有关事项通知如下。1.各单位要认真研究。2.请于11月25日前报送材料。附件：务虚报告（模板）国家电网有限公司社会保障管理中心2021年11月18日（此件不公开发布，发至收文单位本部。）");
    expect(n.signature?.issuer).toBe("国家电网有限公司社会保障管理中心");
    expect(n.attachments.map((a) => a.title)).toEqual(["务虚报告（模板）"]);
  });
  it("a list's count on the line below an attachment's title (需修改的省政府规章目录 / (37件)) is part of the title", () => {
    const n = parseText("关于修改部分省政府规章的决定\n各市人民政府:\n省政府决定对37件省政府规章进行修改。\n陕西省人民政府\n二○一一年二月二十五日\n附件:\n需修改的省政府规章目录\n(37件)\n1.陕西省某某办法\n2.陕西省某某规定");
    expect(n.parts.map((p) => p.title)).toEqual(["需修改的省政府规章目录(37件)"]);
  });
});

describe("one-line texts of held-out r83", () => {
  it("decimal figures in running text (园地1.3982公顷，…未利用地2.7655公顷) are no items", () => {
    const n = parseText("关于申请办理用地预审的请示省自然资源厅:现将有关情况请示如下。一、项目基本情况本项目全长207.6千米。三、项目申请用地情况本项目用地总面积为30.4662公顷，其中耕地4.6464公顷，园地1.3982公顷，林地13.4983公顷，建设用地1.6195公顷，未利用地2.7655公顷，不占用永久基本农田。特此请示。");
    expect(n.sections.flatMap((s) => s.children.map((c) => c.marker))).toEqual([]);
  });
  it("a mark before a letterhead without 文件 (普通事项国家电网有限公司乡村振兴工作办公室 + the number) is no part of the issuer", () => {
    const n = parseText("普通事项国家电网有限公司乡村振兴工作办公室国网乡振办〔2022〕8号关于对2022年第一批验收报告的批复国网河北电力，国网山西电力:你们报来的验收报告收悉。经研究，批复如下。一、同意验收。");
    expect(n.header.issuer).toBe("国家电网有限公司乡村振兴工作办公室");
  });
});

describe("a one-line text that opens with its 主送, no title above it", () => {
  it("the list is the 主送, no organ given a duty (县自然资源局:受省政府委托…)", () => {
    const n = parseText("县自然资源局:受省政府委托行使审批权,你局的请示收悉,经县人民政府研究,现批复如下:一、同意你局按照所报的方案转用集体农用地0.5729公顷。二、你局要做好建设用地批后实施备案等工作。息烽县人民政府2025年3月1日");
    expect(n.header.recipients).toEqual(["县自然资源局"]);
    expect(n.tasks).toEqual([]);
  });
});

describe("schools issue notices; a document site's editor's line", () => {
  it("a school's name on its line above 关于… (铜冶中心校) opens the title and issues", () => {
    const n = parseText("铜冶中心校\n关于做好2014年春季开学初安全工作的通知\n各村小学、幼儿园:\n为确保开学初安全,现将有关事项通知如下。\n一、加强安全教育。");
    expect(n.header.issuer).toBe("铜冶中心校");
    expect(n.header.title).toBe("铜冶中心校关于做好2014年春季开学初安全工作的通知");
  });
  it("a school's kind alone (中學, 医院) names no issuer", () => {
    const n = parseText("中學2019年文明創建工作方案\n一、指導思想\n以創建文明校園為目標。");
    expect(n.header.issuer).toBeNull();
  });
  it("文档介绍: and 下面是我们的小编为大家整理的… are the site's, no title", () => {
    const n = parseText("文档介绍:乡镇秸秆禁烧工作实施方案\n下面是我们的小编为大家整理的乡镇秸秆禁烧工作实施方案,\n乡镇秸秆禁烧工作实施方案\n为切实做好我镇2017年农作物秸秆禁烧工作,特制定本方案。\n一、指导思想\n深入贯彻落实文件精神。");
    expect(n.header.title).toBe("乡镇秸秆禁烧工作实施方案");
  });
});

describe("a table copied a cell per line between lone | lines, with group rows", () => {
  it("a group row ((一)刘忻市长牵头重点工作) before a row's 序号 is a row of its own: every row is a task under its group", () => {
    const cells = ["序号", "重点工作任务", "责任单位", "(一)刘忻市长牵头重点工作", "1", "学懂弄通做实习近平新时代中国特色社会主义思想。", "市政府各直属单位", "2", "扛起全面从严治党主体责任。", "市政府各直属单位", "(二)戴建平常务副市长牵头重点工作", "3", "加快建设城西科创大走廊。", "市科技局、市发改委"];
    const n = parseText(cells.join("\n|\n"));
    expect(n.tasks.map((t) => [t.group, t.lead])).toEqual([
      ["(一)刘忻市长牵头重点工作", ["市政府各直属单位"]],
      ["(一)刘忻市长牵头重点工作", ["市政府各直属单位"]],
      ["(二)戴建平常务副市长牵头重点工作", ["市科技局", "市发改委"]],
    ]);
  });
});

describe("a 回执 is a title's end (参会回执, 报名回执)", () => {
  it("the one attachment glued to the signing organ, and the appended 回执's title glued to the 印发 line, are cut where the title ends", () => {
    const n = parseText("关于召开2020年保密工作会议的通知总部各部门，公司各单位:经研究决定召开会议。现将有关事项通知如下。一、会议时间。会议定于12月25日上午召开。二、有关要求。请按时参会。附件:参会回执国网保密办2020年12月21日(此件不公开发布，发至收文单位本部。)附件国家电网有限公司2020年保密工作会议报名回执国家电网有限公司办公室2020年12月21日印发");
    expect(n.attachments.map((a) => a.title)).toEqual(["参会回执"]);
    expect(n.signature?.issuer).toBe("国网保密办");
    expect(n.parts.map((p) => p.title)).toEqual(["国家电网有限公司2020年保密工作会议报名回执"]);
    expect(n.printedBy?.organ).toBe("国家电网有限公司办公室");
  });
});

describe("a signature date right after the last attachment's name, its organ lost", () => {
  it("…回执表2020年10月20日抄送:… — the date is the signature's, not part of the title", () => {
    const n = parseText("中国电力设备管理协会文件关于举办培训班的通知各有关单位:现将有关事项通知如下。一、培训内容。涵盖带电检测基础知识。二、培训时间。培训时间为11月15日至12月15日。附件:1.全国第二期培训内容安排2.2020年第二期培训报名回执表2020年10月20日抄送:国家电网有限公司设备管理部、南方电网公司生产技术部。中国电力设备管理协会秘书处2020年10月20日印发");
    expect(n.attachments.map((a) => a.title)).toEqual(["全国第二期培训内容安排", "2020年第二期培训报名回执表"]);
    expect(n.signature?.date).toBe("2020-10-20");
  });
});

describe("a procedure's steps and an attachment sent later (held-out r88)", () => {
  it("steps ending in 办 (拟办:, 批办:, 承办:) are headings, not organs given duties", () => {
    const n = parseText("关于印发办公室工作规范的通知\n各部门：\n现将规范印发给你们。\n一、收文处理程序\n(1)签收:文件由秘书科统一签收。\n(2)拟办:对拟请校领导批示的文件,先由两办主任提出拟处理意见。\n(3)批办:校领导进行批示。\n(5)承办:各单位对应复的文件根据领导指示意见进行具体办理。");
    expect(n.sections[0]!.children.map((s) => s.heading)).toEqual(["签收", "拟办", "批办", "承办"]);
    expect(n.tasks).toEqual([]);
  });
  it("an attachment's (另行通知) is its note, not its title", () => {
    const n = parseText("关于2015年劳动节放假的通知\n各部门:\n现将放假安排通知如下。\n一、放假时间。5月1日至3日放假。\n附件:学院2015年劳动节放假期间值班表(另行通知)\n学院办公室\n2015年4月27日");
    expect(n.attachments.map((a) => a.title)).toEqual(["学院2015年劳动节放假期间值班表"]);
  });
});

describe("a law site's organ line with its province over a title naming the organ without it", () => {
  it("浙江省衢州市人民政府办公室 / 衢办发〔2006〕40号 / 衢州市人民政府办公室关于…: the title's name issues", () => {
    const n = parseText("浙江省衢州市人民政府办公室\n衢政办发〔2006〕40号\n衢州市人民政府办公室关于转发市区电力线路工程建设政策处理补偿办法的通知\n各区政府,市政府各部门:\n现将补偿办法转发给你们,请认真贯彻执行。\n衢州市人民政府办公室\n二○○六年五月十日");
    expect(n.header.issuer).toBe("衢州市人民政府办公室");
  });
});

describe("a chapter's heading run into its first article on one line", () => {
  it("第一章 总  则第一条 为了…: the chapter's heading is 总则, the article its first child", () => {
    const n = parseText("吉林省人民政府办公厅关于印发信息发布暂行办法的通知\n各市州人民政府:\n现将暂行办法印发给你们,请认真贯彻执行。\n二○○一年五月八日\n信息发布暂行办法\n  第一章 总  则第一条 为了充分发挥网站的作用,根据国家有关规定,制定本办法。\n第二条 本办法适用于省政府网站。");
    const rules = n.parts[0]!;
    expect(rules.sections.map((s) => s.marker)).toEqual(["第一章"]);
    expect(rules.sections[0]!.heading.replace(/\s+/g, "")).toBe("总则");
    expect(rules.sections[0]!.children.map((s) => s.marker)).toEqual(["第一条", "第二条"]);
  });
});

describe("held-out r89–r92: page titles and their neighbours", () => {
  it("a notice made public, 关于…的公示, is titled and typed 公示", () => {
    const n = parseText("关于对轨道1号线运营管理情况审计发现问题整改情况的公示\n根据审计意见，现将整改情况公示如下：\n一、整改情况\n已全部整改到位。");
    expect([n.header.title, n.header.docType]).toEqual(["关于对轨道1号线运营管理情况审计发现问题整改情况的公示", "公示"]);
  });
  it("a report's occasion run onto its title's line (…的报告——2023年4月在…会议上) is the ——subtitle, the title the text before it", () => {
    const n = parseText("详细介绍\n深圳市2022年度绩效审计查出问题整改情况的报告——2023年4月在深圳市七届人大常委会第十七次会议上\n根据有关决定，现报告整改情况，请予审议。\n一、整改工作部署\n市委高度重视。");
    expect([n.header.title, n.header.docType]).toEqual(["深圳市2022年度绩效审计查出问题整改情况的报告", "报告"]);
  });
  it("a title printed as a page's list item (• 市人民政府办公室关于…) is read without the bullet, its organ too", () => {
    const n = parseText("  • 法律图书馆\n  • 市人民政府办公室关于印发应急预案管理实施细则的通知\n各县、区人民政府，市人民政府各部门：\n现将实施细则印发给你们，请认真贯彻执行。\n市人民政府办公室\n2012年2月21日");
    expect([n.header.title, n.header.issuer]).toEqual(["市人民政府办公室关于印发应急预案管理实施细则的通知", "市人民政府办公室"]);
    expect(n.diagnostics.filter((d) => d.code === "header-text-unread")).toEqual([]);
  });
  it("an organ's own office on the line above the organ's title is no joint issuer (三亚市人民政府办公室 / 三亚市人民政府 / 关于…)", () => {
    const n = parseText("三亚市人民政府办公室\n三亚市人民政府\n关于印发《三亚市突发事件应急预案管理\n实施办法》的通知\n三府规〔2025〕8号\n各区人民政府，市政府直属各单位：\n现印发给你们，请认真贯彻执行。\n三亚市人民政府\n2025年7月18日");
    expect([n.header.issuer, n.header.title]).toEqual(["三亚市人民政府", "三亚市人民政府关于印发《三亚市突发事件应急预案管理实施办法》的通知"]);
  });
  it("…while the offices of two organs over one title are its joint issuers", () => {
    const n = parseText("中共某某市委办公室\n某某市人民政府办公室\n关于印发工作方案的通知\n各县区：\n现印发给你们，请认真贯彻执行。\n2025年7月18日");
    expect(n.header.title).toBe("中共某某市委办公室某某市人民政府办公室关于印发工作方案的通知");
  });
  it("a printed title that lost its first lines is read whole from the page's copy above it (《…》 after the 文号)", () => {
    const n = parseText("湖政办发〔2019〕9号《湖州市人民政府办公室关于印发2019年政府工作报告重点工作责任分解的通知》\n浏览量: 时间:2020-03-15 17:23:58\n湖政办发〔2019〕9号\n政府工作报告重点工作\n责任分解的通知\n各区县人民政府，市府各部门：\n现印发给你们，请认真贯彻执行。");
    expect(n.header.title).toBe("湖州市人民政府办公室关于印发2019年政府工作报告重点工作责任分解的通知");
  });
  it("…and a title whose first character a scan lost (江县人民政府办公室关于…) from the page's title line", () => {
    const n = parseText("浦政办发〔2019〕51号 浦江县人民政府办公室关于印发浦江县防汛防台抗旱应急预案的通知\n发布日期:2019-07-17 17:09 浏览次数: 来源:浦江县人民政府办公室\n江县人民政府办公室\n关于印发浦江县防汛防台抗旱\n应急预案的通知\n乡镇人民政府、街道办事处：\n现印发给你们，请认真组织实施。");
    expect(n.header.title).toBe("浦江县人民政府办公室关于印发浦江县防汛防台抗旱应急预案的通知");
  });
  it("…but a title that opens with its organ's level alone (省人民政府关于…) is printed so, and a metadata line above is no copy", () => {
    const a = parseText("贵州省人民政府关于印发降低企业成本工作实施方案的通知\n省人民政府关于印发降低企业成本工作实施方案的通知\n各市、自治州人民政府：\n现印发给你们，请认真贯彻执行。");
    expect(a.header.title).toBe("省人民政府关于印发降低企业成本工作实施方案的通知");
    const b = parseText("标题:关于成立宣传思想文化工作领导小组的通知\n信息来源:徐圩新区 发布日期:2020-09-04\n关于成立宣传思想文化工作领导小组的通知\n各部门：\n经研究，决定成立领导小组。");
    expect(b.header.title).toBe("关于成立宣传思想文化工作领导小组的通知");
  });
  it("a page's 文件状态 and 制发机关 rows are metadata, not the title's first line", () => {
    const n = parseText("文号 | 锡政发〔2023〕5号 |\n---|---|\n制发机关 | 无锡市人民政府 |\n文件状态 | 执行中 |\n市政府关于印发2023年度民生服务\n“十百千”行动实施方案的通知\n锡政发〔2023〕5号\n各市（县）、区人民政府：\n现将方案印发给你们，请认真贯彻实施。");
    expect([n.header.title, n.header.issuer]).toEqual(["市政府关于印发2023年度民生服务“十百千”行动实施方案的通知", "市政府"]);
  });
});

describe("held-out r93–r96: what stands above a page's title, and short notices", () => {
  it("a newspaper's e-paper bar, a breadcrumb to 正文, a page's error text and a news agency's dateline are page furniture, not the title's first line", () => {
    const a = parseText("返回主页 | 郑州晚报 | 标题导航 | 郑州日报\n上一期  下一期\n郑州市人民政府办公厅关于2018年部分节假日安排的通知\n各县（市、区）人民政府：\n现将安排通知如下。");
    expect(a.header.title).toBe("郑州市人民政府办公厅关于2018年部分节假日安排的通知");
    const b = parseText("首頁 / 宿遷24小時 / 正文\n市政府辦公室关于2019年国庆节放假的通知\n各县、区人民政府：\n现将放假安排通知如下。");
    expect(b.header.title).toBe("市政府辦公室关于2019年国庆节放假的通知");
    const c = parseText("您访问的页面已撤稿或删除\n银川市教育局关于开展征文大赛活动的通知\n各县（市）区教育局：\n现将有关事项通知如下。");
    expect(c.header.title).toBe("银川市教育局关于开展征文大赛活动的通知");
    const d = parseText("新华社北京7月1日电\n中共中央关于表彰全国先进基层党组织\n和优秀共产党员的决定\n（2011年7月1日）\n中国共产党走过了90年波澜壮阔的历程。");
    expect([d.header.title, d.header.issuer]).toEqual(["中共中央关于表彰全国先进基层党组织和优秀共产党员的决定", "中共中央"]);
  });
  it("a line above 关于… that ends in no organ's name (a headline, a page's heading) does not open the title; organs and their verb or number do", () => {
    const a = parseText("2020年4月4日请默哀!为烈士!为同胞!\n关于为新冠肺炎疫情牺牲烈士和逝世同胞举行哀悼活动的紧急通知\n各乡镇人民政府：\n现将有关事项通知如下。");
    expect(a.header.title).toBe("关于为新冠肺炎疫情牺牲烈士和逝世同胞举行哀悼活动的紧急通知");
    const b = parseText("鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n各县区人民政府：\n现印发给你们。");
    expect(b.header.title).toBe("鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知");
  });
  it("a person addressed by name alone (祖树根:) is the 主送 where the text below speaks to them", () => {
    const n = parseText("上海市嘉定区教育局关于同意设立小牛津幼儿园的批复\n嘉教〔2019〕26号\n祖树根:\n你提交的申请收悉。经研究，同意设立。\n上海市嘉定区教育局\n2019年2月21日");
    expect(n.header.recipients).toEqual(["祖树根"]);
    const m = parseText("关于做好节日值班的通知\n说明:\n各单位要安排好值班。\n办公室\n2019年2月1日");
    expect(m.header.recipients).toEqual([]);
  });
  it("an event's organisers as items of their own (（一）主办：…) and an approval's 项目单位 are no duties", () => {
    const n = parseText("关于举办第三届成语大赛的通知\n各学院：\n现将有关事项通知如下。\n一、组织机构\n（一）主办：蚌埠学院团委\n（二）承办：文学院团总支\n二、项目单位：武平工业有限公司。\n蚌埠学院团委\n2019年5月1日");
    expect(n.sections[0]!.children.map((s) => s.heading)).toEqual(["主办", "承办"]);
    expect(n.sections[1]!.heading).toBe("项目单位");
    expect(n.tasks).toEqual([]);
  });
  it("a site's menu printed as numbered lists above the notice — restarting at 1. again and again, or a breadcrumb from 首页 to 正文 — is page furniture", () => {
    const a = parseText("政府信息公开\n    1. 目录\n    2. 旗人民政府\n    1. 旗政府工作部门\n    2. 苏木镇人民政府\n    1. 预决算公开\n    1. 政策问答库\n    2. 政策解读\n内蒙古自治区农牧厅关于印发项目实施细则的通知\n各盟市农牧局：\n现印发给你们，请遵照执行。\n一、总体要求\n加强管理。");
    expect([a.header.title, a.sections.map((s) => s.heading)]).toEqual(["内蒙古自治区农牧厅关于印发项目实施细则的通知", ["总体要求"]]);
    const b = parseText("  1. 首页\n  2. 目标考核\n  3. 正文\n县人民政府关于表彰优秀单位的决定\n各乡镇：\n现决定如下。");
    expect([b.header.title, b.sections]).toEqual(["县人民政府关于表彰优秀单位的决定", []]);
    const c = parseText("关于做好防汛工作的通知\n各乡镇：\n现将有关事项通知如下。\n1. 加强值守\n2. 及时上报\n3. 做好宣传\n");
    expect(c.sections.map((s) => s.heading)).toEqual(["加强值守", "及时上报", "做好宣传"]);
  });
  it("an order numbered in its title (…防控指挥部2号令) is a 令 its organ issues; an organ's 通 告, letter-spaced, names its organ too", () => {
    const a = parseText("红安县新型冠状病毒感染的肺炎防控指挥部\n2号令\n各乡镇人民政府：\n现下达如下命令：\n一、严格落实“六个所有”。");
    expect([a.header.title, a.header.docType, a.header.issuer]).toEqual(["红安县新型冠状病毒感染的肺炎防控指挥部2号令", "令", "红安县新型冠状病毒感染的肺炎防控指挥部"]);
    const b = parseText("石门县新型冠状病毒感染的\n肺炎疫情防控指挥部\n通 告\n（县疫情防控指挥部第1号）\n为全力做好疫情防控工作，现通告如下。\n2020年1月23日");
    expect([b.header.docType, b.header.issuer]).toEqual(["通告", "石门县新型冠状病毒感染的肺炎疫情防控指挥部"]);
  });
  it("a page's byline (通讯员:… 发布日期:… 审稿:) is furniture, not the 主送; 实施时间: is a metadata label", () => {
    const a = parseText("关于开展专题学习的通知\n通讯员:徐喆 信息来源:宣传部 发布日期:2022-04-17 点击数: 审稿:\n各二级单位:\n现将有关事项通知如下。");
    expect(a.header.recipients).toEqual(["各二级单位"]);
    const b = parseText("关于2014年元旦放假的通知\n实施时间:\n盐政办发〔2013〕180号\n各乡镇人民政府，政府各部门：\n现将放假安排通知如下。");
    expect(b.header.recipients).toEqual(["各乡镇人民政府", "政府各部门"]);
  });
  it("an item that opens with a date (1.7月28日16:00报到) is item 1, not the decimal 1.7", () => {
    const n = parseText("关于召开表彰会的通知\n各单位：\n现将有关事项通知如下。\n一、会议时间\n1.7月28日16:00前报到。\n2.7月29日上午开会。");
    expect(n.sections[0]!.children.map((s) => [s.marker, s.heading])).toEqual([["1.", "7月28日16:00前报到"], ["2.", "7月29日上午开会"]]);
  });
});

describe("held-out r89: decisions of minutes written as 由X牵头，Y配合，在…前完成… clauses", () => {
  it("each clause is a task of its own, its text the clause its duty opens, after a comma with 由 and a time", () => {
    const n = parseText("6月14日下午，县政府召开土地处置工作推进会。\n县长要求，由县发展和改革局牵头，县委党校、县自然资源局配合，在9月底前完成政务服务中心项目供地工作；由丹凤街道牵头，县自然资源局配合，在12月底前完成荣海新区土地处置任务。其他部门要积极配合。");
    expect(n.tasks.map((t) => [t.task, t.lead, t.support, t.deadline])).toEqual([
      ["由县发展和改革局牵头，县委党校、县自然资源局配合，在9月底前完成政务服务中心项目供地工作", ["县发展和改革局"], ["县委党校", "县自然资源局"], "9月底前"],
      ["由丹凤街道牵头，县自然资源局配合，在12月底前完成荣海新区土地处置任务", ["丹凤街道"], ["县自然资源局"], "12月底前"],
    ]);
  });
  it("…but a report's account of what was done (按照…安排，由后勤部牵头，…配合，制定了…) names no task", () => {
    const n = parseText("关于疫情防控保障方案有关情况的报告\n按照公司工作安排，由后勤部牵头，办公室、工会等相关部门配合，按照“提级管控”的原则，制定了保障方案。");
    expect(n.tasks).toEqual([]);
  });
});

describe("held-out r97–r101: task-division pages and provincial departments", () => {
  it("a site's column of files (县本级非规范性文件) is no masthead", () => {
    const n = parseText("县本级非规范性文件\n长兴县人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知\n各乡镇人民政府：\n现印发给你们，请认真贯彻执行。\n长兴县人民政府办公室\n2023年2月24日");
    expect(n.header.issuer).toBe("长兴县人民政府办公室");
  });
  it("a 发文字号 joined to the title by a dash (阳政办〔2019〕1号—区人民政府办公室关于…) leaves no dash in the title", () => {
    const n = parseText("阳政办〔2019〕1号—区人民政府办公室关于印发主要目标任务责任分解方案的通知\n各街道办事处：\n现印发给你们，请认真贯彻执行。");
    expect([n.header.title, n.header.docNumber?.raw]).toEqual(["区人民政府办公室关于印发主要目标任务责任分解方案的通知", "阳政办〔2019〕1号"]);
  });
  it("a site's headline date after the title (…的通报(7月2日), …的通知(2025-12-11)) is no part of it", () => {
    const a = parseText("关于全省公立医疗机构监测情况的通报(7月2日)\n各市州卫生计生委：\n现将监测情况通报如下。");
    expect(a.header.title).toBe("关于全省公立医疗机构监测情况的通报");
    const b = parseText("关于做好2025年申报工作的通知（2025-12-11）\n各市：\n现将有关事项通知如下。");
    expect(b.header.title).toBe("关于做好2025年申报工作的通知");
  });
  it("the document a title 印发s, whatever its name ends with (…重点工作责任分解), opens a part where it is printed after the date", () => {
    const n = parseText("长兴县人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知\n各乡镇人民政府：\n现印发给你们，请认真贯彻执行。\n长兴县人民政府办公室\n2023年2月24日\n2023年政府工作报告重点工作责任分解\n一、朱伟县长牵头重点工作\n1.财政总收入与经济增长基本同步。\n责任单位：县财政局。");
    expect(n.parts.map((p) => [p.title, p.sections.map((s) => s.heading)])).toEqual([["2023年政府工作报告重点工作责任分解", ["朱伟县长牵头重点工作"]]]);
  });
});

describe("held-out r99: township pages", () => {
  it("a page's metadata ruled as a Markdown table above the notice is read as its metadata, and the 主送 and title below it are read", () => {
    const n = parseText("真人电子游艺平台\n| 标题: | 关于印发《皇城镇耕地保护工作方案》的通知 | ||\n|---|---|---|---|\n| 索引号: | 1137030500421943XY/2023-5408861 | 文号: | |\n| 发文日期: | 2023-12-04 | 发布机构: | 临淄区皇城镇人民政府 |\n各工作片、各村、各相关单位:\n现将《皇城镇耕地保护工作方案》印发给你们。\n皇城镇人民政府\n2023年4月7日");
    expect([n.header.title, n.header.recipients, n.tables]).toEqual(["关于印发《皇城镇耕地保护工作方案》的通知", ["各工作片", "各村", "各相关单位"], []]);
  });
  it("…while a table of the notice's own, below its text, stays a table", () => {
    const n = parseText("关于报送材料的通知\n各单位：\n请按下表报送。\n| 序号 | 材料 |\n|---|---|\n| 1 | 工作总结 |");
    expect(n.tables.length).toBe(1);
  });
  it("a breadcrumb's steps on lines of their own (> 政务公开) are page furniture, not headings", () => {
    const n = parseText("当前页面:\n首页\n> 政务公开\n> 洣水镇\n> 法规文件\n来源:办公室 发布时间:2024-10-23\n为确保我镇安全形势持续稳定，特制订如下工作方案。\n一、总体目标和要求\n认真贯彻有关要求。\n二、组织领导\n成立领导小组。");
    expect(n.sections.map((s) => [s.marker, s.heading])).toEqual([["一、", "总体目标和要求"], ["二、", "组织领导"]]);
  });
});

describe("held-out r95: a page's list of attachment files", () => {
  it("附件: / 1. / 名称.docx / 2. / 名称.docx after the date: each number alone on its line, its file's name below it", () => {
    const n = parseText("关于举办成语大赛的通知\n各学院：\n现将有关事项通知如下。\n一、参赛对象\n全校学生。\n共青团蚌埠学院委员会\n2019年4月2日\n附件:\n1.\n蚌埠学院第三届成语大赛赛制及规则.docx\n2.\n蚌埠学院第三届成语大赛报名表.docx");
    expect([n.attachments.map((a) => [a.label, a.title]), n.parts]).toEqual([[["附件1", "蚌埠学院第三届成语大赛赛制及规则"], ["附件2", "蚌埠学院第三届成语大赛报名表"]], []]);
  });
});

describe("held-out r102–r105: State Council, ministries and provinces as mirrors print them", () => {
  it("a mirror's 【时间:…】【来源:…】字号 line, a banner word in Latin letters, 返回列表 and a site's 【地方】(2016) tag are no part of the title", () => {
    const a = parseText("国务院关于同意设立福州新区的批复\n【时间:2015年09月09日】 【来源:中央政府门户网站】字号: 【大】 【中】 【小】\n国务院关于同意设立福州新区的批复\n国函〔2015〕137号\n福建省人民政府：\n你省关于设立福州新区的请示收悉。");
    expect([a.header.title, a.header.issuer]).toEqual(["国务院关于同意设立福州新区的批复", "国务院"]);
    const b = parseText("RENOVATION\n农业农村部关于进一步深化“放管服”改革的意见\n农法发〔2022〕2号\n为进一步深化改革，提出如下意见。");
    expect([b.header.title, b.header.issuer]).toEqual(["农业农村部关于进一步深化“放管服”改革的意见", "农业农村部"]);
    const c = parseText("Policy Overview\n返回列表\n【地方】(2016)河北省人民政府关于辛集市开发区优化整合方案的批复\n辛集市人民政府:\n你市的请示收悉。");
    expect([c.header.title, c.header.issuer]).toEqual(["河北省人民政府关于辛集市开发区优化整合方案的批复", "河北省人民政府"]);
  });
  it("an empty metadata label (主题词:) takes no title's first line as its value, and 批覆 is a 文种", () => {
    const a = parseText("索引号: 000014349/2015-00045\n主题词:\n国务院办公厅关于贯彻落实\n国务院常务会议精神有关事项的通知\n国办函〔2015〕31号\n各省、自治区、直辖市人民政府：\n现就有关事项通知如下。");
    expect(a.header.title).toBe("国务院办公厅关于贯彻落实国务院常务会议精神有关事项的通知");
    const b = parseText("國務院關於同意設立試驗區的批覆\n國函〔2016〕50號\n商務部：\n你部的請示收悉。");
    expect(b.header.docType).toBe("批覆");
  });
  it("a wiki's record of the document (发布机关:…, 本作品收录于《…公报》) above its own title and number: the 主送 below is read", () => {
    const n = parseText("国务院办公厅关于宁波港口博物馆冠名问题的函\n国办函〔2016〕41号\n2016年4月8日\n发布机关:中华人民共和国国务院办公厅\n本作品收錄於《中华人民共和国国务院公报/2016年/第12号\n国务院办公厅关于宁波港口博物馆\n冠 名 问 题 的 函\n国办函〔2016〕41号\n浙江省人民政府:\n你省的请示收悉。经国务院领导同志同意，现函复如下。");
    expect(n.header.recipients).toEqual(["浙江省人民政府"]);
  });
  it("a page's date above all the text (2021-07-30 under the title) neither signs the notice nor makes its 附件: line a part", () => {
    const n = parseText("市场监管总局关于公开征求意见的通知\n2021-07-30\n为进一步规范产品标签标识，我局组织起草了公告。\n一、电子邮件：tsspzcc@samr.gov.cn。\n附件:市场监管总局关于进一步规范婴幼儿配方乳粉产品标签标识的公告(征求意见稿)\n市场监管总局\n2021年7月28日");
    expect([n.signature, n.parts, n.attachments.length]).toEqual([{ issuer: "市场监管总局", date: "2021-07-28", dateText: "2021年7月28日" }, [], 1]);
  });
});

describe("held-out r104: notices whose line breaks were lost", () => {
  it("a 发文字号 run into the 主送 (汕府办[2015]29号各县(市、区)人民政府,…:现将…) is the number, then the 主送", () => {
    const n = parseText("汕府办[2015]29号各县(市、区)人民政府,市政府各部门、各直属机构:现将有关意见转发给你们，请一并贯彻执行。各县要认真开展清查登记工作。");
    expect([n.header.docNumber?.raw, n.header.recipients]).toEqual(["汕府办[2015]29号", ["各县(市、区)人民政府", "市政府各部门", "各直属机构"]]);
  });
  it("zones named in a 主送 run into the body (新乡高新区、平原示范区管委会,…: 进入国庆期间…) are addressees", () => {
    const n = parseText("各县(市)、区人民政府,新乡高新区、新乡经开区、平原示范区管委会,市政府安委会各成员单位: 进入国庆期间以来，全省接连发生生产安全事故。现将有关通知转发给你们，请认真贯彻执行。");
    expect(n.header.recipients).toEqual(["各县(市)", "区人民政府", "新乡高新区", "新乡经开区", "平原示范区管委会", "市政府安委会各成员单位"]);
  });
});

describe("held-out r103: a ministry's department signs", () => {
  it("a 司 of a ministry (工业和信息化部财务司) is an organ: it signs and issues", () => {
    const n = parseText("各有关单位：\n现将有关事项通知如下。\n一、请于5月底前报送材料。\n工业和信息化部财务司\n2015年5月6日");
    expect([n.signature?.issuer, n.header.issuer]).toEqual(["工业和信息化部财务司", "工业和信息化部财务司"]);
  });
});

describe("held-out r106–r108: county notices, office notices, implementation opinions", () => {
  it("attachments listed one a line with their numbers (附件1:….xlsx / 附件2:…) after the contact line are the 附件说明", () => {
    const n = parseText("关于报送材料的通知\n各系部：\n现将有关事项通知如下。\n一、报送时间\n2022年12月2日前集中报送至教务部311室。\n联系人:汪芳,联系电话:027-81973877\n附件1:获奖统计汇总表.xlsx\n附件2:关于公布竞赛指南的通知\n教务部\n2022年11月21日");
    expect([n.attachments.map((a) => [a.label, a.title]), n.sections[0]!.text]).toEqual([[["附件1", "获奖统计汇总表"], ["附件2", "关于公布竞赛指南的通知"]], "2022年12月2日前集中报送至教务部311室。\n联系人:汪芳,联系电话:027-81973877"]);
  });
  it("a disclosure record's fields (公开属性, 公开期限) are metadata, not the 主送; 行政规范性文件 is a site's column, no masthead", () => {
    const a = parseText("关于做好安全生产工作的通知\n公开属性: 全部公开 公开期限: 长期公开\n各镇人民政府，区政府各委、办、局：\n现将有关事项通知如下。");
    expect(a.header.recipients).toEqual(["各镇人民政府", "区政府各委、办、局"]);
    const b = parseText("行政规范性文件\n重庆市人民政府办公厅\n关于印发若干措施的通知\n各区县人民政府：\n现印发给你们。");
    expect(b.header.issuer).toBe("重庆市人民政府办公厅");
  });
  it("a title after its 文号 and a dash (…〔2020〕1号-柳城县…关于…) is no whole copy of the printed title: the dash is no lost character", () => {
    const n = parseText("柳城安全预警〔2020〕1号-柳城县安全生产委员会办公室关于发布安全事故预警预防的通知\n柳城县安全生产委员会办公室\n关于发布安全事故预警预防的通知\n各乡镇：\n当前正值高温雨季，现将有关事项通知如下。");
    expect(n.header.title).toBe("柳城县安全生产委员会办公室关于发布安全事故预警预防的通知");
  });
});

describe("held-out r109: rules and plans from public datasets", () => {
  it("an article's caption in brackets, all its line holds (第十条　（考评单位）), is its heading, no note naming an organ", () => {
    const n = parseText("考评办法\n　　第九条　（考评方式）\n　　考评采取自评和抽查相结合的方式。\n　　第十条　（考评单位）\n　　省住房城乡建设厅负责组织考评工作。");
    expect([n.sections.map((s) => s.heading), n.tasks]).toEqual([["（考评方式）", "（考评单位）"], []]);
  });
  it("a team's label (2.专家团队：…) heads its item; a team is no organ given a duty", () => {
    const n = parseText("关于现场核查评估项目的公告\n一、现场核查要求\n1.评估对象：全市各镇。\n2.专家团队：每个镇（街）不少于3名专家。\n3.核查样本：随机抽取。");
    expect([n.sections[0]!.children.map((s) => s.heading), n.tasks]).toEqual([["评估对象", "专家团队", "核查样本"], []]);
  });
});

describe("held-out r111–r114: zones, announcements, letters, reports", () => {
  it("a portal's two dates side by side above the title (2023-02-24 2023-02-24) are no part of it; a signature date with a full stop after it (2020年6月3日。) dates the notice", () => {
    const a = parseText("巩义市自然资源和规划局 县级\n2023-02-24 2023-02-24\n巩义市人民政府关于拟征收土地的预公告\n巩政征预告字〔2023〕第5号\n竹林镇镇集体:\n为实施年度土地利用计划，现将有关事项预告如下。");
    expect([a.header.title, a.header.issuer]).toEqual(["巩义市人民政府关于拟征收土地的预公告", "巩义市人民政府"]);
    const b = parseText("关于禁止露天焚烧秸秆的通告\n为保护环境，现通告如下。\n一、禁止露天焚烧秸秆。\n湘乡市人民政府\n2020年6月3日。");
    expect(b.signature).toEqual({ issuer: "湘乡市人民政府", date: "2020-06-03", dateText: "2020年6月3日" });
  });
  it("a contact block's 联系单位: is a field, not a note naming the organ 联系单位", () => {
    const n = parseText("关于会办意见的函\n省政府办公厅：\n现将会办意见函复如下。\n一、原则同意。\n湖南省自然资源厅\n2021年3月2日\n联系单位:湖南省自然资源厅政务服务处\n联 系 人:张三");
    expect(n.tasks).toEqual([]);
  });
  it("a bulleted 公文生成日期: line above the title is metadata; a decimal outline number closed by a dot (1.1.编制目的) is an item", () => {
    const a = parseText("  • 发布机构:厦门市翔安区人民政府香山街道办事处\n  • 公文生成日期:2024-03-21\n香山街道办事处关于印发防汛应急预案的通知\n各社区：\n现印发给你们。");
    expect(a.header.title).toBe("香山街道办事处关于印发防汛应急预案的通知");
    const b = parseText("防汛应急预案\n1 总则\n1.1.编制目的\n为做好防汛工作，制定本预案。\n1.2.编制依据\n依据有关法律。");
    expect(b.sections[0]!.children.map((s) => [s.marker, s.heading])).toEqual([["1.1.", "编制目的"], ["1.2.", "编制依据"]]);
  });
  it("an organ's reply titled with 对 (宁陕县交通运输局对县人大…建议的答复) names its issuer", () => {
    const n = parseText("宁陕县交通运输局对县人大十七届五次会议第28号建议的答复\n张三代表：\n您提出的建议收悉，现答复如下。\n2011年6月1日");
    expect(n.header.issuer).toBe("宁陕县交通运输局");
  });
});

describe("held-out r115: a contact list by organ", () => {
  it("省教育厅…处:林文平,电话:0591-… names a contact, no organ given a duty", () => {
    const n = parseText("关于举办大赛的通知\n各设区市教育局：\n现将有关事项通知如下。\n五、联系人\n省教育厅政策法规与行政审批处:林文平,电话:0591-87091364。\n福州市教育局:詹友捷,电话:83363148。\n");
    expect(n.tasks).toEqual([]);
  });
  it("…while an organ and its duty after the colon (省应急厅：应急避难设施建设等相关工作迎查资料。) still assign it", () => {
    const n = parseText("关于做好迎查工作的通知\n各有关单位：\n现将有关事项通知如下。\n一、提报资料的部门及相关内容\n省应急厅：应急避难设施建设等相关工作迎查资料。\n");
    expect(n.tasks.map((t) => t.lead)).toEqual([["省应急厅"]]);
  });
});

describe("held-out r117: a placed organ's rules titled without 关于", () => {
  it("泉州市人民检察院检务公开信息发布实施办法(试行) names its issuer; a rule's name ending in 办法 names none (无锡市餐厨废弃物管理办法)", () => {
    const a = parseText("泉州市人民检察院检务公开信息发布实施办法(试行)\n第一章 总则\n第一条 为规范检务公开信息发布工作，制定本办法。");
    expect(a.header.issuer).toBe("泉州市人民检察院");
    const b = parseText("无锡市餐厨废弃物管理办法\n第一条 为加强餐厨废弃物管理，制定本办法。");
    expect(b.header.issuer).toBeNull();
  });
});

describe("held-out r115: a page's policy-reading link and its list of files", () => {
  it("政策解读:… above the 文号 is a site's link, not the body: the 文号 and 主送 below it are read", () => {
    const n = parseText("关于印发防控技术方案的通知\n政策解读:教育部负责人就《关于印发防控技术方案的通知》答记者问\n国卫办疾控函〔2020〕668号\n各省、自治区、直辖市卫生健康委:\n现将方案印发给你们。");
    expect([n.header.docNumber?.raw, n.header.recipients]).toEqual(["国卫办疾控函〔2020〕668号", ["各省", "自治区", "直辖市卫生健康委"]]);
  });
  it("a page's numbered list of files below the signature (1.…方案.docx) gives the attachments, or repeats the 附件说明 above it; no item of the outline", () => {
    const a = parseText("关于印发防控技术方案的通知\n各省卫生健康委:\n现将方案印发给你们。\n国家卫生健康委办公厅\n2020年8月13日\n1.高等学校防控技术方案.docx\n2.中小学校防控技术方案.docx\n");
    expect([a.attachments.map((x) => [x.label, x.title]), a.sections]).toEqual([[["附件1", "高等学校防控技术方案"], ["附件2", "中小学校防控技术方案"]], []]);
    const b = parseText("关于印发防控技术方案的通知\n各省卫生健康委:\n现将方案印发给你们。\n附件:1.高等学校防控技术方案\n2.中小学校防控技术方案\n国家卫生健康委办公厅\n2020年8月13日\n1.高等学校防控技术方案.docx\n2.中小学校防控技术方案.docx\n");
    expect([b.attachments.map((x) => x.title), b.sections]).toEqual([["高等学校防控技术方案", "中小学校防控技术方案"], []]);
  });
});

describe("held-out r117: a long title glossed with pinyin", () => {
  it("a title of 99 characters that a mirror's glosses make 180 (關(guān)于…) is read as a title, its organ the issuer", () => {
    const g = "最高人民檢察院關(guān)于檢察機(jī)關(guān)貫徹執(zhí)行《領(lǐng)導(dǎo)干部干預(yù)司法活動(dòng)、插手具體案件處理的記錄、通報(bào)和責(zé)任追究規(guī)定》和《司法機(jī)關(guān)內(nèi)部人員過(guò)問(wèn)案件的記錄和責(zé)任追究規(guī)定》的實(shí)施辦法";
    const n = parseText(`${g}\n第一條 為了貫徹執(zhí)行有關(guān)規(guī)定，制定本辦法。\n第二條 本辦法適用于各級(jí)人民檢察院。`);
    expect([n.header.issuer, n.header.docType]).toEqual(["最高人民檢察院", "辦法"]);
  });
});

describe("held-out r118: an item typed with a full stop for its mark", () => {
  it("二。 at a line's start is item 二 (as 1。 is), its sub-items under it", () => {
    const n = parseText("关于禁止在森林防火区户外用火的通知\n各设区市：\n现将有关事项通知如下。\n一、提高认识\n各地要高度重视。\n二。严格管控野外用火\n1.加强巡查。\n2.严格执法。");
    expect(n.sections.map((s) => [s.marker, s.children.length])).toEqual([["一、", 0], ["二。", 2]]);
  });
});

describe("held-out r120: a headline's 文号 in square brackets before its title", () => {
  it("[天政办发〔2023〕24号]天水市人民政府办公室关于… gives the number, the title and its organ apart", () => {
    const n = parseText("[天政办发〔2023〕24号]天水市人民政府办公室关于印发2023年放管服改革工作要点的通知\n各县区人民政府:\n现将要点印发你们。");
    expect([n.header.docNumber?.raw, n.header.title, n.header.issuer]).toEqual(["天政办发〔2023〕24号", "天水市人民政府办公室关于印发2023年放管服改革工作要点的通知", "天水市人民政府办公室"]);
    const b = parseText("【京政发〔2024〕3号】北京市人民政府关于做好冬季供暖工作的通知\n各区人民政府：\n现将有关事项通知如下。");
    expect([b.header.docNumber?.raw, b.header.issuer]).toEqual(["京政发〔2024〕3号", "北京市人民政府"]);
  });
});

describe("held-out r120: a site's region tag before a title", () => {
  it("贵州:关于印发《…》的通知 is the title without its tag; a label and its value (征集时间:…) still is no title", () => {
    const n = parseText("贵州:关于印发《贵州省发展和改革委员会2021年政务公开工作要点》的通知\n机关各处室、所属各单位:\n现印发你们。");
    expect([n.header.title, n.header.docType, n.header.recipients]).toEqual(["关于印发《贵州省发展和改革委员会2021年政务公开工作要点》的通知", "通知", ["机关各处室", "所属各单位"]]);
    const b = parseText("征集时间:关于开展征集活动的安排\n各单位:\n现将有关事项通知如下。");
    expect(b.header.title).toBeNull();
  });
});

describe("held-out r123: a people's congress standing committee and bodies named short issue notices", () => {
  it("宁波市人大常委会2020年工作要点 and …政协关于… name their issuer whole", () => {
    expect(parseText("宁波市人大常委会2020年工作要点\n一、助力疫情防控\n做好工作。").header.issuer).toBe("宁波市人大常委会");
    expect(parseText("宁波市政协关于开展2021年度委员履职工作的通知\n各专委会:\n现将有关事项通知如下。").header.issuer).toBe("宁波市政协");
  });
});

describe("held-out r121: the organs after a lead named by 牵头, and 参加单位 beside a lead label", () => {
  it("责任单位:A、B牵头,C、D — A and B lead, C and D support; the bracketed declaration after them is a remark", () => {
    const n = parseText("一、重点工作\n1.坚持政府过紧日子。\n责任单位:省政府办公厅、省财政厅牵头,省商务厅、省文化和旅游厅(除标注为“牵头”单位外,列第一位的为牵头或汇总单位,下同)\n2.用好专项债券。\n责任单位:省财政厅、省发展改革委");
    expect(n.tasks.map((t) => [t.lead, t.support])).toEqual([
      [["省政府办公厅", "省财政厅"], ["省商务厅", "省文化和旅游厅"]],
      [["省财政厅"], ["省发展改革委"]],
    ]);
  });
  it("(市教育局牵头，市财政局、市人社局) — the list closing the note carries it out with the lead", () => {
    const n = parseText("一、重点任务\n1.加强教师队伍建设。(市教育局牵头，市财政局、市人社局)\n2.推进学校建设。(市教育局牵头，2024年底前完成)");
    expect(n.tasks.map((t) => [t.lead, t.support, t.deadline])).toEqual([
      [["市教育局"], ["市财政局", "市人社局"], null],
      [["市教育局"], [], "2024年底前完成"],
    ]);
  });
  it("(牵头单位:能源局 参加单位:发展改革委、国资委) — 参加单位 beside a lead label supports; alone (a meeting's 参加单位:) it names no duty", () => {
    const n = parseText("一、低碳引领能源革命\n1.控制供电二氧化碳排放。(牵头单位:能源局 参加单位:发展改革委、国资委)");
    expect(n.tasks.map((t) => [t.lead, t.support])).toEqual([[["能源局"], ["发展改革委", "国资委"]]]);
    const m = parseText("关于召开会议的通知\n各单位:\n一、会议安排\n1.召开会议。\n参加单位:各县区政府\n参会单位:市直各部门");
    expect(m.tasks).toEqual([]);
  });
});

describe("held-out r129: a report's 称谓 to a standing committee's members", () => {
  it("主任、各位副主任、秘书长、各位委员: addresses the members by their posts — no 主送; organs among them still are", () => {
    const n = parseText("关于2022年度市级预算执行的审计工作报告\n主任、各位副主任、秘书长、各位委员:\n我受市人民政府委托，报告审计情况。");
    expect(n.header.recipients).toEqual([]);
    const b = parseText("关于召开全体会议的通知\n各委办、各镇工委、各位委员:\n现将有关事项通知如下。");
    expect(b.header.recipients).toEqual(["各委办", "各镇工委", "各位委员"]);
  });
});

describe("held-out r125: a title glossed with pinyin on every line", () => {
  it("河南省…廳關(guān)于印發(fā) / …揚(yáng)塵污染治理…的通知 is one title, measured without its glosses", () => {
    const n = parseText("河南省住房和城鄉(xiāng)建設(shè)廳關(guān)于印發(fā)\n河南省建筑施工和城市道路揚(yáng)塵污染治理復(fù)查工作和“回頭看”實(shí)施方案的通知\n各省轄市住房和城鄉(xiāng)建設(shè)局:\n現將方案印發(fā)你們。");
    expect([n.header.issuer, n.header.docType]).toEqual(["河南省住房和城鄉(xiāng)建設(shè)廳", "通知"]);
    expect(n.header.title).toBe("河南省住房和城鄉(xiāng)建設(shè)廳關(guān)于印發(fā)河南省建筑施工和城市道路揚(yáng)塵污染治理復(fù)查工作和“回頭看”實(shí)施方案的通知");
    // (a glossed sentence above a title, ,日前,…詳情如下:, is not its first line: fixture r10-nanning)
  });
});

describe("held-out r128: a dashed metadata list's next label at the end of the title's line", () => {
  it("何家洞镇突发事件总体应急预案 - 文号: is the title without the label", () => {
    const n = parseText("发文日期: 2016-04-26 12:51 - 名称:\n何家洞镇突发事件总体应急预案 - 文号:\n何家洞镇突发事件总体应急预案\n1 总则\n1.1编制目的\n为提高应对能力，制定本预案。");
    expect(n.header.title).toBe("何家洞镇突发事件总体应急预案");
  });
});

describe("held-out r127: a speaker with several posts under a speech's occasion line", () => {
  it("市教育局局长、党委书记 赵青山 / (2014年3月5日) is the speaker and the date, not a part's title", () => {
    const n = parseText("深化改革 突破创新 全面提升四平教育的整体水平\n——在2014年全市教育工作会议上的报告\n市教育局局长、党委书记 赵青山\n(2014年3月5日)\n同志们:\n这次会议的主要任务是总结工作。\n一、2013年教育工作回顾\n工作取得成绩。");
    expect([n.parts.length, n.sections.map((s) => s.heading)]).toEqual([0, ["2013年教育工作回顾"]]);
  });
});

describe("held-out r127, r128: a mirror's 查看原文 link and a document site's paywall are page furniture", () => {
  it("查看原文 above the title and 消耗 1 篇…配额 after the last item are not read as text of the notice", () => {
    const n = parseText("查看原文\n关于开展全员核酸筛查的通告\n一、筛查安排\n街道定于10月19日开展筛查。\n二、有关要求\n请规范佩戴口罩。\n\n消耗 1 篇笔墨文库配额,会员有效期内无限次查看");
    expect([n.header.title, n.sections.at(-1)!.text]).toEqual(["关于开展全员核酸筛查的通告", "请规范佩戴口罩。"]);
  });
});

describe("held-out r128: a signing organ's long name wrapped onto two lines", () => {
  it("莞城街道新型冠状病毒肺炎 / 疫情防控指挥部办公室 / date signs as one organ; two organs stacked still sign jointly; 特此通告 is no half of a name", () => {
    const n = parseText("关于实行封闭式管理的通告\n现就有关事项通告如下:\n一、全街道住宅小区实行封闭式管理。\n莞城街道新型冠状病毒肺炎\n疫情防控指挥部办公室\n2022年3月16日");
    expect(n.signature?.issuer).toBe("莞城街道新型冠状病毒肺炎疫情防控指挥部办公室");
    const b = parseText("关于做好工作的通知\n各单位:\n请认真落实。\n南通市教育局\n南通市财政局\n2022年3月16日");
    expect(b.signature?.issuer).toBe("南通市教育局、南通市财政局");
    const c = parseText("关于禁止燃放烟花爆竹的通告\n现就有关事项通告如下:\n一、禁止燃放。\n特此通告\n揭阳市公安局\n2017年1月1日");
    expect(c.signature?.issuer).toBe("揭阳市公安局");
  });
});

describe("held-out r129: a procuratorate's or court's work report titled without 关于", () => {
  it("最高人民检察院工作报告 names its issuer; 汉滨区2025年政府工作报告 names none (a year is no part of an organ's name)", () => {
    expect(parseText("最高人民检察院工作报告\n——2023年3月7日在第十四届全国人民代表大会第一次会议上\n最高人民检察院检察长 张军\n各位代表:\n现在，我代表最高人民检察院，向大会报告工作。").header.issuer).toBe("最高人民检察院");
    expect(parseText("汉滨区2025年政府工作报告\n各位代表:\n现在，我代表区人民政府，向大会报告工作。").header.issuer).toBeNull();
  });
});

describe("held-out r125, r126: a page's download note and download link in the 附件说明", () => {
  it("附件:(下载地址为http://… above the numbered list is no attachment; 附件下载: 分解表.doc after the signature is the attachment", () => {
    const a = parseText("关于加强工地管理的通知\n各区住建局:\n现将有关文件转发你们。\n附件:(下载地址为http://cdzj.chengdu.gov.cn/content_1.shtml\n1.关于加强智慧工地建设工作的通知\n2.关于进一步加强绿色标杆工地管理的通知\n成都市住房和城乡建设局\n2021年4月15日");
    expect(a.attachments.map((x) => x.title)).toEqual(["关于加强智慧工地建设工作的通知", "关于进一步加强绿色标杆工地管理的通知"]);
    const b = parseText("关于印发政务公开工作主要任务分解表的通知\n局机关各处室:\n现印发给你们。\n福建省市场监督管理局办公室\n2021年9月10日\n(此件主动公开)\n附件下载: 福建省市场监督管理局2021年政务公开工作主要任务分解表.doc");
    expect(b.attachments.map((x) => [x.label, x.title])).toEqual([["附件", "福建省市场监督管理局2021年政务公开工作主要任务分解表"]]);
  });
});

describe("held-out r124, r121: the document a Traditional title issues, and one a news report says was issued", () => {
  it("關于印發…實施方案(2018-2020年)的通知 opens the part that repeats the plan's name, though the text quotes it with another dash", () => {
    const n = parseText("海東市人民政府\n關于印發海東市打贏藍天保衛戰三年行動實施方案(2018-2020年)的通知\n各縣區人民政府:\n《海東市打贏藍天保衛戰三年行動實施方案(2018—2020年)》已經市政府同意,現印發給你們。\n海東市人民政府\n2019年3月13日\n海東市打贏藍天保衛戰三年行動實施方案(2018-2020年)\n一、總體要求\n(一)指導思想\n堅持綠色發展。");
    expect(n.parts.map((p) => [p.title, p.sections.length])).toEqual([["海東市打贏藍天保衛戰三年行動實施方案(2018-2020年)", 1]]);
  });
  it("近日,…办公厅印发2024年政府工作报告重点工作责任分解的通知,… — the line that repeats the name opens the part", () => {
    const n = parseText("浙江省省长、副省长2024年牵头重点工作公布\n近日,浙江省人民政府办公厅印发2024年政府工作报告重点工作责任分解的通知,公布省长、副省长牵头的重点工作。\n2024年政府工作报告重点工作责任分解\n一、王浩省长牵头重点工作\n1.一般公共预算收入与经济增长同步。\n责任单位:省财政厅");
    expect(n.parts.map((p) => [p.title, p.sections.length])).toEqual([["2024年政府工作报告重点工作责任分解", 1]]);
  });
});

describe("held-out r126: an archived forum thread's pager, and organs that sign jointly with no date", () => {
  it("页: [1] / 查看完整版本: … after a post are furniture: the signature run on at the end of the post's one line is read", () => {
    const n = parseText("揭阳市公安局关于禁止在市区燃放烟花爆竹的通告\n 为保障人民群众生命财产安全,禁止在市区燃放烟花爆竹。  对违反本通告规定的,依法处罚。    特此通告                                                            揭阳市公安局                                                           2017年1月1日\n\n页: [1]\n查看完整版本: 揭阳市公安局关于禁止在市区燃放烟花爆竹的通告");
    expect([n.signature?.issuer, n.signature?.date]).toEqual(["揭阳市公安局", "2017-01-01"]);
  });
  it("three organs stacked under 特此通告 with no date sign jointly, the first named first; names under a list's label (二等奖(4名)) do not", () => {
    const n = parseText("关于兴隆农贸市场封闭改造的通告\n一、封闭时间\n2020年11月7日起。\n本通告自发布之日起执行。\n特此通告\n马关县工信商务局\n马关县市场监督管理局\n马关县城乡管理综合执法局");
    expect(n.signature?.issuer).toBe("马关县工信商务局、马关县市场监督管理局、马关县城乡管理综合执法局");
    const b = parseText("关于表彰先进单位的通报\n一、获奖单位\n一等奖(1名)\n叠彩区人民政府\n二等奖(4名)\n象山区人民政府\n七星区人民政府");
    expect(b.signature?.issuer ?? null).not.toBe("象山区人民政府、七星区人民政府");
  });
});

describe("held-out r131, r134: what a site prints above a title and around an 附件说明", () => {
  it("a site's greeting (姚安县人民政府欢迎您!) and a menu below an organ-like word (服务中心 / 行政事务) open no title", () => {
    const a = parseText("姚安县人民政府欢迎您!\n姚安县文化和旅游局关于加强文物安全工作的通知\n各乡镇文化站:\n现将有关事项通知如下。");
    expect([a.header.title, a.header.issuer]).toEqual(["姚安县文化和旅游局关于加强文物安全工作的通知", "姚安县文化和旅游局"]);
    const b = parseText("服务中心\n\n行政事务\n\n关于规范每周重要活动申报工作的通知\n\n各系、各部门:\n现就有关事项规定如下。");
    expect(b.header.title).toBe("关于规范每周重要活动申报工作的通知");
  });
  it("院办发〔2022〕5号(…校长办公会纪要) is the number and the title without its brackets", () => {
    const n = parseText("院办发〔2022〕5号(2021-2022学年度第十次校长办公会纪要)\n会议研究了以下事项。\n一、审议通过了有关制度。");
    expect([n.header.docNumber?.raw, n.header.title]).toEqual(["院办发〔2022〕5号", "2021-2022学年度第十次校长办公会纪要"]);
  });
  it("附件(请点击下载查看): and 附 件: label the attachments; a web address run on after a title is its note", () => {
    const a = parseText("关于举办健步走网络公开赛的通知\n各省体育局:\n现将有关事项通知如下。\n附件(请点击下载查看):\n1、2017年全国健步走网络公开赛竞赛规程\n国家体育总局社会体育指导中心\n2017年4月1日");
    expect([a.attachments.map((x) => [x.label, x.title]), a.sections]).toEqual([[["附件1", "2017年全国健步走网络公开赛竞赛规程"]], []]);
    const b = parseText("关于开展调查的通知\n各地级以上市科技局:\n请认真组织填报。\n附 件:调查表\n广东省科学技术厅\n2022年5月6日");
    expect(b.attachments.map((x) => [x.label, x.title])).toEqual([["附件", "调查表"]]);
    const c = parseText("关于转发教育部办公厅通知的通知\n各二级党组织:\n现将通知转发给你们。\n附件:教育部办公厅关于开展质量创优工作的通知(教思政厅函〔2021〕16号)http://www.moe.gov.cn/srcsite/A12/t20211029_576185.html\n党委组织部\n2021年11月2日");
    expect(c.attachments.map((x) => [x.title, x.note])).toEqual([["教育部办公厅关于开展质量创优工作的通知(教思政厅函〔2021〕16号)", "http://www.moe.gov.cn/srcsite/A12/t20211029_576185.html"]]);
  });
});

describe("held-out r130, r133: a glossed 文种, a PDF's spaced bracket numerals, an account's tag before a title", () => {
  it("…的通(tōng)知 is a 通知", () => {
    const n = parseText("國務院安委會(huì)辦公室關于公布2016年全國\n“安全生(shēng)産月”和(hé)“安全生(shēng)産萬裏行(xíng)”活動\n先進單位和(hé)優秀組織單位的通(tōng)知\n安委辦〔2016〕9号\n各省級安全生產委員會:\n現將有關事項通知如下。");
    expect(n.header.docType).toBe("通知");
  });
  it("( 二 ) and ( 3 ) — numerals spaced inside their brackets — are items", () => {
    const n = parseText("一、提升信用建设法治化规范化水平\n(一)建立健全信用法规制度。\n( 二 )强化社会信用体系统筹规划。\n( 三 )完善统一社会信用代码机制。\n1.加快立法。\n( 2 )推进配套制度。");
    expect(n.sections[0]!.children.map((c) => c.marker)).toEqual(["(一)", "( 二 )", "( 三 )"]);
  });
  it("重庆商务:关于…的实施意见 is the title without the account's tag; 信息名称:关于… stays the metadata's", () => {
    const n = parseText("重庆商务:关于高质量推进县域商业体系建设的实施意见\n各区县商务主管部门:\n现提出如下意见。");
    expect([n.header.title, n.header.docType]).toEqual(["关于高质量推进县域商业体系建设的实施意见", "意见"]);
    const b = parseText("索引号:014108910/2018-00123\n信息名称:关于组织开展安全教育日活动的通知\n发文字号:常教安〔2018〕11号\n关于组织开展安全教育日活动的通知\n各辖市教育局:\n现将有关事项通知如下。");
    expect([b.header.title, b.header.docNumber?.raw]).toEqual(["关于组织开展安全教育日活动的通知", "常教安〔2018〕11号"]);
  });
});

describe("held-out r122: a portal's channel menu, an organ named under an item's bare heading", () => {
  it("移动端应用 / 政务微信 / 政务微博 / 智能问答 above the text are furniture, no outline", () => {
    const n = parseText("移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心\n为抓好巡察整改，特制定如下工作方案。\n一、组织领导\n成立领导小组。");
    expect(n.sections.map((s) => [s.marker, s.heading])).toEqual([["一、", "组织领导"]]);
  });
  it("2、职能单位末位排名 / 交通局 / … / 领导小组办公室 / date: the signature is the office alone", () => {
    const n = parseText("关于第一季度环境卫生综合整治情况的督查通报\n各乡镇:\n现将督查情况通报如下。\n1、单位末位排名\n教育局 信用联社\n2、职能单位末位排名\n交通局\n\n\n舟曲县全域无垃圾专项治理领导小组办公室\n2020年4月10日");
    expect(n.signature?.issuer).toBe("舟曲县全域无垃圾专项治理领导小组办公室");
  });
});

describe("held-out r124: a mirror's question marks for a line's indentation", () => {
  it("????? ?泰州市人民政府 / ???? 2018年12月24日 sign the notice; the marks are reported", () => {
    const n = parseText("关于印发泰州市打赢蓝天保卫战三年行动计划实施方案的通知\n各市(区)人民政府:\n现将方案印发给你们，请认真贯彻执行。\n????????????????????????? ?泰州市人民政府\n????????????????????? 2018年12月24日");
    expect([n.signature?.issuer, n.signature?.date]).toEqual(["泰州市人民政府", "2018-12-24"]);
    expect(n.diagnostics.filter((d) => d.code === "padding-removed").map((d) => d.line)).toEqual([4, 5]);
  });
});

describe("held-out r137, r135, r136: a meeting's decision naming its owner, a spaced 文件编号, 政协 in a joint masthead", () => {
  it("会议议定:…由兴东集团按程序组织实施 gives the item's task to 兴东集团; a decision that names no organ gives none", () => {
    const n = parseText("区政府常务会议纪要\n会议研究了以下事项:\n一、审议《东区本级重大经济事项决策实施办法(试行)》\n会议议定:原则同意,按会议要求修改完善后,以区政府党组名义提请区委常委会会议审议。\n二、审议《关于尾矿库片区综合开发项目相关事宜的请示》\n会议议定:原则同意,按会议要求修改完善后,由兴东集团按程序组织实施。");
    expect(n.tasks.map((t) => [t.task, t.lead])).toEqual([["审议《关于尾矿库片区综合开发项目相关事宜的请示》", ["兴东集团"]]]);
  });
  it("文件编号 甬鄞司发〔2022〕2号 on a page's metadata line after the title gives the 发文字号", () => {
    const n = parseText("生成日期 2022-01-13 公开方式 主动公开\n主题分类 司法 体裁分类 其他\n关于印发《鄞州区社区矫正管理工作规范》的通知\n发布时间:2022-01-13 11:02 来源:区司法局\n\n文件有效性 有效\n规范性文件编号 BYZD11-2022-0002\n文件编号 甬鄞司发〔2022〕2号\n正文内容\n\n各司法所:\n现将规范印发给你们。");
    expect(n.header.docNumber?.raw).toBe("甬鄞司发〔2022〕2号");
  });
  it("平利县人民政府办公室 / 政协平利县委员会办公室 above the title: the first organ is the government's office", () => {
    const n = parseText("平利县人民政府办公室\n政协平利县委员会办公室\n关于组织开展蔬菜产业发展视察活动的通知\n各有关单位:\n现将有关事项通知如下。");
    expect(n.header.issuer).toBe("平利县人民政府办公室");
  });
});

describe("held-out r138: a news report of a notice", () => {
  it("no title line: the name the lead says was issued (日前,教育部办公厅印发《关于…的通知》) is the title; (资料图片仅供参考) and 关注微信 are furniture", () => {
    const n = parseText("关注微信\n(资料图片仅供参考)\n暑假即将来临,日前,教育部办公厅印发《关于做好2023年中小学暑期安全工作的通知》,对暑期安全工作作出部署。\n通知指出,各地要牢固树立安全发展理念。");
    expect([n.header.title, n.header.docType]).toEqual(["关于做好2023年中小学暑期安全工作的通知", "通知"]);
    expect(n.diagnostics.map((d) => d.code)).toContain("title-quoted");
  });
  it("a covering notice that quotes what it forwards (现将…印发给你们; a 主送 above) takes no title from it", () => {
    const a = parseText("各辖市(区)减灾委员会:\n近日,国家减灾委员会办公室印发了《关于做好2022年全国防灾减灾日有关工作的通知》,现转发给你们。");
    expect(a.header.title).toBeNull();
    const b = parseText("经县政府同意,现将《明溪县防洪防台风应急预案(修订)》印发给你们,2012年9月印发的《明溪县防洪防台风应急预案》同时废止。");
    expect(b.header.title).toBeNull();
  });
  it("《通知》要求,一要… / 二要… / 三要…: the first item runs on after a comma, the next two open their lines", () => {
    const n = parseText("5月20日,市委办、市府办联合发出《关于切实做好当前强降雨天气防御工作的紧急通知》。\n为做好相关防御工作,《通知》要求,一要提高政治站位,强化思想认识。\n二要做好各项工作,严防灾害发生。\n三要严肃防汛纪律,确保责任落实。");
    expect(n.sections.map((s) => [s.marker, s.heading])).toEqual([["一要", "提高政治站位,强化思想认识"], ["二要", "做好各项工作,严防灾害发生"], ["三要", "严肃防汛纪律,确保责任落实"]]);
  });
});

describe("held-out r139: signatures glued to their date or wrapped under a national body's name, and a page's list of files", () => {
  it("东莞市卫生和计划生育局2016年4月20日 signs and dates; 附件:….pdf / ….pdf lists two files, not the same link twice", () => {
    const n = parseText("各镇街卫生行政管理部门:\n现将省卫生计生委通告转发给你们,请周知。\n附件:东卫函〔2016〕94号.pdf\n粤卫通〔2016〕4号.pdf\n东莞市卫生和计划生育局2016年4月20日");
    expect([n.signature?.issuer, n.signature?.date, n.attachments.map((a) => a.title)]).toEqual(["东莞市卫生和计划生育局", "2016-04-20", ["东卫函〔2016〕94号", "粤卫通〔2016〕4号"]]);
    const b = parseText("关于举办比赛的通知\n各单位:\n请报名。\n附件下载:比赛报名表.docx\n比赛报名表.docx\n雨花区总工会\n2019年9月1日");
    expect(b.attachments.map((a) => a.title)).toEqual(["比赛报名表"]);
  });
  it("国务院应对新型冠状病毒感染 / 疫情联防联控机制综合组 / (国家卫生健康委代章) / date: one organ signs, sealed on its behalf", () => {
    const n = parseText("关于印发防控指引的通知\n各省、自治区、直辖市:\n现印发给你们。\n国务院应对新型冠状病毒感染\n疫情联防联控机制综合组\n(国家卫生健康委代章)\n2022年12月26日");
    expect([n.signature?.issuer, n.signature?.date]).toEqual(["国务院应对新型冠状病毒感染疫情联防联控机制综合组", "2022-12-26"]);
  });
});

describe("held-out r143: an appended plan's years written otherwise than the notice cites them, a title's validity tag", () => {
  it("《…工作方案(2017-2020)》 cited, …工作方案 / (2017-2020年) printed: the plan is a part", () => {
    const n = parseText("关于印发丽水市全面深化河长制工作方案(2017-2020)的通知\n各县(市、区)人民政府:\n《丽水市全面深化河长制工作方案(2017-2020)》已经市政府同意,现印发给你们。\n丽水市人民政府办公室\n2017年5月2日\n丽水市全面深化河长制工作方案\n\n(2017-2020年)\n\n为全面深化我市河长制工作,制定本方案。\n一、总体要求\n坚持生态优先。");
    expect(n.parts.map((p) => [p.title, p.sections.length])).toEqual([["丽水市全面深化河长制工作方案(2017-2020年)", 1]]);
  });
  it("…的通知(已废止) is the title without the site's tag", () => {
    expect(parseText("木兰县人民政府关于印发实施方案的通知(已废止)\n各乡镇人民政府:\n现将方案印发给你们。").header.title).toBe("木兰县人民政府关于印发实施方案的通知");
  });
});

describe("held-out r141, r142: page furniture, spaced labels, joint committees and duty clauses of rural and business plans", () => {
  it("Hi,欢迎来到… / 免费注册 above a title, 分享 alone and a 来自: source line are furniture", () => {
    const a = parseText("Hi,欢迎来到惠企政策信息统一发布平台!\n免费注册\n\n大田县人民政府办公室关于促进经济开门稳若干措施的通知\n各乡镇人民政府:\n现将措施印发给你们。");
    expect([a.header.title, a.header.issuer]).toEqual(["大田县人民政府办公室关于促进经济开门稳若干措施的通知", "大田县人民政府办公室"]);
    const b = parseText("襄阳市人民政府关于印发行动方案的通知\n来自:襄阳市政府门户网站 时间:2018-11-22\n各县(市、区)人民政府,开发区管委会,市直各单位:\n现将方案印发给你们。");
    expect(b.header.recipients).toEqual(["各县(市、区)人民政府", "开发区管委会", "市直各单位"]);
    const c = parseText("山东省人民政府办公厅关于更名的通知\n各市人民政府:\n现将有关事项通知如下。\n山东省人民政府办公厅\n2019年1月3日\n山东省人民政府办公厅2019年1月3日印发\n分享");
    expect(c.printedBy?.organ).toBe("山东省人民政府办公厅");
  });
  it("名称 吴堡县人民政府关于… is a label and the title; an empty 有效性 takes no title below it as its value", () => {
    const a = parseText("索引号 123/2016-001 公开方式 主动公开\n名称 吴堡县人民政府关于印发搬迁工作实施方案的通知\n吴政发〔2016〕12号\n各乡镇人民政府:\n现将方案印发给你们。");
    expect([a.header.title, a.header.issuer]).toEqual(["吴堡县人民政府关于印发搬迁工作实施方案的通知", "吴堡县人民政府"]);
    const b = parseText("成文日期 2021-04-20 废止日期\n有效性\n2021年全县乡村振兴工作重点任务清单\n发布日期:2021-04-20 14:54\n一、巩固拓展脱贫攻坚成果\n保持帮扶政策总体稳定。");
    expect(b.header.title).toBe("2021年全县乡村振兴工作重点任务清单");
  });
  it("中共河北雄安新区工作委员会 / 河北雄安新区管理委员会 above the title: the working committee issues first", () => {
    const n = parseText("冀雄发〔2021〕3号\n中共河北雄安新区工作委员会\n河北雄安新区管理委员会\n关于印发乡村振兴规划的通知\n各县委、县政府:\n现将规划印发给你们。");
    expect(n.header.issuer).toBe("中共河北雄安新区工作委员会");
  });
  it("duty clauses: X牵头,Y等有关部门参加,各镇街落实; (市商务局,各县区、开发园区按职责分工负责); 责任处室〔单位〕: beside 牵头处室:", () => {
    const n = parseText("一、巩固拓展脱贫攻坚成果\n1.保持帮扶政策总体稳定。(县扶贫开发办牵头,县教育和体育局、县民政局等有关部门参加,各镇街落实)\n2.搭建创意平台。(市商务局,各县区、开发园区按职责分工负责)\n3.加强组织领导。(牵头处室:规划处;责任处室〔单位〕:各相关处室)");
    expect(n.tasks.map((t) => [t.lead, t.support])).toEqual([
      [["县扶贫开发办"], ["县教育和体育局", "县民政局", "各镇街"]],
      [["市商务局", "各县区", "开发园区"], []],
      [["规划处"], ["各相关处室"]],
    ]);
  });
});

describe("held-out r144: a wiki page's own title above its banner, the links to the documents around it", () => {
  it("…指挥部1号令 / 维基文库，自由的图书馆 / …(prev) / 制定机关:… / date / …指挥部2号令 (next): the title is 1号令, the body starts after the links", () => {
    const n = parseText("跳转到内容\n\n临海市疫情防控应急指挥部1号令\n\n维基文库,自由的图书馆\n致乡亲朋友们的一封公开信 临海市疫情防控应急指挥部1号令\n制定机关:临海市疫情防控应急指挥部\n2020年1月25日\n临海市疫情防控应急指挥部2号令\n来自临海市人民政府官方微信公众号\n\n为做好疫情防控应急工作,决定如下:\n一、成立疫情防控应急指挥部\n由市长任总指挥。");
    expect([n.header.title, n.sections.map((s) => s.marker)]).toEqual(["临海市疫情防控应急指挥部1号令", ["一、"]]);
  });
  it("a page that prints its title again below the banner keeps the title nearest the body", () => {
    const n = parseText("中共中央 國務院關於授予楊利偉同志榮譽稱號的決定\n維基文庫,自由的圖書館\n中共中央 國務院關於授予楊利偉同志榮譽稱號的決定\n2003年10月15日,我國首次載人航天飛行獲得圓滿成功。");
    expect(n.header.title).toBe("中共中央國務院關於授予楊利偉同志榮譽稱號的決定");
  });
});

describe("held-out r144: a headquarters' 防控组 signs with another organ", () => {
  it("市…指挥部办公室疫情防控组 / 深圳市卫生健康委员会 / date: a joint signature, the 防控组 first", () => {
    const n = parseText("各区疫情防控指挥部办公室:\n当前疫情防控形势严峻,现将有关事项通知如下。\n一、加强排查。\n市新型冠状病毒感染的肺炎疫情防控指挥部办公室疫情防控组\n深圳市卫生健康委员会\n2020年1月31日");
    expect(n.header.issuer).toBe("市新型冠状病毒感染的肺炎疫情防控指挥部办公室疫情防控组");
  });
});

describe("held-out r146, r148: more page furniture above a title", () => {
  it("a bar of site names (中国政府网 | 武汉市人民政府网), a news app's prompt (打开网易新闻 查看更多图片) and a site's name with its address (百度 www.…) open no title", () => {
    expect(parseText("中国政府网 | 武汉市人民政府网\n\n2021年全市农业农村工作要点\n一、稳定粮食生产\n抓好春耕。").header.title).toBe("2021年全市农业农村工作要点");
    expect(parseText("打开网易新闻 查看更多图片\n\n邓州市人民政府土地征收启动公告\n一、拟征收土地范围\n位于城区。").header.title).toBe("邓州市人民政府土地征收启动公告");
    expect(parseText("百度 www.tnmveo.icu\n国家税务总局深圳市税务局关于税收业务专用章式样有关问题的公告\n现将有关问题公告如下。").header.issuer).toBe("国家税务总局深圳市税务局");
  });
  it("two organs stacked above 关于… still open the title together", () => {
    const n = parseText("安康市公安局交通警察支队\n安康市住房和城乡建设局\n关于南环路实施交通管制的通告\n为保障工程顺利进行,现通告如下。");
    expect(n.header.title).toBe("安康市公安局交通警察支队安康市住房和城乡建设局关于南环路实施交通管制的通告");
  });
});

describe("held-out r147: a portal's metadata as a bulleted list", () => {
  it("• 所属类目: 区政府办公室文件 / • 体裁: 通知 / • 发文字号: … are metadata, no masthead and no title", () => {
    const n = parseText("上海市宝山区人民政府办公室关于印发《2022年实事项目》的通知\n  • 所属类目: 区政府办公室文件\n  • 体       裁: 通知\n  • 发文字号: 宝府办〔2022〕1号\n各街道办事处:\n现将《2022年实事项目》印发给你们。");
    expect([n.header.title, n.header.issuer, n.header.docNumber?.raw]).toEqual(["上海市宝山区人民政府办公室关于印发《2022年实事项目》的通知", "上海市宝山区人民政府办公室", "宝府办〔2022〕1号"]);
  });
});

describe("held-out r148: an announcement titled organ-first without 关于", () => {
  it("邓州市人民政府土地征收启动公告 names its issuer; a title that opens with 关于 names none by chance (关于南环路市委广场…方案)", () => {
    expect(parseText("邓州市人民政府土地征收启动公告\n一、拟征收土地范围\n位于城区。\n2022年3月1日").header.issuer).toBe("邓州市人民政府");
    expect(parseText("关于南环路市委广场改造实施方案\n一、工作目标\n完成改造。").header.issuer).toBeNull();
  });
});

describe("held-out r151: page metadata and furniture above a repeated header", () => {
  it("a normative document's registration fields (签署日期, 登记日期, 所属主题, 统一登记号) are metadata: the header below is read whole", () => {
    const n = parseText("关于印发《怀化市抗旱应急预案》的通知\n索引号:431200/2019-002760 文号:怀政办发〔2017〕12号 统一登记号:HHCR-2017-01006\n签署日期:2017-06-22 登记日期:2017-06-22 所属机构:怀化市人民政府办公室\n所属主题: 发文日期:2017-06-22 公开责任部门:怀化市人民政府办公室\n怀化市人民政府办公室\n关于印发《怀化市抗旱应急预案》的通知\n怀政办发〔2017〕12号\n各县市区人民政府,市直机关各单位:\n《怀化市抗旱应急预案》已经市人民政府同意,现印发给你们。\n怀化市人民政府办公室\n2017年6月6日");
    expect(n.header.recipients).toEqual(["各县市区人民政府", "市直机关各单位"]);
    expect(metadataPairs("签署日期:2017-06-22 登记日期:2017-06-22 所属机构:怀化市人民政府办公室")?.map(([l]) => l)).toEqual(["签署日期", "登记日期", "所属机构"]);
    expect(metadataPairs("颁布时间:2016-04-06 00:00:00.000 发文单位:国务院办公厅")?.map(([l]) => l)).toEqual(["颁布时间", "发文单位"]);
  });
  it("a page's 详细信息 tab and its long 公开具体内容 | ||||… cell are furniture: the flattened notice after them is the header's", () => {
    const body = "城委乡振组发〔2021〕3号 关于印发《城步县就业帮扶车间等专项行动实施方案》的通知 各乡镇(场)、县直和省市驻城各单位: 《城步县就业帮扶车间等专项行动实施方案》已经县委实施乡村振兴战略领导小组审定通过。现印发给你们,请认真抓好贯彻落实。 中共城步苗族自治县委实施乡村振兴战略领导小组 2021年9月3日 城步县就业帮扶车间专项行动实施方案 为全面落实省委省政府关于巩固脱贫攻坚成果助力乡村振兴的部署安排,发挥就业帮扶车间就近吸纳就业优势,帮助脱贫人口实现家门口就业。现结合工作实际,特制定本方案。 一、总体要求 按照“总量不减”“标准不降”的原则,抓牢抓实就业帮扶车间巩固提升。一是坚持车间“总量不减”。还没有就业帮扶车间的乡镇原则上到2021年底要创建一个以上帮扶车间。二是坚持建设“标准不降”。严格执行就业帮扶车间建设标准,努力扩大就业帮扶车间岗位供给量。";
    const n = parseText(`城步县就业帮扶车间 专项行动实施方案\n详细信息\n公开具体内容 | ${"|".repeat(200)}\n${body}`);
    expect([n.header.docNumber?.raw, n.header.title, n.header.issuer]).toEqual(["城委乡振组发〔2021〕3号", "关于印发《城步县就业帮扶车间等专项行动实施方案》的通知", "中共城步苗族自治县委实施乡村振兴战略领导小组"]);
  });
  it("a 代字 that holds 委 (城委乡振组发) is not an organ glued before a shorter one", () => {
    const body = "城委乡振组发〔2021〕3号 关于印发《城步县就业帮扶车间等专项行动实施方案》的通知 各乡镇(场)、县直各单位: 《城步县就业帮扶车间等专项行动实施方案》已经县委实施乡村振兴战略领导小组审定通过。现印发给你们,请认真抓好贯彻落实。 中共城步苗族自治县委实施乡村振兴战略领导小组 2021年9月3日 一、总体要求 按照“总量不减”“标准不降”的原则,抓牢抓实就业帮扶车间巩固提升,帮助人民群众实现家门口就业的目标,努力扩大就业帮扶车间岗位供给量,增加群众就地就业机会,持续激发就业帮扶车间活力。";
    const n = parseText(body);
    expect([n.header.docNumber?.raw, n.header.masthead]).toEqual(["城委乡振组发〔2021〕3号", null]);
  });
});

describe("held-out r152: issuers of joint, national and Traditional headers; a padded speaker", () => {
  it("two organs stacked above a Traditional title: the first is the issuer (中共邵陽縣委邵陽縣人民政府)", () => {
    expect(firstOfJoint("中共邵陽縣委邵陽縣人民政府")).toBe("中共邵陽縣委");
    expect(parseText("邵文〔2018〕6號\n中共邵陽縣委\n邵陽縣人民政府\n關于表彰2017年度文明單位的通報\n全縣各級各部門認真貫徹。").header.issuer).toBe("中共邵陽縣委");
  });
  it("a national body's work report titled organ-first names it (中国人民政治协商会议全国委员会常务委员会工作报告), the 委 of 委员会 ending nothing", () => {
    expect(parseText("中国人民政治协商会议全国委员会常务委员会工作报告\n各位委员:\n我代表常务委员会报告工作。").header.issuer).toBe("中国人民政治协商会议全国委员会常务委员会");
    expect(parseText("全国人民代表大会常务委员会工作报告\n各位代表:\n我代表常务委员会报告工作。").header.issuer).toBe("全国人民代表大会常务委员会");
    expect(parseText("全国森林防火工作方案\n一、目标\n减少火灾。").header.issuer).toBeNull();
  });
  it("a speaker's post and a two-character name padded to three (市人民检察院代检察长   万 强) is the report's author, no group heading", () => {
    const n = parseText("黄冈市人民检察院工作报告\n——在黄冈市第六届人民代表大会第一次会议上\n市人民检察院代检察长   万 强\n各位代表:\n现在,我代表市人民检察院向大会报告工作。\n一、围绕中心,服务大局\n内容。");
    expect(n.header.author).toBe("市人民检察院代检察长万强");
    expect(n.sections.map((s) => s.marker)).toEqual(["一、"]);
  });
});

describe("held-out r150: responsibility tables that lost their layout", () => {
  it("a table set apart by single spaces under a letter-spaced header (序号 工 作 任 务 牵头负责部门) gives one task per numbered row", () => {
    const n = parseText("2016年量化指标任务分工\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部");
    expect(n.tasks.map((t) => [t.seq, t.task, t.lead])).toEqual([
      ["1", "居民消费价格涨幅3%左右", ["发展改革委"]],
      ["2", "城镇新增就业1000万人以上", ["人力资源社会保障部"]],
      ["3", "安排财政赤字2.18万亿元,赤字率提高到3%", ["财政部"]],
    ]);
  });
  it("…its empty cells two spaces side by side and a wrapped cell's pieces joined back, the role columns read from the right", () => {
    const n = parseText("分解表\n序号 类别 主要任务 细化措施 牵头单位 参与单位\n1 加强水资源保 护 严守控制红线 实施水资源消耗总量和强度双控行动。 市水利局 市发展改革委\n2  严守用水 效率控制 红线 落实用水效率评估体系。 市水利局 市农业局\n3   抓好工业节水。 市工业和信息化委、水利局 市发展改革委");
    expect(n.tables[0]!.rows.map((r) => r[1])).toEqual(["加强水资源保护", "", ""]);
    expect(n.tasks.map((t) => [t.lead, t.support])).toEqual([[["市水利局"], ["市发展改革委"]], [["市水利局"], ["市农业局"]], [["市工业和信息化委", "水利局"], ["市发展改革委"]]]);
  });
  it("a pipe row shifted left by a merged cell (3.… | 各科室 | |) is aligned right; a cell of roles (办公室牵头,各科室配合) fits the role column", () => {
    const n = parseText("工作任务 | 具体要求 | 责任部门 |\n一、做好财政信息公开。 | 1.积极推进本中心预算公开。 | 财务科 |\n二、做好网站信息公开。 | 2.及时更新网站频道信息。 | 办公室 |\n3.及时反馈网民意见。 | 各科室 | |\n4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |");
    expect(n.tasks.map((t) => [t.seq, t.task, t.lead, t.support])).toEqual([
      ["1", "积极推进本中心预算公开。", ["财务科"], []],
      ["2", "及时更新网站频道信息。", ["办公室"], []],
      ["3", "及时反馈网民意见。", ["各科室"], []],
      ["4", "及时更新微信公众号信息。", ["办公室"], ["各科室"]],
    ]);
  });
});

describe("held-out r149: headings and notes of texts that lost their line breaks", () => {
  it("a heading whose line break became a space ends there (一、加强组织领导 市政府各位领导…); a number after the space is the sentence's own", () => {
    expect(splitHeading("加强组织领导 市政府各位领导同志及各有关部门和单位,要按照各自分工,进一步强化责任。").heading).toBe("加强组织领导");
    expect(splitHeading("陕西中试电力公司尚未整改到位欠款 4笔，涉及金额117.55万元。").heading).toBe("陕西中试电力公司尚未整改到位欠款 4笔，涉及金额117.55万元");
  });
  it("organs in brackets before an item's closing stop, two or more, are its lead (…增长11%(市发改委,市政府相关部门,荆州开发区)。); one may be an aside", () => {
    expect(findNotes("地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。").map((f) => f.note.lead)).toEqual([["市发改委", "市政府相关部门", "各县市区政府", "荆州开发区"]]);
    expect(findNotes("建立联席会议制度(市发改委)。")).toEqual([]);
  });
});

describe("held-out r149–r150: a task table as records; glossed metadata labels", () => {
  it("records whose column names stand each on a line above its value (具体任务 / … / 责任单位 / … / 完成时限 / …) are a table, one row per record", () => {
    const n = parseText("具体任务\n全面落实疫情防控措施,守好疫情防线。\n责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n完成时限\n1月底前完成\n具体任务\n举办同心县第四届运动会。\n责任单位\n文旅局\n配合单位\n教体局\n完成时限\n8月底前");
    expect(n.tasks.map((t) => [t.task, t.lead, t.support, t.deadline])).toEqual([
      ["全面落实疫情防控措施,守好疫情防线。", ["卫健局", "文旅局"], ["各乡镇"], "1月底前完成"],
      ["举办同心县第四届运动会。", ["文旅局"], ["教体局"], "8月底前"],
    ]);
  });
  it("…but a lone heading that names a column, its paragraph below, is no record", () => {
    const n = parseText("各单位:\n现通知如下。\n工作任务\n全面落实疫情防控措施。\n工作要求\n各单位要高度重视。");
    expect([n.tables.length, n.tasks.length]).toEqual([0, 0]);
  });
  it("a metadata label glossed with pinyin before its colon (發(fā)布機構: …) is read without the glosses", () => {
    expect(metadataPairs("發(fā)布機構: 貴池區(qū)杏花村街道辦事處 主題分類: 綜合政務")?.map(([l]) => l)).toEqual(["发布机构", "主题分类"]);
  });
});

describe("held-out r153–r156: page source, 代字, chrome and closing fields", () => {
  it("a page's source stored a paragraph a line (<DIV align=center>苍钱广电<B>〔2009〕1</B>号</DIV>) is read by the HTML walker", async () => {
    const src = ["<DIV align=center>苍钱广电<B>〔2009〕1</B>号</DIV>", "<DIV align=center>关于评选先进单位的通知</DIV>", "<DIV>各分站、各部办：</DIV>", "<DIV>现将有关事项通知如下：</DIV>", "<DIV>一、评选对象</DIV>", "<DIV>工作一年以上的干部职工。</DIV>"].join("\n");
    const n = await parseNotice(Buffer.from(src), { path: "page.txt" });
    expect([n.header.docNumber?.raw, n.header.title, n.sections[0]?.heading]).toEqual(["苍钱广电〔2009〕1号", "关于评选先进单位的通知", "评选对象"]);
  });
  it("a 代字 that brackets one character of its own (农机推(办)发〔2016〕79号) is one number", () => {
    expect(findDocNumber("农机推(办)发〔2016〕79号")?.value).toEqual({ raw: "农机推(办)发〔2016〕79号", prefix: "农机推(办)发", year: 2016, serial: 79 });
  });
  it("本文来源: and a breadcrumb of three steps or more (学习啦 > 范文 > 行政公文 > …) are page furniture above a title", () => {
    expect(parseText("关于召开站长会的预备通知\n本文来源: 农业机械化信息网\n农机推(办)发〔2016〕79号\n各省农机推广站:\n现将有关事宜通知如下。").header.docNumber?.raw).toBe("农机推(办)发〔2016〕79号");
    expect(parseText("学习啦 > 范文 > 行政公文 > 会议纪要\n关于推进合作的会议纪要\n一、原则同意\n各部门意见。").header.title).toBe("关于推进合作的会议纪要");
  });
  it("organs that share the work by their duties (…乡镇人民政府按职责分工分别负责) end before the words that say so", () => {
    expect(parseNote("责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。")?.lead).toEqual(["县政府办公室", "县司法局", "各有关部门", "乡镇人民政府"]);
  });
  it("an attachment's file named with its label and a download's copy number (1.附件1 …分配表(1).xlsx): the title without either", () => {
    const n = parseText("各镇:\n现将资金分配表印发给你们。\n附件:1.附件1 2021年项目奖补资金分配表(1).xlsx\n2.附件2 2021年绩效目标表.xlsx\n县农业农村局\n2021年5月8日");
    expect(n.attachments.map((a) => [a.label, a.title])).toEqual([["附件1", "2021年项目奖补资金分配表"], ["附件2", "2021年绩效目标表"]]);
  });
  it("a text cut inside an item run in after a label (重点检查:一是各地区组织各类) is cut: the item is left out", () => {
    const n = parseText("关于开展检查的通知\n各单位:\n现通知如下。\n(一)整改情况。\n重点检查:一是整改落实情况;二是自查自改情况。\n(二)舆论宣传情况。\n重点检查:一是各地区组织各类");
    expect(n.sections[1]!.children).toEqual([]);
    expect(n.diagnostics.some((d) => d.code === "text-truncated")).toBe(true);
  });
});

describe("held-out r156: a masthead run into its number", () => {
  it("江苏省教育厅办公室文件苏教办职[2011]3号 (glued) or with a space: the masthead names the issuer, the number starts after 文件", () => {
    for (const line of ["江苏省教育厅办公室文件苏教办职[2011]3号", "江苏省教育厅办公室文件 苏教办职[2011]3号"]) {
      const n = parseText(`${line}\n关于参加研究班的通知\n各市教育局:\n现将通知转发给你们。`);
      expect([n.header.issuer, n.header.docNumber?.raw, n.header.docNumber?.prefix]).toEqual(["江苏省教育厅办公室", "苏教办职[2011]3号", "苏教办职"]);
    }
  });
});

describe("held-out r158–r159: leaders named by group headings; spaced keyword labels", () => {
  it("a group heading that names a leader (一、于会游市长主抓重点工作) gives each task under it that leader", () => {
    const n = parseText("桐乡市人民政府办公室关于印发重点工作责任分解的通知\n各镇人民政府:\n现印发给你们。\n一、于会游市长主抓重点工作\n1.制定出台高质量发展政策体系。\n责任单位:财政局、发改局\n2.全面落实减负政策。\n责任单位:发改局、经信局\n二、王建平副市长牵头重点工作\n3.推进城市更新。\n责任单位:建设局");
    expect(n.tasks.map((t) => [t.seq, t.leader, t.lead[0]])).toEqual([["1", "于会游", "财政局"], ["2", "于会游", "发改局"], ["3", "王建平", "建设局"]]);
  });
  it("a spaced keyword label alone with its value (主题词 水利、水务) is metadata above a title", () => {
    expect(parseText("索引号 01526292-7-/2019-0327002 发布机构 龙陵县镇安镇人民政府\n主题词 水利、水务\n镇安镇全面贯彻落实湖长制的实施方案\n一、总体要求\n加强保护。").header.title).toBe("镇安镇全面贯彻落实湖长制的实施方案");
  });
});

describe("held-out r158: a document site's dump on one line", () => {
  it("its blurb label run into the document (文档介绍:龙府发〔2009〕23号成都市…的通知…) stands apart: the header is the document's", () => {
    const body = "文档介绍:龙府发〔2009〕23号成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知各街道办事处、镇(乡)人民政府,区政府有关部门:为全面贯彻落实市委全会精神,深入实施城乡统筹科学发展总体战略,加快灾后重建步伐,增加投资、扩大内需,充分发挥重大项目对经济社会发展的支撑和导向作用,经区政府研究,决定对十陵景区项目等9个重大项目予以重点推进。各街镇(乡)、区政府有关部门要明确牵头责任人,细化工作措施。";
    const n = parseText(body);
    expect([n.header.docNumber?.raw, n.header.title]).toEqual(["龙府发〔2009〕23号", "成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知"]);
  });
  it("a 印发 line that keeps only 印 after its date (…办公室2009年5月14日印(共印30份)) is the 印发 line, no signature", () => {
    const n = parseText("成都市龙泉驿区人民政府关于重点推进重大项目的通知\n各街道办事处:\n现通知如下。\n抄送:区委办,区人大办。\n成都市龙泉驿区人民政府办公室2009年5月14日印");
    expect([n.printedBy?.organ, n.printedBy?.date, n.signature]).toEqual(["成都市龙泉驿区人民政府办公室", "2009-05-14", null]);
  });
});

describe("held-out r162–r164: duties that close an item's sentence; attachments named after the date", () => {
  it("…,由民政局负责落实。 closes the item's sentence: its lead, the localities (属地) beside an organ apart", () => {
    const n = parseText("关于加强防控的通知\n各单位:\n现通知如下。\n1.取消2月2日结婚登记办理,由民政局负责落实。\n2.严格落实交通管制各项措施,由属地和市公安局负责落实。");
    expect(n.tasks.map((t) => [t.task, t.lead])).toEqual([["取消2月2日结婚登记办理,由民政局负责落实", ["民政局"]], ["严格落实交通管制各项措施,由属地和市公安局负责落实", ["属地", "市公安局"]]]);
  });
  it("a role label after a comma at the item's end (1.农村道路畅通工程,牵头部门:市交通局。) is the item's note", () => {
    const n = parseText("关于民生工程进展情况的通报\n各县区:\n现通报如下。\n1.农村道路畅通工程,牵头部门:市交通局。\n2.农村饮水安全巩固提升工程,牵头部门:市水利局。");
    expect(n.tasks.map((t) => [t.task, t.lead])).toEqual([["农村道路畅通工程", ["市交通局"]], ["农村饮水安全巩固提升工程", ["市水利局"]]]);
  });
  it("附件: alone after the 成文日期, the title below it, is the 附件说明 when none stands before the signature", () => {
    const n = parseText("锡林郭勒盟行政公署关于表彰奖励的决定\n各旗县:\n行署决定予以表彰。\n二○○九年二月十六日\n附件:\n全盟文化体育工作先进地区名单\n锡林浩特市");
    expect(n.attachments.map((a) => [a.label, a.title])).toEqual([["附件", "全盟文化体育工作先进地区名单"]]);
  });
});

describe("organ lists: a lone character", () => {
  it("stays inside its group only when it is a level or an organ's kind (各县、市、区, 各委、办、局, 各镇、街); a cut's 示范区、高 separates", () => {
    expect(splitOrgans("各县、市、区科协")).toEqual(["各县、市、区科协"]);
    expect(splitOrgans("市直各委、办、局,各开发区管委会")).toEqual(["市直各委、办、局", "各开发区管委会"]);
    expect(splitOrgans("城乡一体化示范区、高")).toEqual(["城乡一体化示范区", "高"]);
  });
});

describe("held-out r161–r162: a 关于 line that ends in a 文种's word; an order numbered in brackets", () => {
  it("关于分解落实2019年市政府工作报告 / 主要目标任务的通知: the title goes on past 报告 to the line that closes with 的通知", () => {
    const n = parseText("盐城市人民政府办公室\n关于分解落实2019年市政府工作报告\n主要目标任务的通知\n各县(市、区)人民政府:\n2019年是关键之年。");
    expect([n.header.title, n.header.issuer]).toEqual(["盐城市人民政府办公室关于分解落实2019年市政府工作报告主要目标任务的通知", "盐城市人民政府办公室"]);
    // (a whole 关于…的报告 stays one line's title)
    expect(parseText("关于2019年工作情况的报告\n各位代表:\n现将情况报告如下。").header.title).toBe("关于2019年工作情况的报告");
  });
  it("an order titled by its organ and its number in brackets (洪湖市疫情防控指挥部(17号令)) names the organ", () => {
    expect(parseText("洪湖市疫情防控指挥部(17号令)\n各乡镇区办:\n现发布命令如下。").header.issuer).toBe("洪湖市疫情防控指挥部");
  });
});

describe("held-out r165–r168: more page furniture; a form's empty fields", () => {
  it("a date with the page's source and counter after it (2019-03-18 信息来源:市政府办公室 阅读量:) and a site's two names set apart by a dash (法搜网--中国法律信息搜索网) are furniture", () => {
    expect(parseText("2019-03-18 信息来源:市政府办公室 阅读量:\n通辽市人民政府办公室\n关于印发分工方案的通知\n各旗县市区人民政府:\n现印发给你们。").header.issuer).toBe("通辽市人民政府办公室");
    expect(parseText("法搜网--中国法律信息搜索网\n武汉市人民政府办公厅转发工作方案的通知\n各区人民政府:\n现转发给你们。").header.issuer).toBe("武汉市人民政府办公厅");
  });
  it("a form's row of empty fields (单位: 联系人: 联系电话: 日期:) assigns no duty to 单位", () => {
    expect(findNotes("单位: 联系人: 联系电话: 日期:")).toEqual([]);
    expect(findNotes("省应急厅：应急避难设施建设等相关工作迎查资料。").map((f) => f.note.lead)).toEqual([["省应急厅"]]);
  });
});

describe("a flattened table's group row standing where a row's leading cell would", () => {
  it("is kept as a row of its own, its text not lost (一、认真抓好工作落实 before 2 in a table whose first column precedes 序号)", () => {
    // (the header names no 序号: the numbers show where it stands, after the first column)
    const cells = ["工作任务", "具体要求", "责任科室", "时限要求", "做好公开", "1", "依法办理政府信息公开申请。", "各科室", "持续推进", "一、认真抓好工作落实", "2", "制定并公开重点任务清单。", "办公室", "持续推进", "加强宣传", "3", "积极参加约稿活动。", "各科室", "持续推进"];
    const n = parseText(cells.map((c) => `${c}\n|`).join("\n"));
    expect(JSON.stringify(n)).toContain("认真抓好工作落实");
  });
});

describe("held-out r166: an organ named for its programme in quotes", () => {
  it("文成县公共服务“七优享”工程工作专班办公室 signs as an organ; a quoted word that opens a line does not make one", () => {
    expect(isOrganLine("文成县公共服务“七优享”工程工作专班办公室")).toBe(true);
    expect(isOrganLine("“七优享”工程工作专班办公室")).toBe(false);
    const n = parseText("【七优享】关于印发学有优教专项实施方案的通知\n各乡镇人民政府:\n现印发给你们。\n文成县公共服务“七优享”工程工作专班办公室\n2023年5月10日");
    expect(n.header.issuer).toBe("文成县公共服务“七优享”工程工作专班办公室");
  });
});

describe("held-out r160: people given an item's work", () => {
  it("…,此项工作由延洪全同志负责 names the owner; 由汤宝安同志牵头,胡连琼和李育林两位同志负责 the leader and two owners", () => {
    const n = parseText("关于加强宣传工作的实施方案\n一、宣传内容\n1、报刊宣传,要求每周有一篇报道在县以上报刊发表,此项工作由延洪全同志负责,东、西校区政教处督办。\n2、信息上报,每周编发一期专题简报,此项工作由汤宝安同志牵头,胡连琼和李育林两位同志负责。");
    expect(n.tasks.map((t) => [t.leader, t.owner])).toEqual([[null, "延洪全"], ["汤宝安", "胡连琼、李育林"]]);
  });
});

describe("held-out r169: a joint notice of many ministries", () => {
  it("a title naming eighteen organs before its 关于 is the title, measured from 关于; the first organ issues; 审计署 and 总署 are organs, 部署 is not", () => {
    const organs = "生态环境部、国家发展和改革委员会、工业和信息化部、公安部、司法部、财政部、自然资源部、住房和城乡建设部、交通运输部、水利部、农业农村部、商务部、审计署、国家市场监督管理总局、国家能源局、国家林业和草原局、最高人民法院、最高人民检察院";
    const n = parseText(`${organs}关于印发《关于推动职能部门做好生态环境保护工作的意见》的通知\n(环督察〔2022〕58号)\n各省、自治区、直辖市人民政府,新疆生产建设兵团:\n现印发给你们,请结合实际认真贯彻落实。`);
    expect(n.header.title).toBe(`${organs}关于印发《关于推动职能部门做好生态环境保护工作的意见》的通知`);
    expect(n.header.issuer).toBe("生态环境部");
    expect(isOrganLine("审计署")).toBe(true);
    expect(isOrganLine("海关总署")).toBe(true);
    expect(isOrganLine("工作部署")).toBe(false);
  });
});

describe("held-out r169: a forum's anti-copy junk (Discuz's jammer)", () => {
  const junk = (s: string) => jammerRuns(s).map(([a, b]) => s.slice(a, b));
  it("runs of six or more one- and two-character ASCII tokens, symbols and letters among them, are junk; a sentence's own stop and a marker's bracket stay with the text", () => {
    expect(junk("关于印发紧密型城市医疗集团试点城市名单的通知( _8 M1 x* {3 N# y1 D9 w")).toEqual(["( _8 M1 x* {3 N# y1 D9 w"]);
    expect(junk(") m9 s. G4 T3 T3 H国家疾控局综合司* j- l, J: F+ X: x& u c' e( h j( c")).toEqual([") m9 s. G4 T3 T3 H", "* j- l, J: F+ X: x& u c' e( h j( c"]);
    expect(junk("现将有关事宜通知如下:8 A\" t: k; s$ ?( U( H; k& j")).toEqual(["8 A\" t: k; s$ ?( U( H; k& j"]);
    expect(junk(": K3 s7 | h5 \\2 N. H& u (一)舉辦表彰大會。")).toEqual([": K3 s7 | h5 \\2 N. H& u"]);
    expect(junk("座談會。) s. o3 ?- ]# M, k% t0 X(三)舉辦")).toEqual([") s. o3 ?- ]# M, k% t0 X"]);
  });
  it("numbers, letters, a URL or an English phrase set apart by spaces are no junk", () => {
    expect(junk("1 2 3 4 5 6 7 8")).toEqual([]);
    expect(junk("A B C D E F G H")).toEqual([]);
    expect(junk("Powered by Discuz! X3.4 © 2001-2017 Comsenz Inc.")).toEqual([]);
    expect(junk("见 http://www.gov.cn/a/b.htm 第 1 页 共 2 页")).toEqual([]);
    expect(junk("- - - - - - - -")).toEqual([]);
    expect(junk("座位 A1 B2 C3 D4 E5 F6")).toEqual([]);
  });
  it("is removed before the lines are read, each run reported with its line and column: the title, 发文字号 and items are read", () => {
    const n = parseText("关于印发试点城市名单的通知( _8 M1 x* {3 N# y1 D9 w\n国卫办医政函〔2023〕199号/ G; t3 d8 f* N* I# ~\n各地卫生健康委:\n现将名单印发给你们。\n: K3 s7 | h5 \\2 N. H& u (一)加强组织领导。各地要重视。\n_7 ?5 q+ \\4 c4 c. N6 x (二)做好宣传。");
    expect(n.header.title).toBe("关于印发试点城市名单的通知");
    expect(n.header.docNumber?.raw).toBe("国卫办医政函〔2023〕199号");
    expect(n.sections.map((s) => s.marker)).toEqual(["(一)", "(二)"]);
    expect(n.sections[0]!.column).toBe(25);
    expect(n.diagnostics.filter((d) => d.code === "jammer-removed").map((d) => [d.line, d.column])).toEqual([[1, 14], [2, 17], [5, 1], [6, 1]]);
  });
  it("is removed from a page's paragraphs too (HTML), reported with its line", async () => {
    const n = await parseNotice(Buffer.from("<html><body>\n<p>关于印发试点城市名单的通知( _8 M1 x* {3 N# y1 D9 w</p>\n<p>各地卫生健康委:</p>\n<p>现将名单印发给你们。</p>\n</body></html>"), { path: "x.html" });
    expect(n.header.title).toBe("关于印发试点城市名单的通知");
    expect(n.diagnostics.filter((d) => d.code === "jammer-removed").map((d) => d.line)).toEqual([2]);
  });
  it("a 主送 of 各省、自治区、直辖市… run into the body's first sentence is read as the 主送", () => {
    const n = parseText("关于印发试点城市名单的通知\n国卫办医政函〔2023〕199号\n各省、自治区、直辖市卫生健康委、财政厅(局):根据《关于开展试点工作的通知》要求,现将名单印发给你们。\n国家卫生健康委办公厅\n2023年5月6日");
    expect(n.header.recipients.join("、")).toBe("各省、自治区、直辖市卫生健康委、财政厅(局)");
  });
});

describe("held-out r173: joint notices of ministries on their pages", () => {
  it("a column of five to twelve signing organs right under the 附件说明 is the signature; the same column under the body's text stays a list", () => {
    const organs = "\n环境保护部\n北京市人民政府\n天津市人民政府\n河北省人民政府\n山西省人民政府\n山东省人民政府\n河南省人民政府";
    expect(parseText(`关于印发规定的通知\n北京市人民政府:\n现予印发。\n附件:规定${organs}\n2017年8月28日`).signature?.issuer).toBe("环境保护部、北京市人民政府、天津市人民政府、河北省人民政府、山西省人民政府、山东省人民政府、河南省人民政府");
    expect(parseText(`关于印发规定的通知\n北京市人民政府:\n现予印发。${organs}\n2017年8月28日`).signature?.issuer).toBeNull();
  });
  it("a site's logo left as a line (农机通logo) is furniture; a byline's organs and its date set apart (…办公厅 2022年10月09日) are not the title's first line; organs set apart by spaces before 关于 open a joint title", () => {
    const n = parseText("农机通logo\n\n农业农村部等五部门联合印发《建设国家农业绿色发展先行区实施方案》\n\n农业农村部办公厅国家发展改革委办公厅 生态环境部办公厅中国人民银行办公厅 中华全国供销合作总社办公厅 2022年10月09日\n\n农业农村部办公厅 国家发展改革委办公厅 生态环境部办公厅 中国人民银行办公厅 中华全国供销合作总社办公厅关于印发《建设国家农业绿色发展先行区 促进农业现代化示范区全面绿色转型实施方案》的通知\n\n各省、自治区、直辖市农业农村(农牧)厅(局、委):\n\n推进农业绿色全面转型是促进农业高质量发展的必然要求。");
    expect(n.header.title).toBe("农业农村部办公厅国家发展改革委办公厅生态环境部办公厅中国人民银行办公厅中华全国供销合作总社办公厅关于印发《建设国家农业绿色发展先行区促进农业现代化示范区全面绿色转型实施方案》的通知");
    expect(n.header.issuer).toBe("农业农村部办公厅");
    expect(n.diagnostics.some((d) => d.code === "header-line-skipped" && d.message.includes("农机通logo"))).toBe(true);
  });
});

describe("held-out r177: a portal's metadata with its labels glued to their values", () => {
  it("two pairs or more a line, set apart by spaces, one at least checked (发文字号 a 发文字号, 发文单位 an organ); a body line of label words is none", () => {
    expect(metadataPairs("发文单位黄石市人民政府办公室 发文字号黄政办发〔2021〕1号")).toEqual([["发文单位", "黄石市人民政府办公室"], ["发文字号", "黄政办发〔2021〕1号"]]);
    expect(metadataPairs("效力状态有效 主题分类")).toEqual([["效力状态", "有效"], ["主题分类", ""]]);
    expect(metadataPairs("名称解释如下 标题很长")).toBeNull();
    expect(metadataPairs("发文单位黄石市人民政府办公室 发文字号请见附件")).toBeNull();
    const n = parseText("关于印发2021年市政府重点工作责任分解的通知\n\n时间:2021-02-25\n\n文件名称关于印发2021年市政府重点工作责任分解的通知 文件类型黄政办发\n发文单位黄石市人民政府办公室 发文字号黄政办发〔2021〕1号\n发文日期2021-02-25 10:02:04 发布日期2021-02-25 10:02:04\n效力状态有效 主题分类\n\n大冶市、阳新县、各区人民政府,市政府各部门:\n\n现将《2021年市政府重点工作责任分解》印发给你们。");
    expect(n.header.docNumber?.raw).toBe("黄政办发〔2021〕1号");
    expect(n.header.recipients.join("、")).toBe("大冶市、阳新县、各区人民政府、市政府各部门");
  });
});

describe("held-out r183: a department's share of a task table, one cell a line", () => {
  it("keeps the larger table's row numbers (3 / 68 / 69) and the groups it has no row in: every row a task, every group a row", () => {
    const cells = ["序号", "重点工作任务", "主要责任单位", "协同配合单位", "一、2025年经济社会发展的主要预期目标", "3", "固定资产投资增长7.5%左右。", "区发改委", "区工信局、区住建局", "二、全力以赴扩投资、优服务,筑牢经济增长根基", "三、全力以赴延链条、壮集群,构建现代产业体系", "六、全力以赴惠民生、增福祉,加快社会事业发展", "68", "持续推进学前教育普及普惠。", "区教育局", "区政府有关部门", "69", "深化与海亮集团合作,积极引进优质教育资源。", "区教育局", "区投资促进中心。"];
    const n = parseText("谯城区教育局2025年政府工作报告重点工作任务分解表\n\n" + cells.join("\n\n"));
    expect(n.tasks.map((t) => [t.seq, t.lead])).toEqual([["3", ["区发改委"]], ["68", ["区教育局"]], ["69", ["区教育局"]]]);
    expect(JSON.stringify(n.tables)).toContain("三、全力以赴延链条、壮集群,构建现代产业体系");
  });
});

describe("held-out r184: a headline's number joined to its title by a colon; a view counter left empty", () => {
  it("互政办函〔2023〕223号:互助…的通知 is the number and the title; 浏览:[]次 is furniture, the header reads on to the 主送", () => {
    const n = parseText("索 引 号:hzxrmzfbgs/2023-00079  发文字号:\n 发布机构:互助县人民政府办公室  公文时效:\n互政办函〔2023〕223号:互助土族自治县人民政府办公室关于转发攻坚战行动实施方案的通知\n浏览:[]次\n\n互政办函〔2023〕223号\n\n互助土族自治县人民政府办公室\n\n关于转发攻坚战行动实施方案的通知\n\n各乡镇人民政府、高寨街道办事处,县政府有关部门:\n\n现转发给你们,请认真贯彻执行。");
    expect(n.header.title).toBe("互助土族自治县人民政府办公室关于转发攻坚战行动实施方案的通知");
    expect(n.header.docNumber?.raw).toBe("互政办函〔2023〕223号");
    expect(n.header.recipients.join("、")).toBe("各乡镇人民政府、高寨街道办事处、县政府有关部门");
  });
});

describe("held-out r174: a document site's running header and footer", () => {
  it("精选优质文档-----倾情为你奉上 and 专心---专注---专业 are removed wherever they stand, on their own lines or glued to a one-line text, each reported", () => {
    const n = parseText("精选优质文档-倾情为你奉上 2018年春节期间安全生产工作方案 各乡、镇人民政府,街道、办事处,县直各有关部门: 为切实做好2018年春节期间安全生产工作,确保全县安全生产形势稳定,特制定本方案。一、加强领导,严格落实安全责任。各乡镇要高度重视。");
    expect(n.header.title).toBe("2018年春节期间安全生产工作方案");
    const m = parseText("关于做好春节期间安全生产工作的通知\n各乡镇人民政府:\n为切实做好安全生产工作,现通知如下。\n专心---专注---专业\n精选优质文档-----倾情为你奉上\n一、加强领导\n各乡镇要高度重视。");
    expect(m.sections.map((s) => s.heading)).toEqual(["加强领导"]);
    expect(m.diagnostics.filter((d) => d.code === "running-header-removed").map((d) => d.line)).toEqual([4, 5]);
    expect(JSON.stringify(m.preamble)).not.toContain("专注");
  });
});

describe("held-out r188: an announcement numbered by its year; a Traditional title's organ", () => {
  it("海关总署公告2017年第26号 names its organ, and so does the title written in Traditional script (海關總署公告2017年第26號), given as written", () => {
    expect(leadingOrgan("海关总署公告2017年第26号")).toBe("海关总署");
    expect(leadingOrgan("国家税务总局公告2018年第31号")).toBe("国家税务总局");
    expect(leadingOrgan("海關總署公告2017年第26號")).toBe("海關總署");
    expect(leadingOrgan("海關總署公告2017年第26號(關于進一步簡化經港澳中轉貨物原產地管理要求的公告)")).toBe("海關總署");
    expect(parseText("海關總署公告2017年第26號\n根據《中華人民共和國海關法》,現將有關事項公告如下:\n一、本公告自發布之日起施行。").header.issuer).toBe("海關總署");
  });
});

describe("held-out r171: a site's hotline and its call to follow it above the notice", () => {
  it("a telephone number alone (18983288589), or after a desk's name (合作发展部: 0551-64652619), and 关注官方微信… are furniture: the title below is read alone", () => {
    const n = parseText("免费客服电话\n\n18983288589\n试用企业版\n\n山西省药品监督管理局 关于印发2021年工作报告任务分解和各领域工作安排的通知\n\n各市市场监督管理局:\n\n现印发给你们。");
    expect(n.header.title).toBe("山西省药品监督管理局关于印发2021年工作报告任务分解和各领域工作安排的通知");
    expect(n.header.issuer).toBe("山西省药品监督管理局");
    const m = parseText("公司總部\n電話:027-87056280\n郵箱:sales1@whsylt.com\n地址:武漢市洪山區佳園路高科大廈1178號\n2月7日,湖北省生態環境廳發布《2023年全省生態環境工作要點》,安排27項重點工作。\n2023年全省生態環境工作要點\n2023年是開局之年。\n一、總體要求與主要目標\n以習近平新時代。");
    expect(m.header.title).toBe("2023年全省生態環境工作要點");
  });
});

describe("held-out r176: a page's address glued before its metadata", () => {
  it("http://….html发文字号 鄠政发〔2021〕1号 发布日期 … is the metadata's line: the number read, the 主送 below it", () => {
    const n = parseText("西安市鄠邑区人民政府关于撤销祖庵等6个镇建制设立相应街道的批复\nhttp://www.xahy.gov.cn/zwgk/zfwj/qzfwj/601f495ef8fd1c2073f3da12.html发文字号 鄠政发〔2021〕1号 发布日期 2021-02-07 09:54\n祖庵、渭丰、涝店、甘河、蒋村、石井镇人民政府:\n你们申请的撤镇设街道工作已经批准同意,现就有关事宜批复如下:");
    expect(n.header.docNumber?.raw).toBe("鄠政发〔2021〕1号");
    expect(n.header.recipients.join("、")).toBe("祖庵、渭丰、涝店、甘河、蒋村、石井镇人民政府");
  });
});

describe("held-out r180: a site's footer below a notice flattened to one line", () => {
  it("registration numbers (粤ICP备05022886号, 粤公网安备 44142602000113号) and letter-spaced credits (主 办:…) are furniture: the one line is the notice, cut into its parts", () => {
    const body = "平府公〔2020〕5号 根据《中华人民共和国土地管理法》第四十五条有关规定,为公共利益需要,需征收大柘镇岭下等村属下集体经济组织的部分土地。现将拟征收土地有关事项公告如下: 一、拟征收土地范围:大柘镇岭下村和平、红岭经济合作社,梅东村建设经济合作社,面积约为23.5公顷。 二、征收目的:用于城镇建设,保障县城发展需要,推进项目落地实施。 三、自本征收土地启动公告发布之日起,由平远县人民政府相关部门对拟征地范围内的土地权属开展土地现状调查。请各相关单位和个人相互转告,并予以配合。 特此公告。 平远县人民政府 2020年6月3日";
    const n = parseText(`${body}\n\n\n主 办:平远县人民政府办公室 ICP备案:粤ICP备05022886号 网站标识码:4414260001\n承 办:平远县政务服务和数据管理局\n粤公网安备 44142602000113号\n网站标识码:4414260001`);
    expect(n.header.docNumber?.raw).toBe("平府公〔2020〕5号");
    expect(n.signature?.date).toBe("2020-06-03");
    expect(n.sections.map((s) => s.marker)).toEqual(["一、", "二、", "三、"]);
  });
});

describe("held-out r173/r174: a page's filing line; a 主送 below a headline", () => {
  it("栏目:工作计划发布:2021-05-29浏览:2808下载269次收藏 is furniture: the header reads on to the 主送", () => {
    const n = parseText("关于开展村庄清洁行动夏季战役的通知\n\n栏目:工作计划发布:2021-05-29浏览:2808下载269次收藏\n\n关于开展村庄清洁行动夏季战役的通知\n\n各县(市)区改善农村人居环境工作领导小组办公室:\n\n为深入推进工作,现通知如下。");
    expect(n.header.recipients).toEqual(["各县(市)区改善农村人居环境工作领导小组办公室"]);
  });
  it("a 主送 line (有关省、自治区、直辖市教育厅…:) does not continue the headline above it; a 主送 wrapped mid-name (…,自治 / 区人民政府各部门…:) is joined", () => {
    const n = parseText("中国专项规划支持中西部高等教育发展\n\n2013年05月23日 15:13\n实施“中西部教师教育创新计划”,支持部属师范大学与中西部师范院校组成教师教育联盟\n\n有关省、自治区、直辖市教育厅(教委)、发展改革委、财政厅(局),新疆生产建设兵团教育局、发展改革委、财务局:\n\n  为振兴中西部高等教育,教育部制定了《中西部高等教育振兴计划(2012—2020年)》,现印发给你们,请认真贯彻执行。");
    expect(n.header.recipients.join("、")).toBe("有关省、自治区、直辖市教育厅(教委)、发展改革委、财政厅(局)、新疆生产建设兵团教育局、发展改革委、财务局");
    const m = parseText("新疆维吾尔自治区人民政府关于加快发展的意见\n新政发〔2020〕1号\n伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治\n区人民政府各部门、各直属机构:\n现提出如下意见。");
    expect(m.header.recipients).toContain("自治区人民政府各部门");
  });
});

describe("held-out r187: a supervision bulletin's masthead and title", () => {
  it("an issue number alone (第11期) is the series', no title; a title about a situation (…关于对…项目的 / 督查情况) is the title though no 文种 ends it", () => {
    const n = parseText("第11期\n市委市政府督查局 2016年5月24日\n市委市政府督查局\n关于对1—4月份市级领导分包重大项目的\n督查情况\n根据有关要求,市委市政府督查局组成联合督查组,对重大项目进展情况进行了督查。");
    expect(n.header.title).toBe("市委市政府督查局关于对1—4月份市级领导分包重大项目的督查情况");
    expect(parseText("第11期\n关于做好防汛工作的通知\n各乡镇:\n现通知如下。").header.title).toBe("关于做好防汛工作的通知");
  });
});

describe("held-out r182: a news headline read as the title", () => {
  it("中辦國辦印發《關於做好…工作的通知》 stands for the document it reprints: the quoted name is the title; an official title that issues one (…关于印发《…》的通知) is kept whole", () => {
    const n = parseText("您當前的位置: 首頁 > 資訊中心 > 正文\n\n中辦國辦印發《關於做好2024年元旦春節期間有關工作的通知》\n\n新華社北京12月25日電 近日,中共中央辦公廳、國務院辦公廳印發了《關於做好2024年元旦春節期間有關工作的通知》。全文如下:\n\n2024年是中華人民共和國成立75周年。各地區各部門要做好工作。\n\n一、關心關愛困難群眾,做好救助幫扶工作\n要做好救助。");
    expect(n.header.title).toBe("關於做好2024年元旦春節期間有關工作的通知");
    expect(n.header.docType).toBe("通知");
    expect(n.diagnostics.find((d) => d.code === "title-quoted")?.line).toBe(3);
    expect(parseText("市政府办公室关于印发《2024年工作要点》的通知\n各区人民政府:\n现印发给你们。").header.title).toBe("市政府办公室关于印发《2024年工作要点》的通知");
  });
});

describe("held-out r188: a headline that exclaims", () => {
  it("is a news page's, never a notice's title (就在明天 | 漳州大规模演练!请不要惊慌......): the organ and 关于 lines below are the title", () => {
    const n = parseText("就在明天 | 漳州大规模演练!请不要惊慌......\n\n发布一下 0 0\n就在明天 | 漳州大规模演练!请不要惊慌......\n\n漳州市公安局巡特警支队\n\n关于开展警务演练的通告\n\n\n为持续深化平安漳州建设,漳州市公安局巡特警支队拟于近期开展拉动演练。现将有关事项通告如下:\n\n一、演练时间\n\n2022年4月28日。");
    expect(n.header.title).toBe("漳州市公安局巡特警支队关于开展警务演练的通告");
    expect(n.header.issuer).toBe("漳州市公安局巡特警支队");
  });
});

describe("held-out r173: a central notice flattened to one line, its 主送 naming 计划单列市", () => {
  const line = "关于2016-2020年新能源汽车推广应用 财政支持政策的通知 财建[2015]134号 各省、自治区、直辖市、计划单列市财政厅(局)、科技厅(局、科委)、工业和信息化主管部门、发展改革委: 新能源汽车推广应用工作实施以来,销售数量快速增加,产业化步伐不断加快。现将有关事项通知如下:";
  it("计划 in 计划单列市 ends no title; the 主送 right after the number stands apart from the body", () => {
    const n = parseText(line);
    expect(n.header.title).toBe("关于2016-2020年新能源汽车推广应用财政支持政策的通知");
    expect(n.header.docNumber?.raw).toBe("财建[2015]134号");
    expect(n.header.recipients).toContain("计划单列市财政厅(局)");
    expect(n.header.recipients).toContain("发展改革委");
  });
  it("the same in Traditional script (自治區, 直轄市, 計劃單列市 read folded)", () => {
    const n = parseText("關于2016-2020年新能源汽車推廣應用 財政支持政策的通知 財建[2015]134號 各省、自治區、直轄市、計劃單列市財政廳(局)、科技廳(局、科委)、工業和信息化主管部門、發展改革委: 新能源汽車推廣應用工作實施以來,銷售數量快速增加,産業化步伐不斷加快。現將有關事項通知如下:");
    expect(n.header.docType).toBe("通知");
    expect(n.header.recipients).toContain("計劃單列市財政廳(局)");
  });
  it("计划生育 and 规划局 in a 主送 end no title either", () => {
    const n = parseText("关于做好2010年流动人口服务工作的通知 各市人口和计划生育局、自然资源和规划局: 为做好流动人口服务管理工作,进一步提高服务水平,切实维护流动人口合法权益,促进社会和谐稳定,根据省政府有关要求,结合我省实际,现将有关事项通知如下。一、加强组织领导。各地要高度重视。二、强化工作措施。各地要抓好落实。");
    expect(n.header.title).toBe("关于做好2010年流动人口服务工作的通知");
    expect(n.header.recipients).toEqual(["各市人口和计划生育局", "自然资源和规划局"]);
  });
});

describe("held-out r190: a news repost hands over with the name it gave the notice", () => {
  it("《意见》全文如下: is the repost's line, not the title's first line", () => {
    const n = parseText("上海确保零就业家庭至少1人就业【快讯】\n\n今天,上海市人民政府发布《关于做好本市当前和今后一个时期稳就业工作的意见》,出台多条举措。\n\n《意见》全文如下:\n\n上海市人民政府关于做好本市当前和今后一个时期稳就业工作的意见\n\n各区人民政府,市政府各委、办、局:\n\n为深入贯彻落实党中央决策部署,现就做好稳就业工作提出意见如下:\n\n一、充分认识就业工作的严峻性\n\n就业是最大的民生。");
    expect(n.header.title).toBe("上海市人民政府关于做好本市当前和今后一个时期稳就业工作的意见");
    expect(n.header.issuer).toBe("上海市人民政府");
  });
});

describe("held-out r189: a page's task table printed a cell a line, each row opening with its bar", () => {
  const text = "| 2025年度区民政局重点工作任务分解 |\n| 序号 |\n责任单位 |\n考核指标 |\n监督方式 |\n实施部门 |\n完成时限 |\n| 1 |\n区民政局 |\n按月完成临时救助的审核确认工作,及时足额发放临时救助金。 |\n区民政局办公室0558-5130002 |\n低保中心 |\n2025年12月底 |\n| 2 |\n区民政局 |\n指导乡镇按月完成城乡低保对象的动态调整工作。 |\n区民政局办公室0558-5130002 |\n低保中心 |\n2025年12月底 |\n";
  it("| 1 | / 区民政局 | / … reads as rows; 考核指标 names the task, 实施部门 beside 责任单位 the units under it", () => {
    const n = parseText(text);
    expect(n.tasks.map((t) => t.task)).toEqual(["按月完成临时救助的审核确认工作,及时足额发放临时救助金。", "指导乡镇按月完成城乡低保对象的动态调整工作。"]);
    expect(n.tasks[0]!.lead).toEqual(["区民政局"]);
    expect(n.tasks[0]!.support).toEqual(["低保中心"]);
    expect(n.tasks[0]!.deadline).toBe("2025年12月底");
  });
  it("the table's one-cell caption row is the title without its bars", () => {
    expect(parseText(text).header.title).toBe("2025年度区民政局重点工作任务分解");
  });
  it("a 实施单位 column alone names the lead", () => {
    const n = parseText("序号\t工作任务\t实施单位\t完成时限\n1\t按月完成临时救助的审核确认工作。\t区民政局\t2025年12月底\n2\t完成城乡低保对象的动态调整工作。\t区民政局\t2025年6月底\n");
    expect(n.tasks[0]!.lead).toEqual(["区民政局"]);
  });
});

describe("held-out r191: line breaks lost inside a central bank's notice", () => {
  it("a heading run on into its first sub-item (一、扩大…主体（一）非金融企业…) opens the sub-item at its marker when （二） opens a paragraph below", () => {
    const n = parseText("中国人民银行关于加快发展外汇市场有关问题的通知\n各分行:\n为加快发展外汇市场，现就有关问题通知如下：\n一、扩大即期外汇市场交易主体（一）非金融企业符合以下条件的，可以申请会员资格：\n1．上年度经常项目跨境外汇收支25亿美元以上；\n2．具有2名以上从事外汇交易的专业人员。\n（二）非银行金融机构符合以下条件的，可以申请会员资格。\n二、增加外汇市场询价交易方式（一）在银行间外汇市场引入询价交易系统。\n（二）采取询价交易方式的会员应当在双边授信基础上进行交易。\n");
    expect(n.sections.map((s) => s.heading)).toEqual(["扩大即期外汇市场交易主体", "增加外汇市场询价交易方式"]);
    expect(n.sections[0]!.children.map((c) => c.marker)).toEqual(["（一）", "（二）"]);
    expect(n.sections[0]!.children[0]!.children.length).toBe(2);
    // (a sentence's own （一） after a pause stays in the sentence)
    const m = parseText("关于做好工作的通知\n各单位:\n现通知如下：\n一、总体要求，按照（一）项规定执行。\n（二）另行通知。\n二、工作措施\n");
    expect(m.sections[0]!.heading).not.toBe("总体要求");
  });
  it("the first signing organ run on into the 附件说明 line stands apart, and the date run on after the last organ below it", () => {
    const n = parseText("关于发布《商业银行开办代客境外理财业务管理暂行办法》的通知\n各分行:\n现将有关事项通知如下。请遵照执行。\n附件：商业银行开办代客境外理财业务管理暂行办法中国人民银行\n中国银行业监督管理委员会          国家外汇管理局二〇〇六年四月十七日\n商业银行开办代客境外理财业务管理暂行办法\n第一章 总 则\n第一条 为规范商业银行业务，制定本办法。");
    expect(n.attachments.map((a) => a.title)).toEqual(["商业银行开办代客境外理财业务管理暂行办法"]);
    expect(n.signature?.issuer).toBe("中国人民银行、中国银行业监督管理委员会、国家外汇管理局");
    expect(n.signature?.date).toBe("2006-04-17");
  });
  it("(held-out r196) …set apart from the title by the space a lost line break left, the date alone below it", () => {
    const n = parseText("湖南省人民政府关于表彰全省“三难地”绿化攻坚先进集体和先进个人的决定\n各市州人民政府:\n为了表彰先进,省人民政府决定授予永州市林业局等10个单位称号。\n附件:全省“三难地”绿化攻坚先进集体和先进个人名单 湖南省人民政府\n二00三年七月十六日\n全省“三难地”绿化攻坚先进集体和先进个人名单\n一、全省“三难地”绿化攻坚先进集体\n永州市林业局\n");
    expect(n.attachments.map((a) => a.title)).toEqual(["全省“三难地”绿化攻坚先进集体和先进个人名单"]);
    expect(n.signature?.issuer).toBe("湖南省人民政府");
  });
});

describe("held-out r195: a county's standing-meeting minutes (常务会议纪要)", () => {
  const text = "上高县人民政府(常 务)会议\n记录摘要\n上 高 县 人 民 政 府 办 公 室 二O一O年四月六日\n上高县人民政府第32次常务会议纪要\n3月24日,县长刘平主持召开了县人民政府第32次常务会议。现将会议主要内容纪要如下:\n一、关于2010年县本级财政支出预算\n会议原则同意2010年县本级财政支出预算,请县财政局按会议讨论意见作进一步修改完善,由常务副县长刘军生审核把关。\n二、关于推进2010年重点项目建设意见\n议定:原则同意《关于推进2010年重点项目建设的意见》,请县发改委按会议讨论意见作进一步修改完善。\n";
  it("the office's issuing line, letter-spaced with a date in Chinese numerals, is no title line; the meeting's organ issues", () => {
    const n = parseText(text);
    expect(n.header.title).toBe("上高县人民政府第32次常务会议纪要");
    expect(n.header.issuer).toBe("上高县人民政府");
  });
  it("a decision that asks an organ to act (…,请县财政局按会议讨论意见…) names the item's owner", () => {
    const n = parseText(text);
    expect(n.tasks.map((t) => [t.task, t.lead])).toEqual([["关于2010年县本级财政支出预算", ["县财政局"]], ["关于推进2010年重点项目建设意见", ["县发改委"]]]);
  });
  it("a request to every unit (会议要求,请各责任单位做好…) names no owner", () => {
    const n = parseText("关于召开推进会的纪要\n一、关于工作推进\n会议要求,请各责任单位做好相关任务认领,认真抓好贯彻落实。\n");
    expect(n.tasks).toEqual([]);
  });
});

describe("held-out r194: speeches and reports reprinted on news pages", () => {
  it("a newspaper e-paper's page label, zoom tools and bar, and a server's error page, are no title lines", () => {
    const n = parseText("第2版:新闻\n     \n404 Not Found\n\nnginx\n标题导航\n  推进义务教育均衡发展 加快中原崛起河南振兴\n返回本版首页 | 版面导航 | 标题导航  \n2012年11月06日\n放大 缩小 默认\n  推进义务教育均衡发展 加快中原崛起河南振兴\n河南省人民政府副省长 徐济超\n近年来,我省义务教育事业取得了长足进步。\n一是加快推进学校标准化建设。\n二是加强教师队伍建设。\n");
    expect(n.header.title).toBe("推进义务教育均衡发展加快中原崛起河南振兴");
  });
  it("a headline's compact date in brackets (…工作报告(20230224)) is no part of the title", () => {
    const n = parseText("2023年西安市政府工作报告(20230224)\n\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2022年工作回顾\n2022年是极不平凡的一年。\n");
    expect(n.header.title).toBe("2023年西安市政府工作报告");
  });
});

describe("held-out r199: a Word 版头 letter-spaced on a portal's page", () => {
  it("the masthead (福  州  市 … 文  件) and the number (榕 晋 妇 [ 2 0 1 6 ] 3 号) are read without their spaces, under the page's tools (加大字体 缩小字体 收藏 打印)", () => {
    const n = parseText("晋安区妇联关于纪念2016年“三八”国际劳动妇女节的通知\n\n来源:晋安区人民政府办公室 发布时间: 2016-03-01 16:40\n加大字体 缩小字体 收藏 取消收藏 打印\n\n      福  州  市  晋  安  区  妇  女  联  合  会  文  件\n\n\n                          榕 晋 妇 [ 2 0 1 6 ] 3 号\n\n ______________________________________________\n\n晋安区妇联关于纪念2016年“三八”国际劳动妇女节的通知\n\n各乡镇(街)妇联、各妇委会(妇工委):\n\n现将有关事项通知如下:\n\n一、明确活动主题\n\n各单位要精心组织。\n");
    expect(n.header.docNumber?.raw).toBe("榕晋妇[2016]3号");
    expect(n.header.issuer).toBe("福州市晋安区妇女联合会");
    expect(n.header.title).toBe("晋安区妇联关于纪念2016年“三八”国际劳动妇女节的通知");
  });
});

describe("held-out r198: a task list of three task-like columns, each merged over the rows of the next", () => {
  it("工作目标 | 工作内容 | 工作措施 | 责任单位: the last names each row's task, the one before it groups the rows", () => {
    const n = parseText("2025年县食品安全重点工作任务清单\n| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n| 一、加大食品安全突出问题治理力度 | (一)强化源头治理 | 1.加强农用地土壤重金属污染源头防控。 | 县生态环境分局 | 2025年11月底前 |\n| 2.持续开展农药科学施用增效、兽药使用减量行动。 | 县农业农村局 | 2025年11月底前 |\n| (二)严控农兽药残留超标 | 3.深入开展重点问题品种药物残留突出问题攻坚治理。 | 县农业农村局 | 2025年11月底前 |\n");
    expect(n.tasks.map((t) => t.task)).toEqual(["加强农用地土壤重金属污染源头防控。", "持续开展农药科学施用增效、兽药使用减量行动。", "深入开展重点问题品种药物残留突出问题攻坚治理。"].map((x) => expect.stringContaining(x.slice(0, 12))));
    expect(n.tasks.map((t) => t.lead)).toEqual([["县生态环境分局"], ["县农业农村局"], ["县农业农村局"]]);
  });
});

describe("a site's validity tag alone on its line", () => {
  it("(已失效) under the number is furniture, skipped and quoted — not a title cleaned to nothing and lost", () => {
    // (a line of the page above the title run into it: the title is lost, the tag below the number must not be)
    const n = parseText("要点:围绕大航空发展,推动航空产业发展等落实情况;围绕\n关于印发2018年度省政府重点督查\n事项的通知\n川办函〔2018〕48号 2018年5月23日\n(已失效)\n各市(州)人民政府,省政府各部门:\n现印发你们,请认真贯彻落实。\n");
    expect(n.diagnostics.some((d) => d.message.includes("(已失效)") && d.line === 5)).toBe(true);
  });
});

describe("held-out r201: a notice whose body was flattened to one line below its title and 主送", () => {
  it("the 主送 set apart from its own line's text is no paragraph more: the body is still cut at its items and closing", () => {
    const n = parseText("关于2022年3月份河长履职情况的通报\n|\n各乡镇人民政府、街道办事处,乐清经济开发区管委会: 现将3月份河长履职情况通报如下: 一、考核总体情况 根据《温州市县、乡级河(湖)长履职评价细则》统计,全市县、乡二级河长平均得分82.42,优秀率34.96%,不合格率19.65%。 二、河长巡河分数情况 1.平均分排名前三的单位是湖雾镇、智仁乡、磐石镇。平均分低于75分的单位是仙溪镇、柳市镇、南岳镇。 2. 各级河长优秀率达到100%的是湖雾镇、智仁乡。部分镇街河长不合格率偏高。 三、问题上报及处理情况 问题上报率较低的镇街是柳市镇、乐清经开区、南岳镇、城东街道、乐成街道。处理率偏低的是南塘镇、乐成街道、城东街道。 乐清市治水办(河长办) 2022年4月25日 |\n");
    expect(n.sections.map((s) => s.heading)).toEqual(["考核总体情况", "河长巡河分数情况", "问题上报及处理情况"]);
    expect(n.sections[1]!.children.length).toBe(2);
    expect(n.signature?.date).toBe("2022-04-25");
  });
});

describe("held-out r202: a page's stamp labelled 文章发布日期", () => {
  it("文章发布日期:2023-03-08来源:… between the title and the 主送 is the page's: the 主送 is read", () => {
    const n = parseText("广州市财政局关于转下达补助资金的通知\n\n文章发布日期:2023-03-08来源:广州市财政局\n\n市卫生健康委,各区财政局:\n\n根据有关文件,现将资金下达你们。");
    expect(n.header.recipients).toEqual(["市卫生健康委", "各区财政局"]);
  });
});

describe("held-out r204: a portal's metadata as a numbered list of bracketed labels", () => {
  it("1. [主題分類] … 10. [文件來源] … (empty labels too) is the page's metadata, not the notice's items: the header below it is read", () => {
    const n = parseText("政務公開 > 政策公開 > 政策文件\n  1. [主題分類] 衛生、體育/體育\n  2. [發文機構] 國務院辦公廳\n  3. [聯合發文單位]\n  4. [實施日期]\n  5. [成文日期] 2019-09-04\n  6. [發文字號] 國辦發〔2019〕43號\n  7. [廢止日期]\n  8. [發佈日期] 2019-09-17\n  9. [有效性]\n  10. [文件來源] 政府公報 年 第期(總第期)\n\n國務院辦公廳關於促進全民健身和體育消費推動體育産業高品質發展的意見\n\n國辦發〔2019〕43號\n\n各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:\n\n  體育産業發揮著不可替代的作用。\n\n  一、深化“放管服”改革,釋放發展潛能\n\n  (一)深化全國性單項體育協會改革。各協會主辦的體育賽事活動資源向社會開放。\n");
    expect(n.header.docNumber?.raw).toBe("國辦發〔2019〕43號");
    expect(n.header.title).toBe("國務院辦公廳關於促進全民健身和體育消費推動體育産業高品質發展的意見");
    expect(n.sections.map((s) => s.marker)).toEqual(["一、"]);
  });
});

describe("held-out r201: an item whose heading opens with a numeral, 一、二级河长…", () => {
  const lines = ["关于2022年3月份河长履职情况的通报", "各乡镇人民政府、街道办事处,乐清经济开发区管委会:", "现将3月份河长履职情况通报如下:", "一、二级河长履职考核总体情况", "根据《温州市县、乡级河(湖)长履职评价细则》统计,全市县、乡二级河长平均得分82.42,优秀率34.96%,不合格率19.65%。", "二、河长巡河分数情况", "平均分排名前三的单位是湖雾镇、智仁乡、磐石镇。平均分低于75分的单位是仙溪镇、柳市镇、南岳镇。", "三、问题上报及处理情况", "问题上报率较低的镇街是柳市镇、乐清经开区、南岳镇、城东街道、乐成街道。处理率偏低的是南塘镇、乐成街道、城东街道。", "乐清市治水办(河长办)", "2022年4月25日"];
  it("is item 一 when 二、 is the list's next marker below — on its own line or in a body run on to one line", () => {
    for (const text of [lines.join("\n"), `${lines.slice(0, 2).join("\n")}\n${lines.slice(2).join(" ")}`]) {
      const n = parseText(text);
      expect(n.sections.map((s) => s.heading)).toEqual(["二级河长履职考核总体情况", "河长巡河分数情况", "问题上报及处理情况"]);
    }
  });
  it("but 一、二年级 with no 二、 after it, or glued to the text before it, stays numerals listed", () => {
    expect(parseText("关于开展活动的通知\n各学校:\n一、二年级学生参加。\n请认真组织。").sections).toEqual([]);
    const n = parseText("关于开展活动的通知\n各学校:\n一、活动对象\n一、二年级学生参加。\n二、活动时间\n五月。");
    expect(n.sections.map((s) => s.heading)).toEqual(["活动对象", "活动时间"]);
  });
});

describe("held-out r206: a portal's metadata table with its cells' borders lost, labels and pairs run together", () => {
  it("发布机构…发文日期2022-04-27 / 文    号厅头〔2022〕723号效力状态有效 / 文件名称… are read as metadata: the number is read, the title is not the table", () => {
    const n = parseText("关于公布2022年第一批城市建设领域省级试点的通知\n\n发布时间:2022-04-28 来源:湖北省住建厅-政策文件\n索 引 号01104325X/2022-14728分    类城乡建设(含住房)\n发布机构湖北省住房和城乡建设厅发文日期2022-04-27\n文    号厅头〔2022〕723号效力状态有效\n文件名称关于公布2022年第一批城市建设领域省级试点的通知\n\n\n各市、州、直管市和神农架林区住(城)建局:\n\n现将试点予以公布。\n\n湖北省住房和城乡建设厅\n\n2022年4月27日\n");
    expect(n.header.docNumber?.raw).toBe("厅头〔2022〕723号");
    expect(n.header.title).toBe("关于公布2022年第一批城市建设领域省级试点的通知");
  });
  it("a label met inside a value is no label unless its value is what it calls for; a body line opening with a label's word is no metadata", () => {
    expect(metadataPairs("文件名称关于印发文号管理办法的通知")).toEqual([["文件名称", "关于印发文号管理办法的通知"]]);
    expect(metadataPairs("发布机构湖北省住房和城乡建设厅发文日期2022-04-27")).toEqual([["发布机构", "湖北省住房和城乡建设厅"], ["发文日期", "2022-04-27"]]);
    expect(metadataPairs("文件名称关于分类推进工作的通知")).toEqual([["文件名称", "关于分类推进工作的通知"]]);
    expect(metadataPairs("分类指导各地开展工作")).toBeNull();
    expect(metadataPairs("发布机构改革方案的通知")).toBeNull();
  });
});

describe("held-out r206: a headline with its 发文字号 after the title, in square brackets or set apart by a space", () => {
  it("…的答复[浙交建〔2018〕101号] below a breadcrumb line is the title and the number, not a line run on into the breadcrumb", () => {
    const n = parseText("3234综合信息/col/col1676887/index.html政务公开/col/col1676949/index.html提案办理/col/col1676951/index.html\n\n关于省十三届人大一次会议温36号建议的答复[浙交建〔2018〕101号]\n\n2018-07-11 09:01    信息来源:浙江省交通运输厅   字号:[ 大 中 小 ]   访问次数:\n\n\n蓝德云代表:\n\n您在省十三届人大一次会议上提出的建议收悉。经研究,现答复如下:\n\n感谢您对我省交通运输工作的关心和支持。\n\n浙江省交通运输厅\n\n2018年7月11日\n");
    expect(n.header.title).toBe("关于省十三届人大一次会议温36号建议的答复");
    expect(n.header.docNumber?.raw).toBe("浙交建〔2018〕101号");
    expect(n.header.recipients).toEqual(["蓝德云代表"]);
  });
  it("but a title's last words wrapped with the number (的通知 豫政〔2023〕10号) are no whole title", () => {
    expect(numberAfterTitle("关于开展安全检查的通知 浙交建〔2018〕101号")).toBe(true);
    expect(numberAfterTitle("的通知 豫政〔2023〕10号")).toBe(false);
    expect(numberAfterTitle("关于开展安全检查的通知浙交建〔2018〕101号")).toBe(false);
  });
});

describe("held-out r207: a page's link to the notice itself under its signature", () => {
  it("附件:農漁發〔2018〕32號.CEB below the date, the 附件说明 read above, is no attachment and opens no part", () => {
    const n = parseText("農業農村部關於授予示範縣稱號的通知\n\n各省級漁業主管部門:\n\n現授予浙江省湖州市吳興區等10個縣稱號(名單見附件)。\n\n附件:農業農村部漁業健康養殖示範縣(第四批)名單\n\n農業農村部\n\n2018年12月27日\n\n附件:農漁發〔2018〕32號.CEB\n\n本作品是中華人民共和國的法律法規。\n");
    expect(n.attachments.map((a) => a.title)).toEqual(["農業農村部漁業健康養殖示範縣(第四批)名單"]);
    expect(n.parts).toEqual([]);
    expect(n.diagnostics.some((d) => d.message.includes("農漁發〔2018〕32號.CEB") && d.line === 13)).toBe(true);
  });
});

describe("held-out r210: a news repost that quotes a notice with no title, its number then its 主送", () => {
  it("记者…获悉,…发布了关于…的批复。具体如下: / 沪府〔2023〕49号 / 上海市国资委: — the lead is the page's, the number and 主送 are read", () => {
    const n = parseText("(相关资料图)\n\n大皖新闻讯 9月8日,记者从上海市人民政府官网获悉,上海市人民政府发布了关于同意组建上海交易集团有限公司的批复。具体如下:\n\n沪府〔2023〕49号\n\n上海市国资委:\n\n沪国资委〔2023〕24号文收悉。经研究,上海市政府同意组建上海交易集团有限公司。\n\n特此批复。\n\n上海市人民政府2023年9月5日\n");
    expect(n.header.docNumber?.raw).toBe("沪府〔2023〕49号");
    expect(n.header.recipients).toEqual(["上海市国资委"]);
  });
});

describe("held-out r212: an item whose line breaks after a comma", () => {
  it("4.值班人员原则上不允许随意调整,确因工作需要调整的, / 要将…报镇办公室。 is one item: no heading ends on a comma", () => {
    const n = parseText("关于做好2018年防汛值班工作的通知\n各村:\n1.镇领导要高度重视防汛值班工作。\n2.值班人员原则上不允许随意调整,确因工作需要调整的,\n要将调整后的名单及时报镇防汛抗旱领导小组办公室。带班领导外出期间要安排其他领导履行其值班职责。\n3.其他事项另行通知。");
    expect(n.sections.map((s) => s.heading)).toEqual(["镇领导要高度重视防汛值班工作", "值班人员原则上不允许随意调整,确因工作需要调整的,要将调整后的名单及时报镇防汛抗旱领导小组办公室", "其他事项另行通知"]);
  });
});

describe("held-out r205: a gazette's imprint as table rows of a label and its value", () => {
  it("网 址: | www… | / 印 刷: | … | above the organ line and 关于… are the page's rows, not the title's first lines", () => {
    const n = parseText("编辑出版: | 黔南布依族苗族自治州人民政府办公室 |\n主管单位: | 黔南布依族苗族自治州人民政府 |\n网 址: | www.qiannan.gov.cn/ztzl/qnzzfgb/index.html |\n印 刷: | 黔南印务发行有限责任公司 |\n黔南州人民政府办公室\n关于印发健康黔南行动实施方案的通知\n各县(市)人民政府,州政府各部门:\n《健康黔南行动实施方案》已经州人民政府同意,现印发给你们。\n黔南州人民政府办公室\n2020年5月20日\n");
    expect(n.header.title).toBe("黔南州人民政府办公室关于印发健康黔南行动实施方案的通知");
    expect(isLabelledRow("印 刷: | 黔南印务发行有限责任公司 |")).toBe(true);
    expect(isLabelledRow("| 1 | 县民政局 |")).toBe(false);
  });
});

describe("held-out r215: reports of 人大, 政协 and 检察院 as pages print them", () => {
  it("an occasion and speaker printed twice are both read: the repeat is no group heading of the report", () => {
    const n = parseText("甘肃省人民检察院工作报告\n——2022年1月18日在甘肃省第十三届人民代表大会第六次会议上\n甘肃省人民检察院检察长朱玉\n——2022年1月18日在甘肃省第十三届人民代表大会第六次会议上\n甘肃省人民检察院检察长朱玉\n各位代表:\n现在,我代表省人民检察院向大会报告工作,请予审议。\n2021年工作回顾\n2021年是具有里程碑意义的一年。\n一、强化政治引领,确保检察工作正确方向\n坚持党的绝对领导。\n二、服务大局\n护航发展。");
    expect(n.sections.map((s) => s.heading)).toEqual(["2021年工作回顾"]);
    expect(n.header.author).toContain("朱玉");
  });
  it("an unnumbered part heading (2021年工作回顾, 过去五年工作回顾) holds the 一、二、 below it though the next part is cut off", () => {
    const n = parseText("余姚市人民代表大会常务委员会工作报告\n各位代表:\n现在,我代表市人大常委会向大会报告工作,请予审议。\n过去五年工作回顾\n五年来,常委会坚持党的领导。\n一、强化政治统领,着力保障党委决策部署落实\n常委会始终坚持。\n二、聚焦中心大局\n常委会围绕。");
    expect(n.sections.map((s) => [s.heading, s.children.map((c) => c.heading)])).toEqual([["过去五年工作回顾", ["强化政治统领,着力保障党委决策部署落实", "聚焦中心大局"]]]);
    expect(REPORT_PART_HEADING.test("2022年工作安排")).toBe(true);
    expect(REPORT_PART_HEADING.test("加强工作回顾")).toBe(false);
  });
  it("各位委员: under a 通知 is its 主送 (a report's 称谓 it is not); a poster's name then 发表时间: is the page's", () => {
    const n = parseText("关于征集市政协十三届二次会议提案的通知\n\nadmin    发表时间:2017-12-04    浏览次数:3726  次\n各位委员:\n  市政协十三届二次会议定于今年12月15日举行。现将有关事宜通知如下:\n  一、充分认识提案工作的重要性。");
    expect(n.header.recipients).toEqual(["各位委员"]);
    expect(parseText("市人大常委会工作报告\n各位代表:\n现在,我代表常委会报告工作。").header.recipients).toEqual([]);
  });
});

describe("held-out r214: a document site's name of the file above the title it prints", () => {
  it("潍坊政务公开工作要点实施方案 / 潍坊市2017年政务公开工作要点实施方案: two prints of one title ending alike, not one title broken after a noun 文种", () => {
    const n = parseText("潍坊政务公开工作要点实施方案\n潍坊市2017年政务公开工作要点实施方案\n一、以政务公开助力稳增长\n(一)加强预期引导\n围绕我市经济社会发展形势,及时宣传解读。");
    expect(n.header.title).toBe("潍坊市2017年政务公开工作要点实施方案");
  });
});

describe("held-out r208: a page's time stamp with its column after it", () => {
  it("2023-02-23 01:42:29 政府报告 is the page's, not the title (which it would be, ending in 报告)", () => {
    const n = parseText("您现在的位置是: 首页 > 专题材料 > 政府报告\n\n临颍县2023年政府工作报告\n\n2023-02-23 01:42:29 政府报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2022年工作回顾\n2022年是极不平凡的一年。");
    expect(n.header.title).toBe("临颍县2023年政府工作报告");
  });
});

describe("held-out r211: a 主送 run on into a first sentence that opens with the name of what it sends", () => {
  it("各省、自治区、直辖市人民政府,国务院各部委、各直属机构:《深化…任务》已经国务院同意,… — the 主送 stands apart", () => {
    const n = parseText("国办发〔2022〕14号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:《深化医药卫生体制改革2022年重点工作任务》已经国务院同意,现印发给你们,请结合实际,认真组织实施。\n国务院办公厅\n2022年5月4日");
    expect(n.header.recipients).toEqual(["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"]);
    expect(gluedAddressees("各科室:《通知》已经研究同意,现印发给你们。")).toBeGreaterThan(0);
  });
});

describe("held-out r206: a site's footer printed one short word a line at the text's end", () => {
  it("免费 / 试用 / 登录 / 注册 / … / 返回 / 顶部 after the signature is the page's: skipped and quoted, no word of the notice", () => {
    const n = parseText("关于公布2022年第一批城市建设领域省级试点的通知\n\n各市、州住建局:\n\n现将试点予以公布。\n\n附件:2022年第一批城市建设领域省级试点\n\n湖北省住房和城乡建设厅\n\n2022年4月27日\n\n免费\n试用\n登录\n注册\n服务\n热线\n返回\n顶部\n");
    expect(n.signature?.issuer).toBe("湖北省住房和城乡建设厅");
    expect(n.diagnostics.filter((d) => d.code === "web-chrome-skipped").map((d) => d.line)).toEqual([13, 14, 15, 16, 17, 18, 19, 20]);
    // (a list of short words that names no site tool stays: 一 / 二 / 三 / 四 is no footer)
    expect(parseText("关于开展活动的通知\n各单位:\n活动分组如下。\n甲组\n乙组\n丙组\n丁组\n").diagnostics.some((d) => d.code === "web-chrome-skipped")).toBe(false);
  });
});

describe("held-out r216: a task table that marks the leading unit with ★ under a 分管市长 column", () => {
  it("★财政局、税务局: 财政局 leads, 税务局 supports; the 分管市长 cell names the leader", () => {
    const n = parseText("平湖市2025年一季度重点工作完成情况\n分管市长 | 序号 | 主要工作任务 | 一季度重点工作完成情况 | 责任单位 |\n周军波 | 1 | 一般公共预算收入增长2.5%。 | 1-3月份全市一般公共预算收入完成37.58亿元。 | ★财政局、税务局 |\n");
    expect(n.tasks.map((t) => [t.lead, t.support, t.leader])).toEqual([[["财政局"], ["税务局"], "周军波"]]);
    expect(cellOrgans("★市府办、市政府各部门、各镇街道")).toEqual({ lead: ["市府办"], support: ["市政府各部门", "各镇街道"] });
    expect(fieldOf("分管副县长")).toBe("leader");
  });
});

describe("held-out r218: a site's validity tag before a headline's number and title", () => {
  it("(已废止)微政办字〔2019〕24号 关于印发…的通知 | is the number and the title, the tag the site's", () => {
    const n = parseText("当前位置:首页 |\n|\n(已废止)微政办字〔2019〕24号 关于印发微山县重污染天气应急预案的通知 |\n||||||\n各乡、镇人民政府,各街道办事处,县政府各部门:\n《微山县重污染天气应急预案》已经县政府同意,现印发给你们,请认真组织实施。\n");
    expect(n.header.docNumber?.raw).toBe("微政办字〔2019〕24号");
    expect(n.header.title).toBe("关于印发微山县重污染天气应急预案的通知");
  });
});

describe("held-out r217: 通告 and 公告 as forums and spam-laden mirrors print them", () => {
  it("a title run on into the body's first sentence (…通行的公告为有效预防…) is the title and the body, two lines", () => {
    const n = parseText("4月20日起!怀远部分路段,这些车型限时段禁止通行!\n2022-4-11 16:36\n关于禁止重中型货车在禹都大道部分路段通行的公告为有效预防道路交通事故发生,经研究,决定对禹都大道部分路段实行限时段禁止通行。现将有关事项公告如下:\n一、禁行车型\n重中型货车。\n二、禁行时间\n每天7时至22时。");
    expect(n.header.title).toBe("关于禁止重中型货车在禹都大道部分路段通行的公告");
    expect(titleThenBody("关于印发方案的通知为进一步加强管理,现印发。")).toBe(9);
    expect(titleThenBody("关于印发方案的通知,为进一步加强管理,现印发。")).toBe(-1);
  });
  it("a line of a site's spam, a name then its http address, is furniture: no title's first line", () => {
    const n = parseText("时间:2022/1/4来源:本站原创作者:佚名\n北京专科痤疮医院 http://pf.39.net/bdfyy/bdflx/210312/8740647.html\n\n清丰县人民政府\n\n关于实施机动车限行交通管理措施的通告\n\n为积极应对当前大气环境严峻形势,决定实施机动车限行。\n");
    expect(n.header.title).toBe("清丰县人民政府关于实施机动车限行交通管理措施的通告");
  });
});

describe("held-out r202: a notice whose Markdown export must read back the same", () => {
  it("the page's 发布日期, 索引号 and 主题分类 the header carries go into the front matter and come back from it", async () => {
    const { toMarkdown } = await import("../src/export/markdown.js");
    const n = parseText("广州市财政局关于转下达补助资金的通知\n\n文章发布日期:2023-03-08来源:广州市财政局\n\n市卫生健康委,各区财政局:\n\n根据有关文件,现将资金下达你们。\n\n广州市财政局\n\n2023年3月3日\n");
    expect(n.header.publishedDate).toBe("2023-03-08");
    const back = parseText(toMarkdown(n));
    expect(back.header.publishedDate).toBe("2023-03-08");
  });
  it("a bare 附件: above the 附件说明's own 附件：1.… line opens no part: the list is the attachments", () => {
    const n = parseText("关于下达资金的通知\n各区财政局:\n现将资金下达你们。\n附件:\n附件：1.广东省财政厅关于下达资金的通知\n2.资金分配表\n3.绩效目标表\n");
    expect(n.parts).toEqual([]);
    expect(n.attachments.map((a) => a.title)).toEqual(["广东省财政厅关于下达资金的通知", "资金分配表", "绩效目标表"]);
  });
});

describe("held-out r196, r204: notices flattened to one line that the one-line cutter read wrong", () => {
  it("一、 over a roster of names set apart by spaces, then 二、: the roster is no sentence, 二、 is the next item", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../fixtures/r196-hunan-2003-province-decision-signing-organ-set-apart-after-attachment-line.txt", import.meta.url), "utf8");
    const n = parseText(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(" "));
    const markers = (s: Section[]): string[] => s.flatMap((x) => [x.marker ?? "", ...markers(x.children)]);
    expect(markers([...n.sections, ...n.parts.flatMap((p) => p.sections)])).toEqual(["一、", "二、", "(一)", "(二)"]);
  });
  it("a portal's numbered list of bracketed labels run on in one line (6. [發文字號] …) is no list of items", async () => {
    expect(opensWithBracketLabel(" [發文字號] 國辦發〔2019〕43號")).toBe(true);
    expect(opensWithBracketLabel("[1] 参考文献")).toBe(false);
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../fixtures/r204-guoban-2019-state-council-opinion-numbered-bracket-metadata-list-traditional.txt", import.meta.url), "utf8");
    const n = parseText(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(" "));
    expect(n.sections.map((s) => s.marker)).toEqual(["一、"]);
  });
});

describe("held-out r219: a site's banner with its English name above the title", () => {
  it("汕头市政府门户网站 Shantou Municipal Government 头部 / 分享到: / 关于… — the banner is no title's first line (头部 ends as an organ's 部 would)", () => {
    const n = parseText("汕头市政府门户网站 Shantou Municipal Government 头部\n分享到:\n关于开展2022年度社会组织年度工作报告的通知\n  • 2023-03-09 15:39\n\n市级各社会组织,各业务主管单位:\n\n  开展社会组织年度工作报告,是社会组织的法定义务。\n");
    expect(n.header.title).toBe("关于开展2022年度社会组织年度工作报告的通知");
  });
});

describe("held-out r219: a page's colour tools above the 主送", () => {
  it("保护视力色: … 字体颜色: 【 绿 】 恢复默认 发布日期:2021-04-26 is the page's: the 主送 below is read", () => {
    const n = parseText("关于开展2020年度社会组织年度报告工作的通知\n\n保护视力色:              字体颜色: 【       绿 】        恢复默认     发布日期:2021-04-26\n\n市属社会组织各业务主管单位、市属各社会组织:\n\n为加强社会组织管理,现将有关事项通知如下:\n\n一、年度报告主体\n");
    expect(n.header.recipients).toEqual(["市属社会组织各业务主管单位", "市属各社会组织"]);
  });
});

describe("held-out r215: a report whose title opens with its year, then its organ", () => {
  it("2021年余姚市人民代表大会常务委员会工作报告 is issued by the organ after the year; 2023年区政府工作报告 names no placed organ", () => {
    expect(leadingOrgan("2021年余姚市人民代表大会常务委员会工作报告")).toBe("余姚市人民代表大会常务委员会");
    expect(leadingOrgan("2023年区政府工作报告")).toBeNull();
    const n = parseText("2021年余姚市人民代表大会常务委员会工作报告\n发布日期:2022-02-16  08:56访问次数:字体:[ ]\n\n各位代表:\n\n我受余姚市第十七届人民代表大会常务委员会委托,向大会报告工作,请予审议。\n");
    expect(n.header.issuer).toBe("余姚市人民代表大会常务委员会");
  });
});

describe("held-out r208, r222: a page's headline, short or cut, run on before the title it abbreviates", () => {
  it("the whole title is the second: 全县…会议上讲话 在全县…会议上的讲话; …基础教育综合改 / …基础教育综合改革实验区的通知", () => {
    expect(parseText("全县市考指标推进暨项目建设工作会议上讲话 在全县市考指标推进暨项目建设工作会议上的讲话\n同志们:\n今天,县委、县政府召开这次会议。\n").header.title).toBe("在全县市考指标推进暨项目建设工作会议上的讲话");
    expect(parseText("教育部办公厅关于在天津等12个市设立第二批教育部基础教育综合改\n\n  教育部办公厅关于在天津等12个市设立第二批\n\n  教育部基础教育综合改革实验区的通知\n\n  教基厅函〔2022〕25号\n\n  天津市、辽宁省教育厅(教委):\n\n  为深入贯彻党的二十大精神,现将有关事项通知如下。\n").header.title).toBe("教育部办公厅关于在天津等12个市设立第二批教育部基础教育综合改革实验区的通知");
  });
  it("but an organ the issued document's name repeats opens no copy (乌兰浩特市人民政府办公室关于印发《乌兰浩特市人民政府…》)", () => {
    const t = "乌兰浩特市人民政府办公室关于印发《乌兰浩特市人民政府公文格式细则》的通知";
    expect(parseText(`${t}\n各苏木乡镇人民政府:\n现将细则印发给你们。\n`).header.title).toBe(t);
  });
});
