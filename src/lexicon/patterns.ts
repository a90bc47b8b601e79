// Shared vocabulary of the 公文 standard used by several structure stages.
import { GLOSS, withoutPinyin } from "./traditional.js";
import { bracketsBalanced, isOrganLine as organLine, isRecipientList, splitOrgans } from "./organs.js";
import { perDocument } from "./memo.js";

/** 文种, longest first so 实施方案 wins over 方案. */
export const DOC_TYPES = [
  "实施方案", "工作要点", "工作报告", "实施意见", "实施细则", "会议纪要", "通知", "通报", "意见", "决定", "报告",
  "请示", "批复", "函", "方案", "要点", "讲话", "规定", "办法", "纪要", "公告", "通告", "决议", "议案", "命令",
  "公报", "细则", "规划", "计划", "总结", "条例", "规则", "指引", "说明", "预案",
  // what a speech is called besides 讲话: 在…座谈会上的发言, 新年致辞, 在…大会上的主持词
  "发言", "致辞", "主持词",
  // a reply to a deputy's 建议 or a member's 提案 (…对…第2996号建议的答复): a 函 in form, named so;
  // an enterprise's report to its leadership (关于…若干组织措施的汇报)
  "答复", "答覆", "汇报", "匯報", "批覆",
  // a notice made public for comment before a decision (关于…整改情况的公示, 任前公示): a page's own
  // 文种 where sites publish results, lists and rectifications
  "公示",
  // an order numbered in its title (…防控指挥部2号令, 第6号令): a 令
  "号令",
  // traditional-character reposts
  "實施方案", "工作要點", "工作報告", "實施意見", "報告", "決定", "意見", "請示", "批復", "講話", "規定", "辦法", "紀要",
  "決議", "計劃", "總結", "規劃", "條例", "規則", "通報", "要點", "細則", "預案", "發言", "致辭", "主持詞",
];

/**
 * A 文种 word continued into a name, where it ends no title: 计划单列市 and 计划生育 (各省、自治区、直辖市、计划单列市…,
 * 人口和计划生育委员会) and 规划局 / 规划院 in a 主送 list — tried at a 文种 word a pattern found
 */
export const DOC_TYPE_WORD_IN_NAME = /^(?:计划|計劃)(?:单列|單列|生育)|^(?:规划|規劃)[局院]/;

const DOC_TYPE_RE = new RegExp(`(${DOC_TYPES.join("|")})$`);

export function docTypeOf(title: string): string | null {
  const m = DOC_TYPE_RE.exec(title.replace(/[）)]$/, ""));
  if (!m) return null;
  // a 工作要点 is a 要点, a 实施方案 a 方案: report the 文种 itself
  const t = m[1]!;
  const base: Record<string, string> = {
    实施方案: "方案", 工作要点: "要点", 工作报告: "报告", 实施意见: "意见", 实施细则: "细则", 会议纪要: "纪要",
    實施方案: "方案", 工作要點: "要點", 工作報告: "報告", 實施意見: "意見", 号令: "令",
  };
  return base[t] ?? t;
}

/** The last few characters of a line with its layout spaces taken out: a spaced 文种 (决 定, 通　知) ends it as 决定 would */
// (only the end is looked at, so only the end is searched: a long line is not scanned whole)
const tail = (s: string) => {
  const end = s.length > 16 ? s.slice(-16) : s;
  return /[\s\u3000]/.test(end) ? end.replace(/[\s\u3000]+/g, "") : end;
};

function endsWithDocTypeRead(s: string): boolean {
  if (DOC_TYPE_RE.test(tail(s).replace(/[）)]$/, ""))) return true;
  // (a page that glosses its characters in pinyin ends the 文种 in a gloss too: …的通(tōng)報(bào)》)
  return s.endsWith(")") && GLOSS_AT_END.test(s) && DOC_TYPE_RE.test(tail(withoutPinyin(s.slice(-60))).replace(/[）)]$/, ""));
}
/** (asked of the same line by several stages: answered once per document) */
export const endsWithDocType = perDocument(endsWithDocTypeRead);
/** A pinyin gloss closing a text, with its 》 or not */
const GLOSS_AT_END = new RegExp(`[\\u4e00-\\u9fff]${GLOSS}$`);

/** Endings of a document's or an attachment's title: a 文种 word, or 表/书/名单/清单/目录/一览 (申报汇总表, 承诺书), a 回执 (参会回执, 报名回执). */
const TITLE_END_RE = /(表|书|名单|清单|目录|一览|工作安排|回执)$/;

/** Text that ends like a title (a line standing alone, or an attachment name before the signature). */
export function endsLikeTitle(s: string): boolean {
  return endsWithDocType(s) || TITLE_END_RE.test(tail(s));
}

/**
 * A page's own title that ends with its site's name (六安市人民政府关于…的通知-欧洲杯网络平台,
 * …的通知_中国政府网): where the name begins, or -1. Only after a title that ends in its 文种, and only
 * a short name without a 文种 of its own. Or a button after the title ([复制链接]).
 */
const SITE_SUFFIX = /[ \u3000]*[-_|－—–]{1,2}[ \u3000]*([^-_|－—–。；;，,：:\s]{2,20})$/;
/** A forum's or site's button printed after the page's title: …的批复(黔府函〔2016〕22号) [复制链接] */
const BUTTON_SUFFIX = /[ \u3000]*[\[【](?:复制链接|打印本页|打印|关闭|收藏)[\]】]$/;
export function siteSuffixAt(s: string): number {
  const button = s.endsWith("]") || s.endsWith("】") ? BUTTON_SUFFIX.exec(s) : null;
  // (after a title, 关于… or one ending in its 文种, not after a chrome line's other tools)
  if (button && button.index >= 8 && (/[关關][于於]/.test(s.slice(0, button.index)) || endsWithDocType(s.slice(0, button.index)))) return button.index;
  const m = SITE_SUFFIX.exec(s);
  if (!m || endsWithDocType(m[1]!) || !endsWithDocType(s.slice(0, m.index))) return -1;
  return m.index;
}

export { ORGAN_SUFFIX, isOrganLine } from "./organs.js";

/** 文种 words a covering notice's title ends in, sought where a line runs its title into its 主送 */
const TITLE_END_WORD = /(?:通知|通報|通报|意见|意見|决定|決定|批复|批復|报告|報告|请示|請示|函|公告|通告)/g;

/**
 * A line that runs the title into its 主送 (…关于发布《…》的通知中国人民银行上海总部，各分行；…：, or with
 * a space, …的通知 各乡镇妇联、县直妇委会：): where the 主送 begins, or -1. The title holds 关于 and
 * its 《》 are closed; the rest ends in a colon, each of its ；-groups is a list of organs, and it opens
 * with an organ or an addressed group (各…) or lists three or more.
 */
export function titleThenAddressees(s: string): number {
  const t = s.trimEnd();
  if (!(t.endsWith("：") || t.endsWith(":")) || !/[关關][于於]/.test(t)) return -1;
  for (const m of t.matchAll(TITLE_END_WORD)) {
    const end = m.index + m[0].length;
    const title = t.slice(0, end);
    if (!/[关關][于於]/.test(title) || !bracketsBalanced(title, "《", "》")) continue;
    const at = end + /^[\s\u3000]*/.exec(t.slice(end))![0].length;
    // (its first piece an organ or an addressed group, or a list of three or more: 转发给你们，请各单位: is a sentence)
    const groups = t.slice(at, -1).split(/[；;]/);
    const first = splitOrgans(groups[0]!);
    if (at < t.length - 1 && groups.every((g) => isRecipientList(g)) && (organLine(first[0] ?? "") || /^各/.test(first[0] ?? "") || first.length >= 3)) return at;
  }
  return -1;
}

/** How a notice's first sentence opens right after its title (为有效预防…, 根据…, 按照…, 现将…) */
const FIRST_SENTENCE_OPENING = /^(?:为(?![止主])|根据|按照|依据|依照|近年来|近期|近日|日前|目前|当前|现将|鉴于|随着)/;
/**
 * A title run on into the body's first sentence on one line (关于禁止…在禹都大道部分路段通行的公告为有效预防道路交通事故发生,…。):
 * where the sentence begins, or -1. Only a title that opens with 关于 (an organ before it at most), ends in a 文种 after
 * 的, and holds no pause; the sentence after it opens as a first sentence does and ends in 。 on the line.
 */
export function titleThenBody(s: string): number {
  const t = s.trimEnd();
  if (!t.includes("。") || !/[关關][于於]/.test(t.slice(0, 40))) return -1;
  for (const m of t.matchAll(TITLE_END_WORD)) {
    const end = m.index + m[0].length;
    if (end > 120) break;
    const title = t.slice(0, end);
    if (t[m.index - 1] !== "的" || /[，,。；;：:]/.test(title) || !/^[^关關]{0,30}[关關][于於]/.test(title) || !bracketsBalanced(title, "《", "》")) continue;
    if (FIRST_SENTENCE_OPENING.test(t.slice(end))) return end;
  }
  return -1;
}

/**
 * The document a covering notice issues or forwards, named in its title without 《》:
 * 关于印发安徽省…实施意见的通知 → 安徽省…实施意见 (group 1), 关于下达…计划的通知 → …计划; a name may quote another inside it
 * (印发2023年区《政府工作报告》确定的…方案的通知).
 */
export const ISSUED_IN_TITLE = /(?:印发|转发|下发|下达|颁布|发布)([^“”"]{4,80}?)的(?:通知|通报|决定|函|批复)$/;
/**
 * A document a sentence says was issued, its name unquoted (近日,浙江省人民政府办公厅印发2024年政府工作报告重点工作
 * 责任分解的通知,公布…): group 1 the name. A news report introduces the document it reprints so.
 */
export const ISSUED_IN_SENTENCE_G = /印发([^，,。；;：:“”"《》\s]{4,60}?)的通知/g;

/**
 * 发文字号: 机关代字 + 〔年份〕 + 序号 + 号; every bracket real files use. A 代字 character may carry
 * its pinyin in brackets, as pages with ruby annotations flatten it (滬府發(fā)〔2017〕92號), and a
 * 代字 may bracket one character of its own (农机推(办)发〔2016〕79号).
 */
export const DOC_NUMBER_RE =
  /((?:[\u4e00-\u9fa5A-Za-z]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)|[（(][\u4e00-\u9fa5][）)]){1,20}?)\s*[〔\[［【（(﹝]\s*((?:19|20)\d{2})\s*[〕\]］】）)﹞]\s*第?\s*(\d{1,5})\s*[号號]/;
/** A number alone on its line that lost its final 号 in a scan or paste: 湖委发〔2018〕20 */
export const DOC_NUMBER_NO_HAO_RE = /^([\u4e00-\u9fa5A-Za-z]{1,20})\s*[〔\[［【﹝]\s*((?:19|20)\d{2})\s*[〕\]］】﹞]\s*第?\s*(\d{1,5})$/;
/** A damaged number alone on its line, its closing bracket lost: 广安区府办发〔202026 */
export const DOC_NUMBER_DAMAGED_RE = /^([\u4e00-\u9fa5]{1,20}[发字函办])\s*[〔\[［【﹝]\s*((?:19|20)\d{2}\d{1,5})\s*[号號]?$/;
/** a number written without a year: 扬科协字30号; and the series number of a 令 or 公告 (广州市人民政府令第5号) */
export const DOC_NUMBER_NO_YEAR_RE = /^([\u4e00-\u9fa5]{2,12}(?:[字发函办令]|公告|通告))\s*第?\s*(\d{1,5})\s*[号號]$/;

export const SECRECY_RE = /^(绝密|机密|秘密|核心商密|普通商密|内部事项)(\s*★\s*[^\s]*)?/;
export const URGENCY_RE = /(特急|加急|特提|平急)/;
/**
 * A mark glued between the masthead organ and the 机关代字 in a text that lost its line breaks: a
 * 国网-style 内部事项/普通事项, a 密级 or a 紧急程度 (…管理中心内部事项国网社保综合函〔2021〕3号,
 * 国家电网有限公司加急办值通(2020)638号, a space between: 普通事项 国网社保保障函): the mark, then the 代字 up to the number's bracket. Group 1
 * is the mark, group 2 the 代字.
 */
export const MARK_BEFORE_CODE = /(内部事项|普通事项|一般事项|绝密|机密|秘密|(?:特急|加急|平急|特提)[·•・，, ]?明电|特急|加急) ?([\u4e00-\u9fa5]{2,12})$/;
/**
 * A telegram (明电) prints a header of its own above the number: its masthead (山东省人民政府办公厅发电,
 * as a notice's …文件), then fields — 发电单位 (the organ sending it), 签发/签批 (who signed), 等级 (its
 * urgency, 特急·明电), 发往 — and after the number the 机要 bureau's serial (鲁机发532号, its digits
 * sometimes blank: 鲁机发号). None of it is the title, and the serial is no 发文字号.
 */
export const TELEGRAM_MASTHEAD = /^([\u4e00-\u9fa5（）()]{2,40}?)发电$/;
/** A telegram's header field where it begins (in a line run on, a cut goes before each) */
export const TELEGRAM_FIELD_G = /发电单位|签发(?!人)|签批|等级(?=\s*(?:特急|加急|平急|特提|[加平特]\s*急))|发往/g;
/** A line of a telegram's header fields (发电单位山东省人民政府办公厅, 等级特急·明电, 签发 于国安) */
export const TELEGRAM_FIELD_LINE = /^(?:发电单位|签发(?!人)|签批|等级|发往)/;
/** The 机要 serial of a telegram (鲁机发532号, 鲁机发号) */
export const TELEGRAM_SERIAL = /^[\u4e00-\u9fa5]机发\s*\d{0,6}\s*号$/;
export const TELEGRAM_SERIAL_G = /[\u4e00-\u9fa5]机发\s*\d{0,6}\s*号/g;
/** The mark of a document that is not classified (普通事项, as 国网 documents print it where 内部事项 would stand) */
export const UNCLASSIFIED_RE = /^(?:普通事项|一般事项)\s*/;
/**
 * A 纪要 series number printed alone under its masthead (专题会纪要 / 〔2022〕69号), or a 公告's under
 * its title (中国人民银行公告 / （2007）第21号): the bracketed year and the serial, no 机关代字 — the
 * series word above stands for it.
 */
export const BARE_NUMBER_RE = /^[〔\[［【﹝（(]\s*((?:19|20)\d{2})\s*[〕\]］】﹞）)]\s*第?\s*(\d{1,5})\s*[号號]$/;
/**
 * The issuing line of a bulletin or briefing series (简报, 督查通报): the office that edits it and
 * the issue's date, set apart by a space or more (寿县人民政府督查室           2022年8月19). The day's 日 is
 * often lost in a paste. Group 1 is the organ.
 */
export const SERIES_ISSUE_LINE_RE = /^([\u4e00-\u9fa5（）()]{4,30})[ \t\u3000]+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?$/;
/**
 * The masthead of a numbered series of notices (公司疫情防控组通知第221号(总第231号)): the series, its
 * issue and its running number, above a title of its own — no 发文字号 and no title's words.
 */
export const SERIES_MASTHEAD = /^[\u4e00-\u9fa5（）()]{2,30}?(?:通知|通报|简报|快报|专报|情况)\s*第\s*\d{1,5}\s*[号期]\s*[（(]\s*总第\s*\d{1,6}\s*[号期]\s*[）)]/;
/** A masthead (…文件) glued to the title that follows it in a text that lost its line breaks (…保密委员会办公室文件关于…). Group 1 is the organ. */
export const MASTHEAD_BEFORE_TITLE = /^([\u4e00-\u9fa5（）()]{4,40}?)文件(?=关于|關於)/;
/** A company's letterhead and its 国网 mark glued before the title, no number between them (国家电网有限公司内部事项国网企协关于…). Group 1 is the organ, group 2 the mark. */
export const LETTERHEAD_MARK = /^([\u4e00-\u9fa5（）()]{4,30}?)(内部事项|普通事项|一般事项)(?=[\u4e00-\u9fa5])/;
/** A 纪要 masthead line: a short line ending in the series word 纪要 (国网某某供电公司专题会纪要), no sentence in it */
export const MINUTES_MASTHEAD_RE = /^[\u4e00-\u9fa5（）()]{2,40}纪要$/;

/**
 * A title quoted at `at` in `text`, and the same with the year left outside its quote
 * (2023年《区〈政府工作报告〉…方案》 names the plan printed below as 2023年区《政府工作报告》…方案).
 */
export function withYearBefore(text: string, at: number, title: string): string[] {
  const year = /(?:19|20)\d{2}年$/.exec(text.slice(Math.max(0, at - 5), at));
  return year ? [title, year[0] + title] : [title];
}

/** The mark of a draft, trial or revised version a title carries in brackets: （试行）, （征求意见稿）, （修订征求意见稿）, （送审稿）, (2019年11月修订) */
export const DRAFT_MARK = "(?:试行|暂行|修订|修订稿|代拟稿|修订草案|(?:修订|公开)?(?:征求意见稿|草案|送审稿|讨论稿)|[12][0-9]{3}年[0-9月]{0,3}(?:修订|修正))";
/** A title's draft mark at its end (…管理办法(修订征求意见稿)) */
export const DRAFT_TAIL = new RegExp(`[（(]${DRAFT_MARK}[）)]$`);

/**
 * A speaker's or author's byline, the post glued to the name (副校长李召虎, 市委书记刘建明): a person,
 * not a title, though it stands alone above a dated line as a speech's title would.
 */
export const POST_AND_NAME = /^[\u4e00-\u9fa5]{0,10}?(?:常务)?副?(?:校长|书记|市长|县长|区长|省长|州长|主任|局长|厅长|部长|主席|院长|检察长|行长|会长|秘书长|处长|镇长|乡长|董事长|总经理)[\u4e00-\u9fa5·]{2,4}$/;

/** A 附注 standing alone in brackets under a signature's date: （此件公开发布）, （此件不公开发布，发至…） */
export const ANNOTATION_LINE = /^[（(](?:此件|本件)[^（）()]{0,200}[）)]$/;
/**
 * A field on a plan's cover, between its title and its body (编制单位：…, 发布日期：…, 印发时间：…):
 * who wrote it and when, no part of its text.
 */
export const PLAN_COVER_FIELD = /^(?:编制|编写|起草|制定|发布|印发)(?:单位|部门|机关|日期|时间)\s*[：:]/;

/**
 * A 题注 (adoption note) printed without its brackets under a law's or a notice's title: a date, the
 * meeting, 通过/批准 (1997年9月24日 最高人民检察院第八届检察委员会第七十四次会议通过). It stands alone: the
 * 主送 below it is not its continuation.
 */
export const ADOPTION_NOTE = /^[（(]?(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[^。；，,]{2,80}(?:通过|批准|公布)[）)]?$/;

/**
 * A bulletin's issue as a page's 文号 field gives it (二〇二四年第十六期, 2023年第5期): a 督查通报 or 简报
 * series numbers its issues so. Group 1 the year, group 2 the issue, in either numerals.
 */
export const ISSUE_NUMBER_RE = /^((?:19|20)[0-9]{2}|[〇○零一二三四五六七八九]{4})年第([0-9]{1,4}|[一二三四五六七八九十百〇零]{1,6})期$/;

/** A document's name quoted in 《》 in a notice's text (《2021年…责任分工》): group 1 the name, 4–60 characters */
export const QUOTED_NAME_G = /《([^《》]{4,60})》/g;

/**
 * A site's or an account's tag and colon before a title that opens with 关于 (贵州:关于印发《…》的通知, 重庆商务:关于…的实施意见):
 * no part of the title — a title holds no colon before its 关于. Not the label of an 附件说明, 抄送 or 主送 line, nor a
 * metadata label whose value is the title (信息名称:关于…, 标题:关于…), nor a field's label (征集时间:, 报送单位:, 联系人:).
 */
export const REGION_TAG = /^(?!附件|抄送|抄报|主送)(?![\u4e00-\u9fa5]{0,5}(?:名称|标题|题名|题目|主题|事由|内容|名稱|標題|題名|題目|主題|时间|日期|地点|对象|单位|部门|方式|事项|范围|要求|依据|目的|人)[:：])[\u4e00-\u9fa5]{2,7}[:：][ \u3000]*(?=关于|關於)/;

/**
 * A news report's lead naming the notice it reports, quoted whole after the verb that issued it
 * (日前，教育部办公厅印发《关于…的通知》; 联合发出《…的紧急通知》; 根据5月发布的《…的通知》; 起草了《…》; a mirror's
 * gloss after the verb, 印發(fā)《…》): group 1 the name.
 * Read only when the page prints no title line of its own.
 */
export const LEAD_QUOTED_TITLE = /(?:印发|下发|发出|出台|发布|颁发|起草|印發|下發|發出|發布|頒發)(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?(?:了|的)?《([^《》]{6,120})》/;
/** The words that date a news report's lead before it names the notice (日前, 近日, 7月13日, 记者…获悉, 据…消息, 5月发布的) */
export const NEWS_LEAD = /日前|近日|近期|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}月(?:份)?(?:发布|印发|出台)|记者|获悉|消息/;
/** A span of years in brackets as titles write it, in any of its dashes and with or without 年 ((2017-2020年), （2018—2020）): groups 1 and 2 the years */
export const YEAR_SPAN_G = /[（(]((?:19|20)[0-9]{2})年?[—–－\-~～至到]{1,2}((?:19|20)[0-9]{2})年?[）)]/g;
/** A site's or a database's tag of a document's validity after its title (…的通知(已废止), （已失效）, (现行有效)): no part of the title */
export const VALIDITY_TAG = /[ \u3000]*[（(](?:已废止|已失效|已修订|已修改|已被修改|部分失效|全文废止|失效|废止|现行有效|有效|已廢止|已失效|現行有效)[）)]$/;
/** The same tag before a headline, its number and title after it ((已废止)微政办字〔2019〕24号 关于…的通知) */
export const VALIDITY_TAG_OPENING = /^[（(](?:已废止|已失效|已修订|已修改|已被修改|部分失效|全文废止|失效|废止|现行有效|有效|已廢止|現行有效)[）)][ \u3000]*/;

/** A masthead's organ and 文件 glued before a 代字 (江苏省教育厅办公室文件苏教办职): group 1 the organ, group 2 the 代字 */
export const MASTHEAD_BEFORE_CODE = /^([\u4e00-\u9fa5（）()]{2,40}?)文件([\u4e00-\u9fa5]{1,10})$/;
