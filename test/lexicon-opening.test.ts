// The vocabulary of the opening and closing stretches: metadata labels, page chrome, joint
// titles, damaged numbers and dates, short 版记 labels. Each pattern with what it must and must
// not match.
import { describe, expect, it } from "vitest";
import { metadataPairs } from "../src/lexicon/metadata.js";
import { isOpeningChrome, isWebChrome, OPENING_CHROME, URL_LINE } from "../src/lexicon/chrome.js";
import { withoutPinyin } from "../src/lexicon/traditional.js";
import { isOrganLine, isRecipientList, leadingOrgan, splitOrgans } from "../src/lexicon/organs.js";
import { unreadText } from "../src/lexicon/leftover.js";
import { findDocNumber } from "../src/lexicon/docnumber.js";
import { dateOnly } from "../src/lexicon/dates.js";
import { CC_LINE, CC_UP_LINE, SEALED_ON_BEHALF } from "../src/lexicon/attachments.js";
import { parseText } from "../src/parse.js";

describe("metadataPairs", () => {
  it("reads one pair, several pairs on a line, spaced labels and empty values", () => {
    expect(metadataPairs("索引号：11340000/2020-00167")).toEqual([["索引号", "11340000/2020-00167"]]);
    expect(metadataPairs("索引号: 113417/202010-00167 组配分类: 意见征集")).toEqual([["索引号", "113417/202010-00167"], ["组配分类", "意见征集"]]);
    expect(metadataPairs("索 引 号:")).toEqual([["索引号", ""]]);
    expect(metadataPairs("名 称: 广东省卫生健康委2021年政务公开工作重点任务台账")).toEqual([["名称", "广东省卫生健康委2021年政务公开工作重点任务台账"]]);
  });
  it("reads pipe rows and the bracketed labels of legal databases", () => {
    expect(metadataPairs("文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |")).toEqual([["文号", "六盘水府办发〔2022〕10号"], ["是否有效", ""]]);
    expect(metadataPairs("发布日期 | 2021-03-29 | 生效日期 | 2021-03-29 |")).toEqual([["发布日期", "2021-03-29"], ["生效日期", "2021-03-29"]]);
    expect(metadataPairs("【法宝引证码】CLI.1.304262")).toEqual([["法宝引证码", "CLI.1.304262"]]);
  });
  it("reads labels and values separated by spaces only, two pairs or more to a line", () => {
    // 武汉市蔡甸区 pages: no colons, labels padded to one width
    expect(metadataPairs("发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号")).toEqual([["发布机构", "区人民政府办公室"], ["文号", "蔡政办〔2023〕1号"]]);
    expect(metadataPairs("分   类 政务公开 有 效 性 有效")).toEqual([["分类", "政务公开"], ["有效性", "有效"]]);
    // one pair alone, a label inside prose, or a label left without a value is not such a line
    expect(metadataPairs("文号 蔡政办〔2023〕1号")).toBeNull();
    expect(metadataPairs("分类推进 名称 规范")).toBeNull();
    // the last label may stand empty at the line's end, no other
    expect(metadataPairs("索引号 MB1534522/2023-05475 发文日期")).toEqual([["索引号", "MB1534522/2023-05475"], ["发文日期", ""]]);
    expect(metadataPairs("索引号 发文日期 2023-01-03")).toBeNull();
  });
  it("spell out a title's organ without its place, and give the number of a spaced metadata line", () => {
    // 嘉鱼县 page: 县人民政府办公室关于… under 发文单位: 嘉鱼县人民政府办公室
    const doc = parseText(
      "县人民政府办公室关于印发重点工作责任分解方案的通知\n索引号 : 01105619X/2024-07672 文       号 : 嘉政办发〔2024〕1号\n主题分类: 政务督查 发文单位: 嘉鱼县人民政府办公室\n各镇人民政府:\n现印发给你们。\n",
    );
    expect(doc.header.issuer).toBe("嘉鱼县人民政府办公室");
    const spaced = parseText(
      "区人民政府办公室关于印发责任分解方案的通知\n索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n\n各街道办事处、乡人民政府:\n\n现印发给你们。\n",
    );
    expect(spaced.header.docNumber?.raw).toBe("蔡政办〔2023〕1号");
    expect(spaced.header.recipients).toEqual(["各街道办事处", "乡人民政府"]);
    // the organ of a title with its place is kept
    expect(parseText("滁州市人民政府办公室关于做好防汛工作的通知\n发文单位: 安徽省滁州市人民政府办公室\n各县人民政府:\n现通知如下。\n").header.issuer).toBe("滁州市人民政府办公室");
  });
  it("does not take a body line or a 主送 for metadata", () => {
    expect(metadataPairs("各县（市、区）人民政府，市直各单位：")).toBeNull();
    expect(metadataPairs("会议时间：2021年3月5日")).toBeNull();
    expect(metadataPairs("关于印发《名称管理办法》的通知")).toBeNull();
    expect(metadataPairs("| 序号 | 任务 |")).toBeNull();
  });
});

describe("OPENING_CHROME and URL_LINE", () => {
  it.each(["网站支持IPV6 | 无障碍阅读 | 适老化模式", "政策解读链接:《民乐县突发公共事件总体应急预案》政策解读", "无障碍", "• 设为首页|", "长者模式", "您当前的位置：首页 > 通知", "当前位置:首页 > 政策文件", "浏览次数：35", "【打印】【关闭】", "热点新闻", "相关文章", "字体：[ 大 中 小 ]"])("%s is chrome", (s) => {
    expect(OPENING_CHROME.test(s)).toBe(true);
  });
  it.each(["关于开展2021年科普日活动的通知", "各乡镇人民政府：", "一、总体要求", "热烈庆祝建党一百周年"])("%s is not", (s) => {
    expect(OPENING_CHROME.test(s)).toBe(false);
  });
  it("recognises a source address standing alone", () => {
    expect(URL_LINE.test("https://www.gov.cn/zhengce/content/2018-12/21/content_5350734.htm")).toBe(true);
    expect(URL_LINE.test("原文链接：http://www.example.gov.cn/a.html")).toBe(true);
    expect(URL_LINE.test("请登录http://www.example.gov.cn填报。")).toBe(false);
  });
});

describe("unreadText (FIELD_GLUE, FIELD_LABELS)", () => {
  it("is empty when the fields hold every piece of the line, labels and punctuation aside", () => {
    expect(unreadText("临教发〔2019〕12号　　签发人：李　明", ["临教发〔2019〕12号", "李明"])).toBe("");
    expect(unreadText("临泽县教育局文件", ["临泽县教育局", "临泽县教育局文件"])).toBe("");
    // a title broken over lines: each line is held by the whole title
    expect(unreadText("关于开展2019年", ["临泽县教育局关于开展2019年“安全教育月”活动的通知"])).toBe("");
  });
  it("names the pieces no field holds", () => {
    expect(unreadText("临教发〔2019〕12号　签发人！：李明", ["临教发〔2019〕12号"])).toBe("李明");
    expect(unreadText("牵头单位：宁府字〔2022〕41号", ["宁府字〔2022〕41号"])).toBe("牵头单位");
    expect(unreadText("文件 签发人", [])).toBe("文件");
    expect(unreadText("签发人：宁海县应急管理局文件", ["宁海县应急管理局"])).toBe("宁海县应急管理局文件");
  });
});

describe("isRecipientList and splitOrgans", () => {
  it("takes organs and 各… addressees, places sharing the last organ word", () => {
    expect(isRecipientList("各镇人民政府、街道办事处，县安委会各成员单位。")).toBe(true);
    expect(isRecipientList("市财政局、市自然资源和规划局，红旗区、卫滨区、凤泉区人民政府。")).toBe(true);
  });
  it("does not take a sentence, a bracketed aside or a date pasted after 主送：", () => {
    expect(isRecipientList("为进一步增强师生安全意识，经研究，决定在全县开展活动。现将有关事项通知如下：")).toBe(false);
    expect(isRecipientList("（此件公开发布）")).toBe(false);
    expect(isRecipientList("2019年6月1日至6月30日。")).toBe(false);
    expect(isRecipientList("")).toBe(false);
  });
  it("keeps a 和 that begins an item: 和平区 is a place", () => {
    expect(splitOrgans("南开区人民政府，和平区人民政府。")).toEqual(["南开区人民政府", "和平区人民政府"]);
  });
});

describe("isOrganLine: names with a bracketed alias", () => {
  it("the name before its alias ends as an organ; a bracket alone or a title in brackets is none", () => {
    expect(isOrganLine("国网陕西省电力有限公司安全监察部(保卫部）")).toBe(true);
    expect(isOrganLine("市委网信办（市互联网信息办公室）")).toBe(true);
    expect(isOrganLine("（此件公开发布）")).toBe(false);
    expect(isOrganLine("关于开展检查的通知（试行）")).toBe(false);
  });
});

describe("leadingOrgan", () => {
  it("takes the organ a title opens with, and the first of a joint title", () => {
    expect(leadingOrgan("滁州市人民政府关于加强科普工作的意见")).toBe("滁州市人民政府");
    expect(leadingOrgan("成都市发展和改革委员会 中共成都市委社会工作部 关于印发实施方案的通知")).toBe("成都市发展和改革委员会");
    expect(leadingOrgan("中共山东省委山东省人民政府关于调整机构设置的通知")).toBe("中共山东省委");
    expect(leadingOrgan("成都市发展和改革委员会中共成都市委社会工作部成都市规划和自然资源局关于印发方案的通知")).toBe("成都市发展和改革委员会");
    expect(leadingOrgan("關於加強政務誠信建設的通知")).toBeNull();
    expect(leadingOrgan("关于转发《农业农村部关于加快推进冷藏保鲜设施建设的意见》的通知")).toBeNull();
    expect(leadingOrgan("2021年全市科协工作要点")).toBeNull();
  });
  it("reads past pinyin glosses (關(guān)于), which are no part of the name", () => {
    expect(leadingOrgan("南寧市人民政府關(guān)于2022年整改情況的函")).toBe("南寧市人民政府");
    expect(leadingOrgan("南寧市發(fā)展和改革委員會關(guān)于整改情況的函")).toBe("南寧市發展和改革委員會");
  });
});

describe("pinyin glosses", () => {
  it("are dropped where chrome is looked for, and only after a character", () => {
    expect(withoutPinyin("發(fā)布日期:2023-09-01 來源: 絳縣人民政府")).toBe("發布日期:2023-09-01 來源: 絳縣人民政府");
    expect(withoutPinyin("各鄉(xiāng)(鎮(zhèn))人民政府")).toBe("各鄉(鎮)人民政府");
    expect(withoutPinyin("(a)项 2023(b)")).toBe("(a)项 2023(b)");
    expect(withoutPinyin("按(一)执行")).toBe("按(一)执行");
    expect(isWebChrome("發(fā)布日期:2023-09-01 10:51 來源: 絳縣人民政府 【字體:大 中 小】 打印本頁")).toBe(true);
    expect(isOpeningChrome("【字體(tǐ):大 中 小】")).toBe(true);
    expect(isWebChrome("各鄉(xiāng)(鎮(zhèn))人民政府:")).toBe(false);
  });
});

describe("damaged 发文字号 and dates", () => {
  it("reads a number that lost its 号, and one that lost its bracket as far as it is sure", () => {
    expect(findDocNumber("湖委发〔2018〕20")?.value).toEqual({ raw: "湖委发〔2018〕20", prefix: "湖委发", year: 2018, serial: 20 });
    expect(findDocNumber("广安区府办发〔202026")?.value).toEqual({ raw: "广安区府办发〔202026", prefix: "广安区府办发", year: 2020, serial: null });
    expect(findDocNumber("滬府發(fā)〔2017〕92號")?.value.prefix).toBe("滬府發(fā)");
    expect(findDocNumber("（国办发〔2019〕5号）")?.value.prefix).toBe("国办发");
  });
  it("reads a date without separators only when one split is a real date", () => {
    expect(dateOnly("2024327")?.iso).toBe("2024-03-27");
    expect(dateOnly("20240327")?.iso).toBe("2024-03-27");
    expect(dateOnly("2024112")).toMatchObject({ iso: null, ambiguous: true });
    expect(dateOnly("二○一九年八月十五號")?.iso).toBe("2019-08-15");
  });
});

describe("版记 labels and the 代章 line", () => {
  it("knows 抄送, 抄, 送, 抄报 and 报", () => {
    for (const s of ["抄送：市委办", "抄：市委办", "送：市委办"]) expect(CC_LINE.exec(s)?.[2]).toBe("市委办");
    for (const s of ["抄报：省科协", "报：省科协", "抄報：省科协"]) expect(CC_UP_LINE.exec(s)?.[2]).toBe("省科协");
    expect(CC_LINE.test("送达方式：电子邮件")).toBe(false);
  });
  it("knows a line sealing on the issuer's behalf", () => {
    expect(SEALED_ON_BEHALF.test("（代章）")).toBe(true);
    expect(SEALED_ON_BEHALF.test("（市政府办公室代章）")).toBe(true);
    expect(SEALED_ON_BEHALF.test("请各单位代为转达。")).toBe(false);
  });
  it("reads a closing with 代章, short labels, a bare 附件 label and a date without separators", () => {
    const doc = parseText([
      "关于做好防汛工作的通知", "", "各镇人民政府：", "", "请做好防汛工作。", "", "附件：", "防汛责任人名单", "",
      "某某县防汛抗旱指挥部", "（县水利局代章）", "2024327", "", "报：市防指", "送：县委办、县政府办",
    ].join("\n"));
    expect(doc.signature).toMatchObject({ issuer: "某某县防汛抗旱指挥部", date: "2024-03-27" });
    expect(doc.attachments.map((a) => a.title)).toEqual(["防汛责任人名单"]);
    expect(doc.ccUp).toEqual(["市防指"]);
    expect(doc.cc).toEqual(["县委办", "县政府办"]);
    expect(doc.annotation).toBe("（县水利局代章）");
  });
});
