// Re-segmentation of notices that lost their line breaks (OCR output, rows of public datasets,
// text pasted from PDF viewers): one very long line is cut back into the paragraphs a reader
// sees, before any other stage runs. Cut points, each a class of boundary the 公文 layout has:
//   - section markers that form a consistent sequence (一、…二、…; （一）…（二）…; 1.…2.…): a
//     marker that does not continue its list (二、 in 一、二年级) is no cut;
//   - the header: 发文字号, 签发人, the title (ending in a 文种 word) and the 主送 ending in ：;
//   - the closing: 附件：, the signature organ and its date, an aside after it, 抄送：, 印发;
//   - an appended document's title after the signature, when the covering notice names it.
// Every cut is a slice of the original paragraph, so lines and columns still point at the source.
import { joinParagraphs, positionAt, sliceParagraph, type Block, type ParagraphBlock } from "../model/blocks.js";
import { gluedPageNumbers, PHONE_END } from "../lexicon/layout.js";
import type { Diagnostic } from "../model/schema.js";
import { DECIMAL_STYLE, MARKER_FIRST, markerBeforeDigits, markerBeforeListedNumerals, matchMarker, type Marker } from "../lexicon/markers.js";
import { DATE_SOURCE, dateOnly, SIGNED_DATE_AT_END } from "../lexicon/dates.js";
import { DOC_NUMBER_RE, DOC_TYPE_WORD_IN_NAME, DOC_TYPES, endsLikeTitle, endsWithDocType, LETTERHEAD_MARK, MARK_BEFORE_CODE, MASTHEAD_BEFORE_TITLE, SERIES_MASTHEAD, TELEGRAM_FIELD_G, TELEGRAM_SERIAL_G } from "../lexicon/patterns.js";
import { gluedAddressees, isOrganLine, notAName, ORGAN_SUFFIX } from "../lexicon/organs.js";
import { BODY_OPENER, DIRECTIVE_OPENING, HEADING_END, NOUN_PHRASE_GOES_ON, SECOND_CLAUSE_OPENING } from "../lexicon/headings.js";
import { withYearBefore } from "../lexicon/patterns.js";
import { BLURB_LABEL, DOCSITE_CHUNK, isDocsiteShare, isOpeningChrome, isWebChrome, URL_LINE } from "../lexicon/chrome.js";
import { metadataPairs, opensWithBracketLabel } from "../lexicon/metadata.js";
import { ATTACHMENT_TITLE } from "../lexicon/attachments.js";
import { COLUMN_SYNONYMS, roleOf } from "../lexicon/columns.js";

/** A paragraph this long in a document of so few paragraphs is a flattened notice. */
const LONG = 200;
/** …and a short notice that is the document's only paragraph (a dataset row of a two-sentence 通知) */
const ALONE = 80;
const HUGE = 2000;
/** A page number glued between paragraphs (— 2 —) ends one like a sentence end. */
/** Families whose items stand on lines of their own (run-in items 一是/①/第一 stay inside paragraphs). */
const LINE_FAMILIES = new Set([
  "part", "chapter", "article", "roman", "chinese-comma", "chinese-paren", "chinese-half-paren",
  "arabic-comma", "arabic-dot", "digit-stop", "arabic-paren", "arabic-half-paren",
]);
const STRONG_BEFORE = /[。；;：:！？!?）)”」』】—]/;
const CJK_CHAR = /[\u4e00-\u9fff]/;

interface Candidate {
  at: number;
  m: Marker;
  strong: boolean;
  /** 一、二级… after a sentence end: an item only if the list's next number follows */
  listed?: boolean;
}

/**
 * Offsets inside 《》 or quotes — “”, 「」, 『』, and an ASCII " that closes a “ or pairs with
 * itself (a marker quoted in a title is not a section).
 */
function quoted(s: string): Uint8Array {
  const inside = new Uint8Array(s.length);
  let book = 0;
  let quote = 0;
  let openedAt = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "《") book++;
    else if (ch === "》") book = Math.max(0, book - 1);
    else if (ch === '"') quote = quote > 0 ? quote - 1 : 1;
    else if ("“「『".includes(ch)) quote++;
    else if ("”」』".includes(ch)) quote = Math.max(0, quote - 1);
    if (quote > 0 && openedAt < 0) openedAt = i;
    inside[i] = book > 0 || quote > 0 ? 1 : 0;
    // a quote that runs past a sentence end not closed right there (落实“首违不罚清单制度。对…), or
    // past 200 characters, never closed: it stops hiding markers
    if (quote > 0 && (i - openedAt > 200 || ("。！？".includes(ch) && !/[”」』"]/.test(s[i + 1] ?? "")))) quote = 0;
    if (quote === 0) openedAt = -1;
  }
  return inside;
}

/** A bracket opened within the last few characters and not closed: 备案(附件 before 1) */
const OPEN_BRACKET_BEFORE = /[（(][^（）()]*$/;
/** A deadline label and its date, ending a stretch: 完成时限：2021年12月31日 */
const DEADLINE_VALUE_END = new RegExp(`(?:${COLUMN_SYNONYMS.deadline.join("|")})[：:]\\s*${DATE_SOURCE}$`);
/** Families whose first item is unmistakable even alone (a notice cut short, an excerpt): 。一、 */
const ALONE_FAMILIES = new Set(["part", "chapter", "article", "chinese-comma", "chinese-paren"]);
/** Text between a heading's marker and the next marker that holds no sentence: a heading that stood on its own line. */
const HEADING_ONLY = /^[^。；;！？!?，,、：:]{1,40}$/;
/** An item's heading with pauses but no sentence end or colon, short enough to stand on a line of its own */
const HEADING_WITH_PAUSE = /^[^。；;！？!?：:]{1,40}$/;
/** A stretch with no sentence end: an item whose text was a bare value (一、行动时间2023年3月1日至12月31日). */
const NO_SENTENCE = /^[^。；;！？!?]{1,60}$/;
/** An item that held a roster: names listed with 、, no sentence (一、先进集体（10个）甲团委、乙团委…). */
function roster(stretch: string): boolean {
  if (/[。；;！？!?，,]/.test(stretch)) return false;
  // (names set apart by 、, or by the spaces a flattened roster's line breaks left: …先进集体 永州市林业局 衡阳市林业局 …)
  const names = stretch.split(/[、 \u3000]+/);
  return names.length >= 3 && names.every((n) => n.length >= 2 && n.length <= 30);
}

/**
 * Marker positions that form lists: per family, in rank order, a chain 1, 2, 3 … where an item
 * may restart at 1 after an enclosing family's item or after a document boundary (the signature
 * of a covering notice before the document it sends); a marker glued to the text before it (no
 * sentence end) counts only when no better-placed marker with the same number comes before the
 * next number. Chinese-numeral 一、 must follow a sentence end (统一、规范 is no list), a heading
 * that stood alone (第一部分 总体要求一、…; a title), or an item that held no sentence
 * (一、活动主题礼赞共和国二、…). A list of one item counts when its marker is unmistakable
 * (。一、, 。（一）, 第一章) — a notice cut short may hold only its first item.
 */
/** The rest of a decimal figure after its dot: digits, then a unit (3982公顷, 5%, 69亿元) */
const DECIMAL_FIGURE_AFTER = /^[0-9]{1,8}(?:公顷|平方米|平方公里|千米|公里|米|亩|吨|元|万|亿|%|％|千伏|kV|MW|兆瓦|倍|个百分点)/;

function markerCuts(s: string, fixed: number[], boundaries: number[]): number[] {
  const inside = quoted(s);
  const byFamily = new Map<string, Candidate[]>();
  let lastDot = -1;
  for (let i = 0; i < s.length; i++) {
    // (the markers lexicon's table of first characters: one list of them, and a lookup, not a class search)
    if (!MARKER_FIRST[s.charCodeAt(i)] || inside[i]) continue;
    // the character before, spaces skipped (text joined with spaces: 。 一、)
    let j = i - 1;
    while (j >= 0 && /[ \u3000\t]/.test(s[j]!)) j--;
    const prev = j >= 0 ? s[j]! : "。";
    // 十一、 begins at 十, not at 一; 12. begins at 1 (a space between ends the number: …2253817 7. 参保)
    const touching = s[i - 1] ?? "";
    if (/[一二三四五六七八九十0-9０-９第]/.test(touching) && s[i] !== "（" && s[i] !== "(") continue;
    // 11.121人才梯队项目 after 10.: the next item, though 11.121 reads as a number — only after a
    // sentence end (投资调增5.71亿元 is a figure, whatever list is open)
    // (and 5．35岁以下 after 4．: item 5, not the decimal number 5.35 a decimal outline would read)
    const read = matchMarker(s.slice(i, i + 40));
    const m = (!read || DECIMAL_STYLE.test(read.style)) && STRONG_BEFORE.test(prev) ? (markerBeforeDigits(s.slice(i, i + 40), lastDot + 1) ?? read) : read;
    // (一、二级河长… after a sentence end: kept aside, taken below only if 二、 follows)
    const listed = !m && STRONG_BEFORE.test(prev) ? markerBeforeListedNumerals(s.slice(i, i + 40)) : null;
    if (listed) {
      const list = byFamily.get(listed.style) ?? [];
      list.push({ at: i, m: listed, strong: true, listed: true });
      byFamily.set(listed.style, list);
      i += listed.length - 1;
      continue;
    }
    // (1。 is an item where a line begins, not inside a line run on: …完成3。4。 are figures and full stops)
    if (!m || !LINE_FAMILIES.has(m.style) || m.marker.endsWith("。")) continue;
    if (m.style === "arabic-dot") lastDot = m.ordinal;
    // (an ASCII full stop after a Chinese character ends a sentence as 。 does: …权威性.二、)
    const strong = j < 0 || STRONG_BEFORE.test(prev) || (prev === "." && j > 0 && CJK_CHAR.test(s[j - 1]!));
    // 二、三年 / 一、二年级 glued to text: numerals listed, not an item
    if (m.style === "chinese-comma" && !strong && /^[一二三四五六七八九十两]/.test(s.slice(i + m.length))) continue;
    if (/^arabic/.test(m.style) && /[A-Za-z0-9.．_\-/]/.test(touching)) continue;
    // (a portal's metadata as a numbered list of bracketed labels, 6. [發文字號] 國辦發〔2019〕43號: the page's, no item)
    if (m.style === "arabic-dot" && opensWithBracketLabel(s.slice(i + m.length, i + m.length + 20))) continue;
    // (a decimal figure in running text, 园地1.3982公顷: digits after the dot and a unit after them, no item)
    if (m.style === "arabic-dot" && !STRONG_BEFORE.test(prev) && DECIMAL_FIGURE_AFTER.test(s.slice(i + m.length, i + m.length + 16))) continue;
    // 一） / 1） inside （一） / (1) that was not taken (quoted, or not a list) is no item either
    if (/half-paren/.test(m.style) && /[（(]/.test(s[i - 1] ?? "")) continue;
    // …nor one that closes a bracket opened just before it: (附件1) is a reference, not item 1)
    if (/half-paren/.test(m.style) && OPEN_BRACKET_BEFORE.test(s.slice(Math.max(0, i - 12), i))) continue;
    const list = byFamily.get(m.style) ?? [];
    list.push({ at: i, m, strong });
    byFamily.set(m.style, list);
    i += m.length - 1;
  }
  // a 一、 before listed numerals stays only where the list's next number is the next candidate
  for (const [style, list] of byFamily) {
    if (!list.some((c) => c.listed)) continue;
    byFamily.set(style, list.filter((c, k) => !c.listed || list[k + 1]?.m.ordinal === c.m.ordinal + 1));
    if (byFamily.get(style)!.length === 0) byFamily.delete(style);
  }
  const accepted: Array<{ at: number; end: number; rank: number }> = [];
  // the end of the nearest cut before `at` (a marker's end, or a header/closing cut)
  const cutBefore = (at: number, own: { at: number; end: number } | null) => {
    let best = -1;
    for (const f of fixed) if (f <= at && f > best) best = f;
    for (const a of accepted) if (a.end <= at && a.end > best) best = a.end;
    if (own && own.end <= at && own.end > best) best = own.end;
    return best;
  };
  const families = [...byFamily.entries()].sort((a, b) => a[1][0]!.m.rank - b[1][0]!.m.rank);
  for (const [style, cands] of families) {
    const rank = cands[0]!.m.rank;
    let chain: Candidate[] = [];
    const chains: Candidate[][] = [];
    let last = 0;
    let lastAt = -1;
    let lastEnd = -1;
    cands.forEach((c, k) => {
      const enclosingBetween =
        accepted.some((a) => a.rank < rank && a.at > lastAt && a.at < c.at) || boundaries.some((b) => b > lastAt && b <= c.at);
      const restart = c.m.ordinal === 1 && (chain.length === 0 || enclosingBetween);
      // one number lost to OCR (5.2.5m…, 2。) does not end the list when the next one stands after a sentence end
      const skipsOne = c.m.ordinal === last + 2 && c.strong && chain.length > 0 && !enclosingBetween;
      if (c.m.ordinal !== last + 1 && !restart && !skipsOne) return;
      let placed = c.strong;
      if (!placed) {
        const from = cutBefore(c.at, lastAt >= 0 && !restart ? { at: lastAt, end: lastEnd } : null);
        const stretch = from >= 0 ? s.slice(from, c.at).trim() : "";
        // right after a heading that stood alone (a part, a chapter, a title, the item above), or
        // right at a cut (an appended document's title ends where its first item begins)
        // (or after a cut and only spaces: 汇报　　　　一、基本情况…, the title cut before its spaces)
        placed = from >= 0 && (HEADING_ONLY.test(stretch) || stretch === "");
        // …an enclosing item's heading may hold a comma (一、减负稳岗留工并举，深层次优化用工生态(一)…)
        if (!placed && from >= 0 && HEADING_WITH_PAUSE.test(stretch)) placed = accepted.some((a) => a.end === from && a.rank < rank);
        // or after a group heading that stood alone below a paragraph (…进行责任分解。“十三五”应急体系
        // 9个具体建设任务（一）…): the stretch since the sentence end is a phrase, not a citation (第三条（一）项)
        if (!placed) {
          const since = /[。！？!?]([^。！？!?]*)$/.exec(s.slice(Math.max(0, c.at - 60), c.at))?.[1]?.trim() ?? "";
          placed = since.length >= 4 && HEADING_ONLY.test(since) && !/[《》]|第[一二三四五六七八九十百0-9]+[条款项章节]/.test(since);
        }
        // right after a labelled deadline's date (完成时限：2021年12月31日四、费用构成): a label's value holds no item
        if (!placed) placed = DEADLINE_VALUE_END.test(s.slice(Math.max(0, c.at - 40), c.at));
        // the item above was a heading and a bare value, no sentence
        if (!placed && !restart && chain.length > 0) {
          const above = s.slice(lastEnd, c.at).trim();
          placed = NO_SENTENCE.test(above) || roster(above);
        }
      }
      // an item between its neighbours in the list (…准确三、… with 二、 before and 。四、 after) is one
      if (!placed && !restart && chain.length > 0) {
        const nextOne = cands.slice(k + 1).find((o) => o.m.ordinal === c.m.ordinal + 1);
        placed = !!nextOne && nextOne.strong && !cands.slice(k + 1).some((o) => o.at < nextOne.at && o.m.ordinal === c.m.ordinal);
      }
      if (style === "chinese-comma" && !placed) return;
      if (!placed) {
        // a better-placed marker with the same number before the next number wins
        for (let j = k + 1; j < cands.length; j++) {
          const o = cands[j]!;
          if (o.m.ordinal === c.m.ordinal + 1) break;
          // …within this list: past an enclosing item's start (（二）…（2）) the numbers are another list's
          if (accepted.some((a) => a.rank < rank && a.at > c.at && a.at < o.at) || boundaries.some((b) => b > c.at && b <= o.at)) break;
          if (o.m.ordinal === c.m.ordinal && o.strong) return;
        }
      }
      if (restart && chain.length) {
        chains.push(chain);
        chain = [];
      }
      chain.push({ ...c, strong: placed });
      last = c.m.ordinal;
      lastAt = c.at;
      lastEnd = c.at + c.m.length;
    });
    chains.push(chain);
    for (const ch of chains) {
      // or, in any family, the first item of the enclosing item the notice is cut off in (nothing
      // follows it: no later marker, no closing)
      const lone = ch.length === 1 ? ch[0]! : null;
      const cutShort = (c: Candidate) =>
        accepted.some((a) => a.rank < rank && a.at < c.at) && !accepted.some((a) => a.at > c.at) && !fixed.some((f) => f > c.at);
      // …or a lone first item right after an enclosing heading (一、持续加强水利工程建设1.立足于…), where
      // the same kind of list runs on under other enclosing items: that item's list has one entry
      const underHeading = (c: Candidate) => {
        let near: { at: number; end: number; rank: number } | null = null;
        for (const a of accepted) if (a.rank < rank && a.end <= c.at && (!near || a.end > near.end)) near = a;
        return !!near && HEADING_ONLY.test(s.slice(near.end, c.at).trim()) && chains.some((x) => x.length >= 2);
      };
      const alone = !!lone && lone.m.ordinal === 1 && lone.strong && (ALONE_FAMILIES.has(style) || cutShort(lone) || underHeading(lone));
      if (ch.length >= 2 || alone) for (const c of ch) accepted.push({ at: c.at, end: c.at + c.m.length, rank });
      if (ch.length >= 2 && /^arabic-(dot|comma)$/.test(style)) {
        // a number skipped because it was glued to a figure before it (…0751-22538177. 参保…):
        // the gap's missing number at the end of that figure, followed by text, is the item
        for (let k = 1; k < ch.length; k++) {
          const a = ch[k - 1]!;
          const b = ch[k]!;
          if (b.m.ordinal !== a.m.ordinal + 2) continue;
          const glued = new RegExp(`[0-9](${a.m.ordinal + 1})[.．、](?=[ \u3000]*[\u4e00-\u9fff])`, "g");
          const found = [...s.slice(a.at, b.at).matchAll(glued)].pop();
          if (found) {
            const at = a.at + found.index + 1;
            accepted.push({ at, end: at + found[1]!.length + 1, rank });
          }
        }
      }
    }
  }
  return accepted.map((a) => a.at);
}

/** An organ's name with a bracketed word inside ((集团)), ending a stretch after a sentence end or a space. */
const BRACKETED_NAME = /[。；：:\s]([^。；：:（）()\s]{2,20}[（(][^（）()]{1,8}[）)][^。；：:（）()\s]{2,20})$/;
const BRACKETED_NAME_AT_START = /(?:^|[。；：:\s])([^。；：:（）()\s]{2,20}[（(][^（）()]{1,8}[）)][^。；：:（）()\s]{2,20})$/;

/** The organ that ends s at `end` and is named elsewhere in the text too (the signature repeats the issuer). */
function organBefore(s: string, end: number): number | null {
  const at = organStart(s, end);
  return at === null ? null : withParentOrgan(s, at, end);
}

/** An office named by its kind alone (办公室, 办公厅): the organ it belongs to stands right before it */
const OFFICE_ONLY = /^(?:办公室|办公厅|综合部|综合办公室|秘书处)$/;
/** How an organ's full name begins: 国网…, 中共…, a place (湖北省…, 武汉市…) */
const FULL_NAME_OPENING = /^(?:国网|中共|中国|国家|[\u4e00-\u9fa5]{1,4}[省市县区州])/;

/**
 * The start of 国网湖北省电力有限公司办公室 where the name found was 办公室 alone (a 印发 line glued to
 * the text before it: …调整表国网湖北省电力有限公司办公室2022年1月13日印发): the longest organ
 * opening as a full name does, right before the office.
 */
function withParentOrgan(s: string, at: number, end: number): number {
  if (!OFFICE_ONLY.test(s.slice(at, end).trim())) return at;
  for (let len = Math.min(30, at); len >= 4; len--) {
    const parent = s.slice(at - len, at);
    if (FULL_NAME_OPENING.test(parent) && isOrganLine(parent)) return at - len;
  }
  return at;
}

/** Where the organ that ends s at `end` begins (organBefore, before an office is given its organ) */
function organStart(s: string, end: number): number | null {
  // text joined with spaces: 临江市人民政府 二〇二一年六月一日
  while (end > 0 && /[ \u3000\t]/.test(s[end - 1]!)) end--;
  // a name holding a bracketed word, since the last sentence end: 陕西省地方电力（集团）有限公司
  // (its ） is no sentence end; read alone, the stretch after it would leave 有限公司)
  const from = Math.max(0, end - 61);
  const bracketed = (from === 0 ? BRACKETED_NAME_AT_START : BRACKETED_NAME).exec(s.slice(from, end));
  if (bracketed && isOrganLine(bracketed[1]!) && !notAName(bracketed[1]!)) return end - bracketed[1]!.length;
  // the whole stretch since the last sentence end, when it is a name
  const since = /[。；：:）)]([^。；：:）)]{2,40})$/.exec(s.slice(Math.max(0, end - 41), end));
  // (an e-mail address or a number before it is the contact line's, not the name's)
  if (since && isOrganLine(since[1]!) && !notAName(since[1]!)) return end - since[1]!.length;
  for (let len = Math.min(40, end); len >= 3; len--) {
    const name = s.slice(end - len, end);
    if (!isOrganLine(name)) continue;
    const first = s.indexOf(name);
    if (first >= 0 && first !== end - len) return end - len;
    if (s.indexOf(name, end) >= 0) return end - len;
  }
  // named only here: right after an attachment's name (…申报汇总表江苏省科学技术协会 + the date),
  // the shortest name that follows a title's ending
  for (let len = 4; len <= Math.min(36, end); len++) {
    if (isOrganLine(s.slice(end - len, end)) && endsLikeTitle(s.slice(Math.max(0, end - len - 20), end - len))) return end - len;
  }
  // …or right after the contact line's number (联系电话:6659XXXX,1391139XXXX国网办公室 + the date):
  // the longest name after a number of seven or more digits or masks (a date's 19 is no phone)
  if (/[0-9XＸ*＊]/.test(s[end - 1] ?? "")) return null;
  for (let len = Math.min(36, end - 7); len >= 4; len--) {
    const name = s.slice(end - len, end);
    if (PHONE_END.test(s.slice(Math.max(0, end - len - 7), end - len)) && !notAName(name) && isOrganLine(name)) return end - len;
  }
  return null;
}

const DOC_TYPE_ALT = [...DOC_TYPES].sort((a, b) => b.length - a.length).join("|");

/** The body's first words right at the start of a stretch */
const BODY_OPENER_AT = new RegExp(`^(?:${BODY_OPENER.source})`);

/** Header cuts in the opening stretch: masthead | 发文字号 | 签发人 | title | 主送： | body. */
/** A 文种 word that ends a title (not 通知的…, 《…方案》, 意见稿) */
const DOC_TYPE_END_G = new RegExp(`(${DOC_TYPE_ALT})(?![的》”）)>〉稿])`, "g");
const DOC_TYPE_END_ONE = new RegExp(`(?:${DOC_TYPE_ALT})(?![的》”）)>〉稿])`);

/** The 文种 words of `s` that may end a title: not one continued into a name (计划单列市, 规划局 in the 主送 after it) */
function docTypeEnds(s: string): RegExpExecArray[] {
  return [...s.matchAll(DOC_TYPE_END_G)].filter((t) => !DOC_TYPE_WORD_IN_NAME.test(s.slice(t.index)));
}

/** The first item of an outline, glued to the title in a one-line text (…的报告一、基本情况…) */
const OUTLINE_OPENING = /^(?:一、|[（(]一[）)]|第一[章条节部])/;

function headerCuts(s: string, cuts: number[]): void {
  const window = s.slice(0, 600);
  let from = 0;
  // a text that is an attachment by itself opens with its label (附件国网…工作方案根据…)
  const label = /^附件\s*[0-9]{0,2}\s*[：:]?(?=[\u4e00-\u9fff])/.exec(window);
  if (label) {
    from = label[0].length;
    cuts.push(from);
  }
  // a page that prints the title twice before the notice (its heading, then the article's)
  for (const t of window.slice(from, from + 160).matchAll(DOC_TYPE_END_G)) {
    const end = from + t.index + t[0].length;
    const again = end + (/^[ \u3000]*/.exec(window.slice(end))?.[0].length ?? 0);
    if (end - from >= 8 && window.startsWith(window.slice(from, end), again)) {
      cuts.push(end, again + end - from);
      from = again + end - from;
      break;
    }
  }
  // a text that opens with its 主送, no title above it (县自然资源局:受省政府委托…): the list stands apart
  if (from === 0) {
    const addressees = gluedAddressees(window);
    if (addressees > 0) cuts.push(addressees);
  }
  // a telegram's header (明电) run on: its masthead (…办公厅发电), each field (发电单位…, 签发…, 等级特急·明电)
  // and the 机要 serial (鲁机发532号) stand apart from each other and from the title after them
  // (only above the title's 关于, and only where the text names a telegram)
  if (window.includes("明电") || window.includes("发电单位")) {
    const about = window.indexOf("关于", from);
    const head = window.slice(0, about > 0 ? about : 200);
    for (const f of head.matchAll(TELEGRAM_FIELD_G)) {
      // (the masthead's 发电 right before 发电单位 ends the masthead: …办公厅发电发电单位…)
      if (f.index > 0) cuts.push(f.index);
    }
    for (const m of head.matchAll(TELEGRAM_SERIAL_G)) cuts.push(m.index, m.index + m[0].length);
    // (the masthead may name a province alone, 山东省发电)
    const masthead = /^([\u4e00-\u9fa5（）()]{2,40}?)发电(?=发电单位|等级|签发)/.exec(head);
    if (masthead) cuts.push(masthead[0].length);
    // (an empty 抄报 field of the form before the title: …鲁机发号抄报:关于…)
    const ccUp = /抄报[:：]$/.exec(head);
    if (ccUp) cuts.push(ccUp.index, head.length);
  }
  // a series' masthead glued to the title (公司疫情防控组通知第221号(总第231号)关于…的通知)
  const series = SERIES_MASTHEAD.exec(window.slice(from));
  if (series) cuts.push(from + series[0].length);
  // a masthead glued to the title, no number between them (…保密委员会办公室文件关于…的通知)
  const masthead = MASTHEAD_BEFORE_TITLE.exec(window.slice(from));
  if (masthead && isOrganLine(masthead[1]!)) cuts.push(from + masthead[0].length);
  // …or a letterhead and its mark (国家电网有限公司内部事项国网企协关于…): the organ, the mark, the rest
  const letterhead = LETTERHEAD_MARK.exec(window.slice(from));
  if (letterhead && isOrganLine(letterhead[1]!)) cuts.push(from + letterhead[1]!.length, from + letterhead[0].length);
  // a number in brackets is cited by the text ((运政办发〔2016〕76号)), not the notice's own
  const numbers = window.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).matchAll(new RegExp(DOC_NUMBER_RE.source, "g"));
  // and the notice's own stands above its first sentence
  const firstEnd = window.search(/[。！？]/);
  // (…nor one the title cites: 关于商请会签鲁政发〔2017〕36号文件清理意见的函 — 关于 before it, no 文种 word between)
  const citedByTitle = (at: number): boolean => {
    const about = window.lastIndexOf("关于", at);
    if (about < 0) return false;
    const between = window.slice(about, at);
    return !/[。；：:]/.test(between) && !DOC_TYPE_END_ONE.test(between);
  };
  const num = [...numbers].find(
    (n) => !/[（(]/.test(window[n.index - 1] ?? "") && !/^\s*[）)]/.test(window.slice(n.index + n[0].length)) && (firstEnd < 0 || n.index < firstEnd) && !citedByTitle(n.index + n[0].search(/[〔\[［【（(﹝]/)),
  );
  if (num) {
    const bracket = num.index + num[0].search(/[〔\[［【（(﹝]/);
    // the 机关代字 begins after the masthead's last word (…文件, …纪要, 公文稿纸, an organ)
    const before = window.slice(Math.max(0, bracket - 12), bracket);
    const stop = /.*(文件|纪要|稿纸|办公室|办公厅|人民政府|委员会|号)/.exec(before);
    // …or after the organ glued before it (山东省生态环境厅|鲁环便函〔2021〕1202号): an organ's last
    // word, then a 代字 of a few characters that ends as one (…发, …函, …字, …办)
    // (an organ's name, not a 代字's own 委 or 局: 城委乡振组发〔2021〕3号 and 湘委办发 are one 代字 each)
    const organGlued = stop ? null : /^(.*(?:厅|局|委|院|部|中心|公司|集团))([\u4e00-\u9fa5]{2,8})$/.exec(before);
    const organEnd = organGlued && organGlued[1]!.length >= 4 && isOrganLine(organGlued[1]!) ? organGlued : null;
    // (a mark glued between the organ and the 代字 — 内部事项, 加急 — stands apart from both; a
    // masthead's last word after the mark still ends the masthead: 内部事项公司办公会议纪要〔2021〕95号)
    const mark = MARK_BEFORE_CODE.exec(window.slice(Math.max(0, bracket - 24), bracket));
    const marked = mark && (!stop || bracket - before.length + stop[0].length <= bracket - mark[2]!.length) ? mark : null;
    if (marked && bracket - marked[0].length > 0) cuts.push(bracket - marked[0].length);
    const start = marked
      ? bracket - marked[2]!.length
      : stop
      ? bracket - before.length + stop[0].length
      : organEnd && CODE_END.test(organEnd[2]!)
        ? bracket - organEnd[2]!.length
        : Math.max(0, bracket - Math.min(before.length, 6));
    if (start > 0) cuts.push(start);
    from = num.index + num[0].length;
    cuts.push(from);
    // (a 纪要's organ may stand between the number and its 签发人: 〔2021〕11号国网湖北省电力有限公司签发人：)
    const organSigner = /^\s*([\u4e00-\u9fa5]{4,30}?)签发人[：:]/.exec(window.slice(from));
    if (organSigner && isOrganLine(organSigner[1]!)) {
      from += organSigner[0].length - /签发人[：:]$/.exec(organSigner[0])![0].length;
      cuts.push(from);
    }
    const signer = /^\s*签发人[：:]\s*/.exec(window.slice(from));
    if (signer) {
      // the name (2–4 characters) ends where the title's organ begins, when that organ is known
      const about = window.indexOf("关于", from);
      const organ = about > 0 ? organBefore(s.slice(0, about), about) : null;
      const nameAt = from + signer[0].length;
      from = organ !== null && organ - nameAt >= 2 && organ - nameAt <= 4 ? organ : nameAt + Math.min(3, (/^[\u4e00-\u9fffX＊*]{2,4}/.exec(window.slice(nameAt))?.[0] ?? "").length);
      cuts.push(from);
    }
  }
  // the title ends in a 文种 word right before a 主送 list that ends in ： (its organs may be
  // grouped by ；), or, when no 主送 follows, right before the body's first sentence
  let titleEnd = -1;
  const colon = /[：:]/g;
  colon.lastIndex = from;
  for (let c = colon.exec(window); c; c = colon.exec(window)) {
    const stretch = window.slice(from, c.index);
    if (/[。]/.test(stretch) || stretch.length > 300) break;
    let end = -1;
    for (const t of docTypeEnds(stretch)) end = from + t.index + t[0].length;
    if (end < 0 || c.index - end < 2 || c.index - end > 200) continue;
    titleEnd = end;
    cuts.push(titleEnd, c.index + 1);
    break;
  }
  // the title stood above its number (…的通知 财建[2015]134号 各省、…发展改革委: 新能源汽车…。): the 主送
  // right after the number stands apart from the body, and no title is looked for below the number
  if (titleEnd < 0 && num) {
    const lead = /^[ \u3000]*/.exec(window.slice(from))![0].length;
    const addressees = gluedAddressees(window.slice(from + lead));
    if (addressees > 0) {
      cuts.push(from + lead + addressees);
      titleEnd = from;
    }
  }
  if (titleEnd < 0) {
    // 关于…的通知 + the body: the last 文种 word before the body's first pause ends the title
    // (a 方案设计…纪要 title holds a 文种 word inside)
    const about = window.slice(from, from + 80).indexOf("关于");
    if (about >= 0) {
      const pause = /[，,。；;！？!?：:]/.exec(window.slice(from + about, from + 160));
      const stretch = window.slice(from + about, from + about + (pause ? pause.index : 0));
      let end = -1;
      for (const t of docTypeEnds(stretch)) {
        end = from + about + t.index + t[0].length;
        // …的报告一、基本情况经…研究决定，: the outline's first item ends the title, whatever 文种
        // word its text holds
        if (OUTLINE_OPENING.test(stretch.slice(t.index + t[0].length))) break;
      }
      if (end > 0 && end < s.length - 10) {
        titleEnd = end;
        cuts.push(titleEnd);
      }
    }
  }
  if (titleEnd < 0) {
    // a title without 关于 (…推广应用工作方案) followed directly by the body's first words (为贯彻…):
    // its 文种 word, with no pause before it, ends the title
    const head = window.slice(from, from + 80);
    for (const t of docTypeEnds(head)) {
      const end = t.index + t[0].length;
      if (/[，,。；;：:、！？!?]/.test(head.slice(0, end))) break;
      if (end >= 6 && BODY_OPENER_AT.test(head.slice(end))) {
        titleEnd = from + end;
        cuts.push(titleEnd);
        break;
      }
    }
  }
  if (titleEnd < 0) return;
  // a masthead organ printed again right before the title's own organ: 某厅某厅关于…
  const about = s.indexOf("关于", from);
  if (about > from && about < titleEnd) {
    const organ = organBefore(s.slice(0, about), about);
    // (what the cut leaves before it is that masthead organ, not the head of one name: 国网|泉州供电公司)
    if (organ !== null && organ > from && isOrganLine(s.slice(from, organ).trim())) cuts.push(organ);
  }
}

const DATE_G = new RegExp(DATE_SOURCE, "g");

/** The longest of the notice's quoted titles that `rest` begins with (dashes folded), or "". */
function titleAt(rest: string, titles: string[]): string {
  const fold = (t: string) => t.replace(/[—–-]/g, "一");
  const r = fold(rest.replace(/^[ \u3000]+/, ""));
  const found = titles.filter((t) => t.length >= 4 && (r.startsWith(fold(t)) || r.startsWith(`《${fold(t)}》`))).sort((a, b) => b.length - a.length)[0] ?? "";
  // the title as it stands there: printed in its 《》 (…2021年5月11日《…实施方案》为持续…), with them
  if (found) return !r.startsWith(fold(found)) ? `《${found}》` : found;
  // …or with a quote inside it printed otherwise (《2023年省〈政府工作报告〉…》 quoted, 2023年省《政府工作报告》… printed)
  const lengths = titles.map((t) => (t.length >= 4 ? quotedAs(r, fold(t)) : 0));
  const best = Math.max(0, ...lengths);
  return best ? r.slice(0, best) : "";
}

/** How many characters of `s` spell `title` when 《》〈〉 are passed over on both sides (and spaces in `s`); 0 when it does not. */
function quotedAs(s: string, title: string): number {
  const quote = (c: string | undefined) => c === "《" || c === "》" || c === "〈" || c === "〉";
  let i = 0;
  let j = 0;
  while (j < title.length) {
    if (s[i] === title[j]) {
      i++;
      j++;
    } else if (quote(title[j])) j++;
    // (a line break the flattening turned into a space: 城口县…计划 执行情况与…报告)
    else if (quote(s[i]) || (i > 0 && (s[i] === " " || s[i] === "\u3000"))) i++;
    else return 0;
  }
  while (s[i] === "》") i++;
  return i;
}

/**
 * The organ right after a title the notice lists, ending at `end` (附件：典型业务场景配置标准 + 国网…
 * 安全监察部(保卫部） + the date): a name written only there, that no boundary separates from the title.
 */
function organAfterTitle(s: string, end: number, titles: string[]): number | null {
  const before = s.slice(Math.max(0, end - 120), end);
  for (const t of titles) {
    const at = before.lastIndexOf(t);
    if (at < 0) continue;
    const name = before.slice(at + t.length);
    // (安全监察部(保卫部）: isOrganLine reads the name before its bracketed alias)
    if (name.length >= 4 && isOrganLine(name)) return end - name.length;
  }
  return null;
}

/**
 * A signature "organ" that is the last 附件说明 item glued to the real one (附件：1.…2.…3.…明细表
 * 山东省医疗保险事业中心 + the date): it starts after an item number, and a title ends inside it
 * where an organ's name begins — the organ starts there. Else `organ` as it was.
 */
function titleBeforeOrgan(s: string, organ: number | null, end: number): number | null {
  // (…or anywhere in a 附件说明 list: 附件：国网陕西电力2021年…明细表国网陕西省电力有限公司 + the date, the
  // "organ" found after the year's digits)
  if (organ === null || (!/(?:\d[.．、]|附件\s*[：:])\s*$/.test(s.slice(Math.max(0, organ - 6), organ)) && !inAttachmentList(s, organ))) return organ;
  for (let k = organ + 4; k <= end - 4; k++) {
    if (endsLikeTitle(s.slice(organ, k)) && isOrganLine(s.slice(k, end))) return k;
  }
  return organ;
}

/** The office printing a 印发 line, right after a title's end (表, 书, 方案 …) or a sentence's: a run of Chinese characters. */
function printerAfterTitle(s: string, end: number): number | null {
  for (let len = 4; len <= Math.min(30, end); len++) {
    const before = s[end - len - 1] ?? "";
    if (!/^[\u4e00-\u9fff（）()]$/.test(s[end - len]!)) return null;
    if (/[。；;]/.test(before) || endsLikeTitle(s.slice(Math.max(0, end - len - 20), end - len))) return end - len;
  }
  return null;
}

/**
 * The name the title opens with (国网企协关于…), signing again right before the date where no
 * organ word tells it (…通讯录一XX公司国网企协2021年1月25日): the longest such name.
 */
function titleOrganBefore(s: string, end: number): number | null {
  const about = s.slice(0, 400).indexOf("关于");
  if (about < 2 || about >= end) return null;
  let found: number | null = null;
  for (let len = 2; len <= Math.min(20, about); len++) {
    const name = s.slice(about - len, about);
    if (!CJK_CHAR.test(name[0]!)) break;
    if (len >= 3 && s.startsWith(name, end - len)) found = end - len;
  }
  return found;
}

/** The 附注 a signature's date is followed by: （此件公开发布）, (本件…) */
const SIGNATURE_ASIDE_AT = /^[ \u3000]*[（(](?:此件|本件)/;

/** A title's bracketed form word (（模板）, （样表）, （参考格式）): the end of an attachment's name, never an organ's start */
const TITLE_FORM_WORD = /^[（(](?:模板|样表|样式|格式|范本|参考格式|式样|样本|示范文本|参考样式)[）)]/;

/** Closing cuts: 附件：, the signature organ and date, an aside after them, 抄送：, 印发, and an appended title. */
/** A form's disclosure field (政府信息公开选项:依申请公开, 信息公开方式：主动公开) and its value */
const DISCLOSURE_FIELD_G = /(?:政府)?信息公开(?:选项|方式|属性)[：:]\s*(?:依申请公开|主动公开|不予公开|不公开|免予公开)/g;

function closingCuts(s: string, cuts: number[], titles: string[], boundaries: number[]): void {
  for (const m of s.matchAll(/(?<![见如详])(附件\s*\d*\s*[：:﹕]|抄送[：:]|抄报[：:]|分送[：:])|(?<=[。；）)])联系人[：:]/g)) cuts.push(m.index);
  for (const d of s.matchAll(DATE_G)) {
    let end = d.index + d[0].length;
    const after = s.slice(end, end + 4);
    // a date inside a sentence (2022年07月21日，…召开) is no signature
    if (/^[，,、的前后至到起止内以]/.test(after)) continue;
    // …nor one inside an attachment's name in a numbered 附件说明 (附件：1.国家电网公司人资部2022年1月7日邮件2.…):
    // a few words go on after it up to the next attachment's number, and no sentence ended since the label
    if (NEXT_ATTACHMENT_AFTER.test(s.slice(end, end + 12)) && inAttachmentList(s, d.index)) continue;
    // (…印发, or 印 alone before a bracket or the text's end: …办公室2009年5月14日印(共印30份))
    const printed = PRINTED_AFTER_DATE.exec(after);
    if (printed) end += printed[0].length;
    let organ = titleBeforeOrgan(s, organBefore(s, d.index) ?? organAfterTitle(s, d.index, titles) ?? titleOrganBefore(s, d.index), d.index);
    // the 印发 line glued after an attachment's title page (…明细表山东省医疗保险事业中心综合组2020年9月14日印发)
    if (organ === null && printed) organ = printerAfterTitle(s, d.index);
    // (a title's bracketed form word before the organ is the title's: 附件：务虚报告（模板）国家电网有限公司…)
    if (organ !== null) {
      const form = TITLE_FORM_WORD.exec(s.slice(organ, organ + 12));
      if (form && organ + form[0].length < d.index) organ += form[0].length;
    }
    // a date alone after a sentence's end (a space may stand between), or dated with the 附注 that
    // follows a signature (…主要指标 2021年2月28日 （此件公开发布）): the signature's date without its organ
    // (…or a date right after the last attachment's name, the 版记 or the text's end right after it:
    // …回执表2020年10月20日抄送:… — the signature's date, its organ lost)
    const afterList = organ === null && /^[ \u3000]*(?:抄送|抄报|$)/.test(s.slice(end, end + 4)) && inAttachmentList(s, d.index) && endsLikeTitle(s.slice(Math.max(0, d.index - 40), d.index));
    if (organ === null && !afterList && !/[。；）)][ \u3000]*$/.test(s.slice(Math.max(0, d.index - 8), d.index)) && !SIGNATURE_ASIDE_AT.test(s.slice(end, end + 12))) continue;
    if (organ !== null) cuts.push(organ);
    // (a 印发 line is one line: its office and date stay together, as the closing reads them)
    if (!printed) cuts.push(d.index);
    cuts.push(end);
    // a signature ends a document: what follows (an appended one) numbers its items anew
    if (organ !== null) boundaries.push(end);
    // （此件公开发布） right after the date
    const aside = /^[ \u3000]*[（(][^（）()]{0,120}[）)]/.exec(s.slice(end));
    if (aside) {
      end += aside[0].length;
      cuts.push(end);
    }
    // an appended document right after the signature: 附件1 + its title, a title the notice quoted
    // (附： alone labels it too; spaces may stand between the date and the label)
    const pad = /^[ \u3000]*/.exec(s.slice(end))![0].length;
    const label = /^附件(?:\s*\d{1,2}(?![\d年]))?\s*[：:]?/.exec(s.slice(end + pad)) ?? /^附[：:]/.exec(s.slice(end + pad));
    if (label) {
      end += pad + label[0].length;
      cuts.push(end);
    }
    const title = titleAt(s.slice(end, end + 120), titles);
    if (title) {
      end += s.slice(end).length - s.slice(end).replace(/^[ \u3000]+/, "").length;
      const close = /^[（(][^（）()]{1,12}[）)]/.exec(s.slice(end + title.length));
      const after = end + title.length + (close ? close[0].length : 0);
      cuts.push(after);
      // …and its own 主送 glued before its text (…的通报 各市州人民政府: 根据…): the appended document's header
      const pad = /^[ \u3000]*/.exec(s.slice(after))![0].length;
      const addressed = gluedAddressees(s.slice(after + pad, after + pad + 400));
      if (addressed) cuts.push(after + pad + addressed);
    }
  }
  // an appended document's label and title where the signature bore no date: …协会附件嘉兴市…工作要点
  // (an attachment's number has one or two digits: 附件2021年…要点 is the label, then a title that opens with a year)
  for (const m of s.matchAll(/附件\s*(?:\d{1,2}(?![\d年])\s*)?(?![\s：:])/g)) {
    const title = titleAt(s.slice(m.index + m[0].length, m.index + m[0].length + 120), titles);
    if (!title || !/[。；）)\u4e00-\u9fff]$/.test(s.slice(0, m.index).trimEnd())) continue;
    const after = m.index + m[0].length + s.slice(m.index + m[0].length).search(/[^ \u3000]/);
    cuts.push(m.index, after, after + title.length);
    // the appended document numbers its items anew
    boundaries.push(after + title.length);
    const organ = organBefore(s, m.index);
    if (organ !== null) cuts.push(organ);
  }
}

/** 印发 after a 印发 line's date, or 印 alone before a bracket or the end (…2009年5月14日印(共印30份)) */
const PRINTED_AFTER_DATE = /^印(?:[发發]|(?![\u4e00-\u9fff]))/;

/** The rest of an attachment's name, then the next one's number (邮件2.…) */
const NEXT_ATTACHMENT_AFTER = /^[\u4e00-\u9fff]{1,8}[0-9]{1,2}[.．、]/;

/** Whether `at` stands in a 附件说明 list: after an 附件： label, no sentence ended since (looked back at most 300 characters) */
function inAttachmentList(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 300), at);
  const label = Math.max(before.lastIndexOf("附件："), before.lastIndexOf("附件:"));
  return label >= 0 && !/[。；;]/.test(before.slice(label));
}

/** The first character of an organ named with its level or place (省应急厅, 市教育局, 县财政局, 国家…) */
const PLACE_OPENING = /[省市县区州国]/;
/** A duty line of a 分工 list run on after a sentence end (。省教育厅:…): the organ and its colon */
const ORGAN_COLON_AFTER_STOP = /[。；]([^。；：:，,、（）()\s]{2,20})[：:]/g;

/** A 附注 in brackets: （此件公开发布）, （此件不公开发布，发至收文单位本部。…） */
const ANNOTATION_G = /[（(](?:此件|本件)[^（）()]{0,200}[）)]/g;

/** How a 机关代字 ends (鲁环便函, 鲁政办发, 鲁政字, 国办) */
const CODE_END = /(?:发|函|字|办|电)$/;

/** The first item of a run-in list (第一，, 一是, ①). */
const RUN_IN_FIRST = /第一[，,、：:]|一是|①/g;

/**
 * Where the body starts after a top-level heading that lost its line break (一、工作目标及进度安排
 * 全省现有…): the heading is a phrase, so when the first sentence runs on far past a heading's
 * length, the body begins at the first word that opens a 公文 sentence (BODY_OPENER).
 */
function gluedBody(s: string, at: number, next: number): number | null {
  const m = matchMarker(s.slice(at, at + 40));
  if (!m || (m.style !== "chinese-comma" && m.style !== "chinese-paren")) return null;
  const start = at + m.length;
  // the sentence ends where the next item begins (三、工作任务(一)实施部署（1）…: 工作任务 is all the heading)
  const sentence = /^[^。；！？]*/.exec(s.slice(start, Math.min(start + 200, next)))![0];
  // a heading its text opens by repeating (五、调研主题调研主题主要包括以下方面:): the first copy is the heading
  for (let len = 3; len <= 12 && len * 2 <= sentence.length; len++) {
    const w = sentence.slice(0, len);
    if (!/[，,、；;：:（(“《]/.test(w) && sentence.startsWith(w, len)) return start + len;
  }
  // a run-in list glued to the heading (三、强化责任担当，确保…见效第一，压紧…): it starts the body
  // when its second item follows
  for (const r of sentence.matchAll(RUN_IN_FIRST)) {
    const k = r.index;
    if (k < 4 || /[一二三四五六七八九十第]/.test(sentence[k - 1]!)) continue;
    const second = r[0].startsWith("第") ? `第二${r[0].slice(2)}` : r[0] === "①" ? "②" : `二${r[0].slice(1)}`;
    if (s.indexOf(second, start + k) > 0) return start + k;
  }
  // a duty line glued to the heading (二、提报资料的部门及相关内容省应急厅:…): the organ opens the body
  const colon = sentence.search(/[：:]/);
  if (colon > 4 && colon <= 50) {
    for (let p = colon - 3; p >= 2; p--) {
      if (PLACE_OPENING.test(sentence[p]!) && isOrganLine(sentence.slice(p, colon)) && !roleOf(sentence.slice(p, colon))) return start + p;
    }
  }
  // (a heading noun says where a short heading ends however long its sentence runs: 会议地点省政府西会议楼…)
  const noun = (): number | null => {
    const end = nounEnd(sentence);
    return end === null ? null : start + end;
  };
  if (sentence.length <= 30) return noun();
  const opener = BODY_OPENER.exec(sentence.slice(4, 30));
  // (a heading that directs ends where its body's own verb begins, if that comes before any opener)
  const directive = directiveEnd(sentence);
  if (directive !== null && (!opener || directive < 4 + opener.index)) return start + directive;
  if (!opener) return noun();
  // (a heading noun before the opener ends the heading first: 基本情况陕西思极科技有限公司于2021年4月…)
  const first = noun();
  if (first !== null && first < start + 4 + opener.index) return first;
  const before = sentence.slice(0, 4 + opener.index);
  // a word right after a pause or a conjunction is inside the item's own first sentence (二、2020年秋季
  // 学期，全市中小学…; 四、请于3月30日前完成填报工作，并通过…系统上报);
  // 各级 after an organ's name is that organ's (本文发至公司各级单位，…), after a verb of directing its object
  // (…管理，明确各级人员…)
  // (…and a date's month after its year or after 于/在/至, 请于2021年3月30日前…, is inside the sentence too)
  if (/(?:[，,、；;]|并|并且|且|和|及|或|与|[0-9年于在至到从])$/.test(before) || (opener[0].startsWith("各") && (ORGAN_SUFFIX.test(before) || DIRECTING_VERB_END.test(before)))) return null;
  return start + 4 + opener.index;
}

/**
 * Where a heading glued to its first sentence ends, by the noun it ends with (基本情况公司调度通信… →
 * 基本情况; 补员方式及要求陕西… → 补员方式及要求): the first heading noun, four characters in or more,
 * that no noun phrase goes on from, before any pause; null when there is none.
 */
const HEADING_NOUN_AT = new RegExp(`^${HEADING_END.source}`);
/** A sentence's subject, not a heading's words: 本次会议内容涉及… */
const SUBJECT_OPENING = /^(?:本次|此次|这次|该|这些|上述|以上|今年|本年)/;
function nounEnd(sentence: string): number | null {
  // (a heading that directs, 坚持标准先行, 加强情况调度, is a sentence: its nouns end no heading)
  if (SUBJECT_OPENING.test(sentence) || DIRECTIVE_OPENING.test(sentence)) return null;
  const head = sentence.slice(0, 20);
  for (const m of head.matchAll(HEADING_END)) {
    const end = m.index + m[0].length;
    if (/[，,、；;：:（(“《]/.test(head.slice(0, end))) return null;
    // (nor where another heading noun follows: 目标任务, 时间安排 are one heading)
    // (…方面 framed by 在/从/对 is inside a sentence: 公司在安全生产方面存在…)
    if (m[0] === "方面" && /[在从对]/.test(head.slice(0, m.index))) continue;
    if (end < 4 || NOUN_PHRASE_GOES_ON.test(sentence.slice(end)) || sentence.length - end < 10 || HEADING_NOUN_AT.test(sentence.slice(end))) continue;
    return end;
  }
  return null;
}

/**
 * Where a heading that directs (强化…, 做好…, 优化…) ends when its body's first clause, glued to it,
 * opens with a verb of its own (…过程管控加大隐患排查治理管控力度，): the heading is six characters or
 * more without a pause, the clause runs on eight or more before its first pause, and the verb is no
 * part of a clause already begun (…企业要加强: its subject opens the body, and is not found here).
 */
function directiveEnd(sentence: string): number | null {
  if (!DIRECTIVE_OPENING.test(sentence)) return null;
  for (const m of sentence.slice(0, 24).matchAll(SECOND_CLAUSE_OPENING)) {
    const p = m.index;
    if (p < 6) continue;
    const head = sentence.slice(0, p);
    if (/[，,、；;：:（(“《]/.test(head)) return null;
    if (/[要应须需将并和及与或的、]$/.test(head)) return null;
    if (/^[^，,；;。：:]*/.exec(sentence.slice(p))![0].length < 8) continue;
    return p;
  }
  return null;
}

/** A verb that takes 各级…/各单位 as its object (明确各级人员职责, 督促各单位…) */
const DIRECTING_VERB_END = /(?:明确|督促|指导|动员|带领|引导|组织动员|结合|针对|面向|组织)$/

/** A line of page furniture: chrome, a web address, database metadata. */
function furniture(line: string): boolean {
  const t = line.trim();
  return t === "" || isOpeningChrome(t) || isWebChrome(t) || URL_LINE.test(t) || metadataPairs(t) !== null;
}

/** The notice's paragraphs, with a flattened one cut back into the paragraphs it was made of. */
export function resegment(input: Block[], diagnostics: Diagnostic[]): Block[] {
  // (a document site's chunks joined are one text however short: always cut at the notice's boundaries)
  const { blocks: chunked, joined: siteText } = withDocsiteChunksJoined(input, diagnostics);
  const blocks = withSigningOrganApart(withAddresseesApart(withBlurbLabelApart(chunked)), diagnostics);
  // page furniture above a flattened notice (无障碍, 当前位置, a URL, 索引号：…) is no paragraph of it:
  // whether more than k paragraphs are not furniture, counted only as far as a question needs (most
  // notices never ask; a paragraph of 80–200 characters asks for a second, a longer one for a fourth)
  // (counted as the adapter gave them: the 主送 set apart above from the text of its own line is no paragraph more)
  let seen = 0;
  let scanned = 0;
  const moreThan = (k: number): boolean => {
    for (; seen <= k && scanned < chunked.length; scanned++) {
      const b = chunked[scanned]!;
      if (b.kind === "para" && !furniture(b.text)) seen++;
    }
    return seen > k;
  };
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== "para" || (b !== siteText && (b.text.length < ALONE || (b.text.length < LONG && moreThan(1)) || (b.text.length < HUGE && moreThan(3))))) {
      out.push(b);
      continue;
    }
    // the header is looked for in the first long paragraph: page chrome, addresses and metadata
    // lines above a flattened notice (当前位置, https://…, 索引号：… | …) are mostly short, and one
    // that is long (a table's label cell and its border, 公开具体内容 | |||…) is furniture
    const pieces = cutParagraph(withoutPageNumbers(b, diagnostics), b === blocks.find((x) => x.kind === "para" && x.text.length >= (moreThan(1) ? LONG : ALONE) && !furniture(x.text)));
    if (pieces.length > 1) {
      diagnostics.push({
        severity: "info", code: "text-resegmented",
        message: `a line of ${b.text.length} characters without line breaks was cut into ${pieces.length} paragraphs at section markers, header and closing boundaries`,
        line: b.line, column: b.column,
      });
      // (a paragraph a document site's chunks were joined into spans several lines: each is said to be cut)
      const more = new Set(b.spans.map((x) => x.line).filter((l) => l !== b.line));
      for (const line of more) {
        diagnostics.push({ severity: "info", code: "text-resegmented", message: `this line is part of the paragraph of line ${b.line}, cut into paragraphs with it`, line, column: 1 });
      }
    }
    out.push(...pieces);
  }
  return out;
}

/**
 * A document site's page (文库: the file's name, the sharing line, then the text in chunks numbered
 * 1、 2、 3、 …, each cut anywhere): the chunks are one text, their numbers removed and reported, so the
 * notice is cut at its own boundaries, not the site's. Only below a sharing line in the opening, and
 * only a run numbered from 1 without a gap.
 */
function withDocsiteChunksJoined(blocks: Block[], diagnostics: Diagnostic[]): { blocks: Block[]; joined: ParagraphBlock | null } {
  const none = { blocks, joined: null };
  // (a character test first: the sharing line names the site's sharing, reading or searching)
  let share = -1;
  for (let k = 0; k < blocks.length && k < 40 && share < 0; k++) {
    const b = blocks[k]!;
    if (b.kind === "para" && (b.text.includes("分享") || b.text.includes("阅读") || b.text.includes("搜索") || b.text.includes("下载")) && isDocsiteShare(b.text)) share = k;
  }
  if (share < 0) return none;
  // (page furniture may stand between the sharing line and the first chunk)
  let first = share + 1;
  while (first < blocks.length && blocks[first]!.kind === "para" && !DOCSITE_CHUNK.test((blocks[first] as ParagraphBlock).text) && furniture((blocks[first] as ParagraphBlock).text)) first++;
  let j = first;
  let joined: ParagraphBlock | null = null;
  for (let k = 1; j < blocks.length; j++, k++) {
    const b = blocks[j]!;
    const m = b.kind === "para" ? DOCSITE_CHUNK.exec(b.text) : null;
    if (!m || Number(m[1]) !== k) break;
    const pos = positionAt(b as ParagraphBlock, 0);
    diagnostics.push({ severity: "info", code: "page-number-removed", message: `removed a document site's chunk number "${m[0]}" (the site cuts the file into numbered pieces)`, line: pos.line, column: pos.column });
    const piece = sliceParagraph(b as ParagraphBlock, m[0].length);
    joined = joined ? joinParagraphs(joined, piece) : piece;
  }
  if (!joined || j - first < 2) return none;
  const text = { ...joined, text: joined.text.trim() };
  return { blocks: [...blocks.slice(0, first), text, ...blocks.slice(j)], joined: text };
}

/** The paragraph without the page numbers glued into it (— 5 —), each reported; positions kept. */
function withoutPageNumbers(p: ParagraphBlock, diagnostics: Diagnostic[]): ParagraphBlock {
  let out: ParagraphBlock | null = null;
  let at = 0;
  for (const m of gluedPageNumbers(p.text)) {
    const piece = sliceParagraph(p, at, m.start);
    out = out ? joinParagraphs(out, piece) : piece;
    const pos = positionAt(p, m.start);
    diagnostics.push({
      severity: "info", code: "page-number-removed",
      message: `removed a page number "${m.text}" glued into the text`,
      line: pos.line, column: pos.column,
    });
    at = m.end;
  }
  if (!out) return p;
  return joinParagraphs(out, sliceParagraph(p, at));
}

/**
 * The 主送 glued before the body's first sentence (关于…的函 / 市直有关部门: 为切实做好…。) stands on a
 * line of its own: only the first paragraph that holds a sentence is asked (below a title, a number
 * or a page's metadata rows).
 */
/**
 * A document site's blurb label run into the document it introduces (文档介绍:龙府发〔2009〕23号成都市…的通知…):
 * the label a paragraph of its own (page furniture), the document the paragraph after it — only
 * where a 发文字号 or a title's 关于 follows within a few characters, so a blurb of prose stays whole.
 */
function withBlurbLabelApart(blocks: Block[]): Block[] {
  const k = blocks.findIndex((b, i) => i < 12 && b.kind === "para" && b.text.length >= ALONE && BLURB_LABEL.test(b.text));
  if (k < 0) return blocks;
  const p = blocks[k] as ParagraphBlock;
  const label = BLURB_LABEL.exec(p.text)![0];
  const rest = p.text.slice(label.length, label.length + 40);
  if (!rest.includes("关于") && !DOC_NUMBER_RE.test(rest)) return blocks;
  return [...blocks.slice(0, k), { ...sliceParagraph(p, 0, label.length), softBreakAfter: false }, { ...sliceParagraph(p, label.length), blankBefore: false, heading: 0 }, ...blocks.slice(k + 1)];
}

/**
 * The first signing organ run on into the 附件说明 line above the rest of the signature, its line break lost
 * (附件：商业银行开办代客境外理财业务管理暂行办法中国人民银行 / 中国银行业监督管理委员会  国家外汇管理局二〇〇六年四月十七日):
 * the organ stands apart, where the attachment's title ends in a 文种 word right before an organ's name (or a space
 * sets them apart) and the next line signs and dates — and the date run on after that line's last organ, too.
 */
function withSigningOrganApart(blocks: Block[], diagnostics: Diagnostic[]): Block[] {
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const p = blocks[k]!;
    const next = blocks[k + 1];
    const cut = p.kind === "para" ? organEndingAttachmentLine(p, next) : -1;
    if (cut < 0 || p.kind !== "para" || next?.kind !== "para") {
      out.push(p);
      continue;
    }
    const date = SIGNED_DATE_AT_END.exec(next.text.trimEnd());
    const dateApart = !!date && next.text.slice(0, date.index + 1).trim().split(/[ \u3000]+/).every((o) => isOrganLine(o));
    out.push({ ...sliceParagraph(p, 0, cut), text: p.text.slice(0, cut).trimEnd(), softBreakAfter: false });
    const organ = sliceParagraph(p, cut, p.text.trimEnd().length);
    out.push({ ...organ, blankBefore: false, heading: 0, ...(dateApart ? { softBreakAfter: false } : {}) });
    // (said, as every line read as two is: the line's text is in two fields now)
    diagnostics.push({ severity: "info", code: "line-split", message: `the 附件说明 and the signing organ run together on one line: read as two, the organ from "${organ.text.trim().slice(0, 12)}…"`, line: organ.line, column: organ.column });
    if (!dateApart) continue;
    const at = date!.index + 1;
    const dated = sliceParagraph(next, at, next.text.trimEnd().length);
    out.push({ ...sliceParagraph(next, 0, at), softBreakAfter: false }, { ...dated, blankBefore: false, heading: 0 });
    diagnostics.push({ severity: "info", code: "line-split", message: `the signing organs and the date run together on one line: read as two, the date from "${dated.text.trim()}"`, line: dated.line, column: dated.column });
    k++;
  }
  return out;
}

/** Where the organ's name that ends a 附件说明 line begins, the line below signing and dating (or dating alone), or -1. */
function organEndingAttachmentLine(p: ParagraphBlock, next: Block | undefined): number {
  if (!p.text.startsWith("附件") || next?.kind !== "para" || !next.text.trimEnd().endsWith("日")) return -1;
  if (!SIGNED_DATE_AT_END.test(next.text.trimEnd()) && !dateOnly(next.text.trim())) return -1;
  const t = p.text.trimEnd();
  const written = ATTACHMENT_TITLE.exec(t);
  if (!written) return -1;
  const label = t.length - written[1]!.length;
  // the longest organ's name ending the line, the title before it ending as a title does — or set apart
  // from it by the space the lost line break left (…先进个人名单 湖南省人民政府)
  for (let len = Math.min(30, t.length - label - 4); len >= 4; len--) {
    const title = t.slice(label, t.length - len);
    if (isOrganLine(t.slice(t.length - len)) && (endsWithDocType(title.trim()) || (/[ \u3000]$/.test(title) && title.trim().length >= 4))) return t.length - len;
  }
  return -1;
}

function withAddresseesApart(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === "para" && b.text.includes("。"));
  // (the first paragraph too: a page that lost its title opens with the 主送 glued to the text — not
  // a text flattened whole, whose header the cuts below find)
  if (first < 0 || first > 40 || (first === 0 && !blocks.slice(1).some((b) => b.kind === "para"))) return blocks;
  const p = blocks[first] as ParagraphBlock;
  const at = gluedAddressees(p.text.trimStart());
  if (at === 0) return blocks;
  const lead = p.text.length - p.text.trimStart().length;
  const list = sliceParagraph(p, lead, lead + at);
  const rest = sliceParagraph(p, lead + at);
  return [...blocks.slice(0, first), { ...list, text: list.text.trim(), softBreakAfter: false }, { ...rest, blankBefore: false, heading: 0 }, ...blocks.slice(first + 1)];
}

function cutParagraph(p: ParagraphBlock, first: boolean): ParagraphBlock[] {
  const s = p.text;
  const cuts: number[] = [];
  if (first) headerCuts(s, cuts);
  const titles = [
    // (a year left outside the quote, 2023年《区〈…〉…方案》, is tried with the title)
    ...[...s.matchAll(/《([^《》]{4,80})》/g)].flatMap((m) => withYearBefore(s, m.index, m[1]!)),
    // (a title ends before the next number, a bracket, the next 附件 label or an item 一、)
    ...[...s.matchAll(/附件\s*[：:]\s*(?:\d+[.．、])?([^。；：:]{4,80}?)(?=\d+[.．、]|[（(]|附件|[一二三四五六七八九十]{1,3}、|$)/g)].map((m) => m[1]!),
  ];
  const boundaries: number[] = [];
  closingCuts(s, cuts, titles, boundaries);
  const markers = markerCuts(s, [...cuts], boundaries);
  cuts.push(...markers);
  // a 附注 in brackets (（此件不公开发布，发至…）) stands on a line of its own, wherever it was glued
  if (s.includes("此件") || s.includes("本件")) {
    for (const m of s.matchAll(ANNOTATION_G)) cuts.push(m.index, m.index + m[0].length);
  }
  // 分工 lines run on after a sentence end (…迎查资料。省教育厅:…): each organ begins its line
  if (s.includes("：") || s.includes(":")) {
    // (an organ, not a role label: 。责任单位：X is a note, not a duty line; nor 各…, which
    // addresses: 某某总部，各分行；各商业银行： is a 主送 grouped by ；)
    for (const m of s.matchAll(ORGAN_COLON_AFTER_STOP)) if (isOrganLine(m[1]!) && !roleOf(m[1]!) && !m[1]!.startsWith("各")) cuts.push(m.index + 1);
  }
  const sorted = [...markers].sort((a, b) => a - b);
  sorted.forEach((at, k) => {
    const glued = gluedBody(s, at, sorted[k + 1] ?? s.length);
    if (glued !== null) cuts.push(glued);
  });
  // a form's 信息公开选项 field in the 版记 (政府信息公开选项:依申请公开) is a line of its own, its value with it,
  // whatever else cut it (政府信息公开选项:|依申请公开 is a label and its value)
  const fields = s.includes("信息公开") ? [...s.matchAll(DISCLOSURE_FIELD_G)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  for (const [a, z] of fields) cuts.push(a, z);
  const points = [...new Set(cuts.filter((c) => c > 0 && c < s.length && !fields.some(([a, z]) => c > a && c < z)))].sort((a, b) => a - b);
  const out: ParagraphBlock[] = [];
  let at = 0;
  for (const c of [...points, s.length]) {
    const piece = sliceParagraph(p, at, c);
    const lead = piece.text.length - piece.text.trimStart().length;
    const text = piece.text.trim();
    if (text) {
      const trimmed = lead ? sliceParagraph(p, at + lead, at + lead + text.length) : { ...piece, text };
      out.push({ ...trimmed, text, blankBefore: true, softBreakAfter: false, heading: 0 });
    }
    at = c;
  }
  return out;
}
