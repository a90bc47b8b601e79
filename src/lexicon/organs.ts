// Lists of organs (主送机关, 抄送, 牵头部门 …): split on the list separators, never inside
// brackets, so 各县（市、区）科协 stays one item.
import { isSpaceUnit, moreThanNonSpace } from "./length.js";
import { toSimplified, withoutPinyin } from "./traditional.js";
import { charsAtMost } from "./length.js";
import { DATE_SOURCE, dateOnly } from "./dates.js";
import { perDocument } from "./memo.js";


/**
 * Endings of organ names: 发文机关, 署名, 抄送机关, 牵头部门 (行政公署/行署: a 地区's government, 阿里地区行政公署;
 * 银行: the central bank and the policy banks issue notices, 中国人民银行; 中共中央, 党中央 name
 * the Party's centre, which issues jointly with 国务院; 证监会, 银保监会: commissions named short;
 * 秘书组, 工作专班: a leading group's office and a task force sign as organs do; schools and hospitals —
 * 中学, 小学, 中心校, 幼儿园, 医院 — issue their own notices; so do a people's congress's standing
 * committee, 人大常委会, and the bodies named by their short forms: 政协, 侨联, 残联, 文联, 工商联; a joint
 * mechanism's 综合组, a headquarters' 防控组 or 专项组 signs for it; 审计署 and the 总署 — 海关总署 — are
 * ministries, named so, while a bare 署 ends verbs too: 部署, 签署).
 */
export const ORGAN_SUFFIX =
  /(中共中央|党中央|黨中央|银行|銀行|监会|監會|协会|学会|委员会|人民政府|政府|办公室|办公厅|厅|局|委|部|院|中心|科协|党委|党组|集团|公司|司|大学|学院|学校|中学|小学|中心校|幼儿园|医院|法院|检察院|总工会|工会|团委|妇联|联合会|研究会|促进会|基金会|指挥部|行政公署|行署|领导小组|工作组|秘书组|工作专班|专班|管委会|管理委员会|处|所|站|馆|社|科|室|队|办|分局|街道|单位|協會|學會|委員會|辦公室|辦公廳|廳|黨委|黨組|聯合會|研究會|總工會|團委|婦聯|領導小組|館|處|單位|辦|隊|工作組|指揮部|常委会|常委會|政协|政協|侨联|残联|文联|工商联|红十字会|综合组|綜合組|防控组|防控組|专项组|專項組|审计署|審計署|总署|總署)$/;

/**
 * A place a dataset masked inside an organ's name (国网XX省电力有限公司): two letters between Chinese
 * characters (group 1 the one before). XXX stands for a person's name, and masked phone digits stand
 * after digits: neither is part of an organ's name.
 */
export const NAME_MASK_G = /([\u4e00-\u9fff])[XＸ]{2}(?=[\u4e00-\u9fff])/g;
/** Latin letters, digits or @ in a name once its masks are taken out: an e-mail address or a number, no organ's name */
export const notAName = (s: string): boolean => /[A-Za-z0-9@]/.test(s.replace(NAME_MASK_G, "$1"));

/** Words that end as 所 ends an organ's name (派出所, 研究所) but name a place: 办公场所, 住所, 厕所 */
const PLACE_NOT_ORGAN = /(?:场所|住所|厕所|处所|場所)$/;

/** Whether `s` closes as many brackets of the given kinds as it opens (（…） and (…) unless told). */
export function bracketsBalanced(s: string, open = "（(", close = "）)"): boolean {
  let depth = 0;
  for (const ch of s) {
    if (open.includes(ch)) depth++;
    else if (close.includes(ch)) depth--;
  }
  return depth === 0;
}

const SCHOOL_KIND_ALONE = /^(?:中学|小学|中心校|幼儿园|医院)$/;
/** A name holding one quoted word of its own, not at its start (…公共服务“七优享”工程工作专班办公室) */
const QUOTED_WORD_INSIDE = /^[^“”]{2,}“[^“”]{1,8}”[^“”]{2,}$/;
/** Steps of handling a document that end in 办 as organs do (拟办, 批办, 承办 …): no organ's name */
const HANDLING_STEP = /^(?:拟办|批办|承办|督办|交办|催办|转办|协办|主办|呈办|阅办|签办|查办|分办|办复)$/;

function isOrganLineRead(s: string): boolean {
  // a name is at most 36 characters without its spaces: a body line is ruled out before it is copied
  if (moreThanNonSpace(s, 36)) return false;
  const t = s.replace(/\s+/g, "");
  // 安全监察部(保卫部）, 市委网信办（市互联网信息办公室）: the name before its bracketed alias ends as an organ
  const core = t.endsWith("）") || t.endsWith(")") ? t.replace(/[（(][^（）()]{1,16}[）)]$/, "") : t;
  // (a Traditional name ends as its Simplified form does: 常州經開區管委會)
  // (a task force named for its programme in quotes, 文成县公共服务“七优享”工程工作专班办公室, is a name: one
  // quoted word of a few characters inside it, never at its start)
  if (t.length < 2 || t.length > 36 || core.length < 2 || !(ORGAN_SUFFIX.test(core) || ORGAN_SUFFIX.test(toSimplified(core))) || /[，。；：,:;《》]/.test(t) || ((t.includes("“") || t.includes("”")) && !QUOTED_WORD_INSIDE.test(t)) || PLACE_NOT_ORGAN.test(core)) return false;
  // (a school's or hospital's kind alone, 中学, 中學, 医院, names none: its place or number goes before it)
  if (SCHOOL_KIND_ALONE.test(toSimplified(core)) || HANDLING_STEP.test(core)) return false;
  // brackets inside a name are balanced: 中共XX市委（XX）办公室; a wrapped line cut mid-bracket is not a name
  return bracketsBalanced(t);
}
/** (asked of the same line by several stages: answered once per document) */
export const isOrganLine = perDocument(isOrganLineRead);

// (〔〕 as in 各县〔市、区〕人民政府, a county list written with the brackets of a 发文字号, and <> as a
// page that lost its brackets writes it, 各县<市、区>人民政府)
const OPEN = "（(《〈「『“【［[〔<＜";
const CLOSE = "）)》〉」』”】］]〕>＞";

export function splitBalanced(s: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  // by code unit: brackets and separators are all in the BMP, so a surrogate never matches one;
  // pieces are slices, not strings grown a character at a time
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out.map((x) => x.trim()).filter((x) => x !== "");
}

/** The rules of squeezeCjkSpaces as patterns, for text with unusual whitespace. */
function squeezeByPatterns(s: string): string {
  return s
    .replace(/[\u3000\u00a0]/g, " ")
    .replace(/(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])/g, "")
    .replace(/(?<=[^\x00-\x7f])\s+(?=[0-9])/g, "")
    .replace(/(?<=[0-9])\s+(?=[^\x00-\x7f])/g, "")
    .trim();
}

/** Names padded with spaces in short fields: 柳  军 → 柳军; keeps spaces between Latin words. */
function squeezeCjkSpacesRead(s: string): string {
  // one pass over the runs of whitespace (\s): a run goes when it stands between two non-ASCII
  // characters, or between one and a digit (either order); the rest stay, U+3000/NBSP as " "
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpaceUnit(c)) continue;
    // a run holding other non-ASCII whitespace (U+2003, U+202F …) can be cut inside by the
    // look-behind rules: read by them, as written
    if (c > 0x7f && c !== 0x3000 && c !== 0xa0) return squeezeByPatterns(s);
    let j = i;
    while (j < s.length && isSpaceUnit(s.charCodeAt(j))) {
      const d = s.charCodeAt(j);
      if (d > 0x7f && d !== 0x3000 && d !== 0xa0) return squeezeByPatterns(s);
      j++;
    }
    const a = i > 0 ? s.charCodeAt(i - 1) : -1;
    const b = j < s.length ? s.charCodeAt(j) : -1;
    const wideA = a > 0x7f;
    const wideB = b > 0x7f;
    const digitA = a >= 0x30 && a <= 0x39;
    const digitB = b >= 0x30 && b <= 0x39;
    const drop = (wideA && (wideB || digitB)) || (digitA && wideB);
    out += s.slice(from, i) + (drop ? "" : s.slice(i, j).replace(/[\u3000\u00a0]/g, " "));
    from = j;
    i = j - 1;
  }
  return from === 0 ? s.trim() : (out + s.slice(from)).trim();
}
/** (asked of the same line by several stages: answered once per document) */
export const squeezeCjkSpaces = perDocument(squeezeCjkSpacesRead);

/** 和/及 split two organs only when the left side is itself an organ: 研究会和企业科协 → 2,
 *  区自然资源和规划分局 and 住房和城乡建设局 stay one. */
function splitConjunction(s: string): string[] {
  // try every 和/及 in turn: 县文化和旅游局和县商务局 splits at the second one
  for (const m of s.matchAll(/以及|和|及/g)) {
    const left = s.slice(0, m.index);
    const right = s.slice(m.index! + m[0].length);
    if (charsAtMost(left, 1) || charsAtMost(right, 1)) continue;
    if (/[（(〔［【][^）)〕］】]*$/.test(left)) continue;
    if (ORGAN_SUFFIX.test(left)) return [left, ...splitConjunction(right)];
    // 属地和市公安局: the localities (属地, 各地) beside an organ
    if (LOCALITIES.test(left) && ORGAN_SUFFIX.test(right)) return [left, ...splitConjunction(right)];
    // 市级各有关部门及各县市区政府: a group of 部门 beside another organ (not 各有关部门和单位)
    if (/部[门門]$/.test(left) && !charsAtMost(right, 2) && ORGAN_SUFFIX.test(right)) return [left, ...splitConjunction(right)];
  }
  return [s];
}

/** A one-character place level or organ kind in a group of them: 各县、市、区科协, 市直各委、办、局 */
const LEVEL_CHAR = /^[省市县区州镇乡村街场厂矿团旗盟委办局厅处科室部院所校站队社会署縣區鄉鎮辦廳處會場]$/;

/** The places an item is carried out in, named as one (属地: each locality; 各地) */
const LOCALITIES = /^(?:属地|屬地|各地|各属地)$/;

/** 主送/抄送 lists: split on 、，,；; trailing 。 and 等 removed. */
export function splitOrgans(s: string, opts: { conjunctions?: boolean } = {}): string[] {
  const body = s.replace(/[。.；;：:\s]+$/, "");
  // 、 inside a group of one-character places (各县、市、区科协 = each 县, 市 and 区 科协) does not
  // separate organs: a single character is never an organ, so such a group stays whole
  let items = splitBalanced(body, "，,；;").flatMap((group) => {
    const pieces = splitBalanced(group, "、");
    // (a lone character that is no level, a cut's …示范区、高, separates as any piece does)
    return pieces.some((p) => { const c = [...squeezeCjkSpaces(p)]; return c.length === 1 && LEVEL_CHAR.test(c[0]!); }) ? [group] : pieces;
  });
  if (opts.conjunctions) items = items.flatMap(splitConjunction);
  return items
    .map((x) => squeezeCjkSpaces(x).replace(/等$/, "").trim())
    .filter((x) => x !== "");
}

/**
 * 关于 ("concerning"), after which a title names its subject; Traditional 關於, and the mixed 關于 /
 * 关於 of reposts converted by half (東莞市人民政府關于…).
 */
export const ABOUT = "[关關][于於]";
export const OPENS_WITH_ABOUT = new RegExp(`^${ABOUT}`);
/** A title line broken right after 关于 (省人民政府關于 / 進一步優化…的若干意見) */
export const ENDS_WITH_ABOUT = new RegExp(`${ABOUT}$`);
/** What a title holds before its 关于: the organ(s) that issue it (group 1) */
export const LEADING_ORGAN = new RegExp(`^(.{2,120}?)[\\s\\u3000]*${ABOUT}`);
/** Verbs a title without an organ opens with (进一步规范…, 加强…, 做好…): what follows them is no issuer */
const VERB_OPENING = /^(?:转发|轉發|批转|批轉|印发|印發|进一步|進一步|加强|加強|规范|規範|做好|推进|推進|深化|开展|開展|切实|切實|认真|認真|全面|严格|嚴格|完善|建立|健全|提高|强化|強化|改进|改進|落实|落實)/;
/** An organ, then the verb of a 党委/两办 title without 关于 (中共中央办公厅 国务院办公厅印发《…》的通知), or of a
 *  title that implements or forwards another organ's (浙江省人民政府贯彻国务院关于…的实施意见, …批转…) */
const ISSUING_ORGAN = /^(.{2,120}?)[\s\u3000]*(?:印[发發]|[转轉][发發]|[贯貫][彻徹]|批[转轉])/;
const ANY_ABOUT = new RegExp(ABOUT);
/** A title opening with an organ and then a year, no 关于 in it */
const ORGAN_BEFORE_YEAR = /^([\u4e00-\u9fff（）()]{2,30}?)\s*(?:19|20)\d{2}\s*年/;
/** A place's government or its committee, then the name of its own rules, no 关于 (镇巴县人民政府工作规则, 某市人民政府议事规则) */
const GOVERNMENT_BEFORE_RULES = /^([\u4e00-\u9fff]{1,8}[省市县区州旗盟](?:人民政府|人民代表大会常务委员会|政协委员会|委员会))[\u4e00-\u9fff]{0,12}(?:规则|制度|规程|办法|细则|规定)$/;
/** An organ's reply to whom it answers, 对… (group 1 the organ: 宁陕县人民政府对县人大…建议的答复) */
const ORGAN_THEN_REPLY = /^([\u4e00-\u9fff（）()]{2,36}?)对[^，,。；;]{2,100}的(?:答复|答覆|复函|復函|回复|批复)$/;
/** An announcement numbered by its year, its subject in brackets after it (海关总署公告2017年第26号(关于…的公告)): group 1 the organ */
const ANNOUNCED_WITH_SUBJECT = /^([\u4e00-\u9fff]{2,30}?)(?:公告|通告)(?:19|20)[0-9]{2}年第[0-9０-９]{1,4}号[（(][^（）()]{4,120}[）)]$/;
/** An organ's announcement titled by the organ and its 文种 alone (中国人民银行公告, 某市人民政府令, 某局通告), maybe numbered (…防控指挥部2号令, …第3号通告, …指挥部(17号令), 海关总署公告2017年第26号) */
const ORGAN_THEN_ANNOUNCEMENT = /^([\u4e00-\u9fff（）()]{2,48}?)(?:(?:第?[0-9０-９一二三四五六七八九十]{1,4}号)?(?:公告|通告|令)|[（(]第?[0-9０-９一二三四五六七八九十]{1,4}号(?:公告|通告|令)[）)]|(?:公告|通告)(?:19|20)[0-9]{2}年第[0-9０-９]{1,4}号)$/;

/**
 * The organ a title opens with (滁州市人民政府关于… → 滁州市人民政府). A joint title names several:
 * the first issues — separated by spaces (成都市发改委 中共成都市委社会工作部 关于…), or a party
 * committee followed by the government of the same place (中共山东省委山东省人民政府关于…).
 */
export function leadingOrgan(written: string): string | null {
  // pinyin glosses (關(guān)于) are no part of the organ's name; a page may print the title whole in 《》
  const bare = withoutPinyin(written).trim();
  const title = /^《[^《》]+》$/.test(bare) ? bare.slice(1, -1) : bare;
  // (a Traditional title is read folded — 海關總署公告2017年第26號 as 海关总署公告…号 — and the organ given as
  // written: folding keeps every character's place)
  const folded = toSimplified(title);
  if (folded !== title) {
    const organ = leadingOrganRead(folded);
    const at = organ === null ? -1 : folded.indexOf(organ);
    return organ === null ? null : at < 0 ? organ : title.slice(at, at + organ.length);
  }
  return leadingOrganRead(title);
}

/** The year a report's or plan's title may open with before its organ (2021年余姚市人民代表大会常务委员会工作报告) */
const YEAR_BEFORE_ORGAN = /^(?:19|20)[0-9]{2}年度?/;

function leadingOrganRead(title: string): string | null {
  // (a title that opens with its year, then the organ whose report it is: the organ, when it names its place —
  // 2023年区政府工作报告 names none, and a signature may spell it out)
  const year = title.charCodeAt(0) <= 0x39 && !ANY_ABOUT.test(title) ? YEAR_BEFORE_ORGAN.exec(title) : null;
  if (year) {
    const organ = leadingOrganRead(title.slice(year[0].length));
    if (organ && organ.length >= 5 && PLACED_ORGAN_OPENING.test(organ)) return organ;
  }
  // (an announcement's number with its subject in brackets after it, 海关总署公告2017年第26号(关于…的公告): the organ is the number's)
  const bracketed = title.endsWith(")") || title.endsWith("）") ? ANNOUNCED_WITH_SUBJECT.exec(title.trim()) : null;
  if (bracketed && isOrganLine(bracketed[1]!)) return firstOfJoint(bracketed[1]!) ?? bracketed[1]!;
  // 国网陕西省电力有限公司2022年…工作方案, 扬州市科协2019年工作要点: an organ, then the year
  const dated = ANY_ABOUT.test(title) ? null : ORGAN_BEFORE_YEAR.exec(title.trim());
  if (dated && isOrganLine(dated[1]!) && !/[《“"（(]/.test(dated[1]!)) return firstOfJoint(dated[1]!) ?? dated[1]!;
  const rules = ANY_ABOUT.test(title) ? null : GOVERNMENT_BEFORE_RULES.exec(title.trim());
  if (rules) return rules[1]!;
  // (its 文种 may be letter-spaced, 通 告, as a heading prints it)
  const announced = ANY_ABOUT.test(title) ? null : ORGAN_THEN_ANNOUNCEMENT.exec(title.replace(/[\s\u3000]+/g, ""));
  // a reply that names whom it answers with 对 (宁陕县人民政府对…第28号建议的答复, …局对…提案的复函)
  const reply = ANY_ABOUT.test(title) || announced ? null : ORGAN_THEN_REPLY.exec(title.trim());
  if (reply && isOrganLine(reply[1]!)) return firstOfJoint(reply[1]!) ?? reply[1]!;
  if (announced && isOrganLine(announced[1]!)) return firstOfJoint(announced[1]!) ?? announced[1]!;
  // …印发〈关于…〉的通知: the 关于 is the issued document's; the organ stands before the verb
  // (an organ: not a verb phrase that names one, 进一步规范县政府办公室印发公文…)
  const issuing = ISSUING_ORGAN.exec(title.trim());
  const m = issuing && !ANY_ABOUT.test(issuing[1]!) && !VERB_OPENING.test(issuing[1]!) ? issuing : LEADING_ORGAN.exec(title.trim());
  if (!m && !issuing) return organBeforeRules(title.trim());
  // 关于转发《农业农村部关于…》: an organ quoted inside the title is not the one that opens it
  // (nor is a verb phrase before 关于: 转发市教育局关于… names the forwarded organ, not the issuer)
  if (!m || OPENS_WITH_ABOUT.test(title.trim()) || /[《“"（(]/.test(m[1]!) || VERB_OPENING.test(m[1]!.trim())) return null;
  const words = m[1]!.trim().split(/[\s\u3000]+/);
  if (words.length > 1 && words.every((w) => ORGAN_SUFFIX.test(w) && charsAtMost(w, 30))) return words[0]!;
  const prefix = words.join("");
  // (a joint issue's organs listed with 、, however many — eighteen ministries and courts: the first issues)
  const listed = prefix.includes("、") ? firstOfList(prefix) : prefix;
  if (listed !== prefix) return listed;
  return firstOfJoint(prefix) ?? (charsAtMost(prefix, 30) && ORGAN_SUFFIX.test(prefix) ? prefix : null);
}

/**
 * A placed organ's rules or plan titled without 关于 (泉州市人民检察院检务公开…实施办法, XX公安分局…发展规划): the
 * shortest opening that is an organ's name with its place (省, 市, 县 … or a national body), and its office or
 * committee when one follows (…人民政府办公室), the title going on to a 文种 of rules or plans. Or null.
 */
function organBeforeRules(title: string): string | null {
  // (only the title's end is asked: the pattern is anchored there)
  // (never a title that opens with 关于: 关于南环路市委广场…的通告 holds a place's 市 and 委 by chance)
  if (!RULES_END.test(title.slice(-20)) || !PLACED_ORGAN_OPENING.test(title) || ANY_ABOUT.test(title.slice(0, 2))) return null;
  for (let k = 4; k <= Math.min(20, title.length - 4); k++) {
    const head = title.slice(0, k);
    // (an organ word of its own, not a one-character ending a rule's name may hold: …管理办法's 办)
    // (nor a place and a year before a word that ends as organs do: 汉滨区2025年政府|工作报告 names no organ)
    // (nor a 委 that goes on to 员会: 中国人民政治协商会议全国委|员会 is no organ's end)
    if (!RULES_ORGAN_END.test(head) || title.startsWith("员会", k) || !isOrganLine(head) || /[0-9０-９]/.test(head)) continue;
    const more = OFFICE_AFTER.exec(title.slice(k));
    return more ? head + more[0] : head;
  }
  return null;
}
/** The 文种 of rules and plans a placed organ titles without 关于 (and the work report a court or procuratorate gives its congress, 最高人民检察院工作报告; an announcement, 邓州市人民政府土地征收启动公告) */
const RULES_END = /(?:办法|规定|细则|规则|制度|方案|规划|计划|要点|意见|预案|工作报告|公告|通告)(?:[（(][^（）()]{1,12}[）)])?$/;
/** A placed or national organ's opening: a place and its level, 中共, or a national body (中国人民政治协商会议…, 全国人民代表大会…) */
const PLACED_ORGAN_OPENING = /^(?:[\u4e00-\u9fa5]{1,6}?[省市县区州旗盟]|中共|[国國]家|[国國]务院|最高人民|中[国國华華]|全[国國])/;
/** The organ words a placed organ's name ends with before its rules' name */
const RULES_ORGAN_END = /(?:人民政府|政府|委员会|管委会|局|厅|委|人民法院|人民检察院|中心|公司|大学|学院|指挥部|领导小组)$/;
/** The office or committee an organ's name may go on to */
const OFFICE_AFTER = /^(?:办公室|办公厅|常务委员会|常委会|委员会|党组|党委)/;

/** The place an organ's name opens with (陕西省, 扬州市, 广陵区): a short run ending in a level word. */
const JOINT_PLACE = /^[\u4e00-\u9fa5]{1,6}?[省市县区州旗盟]/;

/** How the next organ of a run too long for one begins: 中共, 政协, 共青团, a place, or a national body (最高人民法院, 国家…, 中华全国…) */
const NEXT_ORGAN = /^(中共|政协|政協|共青团|[\u4e00-\u9fa5]{1,4}[省市县区州]|最高人民|[国國]家|[国國]务院|[国國]務院|中[华華]全[国國]|全[国國]|中[国國]|中央)/;

/** How a national body's name begins (国家外汇管理局, 国务院, 最高人民检察院, 中国保险监督管理委员会, 中华全国总工会) */
const NATIONAL_OPENING = /^(?:[国國]家|[国國][务務]院|最高人民|中[国國華华])/;

/**
 * The first organ of several written together without spaces, or null when s reads as one:
 * a party committee and the government of the same place (中共山东省委山东省人民政府), a national
 * body after another (中国人民银行国家外汇管理局, 中共中央国务院), or a run too long for one
 * organ whose next organ begins with 中共 or a place name.
 */
export function firstOfJoint(s: string): string | null {
  // (read folded, 中共邵陽縣委邵陽縣人民政府 as 中共邵阳县委…: the first organ is a prefix of the same length as written)
  const folded = toSimplified(s);
  if (folded === s) return firstOfJointRead(s);
  const first = firstOfJointRead(folded);
  return first === null ? null : s.slice(0, first.length);
}

function firstOfJointRead(s: string): string | null {
  // (…or a new area's working committee beside its administrative committee: 中共河北雄安新区工作委员会河北雄安新区管理委员会)
  const party = /^(中共(.{2,8}?[省市县区州旗盟])(?:委|工作委员会|委员会))(?=\2)/.exec(s);
  if (party) return party[1]!;
  // two organs of one place, the next naming the place again or opening with 中共:
  // 陕西省发展和改革委员会陕西省林业局, 南京市教育局中共南京市委宣传部 — the first that ends as an organ
  const place = JOINT_PLACE.exec(s);
  if (place && ORGAN_SUFFIX.test(s)) {
    const p = place[0];
    // (中共吉林省委办公厅吉林省人民政府办公厅: the government's office names the place without 中共)
    const bare = p.replace(/^中共/, "");
    for (let k = p.length + 2; k <= s.length - 4; k++) {
      // (…or with 政协: 平利县人民政府办公室政协平利县委员会办公室)
      if ((s.startsWith(p, k) || s.startsWith("中共", k) || s.startsWith("政协", k) || s.startsWith("政協", k) || (bare.length >= 2 && s.startsWith(bare, k))) && ORGAN_SUFFIX.test(s.slice(0, k))) return s.slice(0, k);
    }
  }
  // a national body named after another, the run ending as an organ: the first ends where the next opens
  if (ORGAN_SUFFIX.test(s)) {
    for (let k = 3; k <= s.length - 3 && k <= 30; k++) {
      if (NATIONAL_OPENING.test(s.slice(k, k + 4)) && ORGAN_SUFFIX.test(s.slice(0, k))) return s.slice(0, k);
    }
  }
  if (!charsAtMost(s, 30)) {
    for (let k = 4; k <= 30; k++) {
      if (ORGAN_SUFFIX.test(s.slice(0, k)) && NEXT_ORGAN.test(s.slice(k))) return s.slice(0, k);
    }
  }
  return null;
}

/**
 * The first organ of a joint issue written as a list (中国人民银行 国家外汇管理局, 文化部、国家文物局),
 * as a joint signature's first organ issues; the value itself when it is no list of organs.
 */
export function firstOfList(s: string): string {
  const pieces = s.trim().split(/[\s\u3000、，,；;]+/).filter(Boolean);
  return pieces.length > 1 && pieces.every((p) => isOrganLine(p)) ? pieces[0]! : s;
}

/** A line that is only a list of two or more organs (a 主送 that lost its colon): 各街道办事处,区级各部门,官盛新区管委会 */
/**
 * The value of a 主送 line printed below the body (in the 版记): organs or 各… addressees, no
 * sentence — 主送：为进一步增强… pasted there is body text, not recipients.
 */
export function isRecipientList(s: string): boolean {
  const t = s.replace(/[。.；;\s]+$/, "");
  if (t === "" || /[。；：:]/.test(t)) return false;
  const pieces = splitOrgans(t);
  // 红旗区、卫滨区、牧野区、凤泉区人民政府: places share the organ word of the last, so one organ suffices
  return pieces.some((p) => isOrganLine(p) || /^各|部门$|单位$/.test(p)) && pieces.every((p) => !/^[（(]/.test(p) && charsAtMost(p, 36));
}

export function isOrganList(s: string): boolean {
  if (/[：:。；]/.test(s) || !charsAtMost(s, 200)) return false;
  // two organs need a separator between them: wrapped body lines are ruled out before splitting
  if (!/[，,;、]/.test(s)) return false;
  const pieces = splitOrgans(s);
  if (pieces.length < 2) return false;
  // (a level of 各省、自治区、直辖市…, or 有关 before one, 有关省, is a group addressed too)
  // (…and an autonomous prefecture or league named alone, 伊犁哈萨克自治州, for its government)
  const organLike = pieces.filter((p) => isOrganLine(p) || /各|部门$|单位$|^有关[省市县区]$|^[\u4e00-\u9fa5]{2,10}(?:自治州|自治县|地区|盟)$/.test(p) || GROUP_PIECE.test(p)).length;
  if (organLike === pieces.length) return true;
  // a 主送 that names sectors and firms beside its organs (市直各部门、市域内农垦、森工、监狱所、
  // 供热企业): it opens as a 主送 does, with 各… or a 市直/县直 group, and most of it is organs or
  // short names
  return pieces.length >= 3 && ADDRESS_OPENING.test(pieces[0]!) && organLike * 2 >= pieces.length - 1 &&
    pieces.every((p) => /^[\u4e00-\u9fa5（）()]{2,15}$/.test(p));
}
/** How a 主送机关 list opens: 各…, or a group of the organs under one level (市直各部门, 县直有关单位) */
const ADDRESS_OPENING = /^各|^[省市州县区旗]直/;

/**
 * A piece of a 主送 that is a group rather than one organ (各乡镇, …部门, …单位), or a zone its committee stands for
 * (新乡高新区, 平原示范区), or a level of the list 各省 opens (各省、自治区、直辖市…, the ministries' 主送)
 */
const GROUP_PIECE = /^各|部门$|单位$|(?:高新区|经开区|开发区|示范区|新区|园区)$|^(?:自治区|直辖市|计划单列市|副省级城市|新疆生产建设兵团)$/;
/** The organs under one level addressed as a group, naming no organ word (市直有关部门, 县直各单位, 有关单位) */
export const LEVEL_GROUP = /^(?:[省市州县区旗]直|有关|相关)[\u4e00-\u9fa5]{0,4}(?:部门|单位)$/;

/**
 * A 主送 glued before the body's first sentence on one line (市直有关部门: 为切实做好…。): the length
 * of the list, its colon and the spaces after it, or 0. Every piece is an organ or an addressed
 * group, and a sentence follows.
 */
export function gluedAddressees(s: string): number {
  const colon = s.slice(0, 160).search(/[：:]/);
  if (colon < 2) return 0;
  const head = s.slice(0, colon);
  // (nor is an item's name with its note, 1、联盛快乐城(责任单位:县商务局):…: a numbered line, a colon inside brackets)
  if (/[。；;！？]/.test(head) || /^[0-9０-９一二三四五六七八九十]{1,3}[、.．]/.test(head) || !bracketsBalanced(head)) return 0;
  const after = /^[：:][ \u3000]*/.exec(s.slice(colon))![0].length;
  const rest = s.slice(colon + after);
  // (a sentence follows: one that ends, or one that leads into a list, …主要安排如下:; it may open with the name
  // of what it sends, 《深化医药卫生体制改革2022年重点工作任务》已经国务院同意)
  if (!/^[\u4e00-\u9fa5《“]/.test(rest) || !(rest.includes("。") || /[：:]\s*$/.test(rest))) return 0;
  const pieces = splitOrgans(head);
  // (a group is a short name: a title glued before it, …意见的函省直有关部门, is none)
  // (a group in Traditional script is read folded, as an organ's name is: 自治區, 直轄市)
  return pieces.length > 0 && pieces.every((p) => isOrganLine(p) || ((GROUP_PIECE.test(p) || GROUP_PIECE.test(toSimplified(p))) && charsAtMost(p, 12) && !/[《》“”]/.test(p))) ? colon + after : 0;
}

/**
 * The signature run on at the end of a paragraph, a page having put spaces for its line breaks
 * (…敬請諒解。 特此通告 汕尾市公安局交通警察支隊 2023年1月20日): the organ and the date, each after a space,
 * the organ a name. Group 1 ends the text; 2 is the organ, 3 the date.
 */
const GLUED_SIGNATURE = new RegExp(`^([\\s\\S]*\\S)[ \\u3000]+([^\\s。；;，,：:]{2,36})[ \\u3000]+(${DATE_SOURCE})$`);

/** A signature on one line, the organ and the date apart (江门市人民政府办公室 二○○五年十一月十五日): group 1 the organ, 2 the date */
const SIGNATURE_ON_ONE_LINE = new RegExp(`^([^\\s。；;，,：:]{2,36})[ \\u3000]+(${DATE_SOURCE})$`);

/** Where the organ ends and the date begins in a line that is a signature on one line, or null. */
export function signatureOnOneLine(t: string): { organEnd: number; dateAt: number } | null {
  const m = SIGNATURE_ON_ONE_LINE.exec(t);
  if (!m || !isOrganLine(m[1]!) || !dateOnly(m[2]!)) return null;
  return { organEnd: m[1]!.length, dateAt: t.length - m[2]!.length };
}

/** Where the text, the organ and the date of a signature run on at the end of `t` stand, or null. */
export function gluedSignature(t: string): { textEnd: number; organAt: number; organEnd: number; dateAt: number } | null {
  const m = GLUED_SIGNATURE.exec(t);
  if (!m || !isOrganLine(m[2]!) || !dateOnly(m[3]!)) return null;
  const organAt = m[1]!.length + /^[ \u3000]*/.exec(t.slice(m[1]!.length))![0].length;
  return { textEnd: m[1]!.length, organAt, organEnd: organAt + m[2]!.length, dateAt: t.length - m[3]!.length };
}

/**
 * Organs set apart by spaces in a cell (县教体局 各相关乡镇政府): the names, when every piece is an organ's
 * name of three or more characters (padding inside one name, 柳  军, 重 点 项 目, leaves pieces of one
 * or two); null otherwise.
 */
export function spacedOrganNames(t: string): string[] | null {
  if (!/\s/.test(t.trim())) return null;
  const pieces = t.trim().split(/\s+/);
  return pieces.length > 1 && pieces.every((p) => p.length >= 3 && isOrganLine(p)) ? pieces : null;
}

/**
 * The first half of a signing organ's name the layout wrapped onto its own line (莞城街道新型冠状病毒肺炎 /
 * 疫情防控指挥部办公室; 国务院应对新型冠状病毒感染 / 疫情联防联控机制综合组): a place (…街道, …市, …县) or a national
 * body opening at most 24 characters, no punctuation.
 */
export const WRAPPED_ORGAN_HEAD = /^(?:[\u4e00-\u9fa5]{1,8}?(?:省|市|县|區|区|州|街道|镇|鎮|乡|鄉)|国务院|國務院|国家|國家|中共中央|全国|全國)[\u4e00-\u9fa5]{2,16}$/;
