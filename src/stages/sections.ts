// Numbered sections (正文结构层次) as a tree. A marker family seen before closes back to its
// level; a new family nests under the open section unless it usually encloses it (rank). Run-in
// items (一是…二是…, 第一，…, ①…) are split out of paragraphs, also mid-paragraph. A short
// unnumbered line after which numbering restarts becomes a group node with marker null.
import { positionAt, sliceParagraph, type Block, type ParagraphBlock, type TableBlock } from "../model/blocks.js";
import { CONTENTS_HEADING, withoutTrailingBlanks } from "../lexicon/layout.js";
import type { Diagnostic, Section } from "../model/schema.js";
import { DECIMAL_STYLE, MARKER_FIRST, markerBeforeDigits, markerBeforeListedNumerals, matchMarker, runInCandidates, type Marker } from "../lexicon/markers.js";
import { unitTable } from "../lexicon/units.js";
import { charsAtMost } from "../lexicon/length.js";
import { isOrganLine, squeezeCjkSpaces } from "../lexicon/organs.js";
import { dateOnly } from "../lexicon/dates.js";
import { LEAD_SENTENCE, REPORT_PART_HEADING, splitHeading } from "../lexicon/headings.js";
import { CAPTION_ONLY, DEADLINE_LINE, findNotes, ORGANISER_ITEM, withoutNotes, type FoundNote, type NoteFields } from "../lexicon/notes.js";
import { pathStep } from "../model/section-path.js";
export { splitHeading };

/** A responsibility note the tree holds, handed to the tasks stage with its own position. */
export interface SectionNote {
  /** the numbered item the note belongs to; null for a note in the preamble */
  section: Section | null;
  /** 二/（三）: the item's path, as task sources write it */
  path: string;
  line: number;
  column: number;
  raw: string;
  /** the sentence the note closes */
  clause: string;
  /** the short lead sentence an unnumbered paragraph opens with (培育各类工业互联网平台。…（责任单位：…）) */
  opening: string | null;
  note: NoteFields;
}

export interface SectionsResult {
  preamble: string[];
  sections: Section[];
  /** tables in this stretch of the document, with the caption line above each */
  tables: Array<{ block: Block; caption: string | null }>;
  /** responsibility notes, in document order, cut out of the sections' text */
  notes: SectionNote[];
}

interface Open {
  node: Section;
  rank: number;
  style: string | null;
}

const CAPTION_RE = /(表|清单|计划|安排|一览|台账|分解|分工|目录)$/;

function isCaption(b: Block | undefined): b is ParagraphBlock {
  return !!b && b.kind === "para" && charsAtMost(b.text, 60) && !/[。；：:，]$/.test(b.text) && !matchMarker(b.text) && (CAPTION_RE.test(b.text) || b.heading > 0);
}

/** Short standalone lines that look like an unnumbered heading (not a table's cell set off by | : 工作任务 |). */
function groupCandidate(b: Block): boolean {
  return b.kind === "para" && charsAtMost(b.text, 30) && !/[。；;，,：:、！？|]/.test(b.text) && !matchMarker(b.text);
}

/** A run-in item (一是, 第一，, ①): it holds no run-in list of its own to close */
const isRunIn = (s: Section) => s.style !== null && (s.style.startsWith("run-in") || s.style === "circled" || s.style === "paren-digit");

/**
 * A table of contents (read by the contents stage, or printed back as a one-column table headed
 * 目录 or by nothing): the body follows it, so a part's title does not caption it.
 */
const contentsTable = (b: TableBlock): boolean =>
  b.layout === "contents" || (b.rows[0]?.length === 1 && (b.rows[0][0]!.trim() === "" || CONTENTS_HEADING.test(b.rows[0][0]!.trim())));

export function buildSections(blocks: Block[], diagnostics: Diagnostic[], opts: { title?: string | null } = {}): SectionsResult {
  const res: SectionsResult = { preamble: [], sections: [], tables: [], notes: [] };
  // tables and their captions leave the flow first
  const flow: ParagraphBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "table") {
      const prev = flow[flow.length - 1];
      let caption: string | null = null;
      if (isCaption(prev) && blocks[i - 1] === prev) {
        caption = prev.text;
        flow.pop();
      } else if (opts.title && !contentsTable(b) && res.tables.length === 0 && flow.length <= 2 && flow.every((p) => charsAtMost(p.text, 60))) {
        // an attachment that is a table (a 回执, a 清单): its title names the table, even with a
        // 填报单位：… line between them (not its table of contents: the body follows it)
        caption = opts.title;
      }
      res.tables.push({ block: b, caption });
      continue;
    }
    flow.push(b);
  }

  // group headings: accepted when the numbering after them restarts at 1 in a family already used
  const groups = new Set<number>();
  // the first numbered paragraph after each one, computed in one backward pass (rosters of
  // thousands of short lines must not make this quadratic)
  const markers = flow.map((b) => matchMarker(b.text));
  const nextMarker: Array<Marker | null> = new Array(flow.length).fill(null);
  for (let j = flow.length - 2; j >= 0; j--) {
    const m = markers[j + 1];
    nextMarker[j] = m && !m.runIn ? m : nextMarker[j + 1]!;
  }
  const firstMarkerAfter = (k: number): Marker | null => nextMarker[k] ?? null;
  const cands: Array<{ at: number; m: Marker }> = [];
  // the title again (a page that prints it above the text, broken over lines: 无锡市…管理办法 /
  // （征求意见稿）), a date, or a signature organ above its date are never group headings
  const titleText = (opts.title ?? "").replace(/\s+/g, "");
  const notGroup = (b: ParagraphBlock, k: number) => {
    const t = b.text.replace(/\s+/g, "");
    if (titleText && !charsAtMost(t, 1) && titleText.includes(t)) return true;
    if (dateOnly(t)) return true;
    const next = flow[k + 1];
    return isOrganLine(t) && next !== undefined && dateOnly(next.text) !== null;
  };
  flow.forEach((b, k) => {
    if (!groupCandidate(b) || notGroup(b, k)) return;
    const m = firstMarkerAfter(k);
    if (m && m.ordinal === 1) cands.push({ at: k, m });
  });
  const firstUse = new Map<string, number>();
  markers.forEach((m, j) => m && !firstUse.has(m.style) && firstUse.set(m.style, j));
  const perStyle = new Map<string, number>();
  for (const c of cands) perStyle.set(c.m.style, (perStyle.get(c.m.style) ?? 0) + 1);
  for (const c of cands) {
    const usedBefore = (firstUse.get(c.m.style) ?? Infinity) < c.at;
    const sibling = (perStyle.get(c.m.style) ?? 0) > 1;
    // (a report's part heading, 2021年工作回顾, stands for its part alone: the next part may be cut off)
    if (usedBefore || sibling || REPORT_PART_HEADING.test(flow[c.at]!.text.replace(/\s+/g, ""))) groups.add(c.at);
  }

  // a family that encloses one it usually stands under, as this notice prints them: 一是… / (一)…(五)
  // / 二是… (a list that opens at 1 between two numbers of another family is inside the first): that
  // family ranks just above the other here. One pass, each family's last number kept.
  const rankHere = new Map<string, number>();
  const lastOf = new Map<string, number>();
  // the numbered paragraph right after each one
  const after: number[] = [];
  let prevAt = -1;
  markers.forEach((m, k) => {
    if (!m) return;
    if (prevAt >= 0) after[prevAt] = k;
    prevAt = k;
    const p = lastOf.get(m.style);
    lastOf.set(m.style, k);
    const inner = p === undefined || after[p] === undefined || after[p] === k ? null : markers[after[p]!]!;
    if (p === undefined || inner === null || markers[p]!.ordinal !== m.ordinal - 1 || inner.style === m.style || inner.ordinal !== 1) return;
    const outer = rankHere.get(m.style) ?? m.rank;
    const under = rankHere.get(inner.style) ?? inner.rank;
    if (under < outer) rankHere.set(m.style, under - 0.05);
  });

  const stack: Open[] = [];
  const lastRunIn = new Map<string, number>();
  const push = (node: Section, rank: number, style: string | null) => {
    const parent = stack[stack.length - 1];
    node.level = parent ? parent.node.level + 1 : 1;
    (parent ? parent.node.children : res.sections).push(node);
    stack.push({ node, rank, style });
  };
  const addText = (s: string) => {
    if (!s) return;
    const top = stack[stack.length - 1];
    if (!top) res.preamble.push(s);
    else top.node.text = top.node.text ? `${top.node.text}\n${s}` : s;
  };

  // responsibility notes, each with its own position. A section keeps the notes in its text
  // except the last one, which becomes its `responsibility` (and which an export writes back at
  // the end of the text); a note in a heading line is always cut from the heading.
  const noted = new Set<Section>();
  const holders = new Map<SectionNote, { holder: Section | null; pieces: string[]; inHeading: boolean; kept: boolean }>();
  let lastNote: SectionNote | null = null;
  let adjacent = false;
  const attach = (target: Section | null, holder: Section | null, inHeading: boolean, f: FoundNote, p: ParagraphBlock, base: number, text: string, prevEnd: number, opening: string | null) => {
    const pos = positionAt(p, base + f.start);
    const before = text.slice(prevEnd, f.start);
    // (a duty the sentence opens with and keeps, 由X牵头，Y配合，在9月底前完成…；, is for the clause it
    // opens, to the clause's stop — not for the words before it, another duty's clause)
    const stop = f.kept ? text.slice(f.end).search(/[。；;！？]/) : -1;
    const clause = f.kept && stop > 0 ? text.slice(f.start, f.end + stop).trim() : (before.split(/[。；;！？]/).filter((x) => x.trim()).pop() ?? "").trim();
    // notes written one after another (牵头单位：X / 配合单位：Y on two lines) are one note
    if (lastNote && adjacent && lastNote.section === target && before.replace(/[\s。；;，,]/g, "") === "") {
      const n = lastNote.note;
      // 牵头单位：X / 责任单位：Y on lines of their own: when one of them names the lead, the
      // other's organs carry the task out with it, as they would inside one note
      if (n.namesLead && !f.note.namesLead) n.support.push(...f.note.lead);
      else if (f.note.namesLead && !n.namesLead) {
        n.support.unshift(...n.lead);
        n.lead = [...f.note.lead];
      } else n.lead.push(...f.note.lead);
      n.support.push(...f.note.support);
      n.leader ??= f.note.leader;
      n.owner ??= f.note.owner;
      if (f.note.deadline) n.deadline = n.deadline ? `${n.deadline}，${f.note.deadline}` : f.note.deadline;
      n.namesLead ||= f.note.namesLead;
      n.firstLeads ||= f.note.firstLeads;
      if (f.note.remark) n.remark = n.remark ? `${n.remark}；${f.note.remark}` : f.note.remark;
      lastNote.raw = `${lastNote.raw}\n${f.raw}`;
      holders.get(lastNote)!.pieces.push(f.raw);
      return;
    }
    const path = target ? pathOf(target) : "";
    lastNote = { section: target, path, line: pos.line, column: pos.column, raw: f.raw, clause, opening, note: f.note };
    res.notes.push(lastNote);
    holders.set(lastNote, { holder, pieces: [f.raw], inHeading, kept: f.kept === true });
    if (target) noted.add(target);
  };
  /** the short phrase the last paragraph without a note opened with, for a note on the line below */
  let leadAbove: string | null = null;
  const paths = new Map<Section, string>();
  const pathOf = (s: Section) => paths.get(s) ?? "";
  /** Record the notes of text (p.text from base on); those before `headingEnd` sit in a heading. */
  /** `bodyAt`: where the paragraph's body begins in `text` (0, or after a heading run in with it;
   *  -1 for none); `closes`: the item a note ending `text` belongs to instead of the open one */
  const takeNotes = (text: string, p: ParagraphBlock, base: number, target: () => Section | null, bodyAt: number, headingEnd = 0, found = findNotes(text), closes: Section | null = null): FoundNote[] => {
    // the short phrase the body opens with (培育各类工业互联网平台。…): names the task of a note
    // after it, or, when the paragraph holds none, of a note further down
    const lead = bodyAt >= 0 ? LEAD_SENTENCE.exec(text.slice(bodyAt)) : null;
    if (!found.length) {
      // a deadline on a line of its own right under a duty's labelled lines (牵头责任单位：X / 协同责任单位：Y /
      // 完成时限：2021年12月31日) is that duty's: it names no organ, so it is no note of its own
      const deadline = adjacent && lastNote && (text.includes("：") || text.includes(":")) ? DEADLINE_LINE.exec(text) : null;
      if (deadline && adjacent && lastNote && !lastNote.note.deadline) {
        lastNote.note.deadline = deadline[1]!.trim();
        lastNote.raw = `${lastNote.raw}\n${text.trim()}`;
        holders.get(lastNote)!.pieces.push(text.trim());
        return found;
      }
      if (text.trim()) adjacent = false;
      if (lead) leadAbove = lead[1]!.trim();
      return found;
    }
    const alone = withoutNotes(text, found).replace(/[\s。；;，,]/g, "") === "";
    const holder = stack[stack.length - 1]?.node ?? null;
    const t = alone ? target() : holder;
    const end = text.replace(/[\s。；;，,]+$/, "").length;
    let prevEnd = 0;
    // (a note the paragraph's own phrase does not precede takes the one the last paragraph above
    // without a note opened with: the measure, then a paragraph or a line holding its note)
    const above = leadAbove;
    leadAbove = null;
    for (const f of found) {
      if (text.slice(prevEnd, f.start).replace(/[\s。；;，,]/g, "") !== "") adjacent = false;
      const opening = f.names ?? (lead && bodyAt + lead[0].length <= f.start ? lead[1]!.trim() : above);
      attach(closes && f.end >= end ? closes : t, holder, f.start < headingEnd, f, p, base, text, prevEnd, opening);
      adjacent = true;
      prevEnd = f.end;
    }
    if (text.slice(prevEnd).replace(/[\s。；;，,]/g, "") !== "") adjacent = false;
    return found;
  };
  /**
   * Where a note standing on its own line belongs: the open item, unless that item ends a list of
   * several siblings none of which has a note of its own — then the note closes their parent
   * (1.完善预案体系 / (1)…(4) / (责任单位：…)).
   */
  const standaloneTarget = (): Section | null => {
    const top = stack[stack.length - 1];
    if (!top) return null;
    const parent = stack[stack.length - 2];
    const siblings = parent ? parent.node.children : res.sections;
    const list = siblings.every((x) => x.style === top.node.style);
    if (parent && list && !noted.has(parent.node) && siblings.length >= 2 && siblings.every((x) => !noted.has(x) && x.children.every((c) => !noted.has(c)))) return parent.node;
    return top.node;
  };
  const open = (marker: Marker, p: ParagraphBlock, at: number) => {
    const pos = positionAt(p, at);
    leadAbove = null;
    // a decimal item (1.1, 1.5.1) goes under the open item its number extends (1 总则, 1., 1.5), of
    // whatever family that one is
    const here = rankHere.get(marker.style);
    let m = here === undefined ? marker : { ...marker, rank: here };
    const prefix = DECIMAL_STYLE.test(m.style) ? decimalPrefix(m.marker) : null;
    if (prefix !== null) {
      const parent = [...stack].reverse().find((o) => o.style !== null && o.style !== m.style && o.node.ordinal === prefix.last && (prefix.depth === 1 ? !DECIMAL_STYLE.test(o.style) || o.style === "decimal-1" : decimalNumber(o.node.marker ?? "") === prefix.path));
      if (parent) m = { ...m, rank: parent.rank + 0.25 };
    }
    // close back to the same family, or up to a family that encloses this one
    const same = stack.findIndex((o) => o.style === m.style);
    if (same >= 0) stack.length = same;
    else while (stack.length && stack[stack.length - 1]!.style !== null && stack[stack.length - 1]!.rank > m.rank) stack.pop();
    if (!m.runIn) lastRunIn.clear();
    for (const [style] of lastRunIn) if (style !== m.style && m.runIn) lastRunIn.delete(style);
    const node: Section = {
      marker: m.marker, style: m.style, ordinal: m.ordinal, level: 1, heading: "", text: "",
      line: pos.line, column: pos.column, children: [],
    };
    push(node, m.rank, m.style);
    paths.set(node, stack.map((o) => pathStep(o.node)).join("/"));
    if (m.runIn) lastRunIn.set(m.style, m.ordinal);
    return node;
  };

  /**
   * 一、二级河长履职考核总体情况: the marker reader takes 一、二级 for numerals listed (一、二年级), but it is
   * the list's next item when the next 一、-style marker below is its next number (二、河长巡河分数情况)
   */
  // (the ordinal of the first 一、-style marker after each paragraph: one backward pass, made when first asked, so a
  // notice of many 一、二年级 lines is not rescanned from each)
  let commaAfter: Array<number | null> | null = null;
  const nextCommaOrdinal = (k: number): number | null => {
    if (!commaAfter) {
      commaAfter = new Array<number | null>(flow.length).fill(null);
      for (let j = flow.length - 2; j >= 0; j--) commaAfter[j] = markers[j + 1]?.style === "chinese-comma" ? markers[j + 1]!.ordinal : commaAfter[j + 1]!;
    }
    return commaAfter[k]!;
  };
  const listedItem = (text: string, k: number): Marker | null => {
    const m = MARKER_FIRST[text.charCodeAt(0)] ? markerBeforeListedNumerals(text) : null;
    if (!m) return null;
    let open = 0;
    for (const o of stack) if (o.style === m.style) open = o.node.ordinal!;
    return m.ordinal === open + 1 && nextCommaOrdinal(k) === m.ordinal + 1 ? m : null;
  };

  flow.forEach((p, k) => {
    if (groups.has(k)) {
      stack.length = 0;
      lastRunIn.clear();
      push(
        { marker: null, style: null, ordinal: null, level: 1, heading: p.text, text: "", line: p.line, column: p.column, children: [] },
        0, null,
      );
      paths.set(stack[0]!.node, p.text);
      return;
    }
    // cut points: a marker at the start, then run-in items that continue a sequence
    const cuts: Array<{ at: number; m: Marker }> = [];
    // 11.121人才梯队项目 under an open 10.: the next item, though 11.121 reads as a number
    let openDot: Open | undefined;
    for (const o of stack) if (o.style === "arabic-dot") openDot = o;
    // (5．35岁以下 after 4．: item 5, not the decimal number 5.35)
    const read = matchMarker(p.text);
    const head = (!read || DECIMAL_STYLE.test(read.style)) && openDot ? (markerBeforeDigits(p.text, openDot.node.ordinal! + 1) ?? read) : read ?? listedItem(p.text, k);
    if (head) cuts.push({ at: 0, m: head });
    // the next numbers of the head's own list run on in the paragraph after a sentence or a note ends
    // (（一）…增长11%左右。（省发改委负责）（二）…; 1.…以上。（…协办）2.…): a paste that lost the line breaks
    if (head && !head.runIn) for (const at of followingItems(p.text, head)) cuts.push(at);
    // a heading run on into its first sub-item, the line break between them lost (一、扩大即期外汇市场交易主体（一）非金融企业…),
    // the second sub-item opening a paragraph below, before the heading's next sibling: the sub-item begins at its marker
    if (head && !head.runIn && HEADING_STYLES.has(head.style)) {
      const glued = gluedFirstChild(p.text, head, flow, k);
      if (glued) cuts.push(glued);
    }
    // a list's first item run on after the sentence that announces it (…做如下调整:1.体检中心…;),
    // its second opening the next paragraph (2.暂停胃镜室…): the first item begins after the colon
    const next = flow[k + 1];
    const second = !head && next && p.text.includes("1") ? matchMarker(next.text) : null;
    if (second && second.ordinal === 2 && !second.runIn) {
      const colon = Math.max(p.text.lastIndexOf("："), p.text.lastIndexOf(":"));
      const at = colon < 0 ? -1 : colon + 1 + (/^\s*/.exec(p.text.slice(colon + 1))![0].length);
      const first = at > 0 ? matchMarker(p.text.slice(at)) : null;
      if (first && first.style === second.style && first.ordinal === 1) cuts.push({ at, m: first });
    }
    // …and a run-in list's first item after a comma (《通知》要求,一要提高…) whose second opens the next
    // paragraph (二要做好…): the paragraph alone shows no list, the next one does
    if (!head && next && (p.text.includes("，一") || p.text.includes(",一"))) {
      const second2 = matchMarker(next.text);
      if (second2 && second2.ordinal === 2 && second2.runIn) {
        for (const comma of p.text.matchAll(/[，,](?=一)/g)) {
          const first = matchMarker(p.text.slice(comma.index + 1));
          if (first && first.style === second2.style && first.ordinal === 1) {
            cuts.push({ at: comma.index + 1, m: first });
            break;
          }
        }
      }
    }
    const seen = new Map(lastRunIn);
    if (head?.runIn) seen.set(head.style, head.ordinal);
    else if (head) seen.clear();
    const parentOpen = stack.length > 0 || !!head;
    const candidates = runInCandidates(p.text);
    // in a preamble or a speech's opening (no section open yet), run-in items are a list only
    // when it goes on: 一是…二是…, ①…②… (a lone 一是 there is a phrase)
    const listed = new Set<string>();
    if (!parentOpen) {
      const firsts = new Set(candidates.filter((c) => c.marker.ordinal === 1).map((c) => c.marker.style));
      for (const c of candidates) if (c.marker.ordinal === 2 && firsts.has(c.marker.style)) listed.add(c.marker.style);
    }
    for (const { index, marker: cm } of candidates) {
      const c = { index, m: cm };
      if (head && c.index < head.length) continue;
      const prevOrd = seen.get(c.m.style);
      const ok = prevOrd !== undefined ? c.m.ordinal === prevOrd + 1 : c.m.ordinal === 1 && (parentOpen || listed.has(c.m.style));
      if (!ok) continue;
      cuts.push({ at: c.index, m: c.m });
      seen.set(c.m.style, c.m.ordinal);
    }
    // (the list's first item after the colon may stand after run-in items of the sentence)
    cuts.sort((a, b) => a.at - b.at);
    if (cuts.length === 0) {
      takeNotes(p.text, p, 0, standaloneTarget, 0);
      addText(p.text);
      return;
    }
    if (cuts[0]!.at > 0) {
      takeNotes(p.text.slice(0, cuts[0]!.at), p, 0, standaloneTarget, 0);
      addText(p.text.slice(0, cuts[0]!.at).trim());
    }
    // a note that ends a paragraph of run-in items (一是…二是…五是…。（牵头单位：X）) closes the item
    // they belong to, when none of them has a note of its own
    const runIns = cuts.filter((c) => c.m.runIn).length;
    let runInNoted = false;
    cuts.forEach((c, n) => {
      const end = cuts[n + 1]?.at ?? p.text.length;
      const piece = sliceParagraph(p, c.at, end);
      const node = open(c.m, p, c.at);
      const parent = stack.length >= 2 ? stack[stack.length - 2]!.node : null;
      const closes = n === cuts.length - 1 && c.m.runIn && runIns >= 2 && !runInNoted && parent && !isRunIn(parent) ? parent : null;
      const written = piece.text.slice(c.m.length);
      // the heading ends where it would without the notes (a note's ：or 。 is not the heading's end)
      const notes = ORGANISER_ITEM.test(written) || CAPTION_ONLY.test(written) ? [] : findNotes(written);
      let masked = written;
      for (const f of notes) masked = masked.slice(0, f.start) + "\ue000".repeat(f.end - f.start) + masked.slice(f.end);
      const split = splitHeading(masked);
      const hStart = masked.indexOf(split.heading);
      let hEnd = hStart + split.heading.length;
      let tStart = split.text ? masked.indexOf(split.text, hEnd) : written.length;
      // a duty the text keeps that begins inside the heading (…项目由吴继德副市长负责，市建委牵头，…: a
      // heading run into its text when a line break was lost) begins the text: the heading ends there
      const glued = notes.find((f) => f.kept && !f.closesSentence && f.start > hStart && f.start < hEnd && !f.names);
      if (glued) {
        hEnd = glued.start;
        tStart = glued.start;
      }
      takeNotes(written, p, c.at + c.m.length, () => node, split.text || glued ? tStart : -1, hEnd, notes, closes);
      if (c.m.runIn && notes.length) runInNoted = true;
      // (a duty the text keeps is words of the sentence, and of the heading it opens: 由省经贸委负责，…配合，加快…)
      const inHeading = notes.filter((f) => f.start < hEnd && !f.kept).map((f) => ({ ...f, start: f.start - hStart, end: Math.min(f.end, hEnd) - hStart }));
      const heading = withoutNotes(written.slice(hStart, hEnd), inHeading).trim();
      // 总　　则: spaces between Chinese characters in a heading are layout
      node.heading = squeezeCjkSpaces(heading);
      // a heading that held a note ends where the note began: 深化改革（牵头单位：…）。
      if (inHeading.length) node.heading = node.heading.replace(/[。；，,]$/, "");
      node.text = written.slice(tStart).trim();
    });
  });
  // each section's last note is its responsibility, cut from the text that holds it
  const last = new Map<Section, SectionNote>();
  for (const n of res.notes) if (n.section) last.set(n.section, n);
  // …and a note cut from the heading that is not the last (扩大有效投资（由县发改局牵头实施） / …牵头单位：…) is
  // kept where the others are, in the section's text, as written: nothing of it is lost
  for (const n of [...res.notes].reverse()) {
    const h = holders.get(n);
    if (!n.section || last.get(n.section) === n || !h?.inHeading || h.kept) continue;
    const raw = h.pieces.join("");
    n.section.text = n.section.text ? `${raw}\n${n.section.text}` : raw;
  }
  for (const [section, n] of last) {
    const { holder, pieces, inHeading, kept } = holders.get(n)!;
    if (holder && !inHeading && !kept) {
      // (last piece first, each looked for before the one after it: the same words twice —
      // 时限要求:持续推进 under two notes — are cut where each piece stands, not both at the last)
      let before = holder.text.length;
      for (let k = pieces.length - 1; k >= 0; k--) {
        const piece = pieces[k]!;
        const at = holder.text.lastIndexOf(piece, before - piece.length);
        if (at < 0) continue;
        holder.text = holder.text.slice(0, at) + holder.text.slice(at + piece.length);
        before = at;
      }
      holder.text = holder.text
        .split("\n")
        .map((l) => withoutTrailingBlanks(l).replace(/[，,]$/, ""))
        .filter((l) => l.replace(/[\s。；;]/g, "") !== "")
        .join("\n");
    }
    // pieces written on lines of their own read back as one note when joined by ；
    // (bracketed notes follow one another as written; a labelled line after one that closes with an
    // aside in brackets, 责任单位:X、Y(第一责任单位为牵头单位,下同) / 时限要求:…, still needs its ；)
    const raw = pieces.reduce((acc, x) => (acc === "" ? x : /[）)〕】]$/.test(acc) && /^[（(〔【]/.test(x) ? acc + x : `${acc.replace(/[。；;，,]$/, "")}；${x}`), "");
    section.responsibility = { lead: [...n.note.lead], support: [...n.note.support], deadline: n.note.deadline, raw };
  }
  checkNumbering(res.sections, diagnostics);
  return res;
}


/** What may end the text before an item that runs on in its list's paragraph: a sentence, or a note's bracket */
const ITEM_AFTER = unitTable([1, "。；;！？!?）)】〕"]);

/**
 * The items after `head` that run on in its paragraph, each the next number of head's family, each
 * right after a sentence end or a closing bracket. One pass; a marker's first character gates the
 * pattern.
 */
function followingItems(text: string, head: Marker): Array<{ at: number; m: Marker }> {
  const out: Array<{ at: number; m: Marker }> = [];
  let next = head.ordinal + 1;
  for (let i = head.length + 1; i < text.length; i++) {
    if (!ITEM_AFTER[text.charCodeAt(i - 1)] || !MARKER_FIRST[text.charCodeAt(i)]) continue;
    const m = matchMarker(text.slice(i, i + 40));
    if (!m || m.style !== head.style || m.ordinal !== next) continue;
    out.push({ at: i, m });
    next++;
    i += m.length - 1;
  }
  return out;
}

/** Heading styles whose heading may run on into its first sub-item (一、…（一）…, 第一章…一、…) */
const HEADING_STYLES = new Set(["chinese-comma", "chapter", "part"]);
/** Characters a glued sub-item's heading stops at: a sentence's pause — after one, the marker is the sentence's own */
const HEADING_PAUSE = /[，。；：,;:！？!?、]/;

/**
 * The first sub-item run on after a short heading (一、扩大即期外汇市场交易主体（一）非金融企业…): a marker of ordinal 1
 * within 40 characters after the head, no pause before it, whose style's item 2 opens one of the next 30 paragraphs
 * before the head's own next item. Only the first characters a marker can start with are tried.
 */
function gluedFirstChild(text: string, head: Marker, flow: ParagraphBlock[], k: number): { at: number; m: Marker } | null {
  const end = Math.min(text.length, head.length + 42);
  let first: { at: number; m: Marker } | null = null;
  for (let i = head.length + 2; i < end && !first; i++) {
    if (!MARKER_FIRST[text.charCodeAt(i)]) continue;
    if (HEADING_PAUSE.test(text.slice(head.length, i))) return null;
    const m = matchMarker(text.slice(i, i + 40));
    if (m && !m.runIn && m.style !== head.style && m.ordinal === 1) first = { at: i, m };
  }
  if (!first) return null;
  for (let j = k + 1; j < Math.min(flow.length, k + 31); j++) {
    const m = matchMarker(flow[j]!.text);
    if (m?.style === head.style) return null;
    if (m?.style === first.m.style) return m.ordinal === 2 ? first : null;
  }
  return null;
}

/** A marker's number as a decimal path (1.5 ．→ "1.5"). */
const decimalNumber = (marker: string) => marker.trim().replace(/[.．]$/, "").replace(/．/g, ".");

/** What a decimal marker extends: 1.5.1 → the item numbered 5 whose own number is 1.5 (path "1.5", depth 2). */
function decimalPrefix(marker: string): { path: string; last: number; depth: number } | null {
  const parts = marker.trim().replace(/[.．]$/, "").split(/[.．]/);
  if (parts.length < 2 || parts.some((x) => !/^\d+$/.test(x))) return null;
  const head = parts.slice(0, -1);
  return { path: head.join("."), last: Number(head[head.length - 1]), depth: head.length };
}

/** Numbering gaps and repeats among siblings of one family; continuation across parents is noted once. */
function checkNumbering(roots: Section[], diagnostics: Diagnostic[]): void {
  const lastByStyle = new Map<string, number>();
  let continuationNoted = false;
  const walk = (list: Section[]) => {
    const prev = new Map<string, number>();
    for (const s of list) {
      if (s.style === null || s.ordinal === null) continue;
      const p = prev.get(s.style);
      if (p === undefined) {
        const carried = lastByStyle.get(s.style);
        if (s.ordinal !== 1) {
          if (carried !== undefined && s.ordinal === carried + 1) {
            if (!continuationNoted) {
              diagnostics.push({
                severity: "info", code: "numbering-continues",
                message: `numbering "${s.marker}" continues from the previous section instead of restarting at 1`,
                line: s.line, column: s.column,
              });
              continuationNoted = true;
            }
          } else {
            diagnostics.push({
              severity: "warning", code: "numbering-start",
              message: `numbering starts at "${s.marker}" instead of 1`, line: s.line, column: s.column,
            });
          }
        }
      } else if (s.ordinal === p) {
        diagnostics.push({ severity: "warning", code: "numbering-repeat", message: `number "${s.marker}" repeats the previous one`, line: s.line, column: s.column });
      } else if (s.ordinal !== p + 1) {
        diagnostics.push({ severity: "warning", code: "numbering-gap", message: `numbering jumps from ${p} to "${s.marker}"`, line: s.line, column: s.column });
      }
      prev.set(s.style, s.ordinal);
      lastByStyle.set(s.style, s.ordinal);
    }
    for (const s of list) walk(s.children);
  };
  walk(roots);
}
