// Where a numbered item's heading ends and its text begins (标题 vs 正文 of a 层次).

/** Brackets and quotes a heading's end (。；) is not looked for inside, as they pair up. */
const OPENERS = "《“‘（(「『【";
const CLOSERS = "》”’）)」』】";
const BOUNDARY = "。；;！？";
/** A CJK unified ideograph of the BMP's main block */
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * Where a heading ends inside `content`: the first 。；！？ outside brackets and quotes of any
 * style — 《》, “”, 「」, 『』, （）, and ASCII " that closes a full-width “ or pairs with itself —
 * or, when a bracket or quote never closes, the first 。；！？ at all (an unclosed “ must not
 * swallow the paragraph). -1 when there is none.
 */
function headingEnd(content: string): number {
  let depth = 0;
  let first = -1;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]!;
    if (ch === '"') {
      // ASCII quotes close what is open (a full-width “ closed by "), else open
      if (depth > 0) depth--;
      else depth++;
    } else if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (BOUNDARY.includes(ch) || (ch === "." && isHan(content.charCodeAt(i - 1)) && isHan(content.charCodeAt(i + 1)))) {
      // (an ASCII full stop between Chinese characters ends a sentence as 。 does: 标准化.继续开展…)
      if (depth === 0) return i;
      if (first < 0) first = i;
    }
  }
  return first;
}

/**
 * Split a section's first paragraph into run-in heading and body: a short label before a colon
 * (会议时间：…), else up to the first 。；！？ outside brackets and quotes (headingEnd), else the
 * whole paragraph.
 */
export function splitHeading(content: string): { heading: string; text: string } {
  // (a label is at most 12 characters, as the gold guide counts; a clock time's colon, 下午4:30, is none;
  // a note the sections stage masked with U+E000, 联盛快乐城(责任单位:县商务局):…, is no part of its length)
  const label = /^([^，。；：:,]{1,60}?)[：:](?!\s*$)/.exec(content);
  if (label && label[1]!.replace(/\ue000/g, "").length <= 12 && !/[。；]/.test(label[1]!) && !/[0-9０-９]$/.test(label[1]!)) {
    return { heading: label[1]!.trim(), text: content.slice(label[0].length).trim() };
  }
  const i = headingEnd(content);
  // a heading whose line break became a space (一、加强组织领导 市政府各位领导同志…，…。): a phrase
  // of Chinese characters alone, then a sentence of its own
  const spaced = SPACED_HEADING.exec(content);
  if (spaced && (i < 0 ? content.length : i) - spaced[0].length >= 8) return { heading: spaced[1]!, text: content.slice(spaced[0].length).trim() };
  if (i >= 0) return { heading: content.slice(0, i).trim(), text: content.slice(i + 1).trim() };
  return { heading: withoutCellEdge(content.trim()), text: "" };
}

/** A heading of 4–20 Chinese characters, a space after it (a lost line break), a Chinese character after that (欠款 4笔 is one sentence) */
const SPACED_HEADING = /^([\u4e00-\u9fff]{4,20})[ \u3000]+(?=[\u4e00-\u9fff])/;

/** A table's cell edges after a line that is a cell of its own (一、紧扣…深化政务公开 |): the table's, not the heading's */
const CELL_EDGE = /[ \t\u3000]*\|[|\s]*$/;
const withoutCellEdge = (s: string): string => (s.endsWith("|") ? s.replace(CELL_EDGE, "") || s : s);

/** Words that open a body sentence of a 公文 (按照…, 根据…, 会议认为…, 希望各单位…, 各县(市、区)…,
 *  通过…, 坚决…, a date 2020年11月底前…, a deadline 3月15日前…), never a heading's
 *  continuation: where a heading glued to its body (text that lost its line breaks) ends. */
export const BODY_OPENER = /(按照|根据|为了|为(?:贯彻|进一步|深入|全面|加快|认真|切实|落实|推动|推进|做好|确保|加强)|党的|会议认为|会议指出|会议强调|会议要求|请各|请项目|请你|希望|全省|全市|全县|全区|我省|我市|近年来|近期|目前|当前|截至|今年以来|去年以来|坚持以|围绕|各地|各单位|各部门|各(?:县|市|区|乡|镇|级|有关|相关|成员|责任)|通过|坚决|习近平总书记|(?:19|20)\d{2}年\d{1,2}月|\d{1,2}月\d{1,2}日前)/;

/**
 * The short phrase an unnumbered paragraph opens with, as policy measures name each measure
 * (培育各类工业互联网平台。重点培育…): 4–30 characters without a comma, colon or bracket, ended by
 * 。 (group 1). Several such paragraphs under one item, each with its own note, are its tasks.
 */
export const LEAD_SENTENCE = /^\s*([^，,。；;：:（(）)]{4,30})。/;

/**
 * Nouns a section's heading ends with as 公文 outlines name their parts (一、基本情况, （二）补员方式及要求,
 * 二、需要公司党委会决策事项, 四、评选程序, 二、投诉分类优化方面): where a heading glued to its text by a lost line break
 * ends, when no word that opens a body sentence (BODY_OPENER) says so.
 */
export const HEADING_END = /(?:基本情况|情况|事项|要求|原则|程序|方式|形式|安排|目标|任务|措施|内容|主题|议题|范围|条件|标准|步骤|职责|分工|意义|依据|对象|人员|时间|地点|办法|方法|机制|纪律|流程|做法|成效|问题|建议|背景|现状|需求|指导思想|组织机构|机构|概况|进展|方面|成员|目的|方案)/g;
/** What a noun phrase goes on with after a heading noun: no heading ends before it (方式及要求, 情况的通报) */
export const NOUN_PHRASE_GOES_ON = /^[的之和及与、，,或等和暨并]/;
/**
 * Verbs a heading that directs opens with (坚持标准先行, 加强组织领导, 做好情况调度): such a heading is a
 * sentence, and a heading noun inside it (标准, 情况) ends nothing.
 */
export const DIRECTIVE_OPENING = /^(?:坚持|加强|推进|做好|强化|完善|落实|健全|深化|提高|提升|推动|加快|建立|严格|切实|扎实|全面|积极|持续|着力|突出|注重|抓好|确保|实施|开展|规范|优化|聚焦|围绕|明确|细化|压实|加大|狠抓|抓实|做实|筑牢|守牢|保持|坚决|不断|大力|依法|统筹|构建|打造|培育|巩固|拓展|强化|夯实|严肃|认真|精心|及时|主动|广泛|科学|合理|有序|稳妥)/;

/**
 * Verbs that open the body's first clause after a heading that directs, where a flattened notice
 * glued the two (强化隐患治理过程管控加大隐患排查治理管控力度，…; 做好现场安全风险管控高度重视…;
 * 优化投诉受理范围依据供电服务…): strong verbs and 依据/针对 only — adverbs such as 科学, 有序 stand
 * inside headings (推进垃圾分类科学处置).
 */
export const SECOND_CLAUSE_OPENING = /(?:加强|加大|加快|强化|推进|推动|落实|严格|切实|确保|做好|抓好|高度重视|依据|针对|坚持|深入|着力|进一步|为保证|为确保)/g;

/**
 * A work report's part heading printed without a number (2021年工作回顾, 过去五年工作回顾, 2022年工作安排, 今后五年工作建议):
 * the part that holds the report's 一、二、…, a group heading even where the text is cut before the next part
 * restarts the numbering (a 人大, 政协 or 检察院 report as a page excerpts it)
 */
export const REPORT_PART_HEADING = /^(?:(?:19|20)[0-9]{2}年|过去[一二三四五六七八九十0-9]{0,2}年|今后[一二三四五六七八九十0-9]{0,2}年|[一二三四五六七八九十0-9]{1,2}年来|今年|明年|本届)(?:的)?(?:主要)?工作(?:回顾|安排|建议|任务|部署|总结)$/;
