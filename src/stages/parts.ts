// Cut the body into the covering notice and the sub-documents that follow it (parts): an
// attachment's body, a speech, a work report. A part starts at
//   - a label line standing alone: 附件 / 附件2 / 附： (not followed by a numbered 附件说明 list);
//   - a line that repeats a title the covering notice names: 《2019年工作要点》 / 附件说明 title;
//   - a title followed by a dated line （2018年2月8日） (speeches and reports), with an optional ——subtitle.
import { toSimplified } from "../lexicon/traditional.js";
import { charsAtMost } from "../lexicon/length.js";
import { isWholeDocNumber } from "../lexicon/docnumber.js";
import type { Block, ParagraphBlock } from "../model/blocks.js";
import { dateOnly } from "../lexicon/dates.js";
import { squeezeCjkSpaces } from "../lexicon/organs.js";
import { matchMarker } from "../lexicon/markers.js";
import { ANNOTATION_LINE, DRAFT_TAIL, endsLikeTitle, ISSUED_IN_SENTENCE_G, YEAR_SPAN_G, ISSUED_IN_TITLE, PLAN_COVER_FIELD, POST_AND_NAME, QUOTED_NAME_G, withYearBefore } from "../lexicon/patterns.js";
import { CLOSING_LABEL_START } from "../lexicon/attachments.js";
import { ATTACHMENT_INLINE, ATTACHMENT_LABEL as LABEL_RE, ATTACHMENT_LINE, FILE_NAME, LONE_ITEM_NUMBER } from "../lexicon/attachments.js";

export interface Segment {
  start: number;
  end: number;
  label: string | null;
  /** index of the part's title block, when known */
  titleAt: number | null;
  /** the title written on the label line itself (附：2022年重点任务清单) */
  inlineTitle?: string;
  /** a title known to run over this many lines from titleAt (a quoted title broken in two) */
  titleLines?: number;
}


// 〈〉 too: a title nested in a quoted one (《2023年省〈政府工作报告〉…方案》) is printed with 《》 on its own
const norm = (s: string) => squeezeCjkSpaces(s).replace(/[《》〈〉“”"]/g, "");
/** A name's years in brackets written one way ((2017-2020年), （2017—2020）, (2017~2020年) → (2017-2020)): a plan's title and the name the notice cites may write them differently */
const yearKey = (s: string) => s.replace(YEAR_SPAN_G, "($1-$2)");

/** A line of table rules only (|, ||||||): no title. */
const PIPES_ONLY = /^\|[|\s]*$/;

function paraText(b: Block | undefined): string {
  return b && b.kind === "para" ? b.text.trim() : "";
}

function standalone(b: Block | undefined): b is ParagraphBlock {
  return !!b && b.kind === "para" && charsAtMost(b.text, 80) && !/[。；]$/.test(b.text) && !matchMarker(b.text);
}

export function findParts(blocks: Block[], knownTitles: string[]): Segment[] {
  const titles = new Set(knownTitles.map(norm).filter((t) => t.length >= 4));
  const titleKeys = new Set([...titles].map(yearKey));
  const starts: Array<{ at: number; label: string | null; titleAt: number | null; inlineTitle?: string; titleLines?: number }> = [];
  const taken = new Set<number>();
  // looked up per block, so kept as sets (linear in the number of blocks, not blocks × parts)
  const openedTitles = new Set<string>();
  const startAts = new Set<number>();
  const open = (s: (typeof starts)[number]) => {
    starts.push(s);
    startAts.add(s.at);
    if (s.titleAt !== null) openedTitles.add(norm(s.inlineTitle ?? paraText(blocks[s.titleAt])));
  };
  // the last dated paragraph (a signature's date), for "is there a signature still to come"
  let lastDated = -1;
  for (let k = blocks.length - 1; k >= 0 && lastDated < 0; k--) {
    const b = blocks[k]!;
    if (b.kind === "para" && !/^[（(]/.test(b.text.trim()) && dateOnly(b.text) !== null) lastDated = k;
  }
  let signed = false;
  // (a date above the text, the page's 2021-07-30 under the title, signs nothing)
  let wrote = false;
  for (let i = 0; i < blocks.length; i++) {
    const t = paraText(blocks[i]);
    if (!t) continue;
    if (!/^[（(]/.test(t) && dateOnly(t) && wrote) signed = true;
    wrote ||= t.includes("。");
    // after the 成文日期, "附：清单标题" followed by its content opens that attachment in place
    const inline = signed ? ATTACHMENT_INLINE.exec(t) : null;
    const after = blocks[i + 1];
    // (a file's name, 附件:農漁發〔2018〕32號.CEB, is the page's download link: no part opens)
    if (inline && !matchMarker(inline[2]!) && !FILE_NAME.test(inline[2]!.trim()) && after && (after.kind === "table" || !/^(抄送|抄报|印发|主送)/.test(paraText(after)))) {
      open({ at: i, label: inline[1]!.replace(/\s+/g, ""), titleAt: i, inlineTitle: inline[2]!.trim() });
      taken.add(i);
      continue;
    }
    const label = LABEL_RE.exec(t);
    // 附件： with its title on the line below and the signature right after is the 附件说明, not a part
    // (asked only of a label line)
    const signatureBelow = () => [2, 3, 4].some((k) => dateOnly(paraText(blocks[i + k])) && blocks.slice(i + 2, i + k).every((b) => charsAtMost(paraText(b), 30)));
    // …or when the attachment it names follows at once under its own label (附件： / 考评指标 / 附件 / 考评指标)
    const namedBelow = () => LABEL_RE.test(paraText(blocks[i + 2])) && norm(paraText(blocks[i + 3])) === norm(paraText(blocks[i + 1]));
    // (a page's table layout may put lone pipes between the label and the title: 附件: / | / 清单 |)
    let ti = i + 1;
    while (ti < i + 3 && PIPES_ONLY.test(paraText(blocks[ti]))) ti++;
    // (a file's name below the label, 昌盛路问题点位整改工作对比图.docx, is the page's download link: the 附件说明)
    // (…nor a number alone, 附件: / 1. / 报名表.docx: the page's list of its files)
    // (…nor another 附件 label below it, 附件: / 附件：1.…: a 附件说明 that a page's bare label stands above)
    if (label && !(/[：:]$/.test(t) && (signatureBelow() || namedBelow())) && !matchMarker(paraText(blocks[ti])) && !LONE_ITEM_NUMBER.test(paraText(blocks[ti])) && standalone(blocks[ti]) && !FILE_NAME.test(paraText(blocks[ti])) && !ATTACHMENT_LINE.test(paraText(blocks[ti]).trim())) {
      open({ at: i, label: label[1]!.replace(/\s+/g, ""), titleAt: ti });
      taken.add(ti);
      continue;
    }
    if (taken.has(i)) continue;
    // a plan printed right after the covering notice's date, with no 附件 label and no signing organ
    // (…请认真抓好贯彻落实。/ 2021年11月22日 / 《政府工作报告》2022年重点工作 / 及民生实事项目任务分解方案):
    // a title standing alone below the first date line, its body below it
    // (not a 附注 in brackets, a label line — 主题词： — or a 版记 line)
    // (the date's 附注 may stand between them: 2023年5月15日 / （此件公开发布） / 某镇 / 自然灾害救助应急预案)
    const dated = i >= 1 && (ANNOTATION_LINE.test(paraText(blocks[i - 1])) && i >= 2 ? blocks[i - 2] : blocks[i - 1]);
    if (starts.length === 0 && dated && dateOnly(paraText(dated).replace(/[?？]+$/, "")) && !/^[（(]/.test(paraText(dated)) && standalone(blocks[i]) && !CLOSING_LABEL_START.test(t) && !/^[（(]|[：:]/.test(t)) {
      const two = standalone(blocks[i + 1]) && !endsLikeTitle(t) ? t + paraText(blocks[i + 1]) : null;
      const lines = endsLikeTitle(t) ? 1 : two && endsLikeTitle(two) ? 2 : 0;
      // (the issued document's own number may stand below its title: …实施意见 / 法发〔2018〕23号 / 为深入…;
      // or its cover's fields: 编制单位：…)
      const numbered = lines > 0 && isWholeDocNumber(paraText(blocks[i + lines]));
      let at = i + lines + (numbered ? 1 : 0);
      while (lines > 0 && at < i + lines + 4 && PLAN_COVER_FIELD.test(paraText(blocks[at]))) at++;
      const body = blocks[at];
      if (lines && body && (body.kind === "table" || matchMarker(paraText(body)) || !standalone(body))) {
        open({ at: i, label: null, titleAt: i, ...(lines === 2 ? { titleLines: 2 } : {}) });
        if (lines === 2) openedTitles.add(norm(two!));
        for (let k = i; k < i + lines; k++) taken.add(k);
        continue;
      }
    }
    // a known title repeated inside the part it already opened is a caption, not a new part; the
    // named table printed inside the covering notice (its caption, with the signature still to
    // come below it) is not a sub-document (the title is normalised only for a standalone line)
    const captionInCover = blocks[i + 1]?.kind === "table" && lastDated >= i + 2;
    // (the body's first line too: a page that left out the cover's text opens with the plan it issues)
    // (…not its name quoted, 《…》 alone on the cover text's first line before 已经…审议通过)
    const named = !captionInCover && standalone(blocks[i]) && (i > 0 || !t.startsWith("《")) ? norm(t) : null;
    // (a title printed with its draft mark, 管理办法(修订征求意见稿), that the notice quotes without it)
    const known = named !== null && !titles.has(named) && DRAFT_TAIL.test(named) && titles.has(named.replace(DRAFT_TAIL, "")) ? named.replace(DRAFT_TAIL, "") : named;
    if (named !== null && known !== null && (titles.has(known) || (known.includes("20") && titleKeys.has(yearKey(known)))) && !openedTitles.has(known) && !openedTitles.has(named)) {
      open({ at: i, label: null, titleAt: i });
      taken.add(i);
      continue;
    }
    // …or a known title broken over two lines (立山区政府2023年重点工作 / 任务分解和责任分工方案)
    const joined = named !== null && standalone(blocks[i + 1]) ? named + norm(paraText(blocks[i + 1])) : null;
    if (joined !== null && (titles.has(joined) || (joined.includes("20") && titleKeys.has(yearKey(joined)))) && !openedTitles.has(joined)) {
      open({ at: i, label: null, titleAt: i, titleLines: 2 });
      openedTitles.add(joined);
      taken.add(i);
      taken.add(i + 1);
      continue;
    }
    // …or over three, the last its years in brackets (…品牌 / 加快建设…三年行动计划 / (2018—2020年))
    const third = joined !== null && standalone(blocks[i + 2]) && /^[（(][^（）()]{2,20}[）)]$/.test(paraText(blocks[i + 2])) ? joined + norm(paraText(blocks[i + 2])) : null;
    if (third !== null && (titles.has(third) || titleKeys.has(yearKey(third))) && !openedTitles.has(third)) {
      open({ at: i, label: null, titleAt: i, titleLines: 3 });
      openedTitles.add(third);
      for (let k = i; k < i + 3; k++) taken.add(k);
      continue;
    }
    if (/^[（(]/.test(t) && dateOnly(t) && i >= 1) {
      let title = i - 1;
      if (/^(——|—|－－|--)/.test(paraText(blocks[title])) && title >= 1) title--;
      // (a byline above the date, 副校长李召虎 / (2014年4月3日), is the speaker of the text above, no title)
      if (standalone(blocks[title]) && !taken.has(title) && !dateOnly(paraText(blocks[title])) && !POST_AND_NAME.test(paraText(blocks[title]).replace(/[\s\u3000]+/g, ""))) {
        const labelAbove = LABEL_RE.exec(paraText(blocks[title - 1]));
        const at = labelAbove ? title - 1 : title;
        if (startAts.has(at)) continue;
        open({ at, label: labelAbove ? labelAbove[1]!.replace(/\s+/g, "") : null, titleAt: title });
        taken.add(title);
      }
    }
  }
  starts.sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  segments.push({ start: 0, end: starts[0]?.at ?? blocks.length, label: null, titleAt: null });
  starts.forEach((s, k) => {
    segments.push({ start: s.at, end: starts[k + 1]?.at ?? blocks.length, label: s.label, titleAt: s.titleAt, inlineTitle: s.inlineTitle, ...(s.titleLines ? { titleLines: s.titleLines } : {}) });
  });
  return segments;
}

/** The document a title issues without quoting it (关于印发安徽省…实施意见的通知): its name, or none. */
export function issuedTitles(title: string): string[] {
  // (a Traditional title, 關于印發…, is matched folded, one character for one; the name is given as written)
  const folded = toSimplified(title);
  const m = ISSUED_IN_TITLE.exec(folded);
  // a name quoted whole (印发《…》的通知) is quotedTitles' to find
  // (what is 印发 or 转发 is a document, whatever its name ends with: …重点工作责任分解; what is 下达 may be funds)
  if (!m || !(endsLikeTitle(m[1]!) || /^(?:印发|转发)/.test(m[0])) || /^《[^《》]*》$/.test(m[1]!)) return [];
  const at = m.index + m[0].indexOf(m[1]!);
  return [title.slice(at, at + m[1]!.length)];
}

/** Names a sentence says were issued, unquoted (…办公厅印发2024年…责任分解的通知,公布…), as a news report introduces the document it reprints: only a line that repeats one whole opens a part. */
export function issuedInSentences(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind !== "para" || !(b.text.includes("印发") || b.text.includes("印發"))) continue;
    // (folded one character for one: the name is given as written)
    const folded = toSimplified(b.text);
    for (const m of folded.matchAll(ISSUED_IN_SENTENCE_G)) {
      const at = m.index + 2;
      // (what is 印发 is a document, whatever its name ends with: …重点工作责任分解)
      out.push(b.text.slice(at, at + m[1]!.length));
    }
  }
  return out;
}

/** Names the covering notice quotes or lists: 《…》 in its text, 附件说明 titles. */
export function quotedTitles(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind !== "para") continue;
    for (const m of b.text.matchAll(QUOTED_NAME_G)) out.push(...withYearBefore(b.text, m.index, m[1]!));
  }
  return out;
}
