// Labels of the information-disclosure metadata (信息公开 元数据) that government sites and
// legal databases print above a notice: 索引号, 发布机构, 文号, 成文日期 … in every layout —
// `label：value` (several to a line), label and value on alternating lines, pipe tables, and
// the bracketed labels of legal databases (【发布部门】). They fill what the body lacks; they
// are never the notice's own text.
import { asWritten, toSimplified, traditionalForms, withoutPinyin } from "./traditional.js";
import { isOrganLine } from "./organs.js";
import { dateOnly } from "./dates.js";
import { isWholeDocNumber } from "./docnumber.js";
import { perDocument } from "./memo.js";

/** Known labels, as written after spaces are removed (索 引 号 → 索引号). */
export const METADATA_LABELS = [
  "索引号", "主题分类", "组配分类", "信息分类", "体裁分类", "服务对象", "分类", "发文机关", "发布机构", "发布单位", "发文单位",
  "所属机构", "成文日期", "发文日期", "印发日期", "生成日期", "发布日期", "公开日期", "生效日期", "实施日期", "施行日期",
  "废止日期", "文号", "发文字号", "发布文号", "文件编号", "标题", "名称", "有效性", "有效性状态", "是否有效", "时效性",
  "效力级别", "效力等级", "主题词", "关键词", "公开方式", "公开范围", "公开形式", "属性", "备注", "法宝引证码",
  "发布部门", "制定机关", "类别", "内容分类", "信息来源", "文件类型", "效力状态", "文件分类", "文件名称", "内容概述",
  "公开责任部门", "公开目录",
  // a portal's 体裁 (通知) and 所属类目 (区政府办公室文件) fields
  "体裁", "所属类目",
  // a portal's issuer and joint issuers and the gazette a State Council document came from ([联合发文单位], [文件来源] 政府公报 …)
  "联合发文单位", "发文机构", "文件来源",
  // a page's status and issuer fields (文件状态 | 执行中, 制发机关 | 无锡市人民政府)
  "文件状态", "制发机关", "实施时间", "生效时间", "发布机关",
  // a disclosure record's fields (公开属性: 全部公开 公开期限: 长期公开, 公开程序 …经办公室审核后公开)
  "公开属性", "公开期限", "公开时限", "公开程序", "公文生成日期",
  // a normative document's registration (规范性文件统一登记号 HHCR-2017-01006, 签署日期, 登记日期) and
  // a page's 所属主题 / 信息时效期 fields
  "统一登记号", "登记号", "签署日期", "登记日期", "所属主题", "信息时效期",
  // a law database's 颁布时间 (颁布时间:2016-04-06 00:00:00.000 发文单位:国务院办公厅)
  "颁布时间", "颁布日期", "颁布单位", "颁布机关",
];
/**
 * Labels that stand alone on a line only as a label, their value on the line below (索引号 /
 * 011437144/2023-06550): never a heading, a table's column or a line of the body.
 */
const LONE_LABELS = new Set(["索引号", "发文字号", "发文单位", "发文机关", "发布机构", "发布日期", "成文日期", "发文日期", "文件类型", "效力状态", "有效性", "主题分类", "公开方式", "公开范围", "信息分类", "组配分类", "主题词", "关键词"]);

/** The labels, longest first, so an alternation takes 发文字号 before 文号 */
const LABELS_LONGEST_FIRST = [...METADATA_LABELS].sort((a, b) => b.length - a.length);
const LABEL_ALT = LABELS_LONGEST_FIRST
  .map((l) => [...l].join("[ \\u3000]*")).join("|");
/** A label followed by its colon (spaces inside the label allowed: 索 引 号：) */
const LABEL_COLON = new RegExp(`(?:^|[\\s|])(${LABEL_ALT})[ \\u3000]*[:：]`, "g");
/** The same, opening the line */
const LABEL_AT_START = new RegExp(`^(?:${LABEL_ALT})[ \\u3000]*[:：]`);
/** 【发布部门】 as legal databases write labels, or [ 发文字号 ] as some government sites' metadata does */
const LABEL_BRACKET = new RegExp(`【(${LABEL_ALT})】|\\[[ \\u3000]*(${LABEL_ALT})[ \\u3000]*\\]`, "g");
const LABEL_CELL = new RegExp(`^(${LABEL_ALT})[ \\u3000]*[:：]?$`);
/** A cell holding a label and its value (| 发文机关:南漳镇人民政府 | 主题词:工作计划 |) */
const LABEL_VALUE_CELL = new RegExp(`^(${LABEL_ALT})[ \\u3000]*[:：][ \\u3000]*(\\S.*)$`);
/** First characters of the labels. */
const LABEL_FIRST = new Set(METADATA_LABELS.map((l) => l[0]!));
/** A label standing between spaces, as pages lay out metadata without colons (发布机构 区政府办公室 文    号 蔡政办〔2023〕1号) */
const LABEL_SPACED = new RegExp(`(?:^|[ \\u3000])(${LABEL_ALT})(?:[ \\u3000]+|$)`, "g");
const METADATA_PUNCT = /[:：|【[]/;
/** A label opening a line, set off from its value by spaces, no colon (文件名称 2024年第五次…) */
const SPACED_LABEL_AT_START = new RegExp(`^(${LABEL_ALT})[ \\u3000]+(?=[^ \\u3000:：])`);
/**
 * Labels a line may hold alone before their value with spaces between, no colon (文件名称 …, 内容概述 …, 主题词 水利、水务):
 * their words are never a body line's opening. (A line of two labels or more is read by spacedPairs.)
 */
const SPACED_LONE_LABELS = new Set(["索引号", "文件名称", "内容概述", "公开责任部门", "公开目录", "发文字号", "成文日期", "发布机构", "发文机关", "文件编号", "主题词", "关键词"]);
/** How a notice's title ends (…的通知, …方案, …意见): a value 名称 may name */
const TITLE_VALUE_END = /(?:通知|通报|意见|决定|方案|办法|规定|细则|要点|计划|规划|报告|批复|函|公告|通告)$/;
/** A value that is another label and its colon: the label before it was left empty */
const UNKNOWN_LABEL_OPENING = /^[\u4e00-\u9fa5]{2,6}[ \u3000]*[:：]/;
/**
 * A label whose padding was lost to a wrong decoding (標??題, 文�號: a full-width space turned into
 * ? or U+FFFD): the label without it, when that is a known one; anything else as it is.
 */
function unpadded(cell: string): string {
  if (cell.length > 12 || !(cell.includes("?") || cell.includes("\ufffd"))) return cell;
  const bare = cell.replace(/[?\ufffd]/g, "");
  return LABEL_CELL.test(bare) ? bare : cell;
}
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");

/**
 * The label/value pairs of a metadata line, or null when the line does not open with a label.
 * A pair whose value is "" may take its value from the next line.
 */
/** A list's number before a bracketed metadata label (1. [主题分类], 6. 【发文字号】): the number and the spaces after it */
const NUMBERED_BRACKET_LABEL = /^[ \t\u3000]*[0-9]{1,2}[.．、][ \t\u3000]*(?=[\[【][^\]】]{2,8}[\]】])/;

/** The known labels as a set, written without spaces */
const LABEL_SET = new Set(METADATA_LABELS);
/**
 * Whether text opens with a bracketed metadata label ([主題分類], 【发文字号】): what follows a list's number in a portal's
 * metadata printed as a numbered list — so that number opens no item of the notice, even run on in one line.
 */
export function opensWithBracketLabel(s: string): boolean {
  const m = /^[ \t\u3000]*[\[【][ \t\u3000]*([^\]】]{2,12}?)[ \t\u3000]*[\]】]/.exec(s);
  return !!m && LABEL_SET.has(squeeze(toSimplified(m[1]!)));
}

function metadataPairsRead(written: string): Array<[string, string]> | null {
  // (a portal may print its metadata as a bulleted list: • 发文字号: 宝府办〔2022〕1号)
  const line = written.charCodeAt(0) === 0x2022 || written.trimStart().startsWith("•") ? written.replace(/^[ \t\u3000]*•[ \t\u3000]*/, "") : written;
  const pairs = pairsOf(line);
  if (pairs) return pairs;
  // (…or as a numbered list of bracketed labels: 6. [發文字號] 國辦發〔2019〕43號 — the list's number is no part of the label)
  const numbered = line.includes("[") || line.includes("【") ? NUMBERED_BRACKET_LABEL.exec(line) : null;
  if (numbered) return metadataPairsRead(line.slice(numbered[0].length));
  // (a page's address glued before its metadata, http://…/601f….html发文字号 鄠政发〔2021〕1号 发布日期 …: the
  // address is furniture, the pairs after it are read)
  if (line.startsWith("http")) {
    const address = PAGE_ADDRESS.exec(line);
    if (address && address[0].length < line.length) return metadataPairsRead(line.slice(address[0].length));
  }
  // labels glued to their values, two pairs or more set apart by spaces (发文单位黄石市人民政府办公室 发文字号黄政办发〔2021〕1号)
  if ((line.includes(" ") || line.includes("\u3000")) && LABEL_FIRST.has(line.trimStart()[0] ?? "")) {
    const glued = gluedPairs(line.trim());
    if (glued) return glued;
  }
  // labels glued to their values and the pairs run together, no space between them (发布机构湖北省住房和城乡建设厅发文日期2022-04-27,
  // 文    号厅头〔2022〕723号效力状态有效): a portal's metadata table with its cells' borders lost
  if (!METADATA_PUNCT.test(line) && LABEL_FIRST.has(line.trimStart()[0] ?? "") && LABEL_OPENING.test(line.trimStart())) {
    const run = runTogetherPairs(line.trim());
    if (run) return run;
  }
  // a law database's label glued to its value, in Traditional and glossed with pinyin
  // (發(fā)文機關(guān)江蘇省高級人民法院): matched folded and without glosses, the value kept as written
  if (!METADATA_PUNCT.test(line) && !line.includes(" ") && TRAD_LABEL_FIRST.has(line.trimStart()[0] ?? "")) return tradGluedPair(line.trim());
  // a label glossed with pinyin before its colon (發(fā)布機構: 貴池區(qū)…): read without the glosses
  if (line.includes("(") && METADATA_PUNCT.test(line)) {
    const bare = withoutPinyin(line);
    if (bare !== line) return metadataPairsRead(bare);
  }
  // folding changes no colon, pipe or 【: a line without them has colon-free labels at most, which
  // are Simplified-only (a Traditional page's spaced labels stay unread)
  if (!METADATA_PUNCT.test(line) || toSimplified(line) === line) return null;
  // Traditional labels (發文機關, 發佈日期): matched folded, values kept as written
  const folded = pairsOf(toSimplified(line));
  if (!folded) return null;
  let at = 0;
  const st = toSimplified(line);
  return folded.map(([label, value]) => {
    const k = value ? st.indexOf(value, at) : -1;
    if (k < 0) return [label, value];
    at = k + value.length;
    return [label, line.slice(k, k + value.length)];
  });
}
/** (asked of the same line by several stages: answered once per document) */
export const metadataPairs = perDocument(metadataPairsRead);

function tradGluedPair(t: string): Array<[string, string]> | null {
  const folded = toSimplified(t);
  if (folded === t && !t.includes("(")) return null;
  const bare = withoutPinyin(folded);
  const pair = gluedPair(bare);
  if (!pair || pair[0]![1] === "") return pair;
  const label = pair[0]![0];
  // the label as the line spells it, glosses included: its value is the rest of the line
  const spelled = asWritten(folded.slice(0, label.length * 10), label);
  return spelled !== null && folded.startsWith(spelled) ? [[label, t.slice(spelled.length)]] : pair;
}

function pairsOf(line: string): Array<[string, string]> | null {
  // every layout needs a colon, a pipe or 【 — or spaces between labels and values: most body
  // lines are ruled out without a regex
  if (!METADATA_PUNCT.test(line)) return line.includes(" ") || line.includes("\u3000") ? spacedPairs(line.trim()) : gluedPair(line.trim());
  let t = line.trim().replace(/^[•·●▪∙◦\-*]\s*/, "");
  if (t.includes("【") || t.includes("[")) t = t.replace(LABEL_BRACKET, (_, a: string | undefined, b: string | undefined) => ` ${a ?? b}：`).trim();
  if (t.includes("|")) {
    const cells = t.split("|").map((c) => unpadded(c.trim()));
    // a Markdown delimiter row with the next row glued to it (---|---|发布机构 | 政府办 |): its
    // dashes are no cells
    let lead = 0;
    while (lead < cells.length - 1 && (cells[lead] === "" || /^:?-+:?$/.test(cells[lead]!))) lead++;
    // (and a row opened by a pipe, | 发文机关:南漳镇人民政府 |, has an empty cell before its first)
    if (lead > 0) cells.splice(0, lead);
    // the delimiter row alone (---|---|---|---|) between a metadata table's rows: a line of the table, no pair
    if (lead > 0 && t.includes("-") && cells.every((c) => c === "" || /^:?-+:?$/.test(c))) return [];
    if (!cells[0] || !(LABEL_CELL.test(cells[0]) || LABEL_VALUE_CELL.test(cells[0]))) return null;
    const pairs: Array<[string, string]> = [];
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k]!;
      const both = LABEL_VALUE_CELL.exec(c);
      if (both) {
        pairs.push([squeeze(both[1]!), both[2]!.trim()]);
        continue;
      }
      if (!LABEL_CELL.test(c)) continue;
      const next = cells[k + 1] ?? "";
      const value = LABEL_CELL.test(next) || LABEL_VALUE_CELL.test(next) || UNKNOWN_LABEL_OPENING.test(next) ? "" : next;
      pairs.push([squeeze(c).replace(/[:：]$/, ""), value]);
      if (value) k++;
    }
    return pairs;
  }
  // the first label must open the line: a body line with a colon somewhere is ruled out by one
  // anchored test instead of a search of the whole line for every label
  // (a row that opens with a label set off by spaces and colons its later labels — 文号 二〇二四年第十六期
  // 成文日期: 2024年06月18日 — is read as if the first had its colon too)
  if (!LABEL_AT_START.test(t) && LABEL_FIRST.has(t[0] ?? "")) {
    const spaced = SPACED_LABEL_AT_START.exec(t);
    if (spaced) t = `${spaced[1]}：${t.slice(spaced[0].length)}`;
  }
  if (!LABEL_AT_START.test(t)) {
    const colon = t.search(/[:：]/);
    const label = colon > 0 ? unpadded(t.slice(0, colon)) : "";
    if (label === t.slice(0, colon)) return null;
    t = label + t.slice(colon);
  }
  const hits = [...(" " + t).matchAll(LABEL_COLON)];
  if (hits.length === 0 || hits[0]!.index !== 0) return null;
  return hits.map((h, k) => {
    const start = h.index! + h[0].length;
    const end = hits[k + 1]?.index ?? t.length + 1;
    const value = (" " + t).slice(start, end).trim();
    // an empty value followed by a label kexie does not know (文号: 栏目分类: 综合政务): no value
    return [squeeze(h[1]!), UNKNOWN_LABEL_OPENING.test(value) ? "" : value];
  });
}

/** Labels a law database prints glued to their value, and what each value must be to be one */
const GLUED_LABELS: ReadonlyArray<readonly [string, (v: string) => boolean]> = [
  ["发文机关", (v) => isOrganLine(v)], ["发布部门", (v) => isOrganLine(v)], ["制定机关", (v) => isOrganLine(v)],
  ["发文字号", isWholeDocNumber], ["文号", isWholeDocNumber],
  ["发文日期", (v) => dateOnly(v) !== null], ["发布日期", (v) => dateOnly(v) !== null], ["成文日期", (v) => dateOnly(v) !== null],
  ["施行日期", (v) => dateOnly(v) !== null], ["实施日期", (v) => dateOnly(v) !== null],
  ["时效性", (v) => STATUS_VALUE.test(v)], ["效力级别", (v) => /^[\u4e00-\u9fa5]{2,12}$/.test(v)], ["有效性", (v) => STATUS_VALUE.test(v)],
];
/**
 * The first characters of the glued labels as a Traditional or glossed page writes them (發文機關, 時效性,
 * 发(fā)文机关), in both scripts: a line opening with none of them holds no glued label
 */
const TRAD_LABEL_FIRST = new Set(GLUED_LABELS.flatMap(([label]) => [label[0]!, ...traditionalForms(label[0]!)]));
/** The validity a database states (现行有效, 已失效, 失效, 已废止, 部分失效, 有效) */
const STATUS_VALUE = /^(?:现行有效|有效|已失效|失效|已废止|废止|部分失效|已修改|尚未生效)$/;

/**
 * A law database's label glued to its value, no colon, no space (发文机关最高人民法院,
 * 发文字号法办〔2001〕246号, 时效性现行有效): read only when the value is what the label calls for.
 */
function gluedPair(t: string): Array<[string, string]> | null {
  if (!LABEL_FIRST.has(t[0] ?? "")) return null;
  if (LONE_LABELS.has(t)) return [[t, ""]];
  for (const [label, ok] of GLUED_LABELS) {
    if (!t.startsWith(label) || t.length <= label.length) continue;
    const value = t.slice(label.length);
    return ok(value) ? [[label, value]] : null;
  }
  return null;
}

/** A page's address opening a line: ASCII up to the first character that is none */
const PAGE_ADDRESS = /^https?:\/\/[!-~]+/;
/** A label glued to the value after it, opening the line or after a space (发文字号黄政办发〔2021〕1号) */
const LABEL_GLUED = new RegExp(`(?:^|[ \\u3000])(${LABELS_LONGEST_FIRST.join("|")})(?=[^ \\u3000:：|])`, "g");
/** A label alone at the line's end, its value left empty (效力状态有效 主题分类) */
const LABEL_AT_END = new RegExp(`[ \\u3000](${LABELS_LONGEST_FIRST.join("|")})$`);

/**
 * Labels glued to their values, no colon, the pairs set apart by spaces, two or more to the line, the
 * first label opening it (文件名称关于印发…的通知 文件类型黄政办发 / 发文日期2021-02-25 10:02:04 发布日期…):
 * a portal's metadata printed without its table. The last label may stand empty at the line's end.
 */
function gluedPairs(t: string): Array<[string, string]> | null {
  const hits = [...t.matchAll(LABEL_GLUED)];
  const empty = LABEL_AT_END.exec(t);
  if (hits.length + (empty ? 1 : 0) < 2 || hits[0]?.index !== 0) return null;
  const ends = [...hits.slice(1).map((h) => h.index!), empty ? empty.index : t.length];
  const pairs = hits.map((h, k): [string, string] => [h[1]!, t.slice(h.index! + h[0].length, ends[k]).trim()]);
  if (empty) pairs.push([empty[1]!, ""]);
  // (each glued label's value what the label calls for, where the lexicon knows it — 发文字号 a 发文字号, a
  // date without its time — and one pair at least so checked: 名称解释如下 标题很长 is no metadata)
  let checked = 0;
  for (const [label, value] of pairs) {
    if (value === "") continue;
    const ok = GLUED_VALUE_CHECKS.get(label);
    if (!ok) continue;
    if (!ok(withoutClock(value))) return null;
    checked++;
  }
  return checked > 0 ? pairs : null;
}
/** A label opening the line, spaces inside it allowed (文    号厅头…) */
const LABEL_OPENING = new RegExp(`^(?:${LABEL_ALT})`);
/** Every label in a line, spaces inside allowed */
const LABEL_ANYWHERE = new RegExp(`(${LABEL_ALT})`, "g");

/**
 * Labels glued to their values with the pairs run together, no space or colon anywhere (发布机构湖北省住房和城乡建设厅发文日期2022-04-27):
 * a label met inside a value is only a label where the value it would open is what it calls for — a label
 * whose value fails its check, or that cuts short a value that then fails, is taken back into the value before it
 * (文件名称关于印发文号管理办法的通知 is one pair).
 * Read only when every value the lexicon can check passes and one at least is checked; one pair alone only when checked.
 */
function runTogetherPairs(t: string): Array<[string, string]> | null {
  let hits = [...t.matchAll(LABEL_ANYWHERE)];
  // (the first label glued to its value: a label set apart by a space is read by spacedPairs, which asks more of it —
  // 文号 蔡政办〔2023〕1号 alone is no metadata)
  if (hits[0]?.index !== 0 || /^[ \t\u3000]/.test(t.slice(hits[0][0].length))) return null;
  while (hits.length > 0) {
    const pairs = hits.map((h, k): [string, string] => [squeeze(h[1]!), t.slice(h.index! + h[0].length, hits[k + 1]?.index ?? t.length).trim()]);
    let failed = -1;
    let checked = 0;
    pairs.forEach(([label, value], k) => {
      const ok = GLUED_VALUE_CHECKS.get(label);
      if (!ok || failed >= 0) return;
      if (value !== "" && ok(withoutClock(value))) checked++;
      else if (value !== "" || k < pairs.length - 1) failed = k;
    });
    if (failed < 0) return checked > 0 && (pairs.length > 1 || checked === 1) && pairs.every(([, v], k) => v !== "" || k === pairs.length - 1) ? pairs : null;
    // (the value cut short by a label inside it — 文件名称关于印发 before 文号管理办法… — takes that label back, else the failing label goes)
    const drop = failed + 1 < hits.length ? failed + 1 : failed;
    if (drop === 0) return null;
    hits = hits.filter((_, k) => k !== drop);
  }
  return null;
}
/** A time of day (10:02, 10:02:04) */
const CLOCK_TIME = /^[0-9]{1,2}:[0-9][0-9]$|^[0-9]{1,2}:[0-9][0-9]:[0-9][0-9]$/;
/** The value without the time of day after its date (2021-02-25 10:02:04 → 2021-02-25): no part of the date */
function withoutClock(v: string): string {
  const k = Math.max(v.lastIndexOf(" "), v.lastIndexOf("\u3000"), v.lastIndexOf("\t"));
  return k > 0 && CLOCK_TIME.test(v.slice(k + 1)) ? v.slice(0, k).trimEnd() : v;
}
/** What a glued label's value must be, for the labels the lexicon can check (GLUED_LABELS, and a title, an organ, a status) */
const GLUED_VALUE_CHECKS = new Map<string, (v: string) => boolean>([
  ...GLUED_LABELS,
  ["文件名称", (v) => TITLE_VALUE_END.test(v)], ["标题", (v) => TITLE_VALUE_END.test(v)], ["名称", (v) => TITLE_VALUE_END.test(v)],
  ["发文单位", (v) => isOrganLine(v)], ["发布机构", (v) => isOrganLine(v)], ["效力状态", (v) => STATUS_VALUE.test(v)],
  ["索引号", (v) => INDEX_CODE.test(v)],
]);
/** An index code (索引号) as disclosure catalogues write it: letters and digits with / or - (01104325X/2022-14728, MB1534522/2023-05475) */
const INDEX_CODE = /^[0-9A-Za-z]{4,}[/-][0-9A-Za-z/-]{2,40}$/;

/**
 * Labels and values separated by spaces only, two pairs or more to the line, the first label
 * opening it (索 引 号 MB1534522/2023-05475 发文日期 2023-01-03): body prose has no such spaces.
 */
function spacedPairs(t: string): Array<[string, string]> | null {
  // an indented body line has spaces too: only one opening with a label's first character is searched
  if (!LABEL_FIRST.has(t[0] ?? "")) return null;
  const hits = [...t.matchAll(LABEL_SPACED)];
  // (名称 alone is a body line's word too: a label only before a name that ends as a notice's title does,
  // 名称 吴堡县人民政府关于…的通知 — not 名称 各单位要按时报送)
  const named = hits.length === 1 && hits[0]!.index === 0 && squeeze(hits[0]![1]!) === "名称" && TITLE_VALUE_END.test(t);
  if (hits.length === 1 && hits[0]!.index === 0 && (named || SPACED_LONE_LABELS.has(squeeze(hits[0]![1]!)))) {
    const value = t.slice(hits[0]![0].length).trim();
    // (a value that opens with another label: the first was left empty, 成文日期 废止日期 2021-02-22)
    return value && !SPACED_LABEL_AT_START.test(value) ? [[squeeze(hits[0]![1]!), value]] : null;
  }
  if (hits.length < 2 || hits[0]!.index !== 0) return null;
  const pairs = hits.map((h, k): [string, string] => [squeeze(h[1]!), t.slice(h.index! + h[0].length, hits[k + 1]?.index ?? t.length).trim()]);
  // (the last label may stand empty at the line's end: 成文日期 2021-02-22 废止日期)
  return pairs.every(([, v], k) => v !== "" || k === pairs.length - 1) ? pairs : null;
}

/**
 * A page's table row of a label and its value (编辑出版: | 黔南…办公室 |, 网 址: | www… |, 印 刷: | … |): a gazette's or
 * site's imprint, whatever the label — never a title's line, though no known label names it
 */
const LABELLED_ROW = /^[\u4e00-\u9fa5][\u4e00-\u9fa5 \u3000]{0,7}[:：][ \t\u3000]*\|[^|]+\|[ \t\u3000]*$/;
export function isLabelledRow(t: string): boolean {
  return t.endsWith("|") && LABELLED_ROW.test(t);
}

/** The next item's label a dashed metadata list leaves at the end of a value's line (… - 文号:, … - 名称:) */
export const NEXT_LABEL_AT_END = /[ \u3000]+[-–][ \u3000]*[\u4e00-\u9fa5][\u4e00-\u9fa5 \u3000]{0,8}[:：]$/;
