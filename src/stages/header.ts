// 版头 and the head of the 主体: 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人, 标题, 主送机关.
// Used for the covering notice and again for each part (a speech, a report, an attached notice).
// Read as evidence, not as a sequence: every line of the opening stretch (up to the 主送 or the
// first body paragraph) is classified — page chrome, metadata, masthead, number, title fragment,
// 主送 … — and the fields are chosen from the whole stretch. A line nothing recognises is
// skipped with a diagnostic; it never ends the header.
import { LIST_BULLET } from "../lexicon/layout.js";
import type { ParagraphBlock } from "../model/blocks.js";
import type { Diagnostic, DocNumber } from "../model/schema.js";
import { DATE_SET_APART_AT_END, dateOnly, OCCASION, OCCASION_FRAMED, OCCASION_OPENS } from "../lexicon/dates.js";
import { toSimplified, withoutPinyin } from "../lexicon/traditional.js";
import { ENDS_WITH_ABOUT, firstOfJoint, isOrganList, LEADING_ORGAN, leadingOrgan, LEVEL_GROUP, OPENS_WITH_ABOUT, splitOrgans, squeezeCjkSpaces } from "../lexicon/organs.js";
import { findDocNumber, seriesNumber } from "../lexicon/docnumber.js";
import { matchMarker } from "../lexicon/markers.js";
import { BARE_NUMBER_RE, MASTHEAD_BEFORE_CODE, DRAFT_MARK, ISSUED_IN_TITLE, LEAD_QUOTED_TITLE, NEWS_LEAD, SERIES_ISSUE_LINE_RE, docTypeOf, endsWithDocType, isOrganLine, MINUTES_MASTHEAD_RE, ORGAN_SUFFIX, POST_AND_NAME, REGION_TAG, VALIDITY_TAG, VALIDITY_TAG_OPENING, SECRECY_RE, SERIES_MASTHEAD, TELEGRAM_FIELD_LINE, TELEGRAM_MASTHEAD, TELEGRAM_SERIAL, UNCLASSIFIED_RE, URGENCY_RE } from "../lexicon/patterns.js";
import { CUT_PAGE_TITLE, isOpeningChrome, REPOST_MARKER, SITE_CATEGORY, URL_LINE } from "../lexicon/chrome.js";
import { isLabelledRow, metadataPairs, NEXT_LABEL_AT_END } from "../lexicon/metadata.js";
import { unreadText } from "../lexicon/leftover.js";
import { charsAtMost } from "../lexicon/length.js";
import { perDocument } from "../lexicon/memo.js";

export interface HeaderResult {
  copyNumber: string | null;
  secrecy: string | null;
  secrecyPeriod: string | null;
  urgency: string | null;
  masthead: string | null;
  mastheadText: string | null;
  docNumber: DocNumber | null;
  signer: string[];
  title: string | null;
  titleLine: number | null;
  docType: string | null;
  subtitle: string | null;
  author: string | null;
  date: string | null;
  dateText: string | null;
  /** where the date under the title stands */
  dateAt: { line: number; column: number } | null;
  recipients: string[];
  /** the title as written, before spaces are squeezed (a joint title's organs are space-separated) */
  titleRaw: string | null;
  /** label → value pairs of metadata printed in the opening (索引号, 文号, 发布机构 …) */
  metadata: Record<string, string>;
  /** a law database's organ line above the title it prints again: the issuer when nothing else names one */
  pageOrgan: string | null;
  /** the masthead is a letterhead: an organ's name above the number, without 文件 (信函格式) */
  letterhead: boolean;
  /** index of the first block after the header */
  next: number;
}

/** How far the opening stretch may reach: pages put dozens of chrome and metadata lines there. */
const MAX_OPENING_BLOCKS = 60;

/** An author line as the field keeps it: a post and a name apart (大邑县人民政府县长 陈大用), else squeezed. */
function authorOf(t: string): string {
  const post = /^([\u4e00-\u9fa5]{2,12})[\s\u3000]+([\u4e00-\u9fa5·]{2,4})$/.exec(t);
  return post && !charsAtMost(t.replace(/[\s\u3000]+/g, ""), 5) ? `${post[1]} ${post[2]}` : squeezeCjkSpaces(t);
}

/** The organs of a line that names only organs, space-separated (农业农村部 最高人民法院), or null. */
function spacedOrgans(line: string): string[] | null {
  const words = line.trim().split(/[\s\u3000]+/);
  return words.every(isOrganLine) ? words : null;
}

/** The number after a session's series of documents (五次会议文件（十一）), which a masthead may end with */
const SERIES_NUMBER = /[（(][一二三四五六七八九十百0-9]{1,4}[）)]$/;

/** The occasion line at blocks[i] (one line, or two when it wraps): its date, its text and its lines. */
function occasionAt(blocks: ParagraphBlock[], i: number): { date: string; text: string; lines: number } | null {
  const t = blocks[i]!.text.trim();
  if (!OCCASION_OPENS.test(t)) return null;
  for (const [text, lines] of [[t, 1], [t + (blocks[i + 1]?.text.trim() ?? ""), 2]] as const) {
    if (lines === 2 && (!blocks[i + 1] || !charsAtMost(blocks[i + 1]!.text.trim(), 40))) break;
    const m = OCCASION.exec(text);
    const d = m ? dateOnly(m[1]!) : null;
    // a line not set off by —— or brackets is the occasion only above a speaker or a 称谓 (a body
    // sentence may open 2024年3月1日在…会议上审议通过…)
    const below = blocks[i + lines]?.text.trim() ?? "";
    if (d?.iso && (OCCASION_FRAMED.test(t) || looksLikeAuthor(below) || SALUTATION.test(below.replace(/[：:]$/, "")))) return { date: d.iso, text, lines };
  }
  return null;
}

/** Read an occasion line at blocks[i] into r (its date, as written, and where), marking its lines: how many it took. */
function readOccasion(r: HeaderResult, kinds: LineKind[], blocks: ParagraphBlock[], i: number): number {
  const occasion = occasionAt(blocks, i);
  if (!occasion) return 0;
  r.date = occasion.date;
  r.dateText = occasion.text;
  r.dateAt = { line: blocks[i]!.line, column: blocks[i]!.column };
  for (let k = i; k < i + occasion.lines; k++) kinds[k] = "field";
  return occasion.lines;
}

/** Title text: joined, stray spaces between CJK characters and digits removed. */
export function cleanTitle(s: string, withoutContents = true): string {
  return withoutContents ? cleanTitleWhole(s) : cleanTitleRead(s, false);
}
/** (the header asks it of each candidate line many times: answered once per document) */
const cleanTitleWhole = perDocument((s: string) => cleanTitleRead(s, true));
function cleanTitleRead(s: string, withoutContents: boolean): string {
  // a title printed as a table's only cell (清单标题 |) keeps no pipe
  // (nor the bullet of a page's list that printed it: • 市人民政府办公室关于…的通知)
  // (nor a site's tag of its validity: …的通知(已废止))
  const t = squeezeCjkSpaces(s.replace(/^[#\s]+/, "").replace(LIST_BULLET, "").replace(/\s*\|$/, "").replace(VALIDITY_TAG, ""));
  // a title printed whole in its 《》 (an issued plan's title after the signature) is the words inside
  // (nor the date a site's headline adds after it: …的通报(7月2日), …的通知(2025-12-11))
  const dated = headlineDate(t);
  const d = dated ? t.slice(0, dated.index) : t;
  const u = /^《[^《》]+》$/.test(d) ? d.slice(1, -1) : d;
  // …and a plan's title that its contents' heading runs into (…应急预案目录) is the title without it
  const contents = u.endsWith("录") || u.endsWith("錄") ? TITLE_THEN_CONTENTS.exec(u) : null;
  return withoutContents && contents && endsWithDocType(contents[1]!) ? contents[1]! : u;
}
/** An organ's office, then the organ, opening a title (group 1 the office: 三亚市人民政府办公室 三亚市人民政府关于…) */
const OFFICE_ABOVE_ITS_ORGAN = /^((.{2,30}?)(?:办公室|办公厅|辦公室|辦公廳))[\s\u3000]*(?=\2(?!办公|辦公))/;
/** A date in brackets a site's headline ends with (（7月2日）, (2025-12-11), (20230224)) */
const HEADLINE_DATE_AFTER = /[（(](?:(?:(?:19|20)[0-9]{2}[-年./])?[0-9]{1,2}[-月./][0-9]{1,2}日?|(?:19|20)[0-9]{2}[01][0-9][0-3][0-9])[)）]$/;
/** The date a site's headline adds after a title that ends in its 文种 (…的通报(7月2日)): where it begins and its text, or null */
function headlineDate(t: string): { index: number; text: string } | null {
  const m = t.endsWith(")") || t.endsWith("）") ? HEADLINE_DATE_AFTER.exec(t) : null;
  return m && endsWithDocType(t.slice(0, m.index)) ? { index: m.index, text: m[0] } : null;
}
/** A title, then the heading of the contents printed below it (group 1 the title) */
const TITLE_THEN_CONTENTS = /^(.+?)\s*目\s*[录錄]$/;

const ADDRESSEE = /^各|同志|委员|代表|来宾|朋友|们$/;
/** An audience, not an addressee: 同志们, 各位代表, 女士们、先生们, 尊敬的… */
const SALUTATION = /们$|^各位|^尊敬的|^亲爱的|来宾|朋友|^同志/;
/** A person addressed by name and post: 王某某副主席, 李某委员 (主送 to persons) */
const PERSON_ADDRESSED = /^[\u4e00-\u9fa5]{2,4}(?:副)?(?:主席|书记|市长|省长|县长|区长|主任|部长|局长|厅长|院长|委员|秘书长|同志)$/;

/** A body's members addressed by their posts alone, no name (主任, 各位副主任, 秘书长, 各位委员, 各位代表): a report's 称谓 */
const MEMBERS_ADDRESSED = /^(?:各位)?(?:副)?(?:主任|秘书长|委员|代表|主席|常委)$/;

/** A body's members addressed alone by their post, 各位委员: */
const MEMBERS_LINE = /^(?:各位)?(?:委员|代表|常委|理事)[：:]$/;

/** A name alone and its colon (祖树根:): a 主送 only where the text below says 你 or 您 */
const PERSON_NAMED = /^[\u4e00-\u9fa5]{2,4}[：:]$/;

/** The leaders of one's own organ, as an internal 请示 or 报告 addresses them (公司领导：, 局领导：) */
const LEADERS_ADDRESSED = /^(?:公司|集团|局|厅|委|院|部|中心|所|校|学校|行|社|站|办|处|室|会)领导$/;

/** 主送机关 / 称谓: a list of organs or of people addressed, ending in ：. */
function isRecipientsLine(s: string): boolean {
  // (its length without the pinyin glosses a page may add: 局(ju)(ju)(ju)(ju))
  if (!/[：:]$/.test(s) || !charsAtMost(withoutPinyin(s), 300) || /[。]/.test(s) || /^(附件|附|抄送|抄报)[：:]/.test(s)) return false;
  if (metadataPairs(s)) return false;
  if (/通知|公告|决定|报告|要求|意见|事项/.test(s.replace(/[：:]$/, "").slice(-6))) return false;
  // (an addressee never says "the following": …会议决定,修改下列地方性法规: opens a 决定's body)
  if (/下列|如下|以下/.test(s)) return false;
  // (a Traditional page's 主送 is read folded: 陜西省(自治區)工業和信息化主管部門 ends as 部门 does)
  const pieces = splitOrgans(toSimplified(s));
  // 同志们： / 各位委员、同志们： address an audience: a speech's 称谓, not a 主送机关 — and so does any
  // list that 尊敬的 or 亲爱的 opens (尊敬的各位老领导、老同志：)
  // …and so do the posts of a standing committee's members a report addresses (主任、各位副主任、秘书长、各位委员：):
  // its 称谓, the committee's own members — no 主送, and none of them named
  if (pieces.every((p) => (SALUTATION.test(p) || MEMBERS_ADDRESSED.test(p)) && !isOrganLine(p)) || /^(?:尊敬的|亲爱的)/.test(pieces[0] ?? "")) return false;
  return pieces.some((p) => ADDRESSEE.test(p) || SCOPED_GROUP.test(p) || LEVEL_GROUP.test(p) || PERSON_ADDRESSED.test(p) || LEADERS_ADDRESSED.test(p) || isOrganLine(p) || /[校院所局委办厅会部处科室站队司行社區]$|部门$|单位$/.test(p) || TOWN_ADDRESSED.test(p)) || parallelNames(pieces);
}

/** A group addressed within a scope (全校各党政组织, 集团各部门, 全市各级人民法院): the scope, then 各 */
const SCOPED_GROUP = /^(?:全[\u4e00-\u9fa5]|集团|公司|学校|学院|本[\u4e00-\u9fa5]|校内|院内|机关|系统|局属|市属|县属|区属|省属|直属)[\u4e00-\u9fa5]{0,2}各[\u4e00-\u9fa5]{1,12}$/;

/** A town or village named alone, as a 批复 addresses the one that asked (杨家园则镇：) */
const TOWN_ADDRESSED = /^[\u4e00-\u9fa5]{1,10}(?:镇|乡|街道|社区|村)$/;

/**
 * Names written in parallel — two or more short ones sharing their first or last two characters
 * (国网山西电力，国网福建电力，国网陕西电力：): addressees abbreviated past any organ word.
 */
function parallelNames(pieces: string[]): boolean {
  if (pieces.length < 2 || !pieces.every((p) => /^[\u4e00-\u9fa5]{3,15}$/.test(p))) return false;
  const first = pieces[0]!;
  return pieces.every((p) => p.slice(0, 2) === first.slice(0, 2)) || pieces.every((p) => p.slice(-2) === first.slice(-2));
}

/** 签发人：张三 李四 → two names; 签发人：王  明 → one name padded to the width of three. */
function signerNames(s: string): string[] {
  const pieces = s.trim().split(/[\s\u3000]+|[、，,]/).filter(Boolean);
  const out: string[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && [...last].length === 1 && [...p].length === 1) out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

function looksLikeAuthor(s: string): boolean {
  // 胡建军, 胡  建  军, or 市委书记　刘建明 (position and name), or the two glued (副校长李召虎)
  // (or several posts, 市教育局局长、党委书记 赵青山; a two-character name padded to three, 代检察长   万 强)
  const withPost = /^[\u4e00-\u9fa5]{2,12}(?:、[\u4e00-\u9fa5]{2,12}){0,2}[\s\u3000]+[\u4e00-\u9fa5·](?:[ \u3000]?[\u4e00-\u9fa5·]){1,3}$/.test(s.trim());
  const t = s.replace(/[\s\u3000]+/g, "");
  return (withPost || /^[\u4e00-\u9fa5·]{2,4}$/.test(t) || POST_AND_NAME.test(t)) && !ORGAN_SUFFIX.test(t) && !endsWithDocType(t);
}


type LineKind =
  | "chrome" | "metadata" | "url" | "copy" | "secrecy" | "urgency" | "signer" | "number" | "masthead" | "organ" | "series"
  | "date" | "recipients" | "subtitle" | "title" | "body" | "unknown"
  /** a line whose text went into a field */
  | "field";

/** Suffixes a title may carry after its 文种, a space before them or none: （试行）, （征求意见稿）, （2022—2024年）. */
const TITLE_TAIL = /[ \t\u3000]*[（(][^（()）]{1,16}[）)]$/;
/** A line that only continues a title: the (试行) or (征求意见稿) below it, or a list's count ((37件)). */
const TITLE_CONTINUATION = new RegExp(`^[（(](?:${DRAFT_MARK}|[0-9]{1,4}[件项个条份家])[）)]$`);
/** Site prefixes in front of a repeated title: 【通知公告】 (and the year a site files it under, 【地方】(2016)), 标题：, a quoted tag set off by a space (“党政混合信息公开” 中共…) —
 *  never a bracketed 文号 (【京政发〔2024〕3号】北京市…: it ends in 号, and is read as the number) */
const TITLE_PREFIX = /^(?:【(?![^】]{1,11}[号號]】)[^】]{1,12}】(?:[（(](?:19|20)[0-9]{2}[）)])?|\[(?![^\]]{1,11}[号號]\])[^\]]{1,12}\]|“[^”]{2,12}”(?=[ \u3000]))\s*/;
/**
 * A document site's page names the notice by its file (…的通知.docx): when no line reads as a title,
 * the file's name is one, without the extension (a title line below wins over it: the name may be cut)
 */
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|xlsx?|ofd)$/i;

const endsAsTitle = (s: string) => endsWithDocType(cleanTitle(s)) || endsWithDocType(cleanTitle(s).replace(TITLE_TAIL, ""));

/**
 * Where the whole title begins after a headline that abbreviates it, run on before it (the headline's characters all
 * found, in order, in the title after it, which opens as it does: 市长在市政府第一次全体会议上讲话 in 市长在市政府2022年第一次
 * 全体会议上的讲话), or -1. The headline is eight characters or more — a title's own first line is never so found in the
 * rest of it (an organ its issued document names again, 乌兰浩特市人民政府办公室关于印发《乌兰浩特市人民政府…》, opens no copy).
 */
function headlineBeforeTitle(t: string): number {
  // (a title is short: a longer run is no headline and title, and is not searched)
  if (t.length < 16 || t.length > 240) return -1;
  // (the longest such headline: the title's own repeat of its first words is inside the whole)
  for (let k = Math.floor(t.length / 2); k >= 8; k--) {
    const rest = t.slice(k);
    // (the title opens as the headline does, or with the 在 of a speech's occasion before it: 全县…会议上讲话 / 在全县…会议上的讲话)
    const opens = rest.startsWith(t.slice(0, 2)) || (rest[0] === "在" && rest.startsWith(t.slice(0, 2), 1));
    if (!opens || rest.length < k || !endsAsTitle(rest)) continue;
    // (the headline's characters in order in the title: each found after the one before)
    let j = 0;
    for (let i = 0; i < k && j > -1; i++) {
      const at = rest.indexOf(t[i]!, j);
      j = at < 0 ? -1 : at + 1;
    }
    if (j > -1) return k;
  }
  return -1;
}

/** A title's words without spaces and quotation marks, to tell a repeat of it */
const plainTitle = (t: string) => t.replace(/[《》“”"\s\u3000]/g, "");

/**
 * The whole of a title that lost its opening, printed above it (the page's own title line, maybe
 * after the 发文字号 or in 《》): the printed title is its tail — either without 关于 (a tail of lines)
 * or short of one or two characters (a damaged first line) — and the copy ends as a title.
 */
function wholeCopyAbove(blocks: readonly ParagraphBlock[], from: number, to: number, title: string): string | null {
  if (title.length < 8) return null;
  const about = /关于|關於/.test(title);
  for (let k = from; k < to; k++) {
    const b = blocks[k];
    if (!b || !b.text.includes(title.slice(-8))) continue;
    let t = b.text.trim();
    const dn = findDocNumber(t);
    if (dn && dn.index === 0) t = t.slice(dn.length).replace(/^[\s—–－\-:：]+/, "");
    const copy = cleanTitle(t);
    const lost = copy.length - title.length;
    if (lost <= 0 || !copy.endsWith(title) || !endsAsTitle(copy) || metadataPairs(t)) continue;
    // (a title that opens with its organ's level alone, 省人民政府关于…, is printed so: no character lost)
    // (what was lost is characters of a name, not a mark: -柳城县… after a 文号 is that title with a dash)
    const damaged = lost <= 2 && /^[\u4e00-\u9fa5]+$/.test(copy.slice(0, lost)) && !/^[省市县区州旗盟]/.test(title) && (LEADING_ORGAN.exec(copy)?.[1]?.length ?? 0) > lost;
    if (damaged || (!about && /关于|關於/.test(copy))) return copy;
  }
  return null;
}

/** A wiki's banner under a page's title (维基文库，自由的图书馆) */
const WIKI_BANNER = /^(?:维基文库|維基文庫)[，,]\s*自由的(?:图书馆|圖書館)$/;

/** A title with a 发文字号 glued before or after it: the two parts, or null. */
function splitGluedNumber(t: string): { title: string; number: NonNullable<ReturnType<typeof findDocNumber>> } | null {
  const dn = findDocNumber(t);
  // (a number the title cites, 关于商请会签鲁政发〔2017〕36号文件…的函, is no number of the notice's: no 代字 holds 关于)
  if (!dn || dn.withoutYear || /关于|關於/.test(dn.value.prefix ?? "")) return null;
  // (a dash or a colon may join them: 阳政办〔2019〕1号—区人民政府办公室关于…, 互政办函〔2023〕223号:互助…; or a headline's square brackets
  // hold the number: [天政办发〔2023〕24号]天水市人民政府办公室关于…)
  // (…and a site's validity tag before them is the site's: (已废止)微政办字〔2019〕24号 关于…)
  const before = t.slice(0, dn.index).replace(/[（(［[【\s—–－-]+$/, "").replace(VALIDITY_TAG_OPENING, "");
  // (…or brackets hold the title after it: 院办发〔2022〕5号(2021-2022学年度第十次校长办公会纪要))
  const after = t.slice(dn.index + dn.length).replace(/^[）)］\]】\s—–－:：-]+/, "").replace(/^[（(]([^（()）]+)[）)]$/, "$1");
  if (before === "" && after !== "" && endsAsTitle(after)) return { title: after.trim(), number: dn };
  if (after === "" && before !== "" && endsAsTitle(before)) return { title: before.trim(), number: dn };
  return null;
}

/**
 * A 纪要 masthead's organ and series (国网某某供电公司专题会纪要 → 国网某某供电公司 + 专题会纪要): the
 * longest opening that is an organ, the series word after it at most 12 characters; a masthead
 * without one (公司办公会议纪要) is all series.
 */
function minutesMasthead(s: string): { organ: string | null; series: string } {
  for (let k = s.length - 2; k >= 4; k--) {
    if (s.length - k > 12) break;
    const organ = s.slice(0, k);
    // (a whole organ, not a word ending in one of its one-character suffixes: 总经理办|公会议纪要)
    if (MINUTES_ORGAN_END.test(organ) && isOrganLine(organ)) return { organ, series: s.slice(k) };
  }
  return { organ: null, series: s };
}

/** How the organ of a 纪要 masthead ends */
const MINUTES_ORGAN_END = /(?:公司|集团|政府|委员会|局|厅|院|办公室|办公厅|中心|党委|党组|街道|大学|学院|学校)$/;

/** Whether `line` is the number of the 纪要 series `masthead` ends with: bare (〔2022〕69号) or with the series word as its 代字 (专题会纪要〔2022〕69号, as kexie's export writes it) */
function numbersSeries(masthead: string, line: string): boolean {
  if (BARE_NUMBER_RE.test(line)) return true;
  const dn = findDocNumber(line);
  return !!dn && dn.index === 0 && dn.length === line.length && !!dn.value.prefix && dn.value.prefix.endsWith("纪要") && masthead.endsWith(dn.value.prefix);
}

/** A 紧急程度 glued before an organ's name (加急国家电网有限公司…) */
const URGENCY_BEFORE_NAME = new RegExp(`^${URGENCY_RE.source}(?=[\u4e00-\u9fa5]{4})`);


/** A news headline: who issued what, the name quoted and nothing after it (中辦國辦印發《關於…的通知》; group 1 the name) */
const ISSUED_HEADLINE = /^[^《》，。,]{2,40}?(?:联合)?(?:印[发發]|[发發]布|出台)《([^《》]{4,120})》$/;
/** A bulletin's issue number alone (第11期, 第3期(总第56期)) */
const ISSUE_NUMBER_ALONE = /^第[0-9一二三四五六七八九十百]{1,4}期$|^第[0-9一二三四五六七八九十百]{1,4}期[（(]总第[0-9]{1,5}期[）)]$/;
/** A title about a situation: an organ at most before 关于, then …的 and a subject ending in 情况 (关于对1—4月份…项目的督查情况) */
const ABOUT_SITUATION = /^[^，。；,;]{0,30}关于[^，。；,;]{2,80}的[^，。；,;的]{0,10}情况$/;
/** The mark a 国网 document prints before its masthead (内部事项, 普通事项) */
const MASTHEAD_MARK = /^(?:内部事项|普通事项|一般事项)/;

/**
 * The organ of an issuing line, its date set apart after it: a bulletin's (寿县人民政府督查室   2022年8月19) or a 纪要's, the
 * organ letter-spaced and the date in Chinese numerals (上 高 县 人 民 政 府 办 公 室 二O一O年四月六日) — or null
 */
function issuingOrgan(t: string): string | null {
  const issue = t.includes("年") ? SERIES_ISSUE_LINE_RE.exec(t) : null;
  if (issue && isOrganLine(issue[1]!)) return issue[1]!;
  const issued = t.endsWith("日") ? DATE_SET_APART_AT_END.exec(t) : null;
  const organ = issued ? t.slice(0, issued.index + 1) : "";
  return organ && isOrganLine(organ) ? organ.replace(/\s+/g, "") : null;
}

function classify(b: ParagraphBlock, timesOf: (t: string) => number, next: ParagraphBlock | undefined): LineKind {
  const t = b.text.trim();
  const bare = t.replace(/\s+/g, "");
  // a 纪要 series masthead (…专题会纪要) above its bare number (〔2022〕69号), and that number
  if (BARE_NUMBER_RE.test(bare)) return "number";
  if (next && MINUTES_MASTHEAD_RE.test(bare.replace(MASTHEAD_MARK, "")) && !/关于|關於|的/.test(bare) && numbersSeries(bare, next.text.replace(/\s+/g, ""))) return "masthead";
  // (a page's layout table leaves lines of bare borders, | or |||||||||, between its cells)
  // (…nor a site's tag of the validity alone on its line, (已失效): its database's, said where it is skipped)
  if (isOpeningChrome(t) || (t.includes("如下") && REPOST_MARKER.test(t)) || /^\|[|\s]*$/.test(t) || (t.endsWith(")") || t.endsWith("）")) && VALIDITY_TAG.test(t) && t.replace(VALIDITY_TAG, "") === "") return "chrome";
  if (next && CUT_PAGE_TITLE.test(t) && !next.text.includes("》") && (OPENS_WITH_ABOUT.test(next.text.trim()) || LEADING_ORGAN.test(next.text.trim()))) return "chrome";
  // (a page's address glued before its metadata is the metadata's line: http://….html发文字号 鄠政发〔2021〕1号)
  if (URL_LINE.test(bare)) return t.startsWith("http") && metadataPairs(t) ? "metadata" : "url";
  if (metadataPairs(t) || isLabelledRow(t)) return "metadata";
  if (/^\d{6}$/.test(t) || /^份号[：:]\s*\d+$/.test(t)) return "copy";
  // (a 密级 glued before a masthead, 内部事项国网…公司文件, is read with the masthead)
  if (SECRECY_RE.test(t) && t.length <= 20 && !/(?:文件|纪要)$/.test(t)) return "secrecy";
  if (URGENCY_RE.test(t) && bare.length <= 4) return "urgency";
  if (/签发人[：:]/.test(t) && !findDocNumber(t)) return "signer";
  // a series' masthead (公司疫情防控组通知第221号(总第231号)): no title's words, no 发文字号
  if (bare.length <= 50 && SERIES_MASTHEAD.test(bare) && SERIES_MASTHEAD.exec(bare)![0].length === bare.length) return "chrome";
  // a telegram's 机要 serial (鲁机发532号) reads as a number without a year, and is none
  if (bare.length <= 12 && TELEGRAM_SERIAL.test(bare)) return "chrome";
  // a bulletin's issue number alone above its issuing line (第11期): the series', no title
  if (bare.length <= 12 && ISSUE_NUMBER_ALONE.test(bare)) return "chrome";
  const dn = findDocNumber(t);
  // (a short title with its number after it, set apart by a space or a headline's square brackets — …的答复[浙交建〔2018〕101号] —
  // is a title: the title's reader takes the number apart)
  if (dn && bare.length <= dn.length + 24 && !endsAsTitle(t) && !splitGluedNumber(t)) return "number";
  if (SITE_CATEGORY.test(bare)) return "chrome";
  // a telegram's header fields (发电单位…, 签发 于国安, 等级特急·明电): no title's words
  if (bare.length <= 40 && TELEGRAM_FIELD_LINE.test(bare) && (bare.includes("明电") || !/关于|關於/.test(bare))) return "chrome";
  // a telegram's masthead (山东省人民政府办公厅发电) as a notice's …文件
  if (bare.length <= 40 && TELEGRAM_MASTHEAD.test(bare)) {
    if (isOrganLine(TELEGRAM_MASTHEAD.exec(bare)![1]!)) return "masthead";
    // (one that names a province alone, 山东省发电, above the form's fields: no organ, and no title)
    if (next && TELEGRAM_FIELD_LINE.test(next.text.trim())) return "chrome";
  }
  // (the form's 抄报 field left empty: 抄报:)
  if (/^抄报[:：]?$/.test(bare)) return "chrome";
  if (/文件$/.test(bare.replace(SERIES_NUMBER, "")) && bare.length <= 40 && !/[，。；]/.test(bare)) return "masthead";
  if (dateOnly(t)) return "date";
  // a bulletin's issuing line (督查室   2022年8月19): its organ, not a title's first line
  if (issuingOrgan(t)) return "series";
  // a speech's occasion (——2025年1月3日在…会议上): its date, not a subtitle or a title
  if (OCCASION_FRAMED.test(t) ? OCCASION_OPENS.test(t) : OCCASION.test(t)) return "date";
  if (/^(——|—|－－|--)/.test(t)) return "subtitle";
  if (isRecipientsLine(t)) return "recipients";
  // a person addressed by name alone (祖树根:), as a reply to a citizen's application is, when the text
  // below speaks to them (你提交的…, 您报来的…)
  if (next && PERSON_NAMED.test(t) && /^[你您]/.test(next.text.trimStart())) return "recipients";
  if (matchMarker(t)) return "body";
  // a sentence, unless the page prints it twice (a summary above the article repeats its opening)
  if (/[。；]/.test(t) && !charsAtMost(t, 30)) return timesOf(t) > 1 ? "chrome" : "body";
  if (isOrganLine(bare) && !endsAsTitle(bare)) return "organ";
  // a short label and its value (征集时间：…, 联系人：…) is not part of a title
  // (a site's region tag before a title is no label: 贵州:关于印发…的通知)
  if (/^[\u4e00-\u9fa5]{1,12}[：:]\s*\S/.test(t) && !REGION_TAG.test(t)) return "unknown";
  // (a headline that exclaims, 就在明天 | 漳州大规模演练!请不要惊慌......, is a news page's, never a notice's title)
  if ((t.includes("!") || t.includes("！")) && !OPENS_WITH_ABOUT.test(t) && !/关于|關於/.test(t)) return "unknown";
  // (its length without the pinyin glosses a mirror adds: 關(guān)于檢察機(jī)關(guān)… is a title of half the characters)
  if ((charsAtMost(t, 140) || (t.includes("(") && charsAtMost(withoutPinyin(t), 140))) && !/[。；]$/.test(t)) return "title";
  // (a joint notice's title names every issuing organ before its 关于, eighteen ministries and more:
  // 生态环境部、国家发展和改革委员会、…、最高人民检察院关于印发…的通知 — measured from its 关于; set apart by
  // 、 or by spaces, 农业农村部办公厅 国家发展改革委办公厅 …关于…; no piece holding a date's digits)
  const about = t.indexOf("关于");
  if (about > 0 && charsAtMost(t.slice(about), 140) && !/[。；]/.test(t) && endsAsTitle(t) && t.slice(0, about).split(/[、\s\u3000]+/).every((o) => isOrganLine(o) && !/[0-9０-９]/.test(o))) return "title";
  return "unknown";
}

/** A run of lines that forms a title: its first and last index and the text. */
interface TitleRun {
  from: number;
  to: number;
  text: string;
  number: ReturnType<typeof findDocNumber>;
}

/** How an organ's full name opens: a place, 中共, 国务院 (not a page's 返回顶部, which ends in 部 too) */
const PLACE_OPENING = /^(?:中共|国务院|[\u4e00-\u9fa5]{1,6}[省市县区州旗])/;

/** Whether the line at k is printed again, word for word, elsewhere in the opening stretch */
function printedAgain(blocks: ParagraphBlock[], end: number, k: number): boolean {
  if (k >= blocks.length) return false;
  // (a law site's copy may carry its year or version after it: 厦门市新型墙体材料管理规定(2002年))
  const bare = (x: string) => x.trim().replace(TITLE_TAIL, "").replace(/\s+/g, "");
  const t = bare(blocks[k]!.text);
  for (let i = 0; i < end; i++) if (i !== k && bare(blocks[i]!.text) === t) return true;
  return false;
}

/** A lone table border at a line's end, left by a page's layout table (…的通知 |) */
const TRAILING_PIPE = /[ \t\u3000]*\|[ \t\u3000|]*$/;
/** Whether a line ends in a table border: asked before TRAILING_PIPE, which is quadratic on a long run of spaces without one */
const endsInPipe = (t: string): boolean => t.trimEnd().endsWith("|");
/** A line ending in a table border without it — nor the row's opening bar when the cell is the row's only one (| 2025年度区民政局重点工作任务分解 |) */
const withoutCellBorder = (t: string): string => t.replace(TRAILING_PIPE, "").replace(/^\|\s*(?=[^|]+$)/, "");

/**
 * A 关于 line that ends in a 文种's word with no 的 anywhere (关于分解落实2019年市政府工作报告), above a line
 * that closes with 的 and a 文种 (主要目标任务的通知): the word names what the title is about, and the
 * title goes on.
 */
function aboutGoesOn(text: string, next: string): boolean {
  return OPENS_WITH_ABOUT.test(text) && !text.includes("的") && charsAtMost(next, 40) && /的[\u4e00-\u9fa5]{1,4}$/.test(next) && endsAsTitle(next);
}

function titleRuns(blocks: ParagraphBlock[], kinds: LineKind[], end: number): TitleRun[] {
  const runs: TitleRun[] = [];
  for (let s = 0; s < end; s++) {
    // (a line read as the number may be a title with its number after it, and a table's border: …的通知 常政發〔2023〕1號 |)
    if (kinds[s] !== "title" && kinds[s] !== "organ" && !(kinds[s] === "number" && endsInPipe(blocks[s]!.text) && splitGluedNumber(blocks[s]!.text.trim().replace(TRAILING_PIPE, "")))) continue;
    // (a page table's cell border after it, …的通知 常政發〔2023〕1號 |, is no part of it — unless the
    // line below holds a cell too: a table written one cell per line, 1-10月推进情况 | / 说明 |)
    const cellBelow = s + 1 < blocks.length && endsInPipe(blocks[s + 1]!.text) && /[^\s|]/.test(blocks[s + 1]!.text);
    // (a dashed metadata list whose breaks fell after its labels leaves the next label at the end of
    // the title's line: 何家洞镇突发事件总体应急预案 - 文号: — no part of the title)
    let text = blocks[s]!.text.trim().replace(TITLE_PREFIX, "").replace(REGION_TAG, "").replace(NEXT_LABEL_AT_END, "");
    if (!cellBelow && endsInPipe(text)) text = withoutCellBorder(text);
    let number: TitleRun["number"] = null;
    const glued = splitGluedNumber(text);
    if (glued) ({ title: text, number } = glued);
    let to = s;
    // a title broken over up to four lines: the shortest run that ends with a 文种. Titles are
    // broken only when long, so the first line is long, an organ, or opens with 关于 — not a
    // stray word of page furniture (海报, 24 页) above a one-line title
    // (…nor a line of Latin letters alone, a site's banner word: RENOVATION, Policy Overview)
    const opens = (kinds[s] === "organ" || OPENS_WITH_ABOUT.test(text) || ENDS_WITH_ABOUT.test(text) || !charsAtMost(text.replace(/\s+/g, ""), 7)) && !LATIN_ONLY.test(text);
    for (let k = s + 1; opens && (!endsAsTitle(text) || aboutGoesOn(text, blocks[k]?.text.trim() ?? "")) && k < Math.min(end, s + 4); k++) {
      const next = blocks[k]!.text.trim();
      // (a line that ends in 关于 goes on whatever the length of the next: 乌兰浩特市人民政府办公室关于 / 印发《…》和《…》的通知)
      // (below an organ line, its length without the pinyin glosses a mirror adds: 四川省人民政府辦公廳 /
      // 關(guān)于印發(fā)… is read as 關于印發…)
      // (a bullet opens an item of a page's list — • 法律圖書館 / • 新法規速遞 — not a title's next line)
      if (next.startsWith("•")) break;
      // (what a title holds before its 关于 is the organ that issues it: a line above 关于… that ends in
      // no organ's name — a page's heading, a headline, 2020年4月4日请默哀!… — is not its first line)
      // (…nor is a site's menu below an organ-like word: 服务中心 / 行政事务 / 关于…)
      // (two organs stacked above it, 安康市公安局交通警察支队 / 安康市住房和城乡建设局 / 关于…, join it: the line
      // right above is asked)
      if (OPENS_WITH_ABOUT.test(next) && (kinds[s] !== "organ" || k > s + 1) && !ENDS_WITH_ABOUT.test(text) && !endsWithOrgan(k > s + 1 ? blocks[k - 1]!.text.trim() : text)) break;
      // (…and below a first line glossed too, no sentence's comma or colon in it: a mirror glosses every line,
      // 河南省…廳關(guān)于印發(fā) / 河南省…揚(yáng)塵污染治理…的通知)
      const measured = next.includes("(") && (kinds[s] === "organ" || (text.includes("(") && !/[，,：:]/.test(text) && withoutPinyin(text) !== text)) ? withoutPinyin(next) : next;
      if ((kinds[k] !== "title" && kinds[k] !== "organ") || !charsAtMost(measured, ENDS_WITH_ABOUT.test(text) ? 100 : 40)) break;
      // a masthead organ printed above a whole title that names it again is not the title's first line,
      // nor is a law database's organ line between two copies of the title (济南市…管理规定 /
      // 山东省济南市人民政府 / 济南市…管理规定)
      if (kinds[s] === "organ" && endsAsTitle(next) && leadingOrgan(next)) break;
      // (the organ line may be an abbreviation no organ word ends: 上海市人大常委会)
      if (k === s + 1 && charsAtMost(text, 16) && endsAsTitle(next) && printedAgain(blocks, end, k)) break;
      text += next;
      to = k;
    }
    // (a bulletin's title ends in its subject's 情况 after 关于…的, no 文种: 市委市政府督查局 / 关于对1—4月份…项目的 / 督查情况)
    if (!endsAsTitle(text) && !(text.endsWith("情况") && ABOUT_SITUATION.test(text))) continue;
    if (to + 1 < end && TITLE_CONTINUATION.test(blocks[to + 1]!.text.trim())) text += blocks[++to]!.text.trim();
    runs.push({ from: s, to, text, number });
  }
  // the tail of a title broken over lines is a run of its own (…的通知): the whole one wins
  const whole = runs.filter((r) => !runs.some((o) => o.from < r.from && o.to >= r.to));
  // …and a title broken right after a 文种 word used as a noun (关于…发展计划 / 执行情况与…的报告):
  // the line below that opens no title of its own (no 关于, organ, year or 《) goes on with it
  for (let k = whole.length - 1; k > 0; k--) {
    const [a, b] = [whole[k - 1]!, whole[k]!];
    // (the first line long enough to open a title, 关于… or ten characters — not a site's category
    // line 发展规划 — and not the same title printed twice)
    const opensTitle = OPENS_WITH_ABOUT.test(a.text) || !charsAtMost(a.text.replace(/\s+/g, ""), 9);
    // (…nor two prints of one title that end alike: 潍坊政务公开工作要点实施方案 / 潍坊市2017年政务公开工作要点实施方案)
    if (a.to + 1 === b.from && opensTitle && plainTitle(a.text) !== plainTitle(b.text) && plainTitle(a.text).slice(-6) !== plainTitle(b.text).slice(-6) && NOUN_DOC_TYPE_END.test(a.text) && !TITLE_OPENING.test(b.text) && !leadingOrgan(b.text) && charsAtMost(a.text + b.text, 120)) {
      whole.splice(k - 1, 2, { from: a.from, to: b.to, text: a.text + b.text, number: a.number ?? b.number });
    }
  }
  return whole;
}
/** Whether a title's first line ends in an organ's name (or opens a 《 the next line closes), as text before 关于 does */
function endsWithOrgan(text: string): boolean {
  // (the organs' verb or their 发文字号 may stand before the 关于: …中级人民法院印发 / 关于…; …国家保密局鲁密办函〔2021〕5号 / 关于…)
  let t = withoutPinyin(text).replace(/(?:联合)?(?:印发|转发|批转|印發|轉發|批轉)$/, "");
  const dn = /[号號]\s*$/.test(t) ? findDocNumber(t) : null;
  if (dn && dn.index + dn.length >= t.trimEnd().length) t = t.slice(0, dn.index);
  t = t.replace(/[\s\u3000）)]+$/, "");
  return ORGAN_SUFFIX.test(t) || isOrganLine(t) || /《[^》]*$/.test(t) || spacedOrgans(t) !== null;
}
/** A line of Latin letters, digits and spaces alone: a site's banner or menu word, no part of a Chinese title */
const LATIN_ONLY = /^[A-Za-z][A-Za-z0-9 .,&'-]*$/;
/** 文种 words that also name the subject of a longer title (…发展计划执行情况的报告, …规划实施方案) */
const NOUN_DOC_TYPE_END = /(计划|规划|方案|要点)$/;
/** How a title of its own begins: 关于, a year, a 《, an ordinal */
const TITLE_OPENING = /^(?:[关關][于於]|(?:19|20)\d{2}|《|[一二三四五六七八九十]+、|第)/;

export function extractHeader(
  blocks: ParagraphBlock[],
  diagnostics: Diagnostic[],
  opts: { allowUntitled?: boolean; /** a part's head: a part keeps no 版头 (份号, 密级, masthead, 签发人) */ part?: boolean } = {},
): HeaderResult {
  const r: HeaderResult = {
    copyNumber: null, secrecy: null, secrecyPeriod: null, urgency: null, masthead: null, mastheadText: null, letterhead: false, docNumber: null, signer: [],
    title: null, titleLine: null, docType: null, subtitle: null, author: null, date: null, dateText: null, dateAt: null,
    recipients: [], titleRaw: null, metadata: {}, next: 0, pageOrgan: null,
  };
  const limit = Math.min(blocks.length, MAX_OPENING_BLOCKS);
  // how often a line is printed in the whole text: counted once, when a sentence line first asks
  let repeats: Map<string, number> | null = null;
  const timesOf = (t: string): number => {
    if (!repeats) {
      repeats = new Map();
      for (const b of blocks) repeats.set(b.text.trim(), (repeats.get(b.text.trim()) ?? 0) + 1);
    }
    return repeats.get(t) ?? 0;
  };
  // lines are classified as far as the stretch reaches (and one past it), not all 60: most
  // notices reach their body within a few lines
  const kinds: LineKind[] = [];
  const classifyTo = (n: number) => {
    for (let k = kinds.length; k < Math.min(n, limit); k++) kinds.push(classify(blocks[k]!, timesOf, blocks[k + 1]));
  };

  const valueBelowLabel = (i: number): boolean => {
    if (i === 0 || kinds[i - 1] !== "metadata") return false;
    const pairs = metadataPairs(blocks[i - 1]!.text);
    const last = pairs?.[pairs.length - 1];
    return !!last && last[1] === "" && fitsLabel(last[0], blocks[i]!.text.trim());
  };
  /** A sentence paragraph followed, after more of them or a 原文如下 line, by a title and its number or 主送 */
  const newsLead = (i: number): boolean => {
    let j = i + 1;
    // (more of them, the 原文如下 line, and page furniture between: a URL, a metadata line)
    for (; j < Math.min(limit, i + 8); j++) {
      classifyTo(j + 4);
      // (a lead sentence of 30 characters or fewer is no "body" line to classify, yet a sentence: 文件指出，…政策。)
      if (kinds[j] !== "body" && kinds[j] !== "chrome" && kinds[j] !== "url" && kinds[j] !== "metadata" && !(kinds[j] === "unknown" && /[。！]$/.test(blocks[j]!.text.trim()))) break;
    }
    // (…or no title: the number, then the 主送 — 具体如下: / 沪府〔2023〕49号 / 上海市国资委:)
    if (j + 1 < limit && kinds[j] === "number" && kinds[j + 1] === "recipients") return true;
    if (j >= limit || (kinds[j] !== "title" && kinds[j] !== "organ")) return false;
    const run = titleRuns(blocks, kinds, Math.min(limit, j + 5)).find((r) => r.from === j);
    return !!run && run.to + 1 < limit && (kinds[run.to + 1] === "number" || kinds[run.to + 1] === "recipients");
  };
  // the stretch ends at the first 主送 after a title, or at the first body paragraph
  let end = limit;
  let seenTitle = false;
  for (let i = 0; i < limit; i++) {
    classifyTo(i + 4);
    const k = kinds[i]!;
    if (k === "title" || k === "organ") seenTitle = seenTitle || titleRuns(blocks, kinds, Math.min(limit, i + 4)).some((run) => run.from === i);
    // (a title the page's metadata names, 标题：…, is a title seen: the line above it is page furniture)
    if (k === "recipients" && (seenTitle || i === 0 || kinds.slice(0, i).every((x) => x !== "title") || kinds.some((x, n) => n < i && x === "metadata" && /标\s*题/.test(blocks[n]!.text)))) {
      end = i + 1;
      break;
    }
    // a news repost's lead paragraphs above the notice it quotes (日前，…印发…的通知。文件指出，… /
    // 文件原文如下： / the title, then its number or 主送): the page's, not the notice's body
    if (k === "body" && !seenTitle && newsLead(i)) {
      kinds[i] = "chrome";
      continue;
    }
    // (a value alone below its label — 索引号 / 011437144/2023-06550 — is the label's, not the body)
    if ((k === "body" || (k === "unknown" && seenTitle)) && !valueBelowLabel(i)) {
      end = i;
      break;
    }
  }
  classifyTo(end + 1);
  // metadata: label/value pairs, a value alone on the line below its label
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== "metadata") continue;
    // (a copy: the value below its label is written into it, and the lexicon's answer is shared)
    const pairs = metadataPairs(blocks[i]!.text)?.map(([k, v]): [string, string] => [k, v]);
    if (!pairs) continue; // a value line taken by the label above it
    const last = pairs[pairs.length - 1];
    // (a row that closes its last cell empty, 信息分类: | |, says its value is empty: nothing from below)
    if (last && last[1] === "" && i + 1 < end && !/\|\s*\|\s*$/.test(blocks[i]!.text) && fitsLabel(last[0], blocks[i + 1]!.text.trim()) && kinds[i + 1] !== "metadata") {
      last[1] = blocks[i + 1]!.text.trim().replace(/^\|\s*|\s*\|$/g, "");
      kinds[i + 1] = "metadata";
      // a title value broken after its organs (中国人民银行 国家外汇管理局 / 关于…的通知) goes on
      // with the 关于 line below: both are the label's, and the title above is the notice's
      const more = blocks[i + 2]?.text.trim() ?? "";
      if (/标题|名称/.test(last[0]) && i + 2 < end && isOrganLine(last[1]) && OPENS_WITH_ABOUT.test(more) && kinds[i + 2] !== "metadata") {
        last[1] += more;
        kinds[i + 2] = "metadata";
      }
    }
    for (const [label, value] of pairs) if (value && !(label in r.metadata)) r.metadata[label] = value;
  }

  const runs = titleRuns(blocks, kinds, kinds[end - 1] === "recipients" ? end - 1 : end);
  // the notice's own title is the one nearest the body; earlier ones are page titles and repeats
  let run: TitleRun | undefined = runs[runs.length - 1];
  // …but when a repeat nearer the body lost the title's 《》 (a page's metadata line reprinting
  // it), the title is as the notice writes it, with its quotation marks
  // (the repeat is then read past as the title again, below)
  if (run && !run.text.includes("《")) {
    const quoted = runs.find((q) => q.text.includes("《") && plainTitle(q.text) === plainTitle(run!.text));
    if (quoted) run = quoted;
  }
  // …and when the run nearest the body is the document an earlier 印发 title names (…办公室印发《静安区…三年行动
  // 计划(2018—2020年)》的通知 / 静安区…三年行动计划 / (2018—2020年)), the page left out the cover's text: the
  // notice is the 印发 title, and the plan below it begins the body as its issued part
  if (run && !run.text.includes("《") && runs.length > 1) {
    const plan = plainTitle(run.text).replace(/[（(][^（）()]*[）)]$/, "");
    const names = (q: TitleRun) => [...[...q.text.matchAll(/《([^《》]{4,80})》/g)].map((m) => m[1]!), ISSUED_IN_TITLE.exec(q.text.replace(/\s+/g, ""))?.[1] ?? ""];
    const cover = runs.find((q) => q !== run && q.from < run!.from && /(?:印发|转发|颁布|发布)/.test(q.text) && /的?通知$/.test(q.text.trim()) && names(q).some((n) => n !== "" && plainTitle(n).replace(/[（(][^（）()]*[）)]$/, "") === plan));
    if (cover && plan.length >= 6) run = cover;
  }
  // …but a wiki page prints its own title above its banner (…指挥部1号令 / 维基文库，自由的图书馆), then links to
  // the documents before and after it (…2号令): the title is the one above the banner
  const banner = runs.length > 1 ? blocks.findIndex((b, n) => n < end && WIKI_BANNER.test(b.text.trim())) : -1;
  // (…when the run nearest the body is another title: a page that prints its title again below the banner keeps it)
  const paged = banner > 0 ? runs.find((q) => q.to === banner - 1 && run !== undefined && plainTitle(q.text) !== plainTitle(run.text)) : undefined;
  if (paged) {
    run = paged;
    // (its links to the documents around it are the wiki's, no part of the notice)
    const links = runs.filter((q) => q.from > banner && q.from < banner + 8);
    for (const q of links) for (let k = q.from; k <= q.to; k++) kinds[k] = "chrome";
    // (…and what the wiki's header box gives between them — the title again, its serial, date and organ — is
    // its metadata, read past)
    for (let k = banner + 1; k < (links.at(-1)?.from ?? banner); k++) if (kinds[k] !== "chrome" && kinds[k] !== "url") kinds[k] = "metadata";
  }
  // (the page's metadata may name a title that ends in its 文种: that, before any line that does not)
  const namedInMetadata = r.metadata["标题"] ?? r.metadata["名称"] ?? r.metadata["文件名称"];
  if (!run && !(namedInMetadata && endsAsTitle(namedInMetadata))) {
    // no line ends in a 文种 (…任务分解, …台账): the first title-like line after the page's own text
    // (a speaker's name and post below a speech's occasion line is no title)
    const speaker = (n: number) => n > 0 && OCCASION_OPENS.test(blocks[n - 1]!.text.trim()) && looksLikeAuthor(blocks[n]!.text.trim());
    // (nor is a 称谓 that ends in a colon, 各位代表：)
    const i = kinds.findIndex((k, n) => n < end && k === "title" && !speaker(n) && !/[：:]$/.test(blocks[n]!.text.trim()));
    const t = i >= 0 ? blocks[i]!.text.trim() : "";
    if (i >= 0 && (opts.allowUntitled !== true || blocks[i]!.heading > 0 || charsAtMost(t, 60))) {
      run = { from: i, to: i, text: (endsInPipe(t) ? withoutCellBorder(t) : t).replace(TITLE_PREFIX, "").replace(REGION_TAG, "").replace(FILE_EXTENSION, ""), number: null };
      // a 关于 title broken over two lines that ends in no 文种 (关于落实国务院《政府工作报告》 / 重点工作的任务分工):
      // a short line of the same kind right below, no pause in it, goes on with it
      const next = blocks[i + 1]?.text.trim() ?? "";
      if (OPENS_WITH_ABOUT.test(run.text) && !endsAsTitle(run.text) && i + 1 < end && kinds[i + 1] === "title" && charsAtMost(next, 30) && !/[。；;：:，,！？|｜]/.test(next) && !matchMarker(next) && !dateOnly(next)) {
        run = { ...run, to: i + 1, text: run.text + next };
      } else if (i + 1 < blocks.length && TITLE_CONTINUATION.test(next)) {
        // (…and its (试行) or a list's count below it: 需修改的省政府规章目录 / (37件))
        run = { ...run, to: i + 1, text: run.text + next };
      }
    }
  }
  if (!run) {
    // a page whose body has no title line: its metadata names it (名称：…, 标题：…)
    const named = namedInMetadata;
    const glued = named ? splitGluedNumber(named) : null;
    if (named) run = { from: end, to: -1, text: glued?.title ?? named, number: glued?.number ?? null };
  }
  if (run) {
    // a speech's or report's main title broken over lines, no 文种 in it, its ——subtitle below (勇于担当作为
    // 强化工作落实 / 奋力推进…大学建设 / ——在…上的工作报告): the lines down to the subtitle are the title
    if (run.to >= 0 && !endsAsTitle(run.text)) {
      let k = run.to + 1;
      while (k <= run.to + 2 && k < end && kinds[k] === "title" && charsAtMost(blocks[k]!.text.trim(), 40) && !/[。；;！？!?：:]/.test(blocks[k]!.text)) k++;
      if (k > run.to + 1 && k < end && kinds[k] === "subtitle") {
        for (let j = run.to + 1; j < k; j++) run = { ...run, text: run.text + blocks[j]!.text.trim() };
        run = { ...run, to: k - 1 };
      }
    }
    // an organ line right above 关于… is the title's first line (中共湖州市委  湖州市人民政府 / 关于…)
    const above = run.to >= 0 ? run.from - 1 : -1;
    if (above >= 0 && kinds[above] === "organ" && OPENS_WITH_ABOUT.test(run.text)) {
      run = { ...run, from: above, text: blocks[above]!.text.trim() + " " + run.text };
    } else if (above >= 0 && OPENS_WITH_ABOUT.test(run.text) && kinds[above] === "title" && spacedOrgans(blocks[above]!.text) !== null) {
      run = { ...run, from: above, text: blocks[above]!.text.trim() + " " + run.text };
    }
    // …and the organs of a joint title wrap over lines (農業農村部 最高人民法院 … / 工業和信息化部 公安部 … / 關于…):
    // lines of organs above a title that opens with organs are its first lines
    const organRow = (t: string) => (spacedOrgans(t)?.length ?? 0) >= 2;
    const head = LEADING_ORGAN.exec(run.text);
    const opensWithOrgans = run.to >= 0 && !!head && organRow(head[1]!);
    for (let k = run.from - 1; opensWithOrgans && k >= 0 && k >= run.from - 2 && (kinds[k] === "organ" || kinds[k] === "title") && organRow(blocks[k]!.text); k--) {
      run = { ...run, from: k, text: blocks[k]!.text.trim() + " " + run.text };
    }
    // the masthead organ glued in front of a title that names it again (a paste that lost its
    // line breaks): 山东省住房和城乡建设厅山东省住房和城乡建设厅关于… — the first is the masthead
    const twice = /^(.{4,30}?)[\s\u3000]*\1/.exec(run.text);
    if (twice && isOrganLine(twice[1]!)) {
      if (!r.masthead) {
        r.masthead = twice[1]!;
        r.mastheadText = twice[1]!;
      }
      // the doubled name is quoted, not dropped unsaid
      diagnostics.push({
        severity: "info", code: "header-line-skipped",
        message: `read "${twice[0].trim()}" before the title as the organ named twice`,
        line: blocks[run.from]?.line ?? 1, column: blocks[run.from]?.column ?? 1,
      });
      run = { ...run, text: run.text.slice(twice[0].length - twice[1]!.length) };
    }
    // an organ's own office on the line above the organ's title (三亚市人民政府办公室 / 三亚市人民政府 /
    // 关于…): the office that put the page up, never a joint issuer with the organ it serves
    const office = OFFICE_ABOVE_ITS_ORGAN.exec(run.text);
    if (office && isOrganLine(office[1]!)) {
      diagnostics.push({
        severity: "info", code: "header-line-skipped",
        message: `read "${office[1]}" before the title as the office of the organ that issues it, not a joint issuer`,
        line: blocks[run.from]?.line ?? 1, column: blocks[run.from]?.column ?? 1,
      });
      run = { ...run, text: run.text.slice(office[0].length) };
    }
    // a printed title that lost its opening (a mirror page's 政府工作报告…的通知 under its whole name in
    // 《》, a scan's 江县人民政府办公室关于… under the page's 浦江县…): the whole copy above, where one is
    const whole = wholeCopyAbove(blocks, Math.max(0, run.from - 16), run.from, cleanTitle(run.text));
    if (whole) {
      diagnostics.push({
        severity: "info", code: "header-line-skipped",
        message: `the title line "${run.text.trim()}" lost its opening: read whole as printed above it, "${whole}"`,
        line: blocks[run.from]?.line ?? 1, column: blocks[run.from]?.column ?? 1,
      });
      run = { ...run, text: whole };
    }
    // a page's headline, short or cut, run on before the title it abbreviates (市长在市政府第一次全体会议上讲话 / 市长在
    // 市政府2022年第一次全体会议上的讲话; …基础教育综合改 / …基础教育综合改革实验区的通知): the whole title is the second
    const clean = cleanTitle(run.text);
    const twiceAt = headlineBeforeTitle(clean);
    if (twiceAt > 0) {
      diagnostics.push({
        severity: "info", code: "header-line-skipped",
        message: `read "${clean.slice(0, twiceAt)}" before the title as the page's headline, which the title repeats in full`,
        line: blocks[run.from]?.line ?? 1, column: blocks[run.from]?.column ?? 1,
      });
      run = { ...run, text: clean.slice(twiceAt) };
    }
    r.titleRaw = run.text.trimStart().replace(LIST_BULLET, "");
    r.title = cleanTitle(run.text);
    // (a date after the title, …的决定(2011年7月1日), left out of it: a full date is the one under the title,
    // as when it stands on its own line; a site's headline date (7月2日) is quoted, so it is not lost)
    const after = headlineDate(squeezeCjkSpaces(run.text.trim()));
    if (after) {
      const d = dateOnly(after.text);
      if (d?.iso && !r.date) {
        r.date = d.iso;
        r.dateText = after.text;
        r.dateAt = { line: blocks[run.to >= 0 ? run.to : run.from]?.line ?? 1, column: 1 };
      } else {
        diagnostics.push({
          severity: "info", code: "header-line-skipped",
          message: `read "${after.text}" after the title as the page's date, not the title's`,
          line: blocks[run.to >= 0 ? run.to : run.from]?.line ?? 1, column: 1,
        });
      }
    }
    r.titleLine = blocks[run.from]?.line ?? null;
    // (the contents' heading a title runs into, …应急预案目录, is quoted where it is left out)
    if (r.title !== cleanTitle(run.text, false)) {
      diagnostics.push({
        severity: "info", code: "header-text-unread",
        message: `the title line "${run.text.trim()}" ends in the heading of the contents below it (目录), which is not part of the title`,
        line: blocks[run.to]?.line ?? 1, column: blocks[run.to]?.column ?? 1,
      });
    }
    // (a 文种 a mirror glosses in pinyin, …的通(tōng)知, is read without its glosses)
    r.docType = docTypeOf(r.title.replace(TITLE_TAIL, "")) ?? docTypeOf(r.title) ?? (r.title.includes("(") ? docTypeOf(withoutPinyin(r.title)) : null);
    if (run.number) r.docNumber = run.number.value;
    for (let i = run.from; i <= run.to; i++) kinds[i] = "field";
  }
  const titleFrom = run?.from ?? end;
  const titleTo = run?.to ?? -1;

  // 版头 fields before the title
  let minutesSeries: string | null = null;
  for (let i = 0; i < titleFrom; i++) {
    const b = blocks[i]!;
    let t = b.text.trim();
    let bare = t.replace(/\s+/g, "");
    const before = r.copyNumber + "|" + r.secrecy + "|" + r.urgency + "|" + r.signer.join() + "|" + r.masthead + "|" + r.mastheadText + "|" + r.docNumber?.raw;
    switch (kinds[i]) {
      case "copy":
        r.copyNumber = t.replace(/^份号[：:]\s*/, "");
        break;
      case "secrecy": {
        const sec = SECRECY_RE.exec(t)!;
        r.secrecy = sec[1]!;
        r.secrecyPeriod = sec[2] ? sec[2].replace(/[\s★]+/g, "") || null : null;
        const u = URGENCY_RE.exec(t.slice(sec[0].length));
        if (u) r.urgency = u[1]!;
        // the mark glued before the masthead organ, the number below (内部事项国家电网有限公司办公室 /
        // 办督〔2021〕6号): the organ issues
        const organ = t.slice(sec[0].length).replace(/\s+/g, "");
        if (!r.masthead && !u && organ && isOrganLine(organ) && kinds[i + 1] === "number") {
          r.masthead = organ;
          r.mastheadText = organ;
        }
        break;
      }
      case "urgency":
        r.urgency = URGENCY_RE.exec(t)![1]!;
        break;
      case "signer":
        r.signer = signerNames(/签发人[：:]\s*(.+)$/.exec(t)?.[1] ?? "");
        break;
      case "masthead": {
        if (r.mastheadText) break;
        // a 密级 glued before the masthead (a text that lost its line breaks: 内部事项国网…公司文件)
        const mark = SECRECY_RE.exec(t);
        if (mark && !r.secrecy) {
          r.secrecy = mark[1]!;
          t = t.slice(mark[0].length).trim();
          bare = t.replace(/\s+/g, "");
        }
        // (…and the 紧急程度 glued after it: 内部事项加急国家电网有限公司…文件)
        const urgent = URGENCY_BEFORE_NAME.exec(t);
        if (urgent) {
          r.urgency ??= urgent[1]!;
          t = t.slice(urgent[0].length).trim();
          bare = t.replace(/\s+/g, "");
        }
        // …or the mark of an unclassified one (普通事项国网…公司文件): no 密级, and no part of the organ
        const plain = UNCLASSIFIED_RE.exec(t);
        if (plain) {
          t = t.slice(plain[0].length).trim();
          bare = t.replace(/\s+/g, "");
        }
        // a 纪要 series: its organ issues, its series word is the 代字 of the number below it
        if (/纪要$/.test(bare)) {
          const minutes = minutesMasthead(bare);
          r.masthead = minutes.organ;
          r.mastheadText = (plain ? plain[0].trim() : "") + bare;
          minutesSeries = minutes.series;
          break;
        }
        // joint issuance: organ lines stacked above …文件; or several organs on one line
        const organs: string[] = [];
        for (let k = i - 1; k >= 0 && kinds[k] === "organ"; k--) organs.unshift(blocks[k]!.text.replace(/\s+/g, ""));
        // a session's series of documents (金寨县十八届人大 / 五次会议文件（十一）) names no issuer:
        // the office that wrote it is named below the title; its first line may stand above
        if (/会议文件$/.test(bare.replace(SERIES_NUMBER, ""))) {
          const above = i > 0 && (kinds[i - 1] === "organ" || kinds[i - 1] === "title") && charsAtMost(blocks[i - 1]!.text.trim(), 16) ? blocks[i - 1]!.text.trim() : "";
          if (above) kinds[i - 1] = "field";
          r.masthead = null;
          r.mastheadText = above + bare;
          break;
        }
        const own = t.replace(/(?:文件|发电)\s*$/, "").trim();
        const onLine = own.split(/[\s\u3000]+/).filter(Boolean);
        if (organs.length >= 1 && (own === "" || isOrganLine(own.replace(/\s+/g, "")))) {
          if (own) organs.push(own.replace(/\s+/g, ""));
          r.masthead = organs[0]!;
          // (one organ above 文件 is one masthead word broken by the layout, as 某某人民政府  文件 on one
          // line is: printed whole; joint organs stay apart)
          r.mastheadText = organs.length === 1 ? `${organs[0]}文件` : [...organs, "文件"].join(" ");
        } else if (onLine.length > 1 && onLine.every(isOrganLine)) {
          r.masthead = onLine[0]!;
          r.mastheadText = t.replace(/[\s\u3000]+/g, " ");
        } else {
          // 中共山东省委山东省人民政府文件: a joint masthead written without spaces; the first issues
          r.masthead = firstOfJoint(bare.replace(/(?:文件|发电)$/, "")) ?? bare.replace(/(?:文件|发电)$/, "");
          r.mastheadText = bare;
        }
        // (the masthead as printed keeps the mark: 普通事项国网…公司文件)
        if (plain && r.mastheadText) r.mastheadText = plain[0].trim() + r.mastheadText;
        // 国家电网有限公司部门文件: the series of a company's departments, not an issuer — the
        // department that issues is named by the title and the signature
        if (/部门文件$/.test(bare)) r.masthead = null;
        break;
      }
      case "number": {
        // (the series word of the 纪要 masthead above stands for the 代字; none: the number as printed)
        const series = seriesNumber(bare, minutesSeries);
        if (series) {
          r.docNumber ??= series;
          break;
        }
        const found = findDocNumber(t)!;
        let dn = found;
        // a masthead glued to the number, the line break between them lost (江苏省教育厅办公室文件苏教办职[2011]3号):
        // the organ is the masthead's, the 代字 what follows 文件
        // (…or a space between them: 江苏省教育厅办公室文件 苏教办职[2011]3号)
        const glued = MASTHEAD_BEFORE_CODE.exec(dn.value.prefix ?? "");
        const spaced = glued ? null : /^(.{2,40}?)文件$/.exec(t.slice(0, found.index).replace(/\s+/g, ""));
        const organ = glued?.[1] ?? spaced?.[1];
        if (organ && isOrganLine(organ) && !r.docNumber) {
          if (!r.masthead) {
            r.masthead = firstOfJoint(organ) ?? organ;
            r.mastheadText = `${organ}文件`;
          }
          if (glued) dn = { ...found, value: { ...found.value, raw: found.value.raw.slice(found.value.raw.indexOf("文件") + 2), prefix: glued[2]! } };
        }
        if (!r.docNumber) {
          r.docNumber = dn.value;
          if (dn.damaged) {
            diagnostics.push({
              severity: "warning", code: "doc-number-damaged",
              message: `发文字号 "${dn.value.raw}" is damaged (a bracket or the final 号 is missing) — read as ${dn.value.prefix}〔${dn.value.year ?? "?"}〕${dn.value.serial ?? "?"}号`,
              line: b.line, column: b.column + dn.index,
            });
          }
          if (dn.withoutYear) {
            diagnostics.push({
              severity: "warning", code: "doc-number-no-year",
              message: `发文字号 "${dn.value.raw}" has no year in 〔〕 — GB/T 9704 writes 机关代字〔年份〕序号号`,
              line: b.line, column: b.column + dn.index,
            });
          }
        }
        const signer = /签发人[：:]\s*(.+)$/.exec(t);
        if (signer) r.signer = signerNames(signer[1]!);
        break;
      }
      case "series":
        // the office that edits a bulletin series issues it, when no masthead names another
        if (!r.masthead) {
          r.masthead = issuingOrgan(t)!;
          r.mastheadText = t.replace(/[ \t\u3000]+/g, " ");
        }
        break;
      case "organ":
        // a law database's organ line above a title the page prints again (山东省济南市人民政府 /
        // 济南市…管理规定): the issuer when neither the title nor a signature names one
        if (!r.pageOrgan && i + 1 < blocks.length && PLACE_OPENING.test(bare) && (i + 1 === titleFrom || kinds[i + 1] === "title" || kinds[i + 1] === "organ") && printedAgain(blocks, limit, i + 1) && endsAsTitle(blocks[i + 1]!.text.trim())) {
          r.pageOrgan = bare;
        }
        // an organ name standing right above the number (a masthead without 文件)
        // (a 密级 or 紧急程度 line may stand between them: …管理中心 / 内部事项 / 国网社保综合函〔2021〕3号)
        if (!r.masthead && (kinds[i + 1] === "number" || ((kinds[i + 1] === "secrecy" || kinds[i + 1] === "urgency") && kinds[i + 2] === "number"))) {
          // (a mark glued before it, 普通事项国家电网有限公司…办公室, is the 密级's or no part of the organ)
          const mark = SECRECY_RE.exec(bare) ?? UNCLASSIFIED_RE.exec(bare);
          if (mark && SECRECY_RE.test(bare)) r.secrecy ??= mark[1]!;
          r.masthead = mark ? bare.slice(mark[0].length) : bare;
          r.mastheadText = bare;
          r.letterhead = true;
        }
        // …or right below the number of a 纪要 series that names no organ (总经理办公会议纪要〔2021〕11号
        // 国网湖北省电力有限公司): the organ that holds the meeting
        else if (!r.masthead && minutesSeries !== null && i > 0 && BARE_NUMBER_RE.test(blocks[i - 1]!.text.replace(/\s+/g, ""))) r.masthead = bare;
        break;
    }
    if (before !== r.copyNumber + "|" + r.secrecy + "|" + r.urgency + "|" + r.signer.join() + "|" + r.masthead + "|" + r.mastheadText + "|" + r.docNumber?.raw) {
      kinds[i] = "field";
      // stacked organ lines above …文件 are the masthead too
      for (let k = i - 1; k >= 0 && kinds[i] === "field" && kinds[k] === "organ" && r.mastheadText?.includes(blocks[k]!.text.replace(/\s+/g, "")); k--) kinds[k] = "field";
    }
  }
  // after the title: 发文字号 (web reposts put it there), ——subtitle, （date）, author
  let i = titleTo + 1;
  // the lines read into the occasion and the speaker: a page may print them twice (——2022年1月18日在…上 / 检察长朱玉 / the same again)
  const readLines = new Set<string>();
  for (; run && i < end; i++) {
    const b = blocks[i]!;
    const t = b.text.trim();
    const k = kinds[i];
    if (k === "field" || k === "chrome" || k === "url" || k === "metadata") continue;
    if (readLines.has(t)) {
      kinds[i] = "field";
      continue;
    }
    if (k === "number") {
      // (a series number alone, （2007）第21号 under a 公告's title, has no 机关代字 for findDocNumber)
      if (!r.docNumber) r.docNumber = seriesNumber(t) ?? findDocNumber(t)!.value;
      kinds[i] = "field";
      continue;
    }
    // ——2025年1月3日在…会议上 (maybe over two lines): the date a speech or report was given
    const took = !r.date ? readOccasion(r, kinds, blocks, i) : 0;
    if (took) {
      for (let n = i; n < i + took; n++) readLines.add(blocks[n]!.text.trim());
      i += took - 1;
      continue;
    }
    if (k === "subtitle" && !r.subtitle) {
      r.subtitle = cleanTitle(t.replace(/^(——|—|－－|--)\s*/, ""));
      kinds[i] = "field";
      continue;
    }
    const d = /^[（(]/.test(t) ? dateOnly(t) : null;
    if (d && !r.date) {
      r.date = d.iso;
      r.dateText = t; // as written, brackets included
      r.dateAt = { line: b.line, column: b.column };
      kinds[i] = "field";
      continue;
    }
    // (the speaker above the date it was given: 赵立平 / (2022年9月28日))
    const below = blocks[i + 1]?.text.trim() ?? "";
    if (!r.author && looksLikeAuthor(t) && (r.date || r.subtitle || /[：:]$/.test(below) || (/^[（(]/.test(below) && dateOnly(below) !== null))) {
      r.author = authorOf(t);
      readLines.add(t);
      kinds[i] = "field";
      continue;
    }
    // (members addressed by their post, 各位委员:, are a report's 称谓 — but a 通知 or 函 sends to them: its 主送)
    if (k === "recipients" || (MEMBERS_LINE.test(t) && (r.docType === "通知" || r.docType === "函"))) {
      r.recipients = splitOrgans(t);
      kinds[i++] = "field";
      break;
    }
    // 主送 that lost its colon, right before the body
    if (isOrganList(t) && (i + 1 >= blocks.length || kinds[i + 1] === "body" || i + 1 >= limit)) {
      r.recipients = splitOrgans(t);
      kinds[i++] = "field";
      break;
    }
    // the title again, as printed or with its 《》 lost and its number glued before it
    if (k === "title" && r.title && (cleanTitle(t.replace(TITLE_PREFIX, "").replace(REGION_TAG, "")) === r.title || plainTitle(splitGluedNumber(t)?.title ?? t) === plainTitle(r.title))) continue;
    // a line nothing recognises between the title and a 主送 further down is skipped (reported
    // below); without a 主送 ahead it is where the body begins
    if (kinds[end - 1] === "recipients" && i < end - 1) {
      kinds[i] = "unknown";
      continue;
    }
    break;
  }
  if (!run) {
    // no title: 版头 lines (a number, a masthead, a date) and a 主送 may still be there
    let last = -1;
    // (lines already read into a field — the 版头 above — count too)
    for (let k = 0; k < end; k++) if (["copy", "secrecy", "urgency", "signer", "number", "masthead", "series", "chrome", "url", "metadata", "field"].includes(kinds[k]!)) last = k;
    i = last + 1;
    // a speech or report that opens with its occasion (2021年12月15日在…会议上), then its speaker
    const took = i < end ? readOccasion(r, kinds, blocks, i) : 0;
    if (took) {
      i += took;
      const speaker = blocks[i]?.text.trim() ?? "";
      if (i < end && looksLikeAuthor(speaker)) {
        r.author = authorOf(speaker);
        kinds[i++] = "field";
      }
    }
    const to = kinds.findIndex((k, n) => n < end && k === "recipients");
    if (to >= 0 && kinds.slice(0, to).every((k) => k !== "body" && k !== "title" && k !== "unknown")) {
      r.recipients = splitOrgans(blocks[to]!.text);
      kinds[to] = "field";
      i = to + 1;
    }
  }
  // what the stretch held that is not a field: page chrome and metadata, said so; nothing else
  // is dropped — the body starts where the header's own lines end
  const consumed = i;
  // what the fields hold, to tell a line read whole from one read in part (签发人！：李明 gives no
  // signer; 牵头单位：宁府字〔2022〕41号 gives a number, not its label; a second 签发人 replaces the first)
  const values = [
    ...(opts.part ? [] : [r.copyNumber, r.secrecy, r.secrecyPeriod, r.urgency, r.masthead, r.mastheadText, ...r.signer]),
    r.docNumber?.raw, r.titleRaw, r.title, r.subtitle, r.author, r.dateText, ...r.recipients,
  ];
  for (let k = 0; k < consumed; k++) {
    const kind = kinds[k];
    if (kind === "field") {
      const b = blocks[k]!;
      const unread = unreadText(b.text, values);
      if (unread) {
        diagnostics.push({
          severity: "warning", code: "header-text-unread",
          message: `read a line above the ${opts.part ? "part" : "notice"} into the header, all but "${unread}"${opts.part ? " (a part keeps no 版头)" : ""}: "${b.text.trim()}"`,
          line: b.line, column: b.column,
        });
      }
    } else {
      const b = blocks[k]!;
      diagnostics.push({
        severity: "info", code: kind === "metadata" ? "metadata-read" : "header-line-skipped",
        message: kind === "metadata" ? `read page metadata "${b.text.trim()}"` : `skipped a line above the notice: "${b.text.trim()}"`,
        line: b.line, column: b.column,
      });
    }
  }
  // a 发文字号 printed only glued to a repeat of the title (a page's own title line: 凌政办发[2020]35号凌海市…的通知)
  if (!r.docNumber && !opts.part) {
    const numbered = runs.find((q) => q.number && q.from < titleFrom && plainTitle(q.text).length >= 8 && plainTitle(r.title ?? "").includes(plainTitle(q.text).slice(0, 8)));
    if (numbered) r.docNumber = numbered.number!.value;
  }
  // a news headline read as the title, naming what an organ issued (中辦國辦印發《關於做好…工作的通知》): the page reprints
  // that document, and the quoted name is its title (an official title that issues one reads 关于印发《…》的通知)
  const headline = r.title && !opts.part && r.title.endsWith("》") ? ISSUED_HEADLINE.exec(r.title) : null;
  if (headline && endsWithDocType(headline[1]!)) {
    const at = blocks[titleFrom] ?? blocks[0];
    diagnostics.push({ severity: "info", code: "title-quoted", message: `the title line is a news headline: the title is the one it says was issued, "${headline[1]}"`, line: at?.line ?? 1, column: at?.column ?? 1 });
    r.title = cleanTitle(headline[1]!);
    r.docType = docTypeOf(r.title.replace(TITLE_TAIL, "")) ?? docTypeOf(r.title);
  }
  // no title line at all: a news report that names the notice in its lead (日前，教育部办公厅印发《关于…的通知》，…)
  // — the quoted name is the notice's title, the sentence stays in the text
  // (a news report's: its lead dates the news — 日前, 近日, 7月13日, 记者…获悉 — and addresses no one; a
  // covering notice that quotes the document it forwards, 现将《…》印发给你们, is no news, and has its 主送)
  if (!r.title && !opts.part && !r.recipients.length) {
    for (let k = consumed; k < Math.min(blocks.length, consumed + 3); k++) {
      const b = blocks[k]!;
      const m = b.text.includes("《") ? LEAD_QUOTED_TITLE.exec(toSimplified(b.text)) : null;
      if (!m || !endsWithDocType(m[1]!) || !NEWS_LEAD.test(b.text.slice(0, m.index + m[0].indexOf("《"))) || /你们|你单位|你们单位/.test(b.text)) continue;
      const at = m.index + m[0].length - m[1]!.length - 1;
      r.title = cleanTitle(b.text.slice(at, at + m[1]!.length));
      r.docType = docTypeOf(r.title.replace(TITLE_TAIL, "")) ?? docTypeOf(r.title);
      diagnostics.push({
        severity: "info", code: "title-quoted",
        message: `no title line: the title is the one this sentence says was issued, "${r.title}"`,
        line: b.line, column: b.column,
      });
      break;
    }
  }
  // a 纪要 series masthead says what the document is when no title does
  if (!r.docType && minutesSeries !== null) r.docType = "纪要";
  // a speech's main title names no 文种; its ——subtitle does (——在…会上的讲话)
  if (!r.docType && r.subtitle) r.docType = docTypeOf(r.subtitle);
  r.next = consumed;
  return r;
}

/** Whether a line can be the value of a label printed alone on the line above it. */
/** What a validity field (有效性, 效力状态, 时效性) says */
const VALIDITY_WORD = /^(?:有效|无效|失效|废止|已废止|已失效|现行有效|部分失效|已修改|已修订|修订|继续有效|尚未生效|有效期内|是|否)$/;
function fitsLabel(label: string, value: string): boolean {
  // (a line that ends in a colon is the 主送 or a label of its own: 銅陵市人民政府: below 關鍵詞: |)
  if (value === "" || !charsAtMost(value, 120) || /[。；]/.test(value) || /[：:]$/.test(value)) return false;
  if (/日期|时间/.test(label)) return !!dateOnly(value.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, "")) || /^\d{4}[-./年]\d{1,2}/.test(value);
  if (/文号|字号|编号/.test(label)) return !!findDocNumber(value);
  if (/机关|机构|单位|部门/.test(label)) return isOrganLine(value.replace(/^\|\s*|\s*\|$/g, ""));
  if (/索引号|引证码/.test(label)) return /^[\w./\-]+$/.test(value);
  // (a validity field takes its word alone: 有效, 失效, 已废止 — not the title below an empty 有效性)
  if (/有效|效力|时效/.test(label)) return VALIDITY_WORD.test(value.replace(/^\|\s*|\s*\|$/g, ""));
  if (/标题|名称/.test(label)) return true;
  // any other label takes a short value that is not itself a line of the notice's head
  // (nor a title's first line, its organ then 关于: 國務院辦公廳關(guān)于貫徹落實 below an empty 主題詞:)
  const about = withoutPinyin(toSimplified(value));
  return charsAtMost(value, 20) && !OPENS_WITH_ABOUT.test(about) && !LEADING_ORGAN.test(about) && !findDocNumber(value) && !/文件$/.test(value) && !isOrganLine(value) && !endsAsTitle(value) && !dateOnly(value);
}
