// Numbered sections (正文结构层次) as a tree. A marker family seen before closes back to its
// level; a new family nests under the open section unless it usually encloses it (rank). Run-in
// items (一是…二是…, 第一，…, ①…) are split out of paragraphs, also mid-paragraph. A short
// unnumbered line after which numbering restarts becomes a group node with marker null.
import { positionAt, sliceParagraph, type Block, type ParagraphBlock } from "../model/blocks.js";
import type { Diagnostic, Section } from "../model/schema.js";
import { matchMarker, runInCandidates, type Marker } from "../lexicon/markers.js";
import { charsAtMost } from "../lexicon/length.js";
import { squeezeCjkSpaces } from "../lexicon/organs.js";
import { splitHeading } from "../lexicon/headings.js";
export { splitHeading };

export interface SectionsResult {
  preamble: string[];
  sections: Section[];
  /** tables in this stretch of the document, with the caption line above each */
  tables: Array<{ block: Block; caption: string | null }>;
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

/** Short standalone lines that look like an unnumbered heading. */
function groupCandidate(b: Block): boolean {
  return b.kind === "para" && charsAtMost(b.text, 30) && !/[。；;，,：:、！？]/.test(b.text) && !matchMarker(b.text);
}

export function buildSections(blocks: Block[], diagnostics: Diagnostic[], opts: { title?: string | null } = {}): SectionsResult {
  const res: SectionsResult = { preamble: [], sections: [], tables: [] };
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
      } else if (opts.title && res.tables.length === 0 && flow.length <= 2 && flow.every((p) => [...p.text].length <= 60)) {
        // an attachment that is a table (a 回执, a 清单): its title names the table, even with a
        // 填报单位：… line between them
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
  flow.forEach((b, k) => {
    if (!groupCandidate(b)) return;
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
    if (usedBefore || sibling) groups.add(c.at);
  }

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
  const open = (m: Marker, p: ParagraphBlock, at: number) => {
    const pos = positionAt(p, at);
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
    if (m.runIn) lastRunIn.set(m.style, m.ordinal);
    return node;
  };

  flow.forEach((p, k) => {
    if (groups.has(k)) {
      stack.length = 0;
      lastRunIn.clear();
      push(
        { marker: null, style: null, ordinal: null, level: 1, heading: p.text, text: "", line: p.line, column: p.column, children: [] },
        0, null,
      );
      return;
    }
    // cut points: a marker at the start, then run-in items that continue a sequence
    const cuts: Array<{ at: number; m: Marker }> = [];
    const head = matchMarker(p.text);
    if (head) cuts.push({ at: 0, m: head });
    const seen = new Map(lastRunIn);
    if (head?.runIn) seen.set(head.style, head.ordinal);
    else if (head) seen.clear();
    const parentOpen = stack.length > 0 || !!head;
    for (const { index, marker: cm } of runInCandidates(p.text)) {
      const c = { index, m: cm };
      if (head && c.index < head.length) continue;
      const prevOrd = seen.get(c.m.style);
      const ok = prevOrd !== undefined ? c.m.ordinal === prevOrd + 1 : c.m.ordinal === 1 && parentOpen;
      if (!ok) continue;
      cuts.push({ at: c.index, m: c.m });
      seen.set(c.m.style, c.m.ordinal);
    }
    if (cuts.length === 0) {
      addText(p.text);
      return;
    }
    if (cuts[0]!.at > 0) addText(p.text.slice(0, cuts[0]!.at).trim());
    cuts.forEach((c, n) => {
      const end = cuts[n + 1]?.at ?? p.text.length;
      const piece = sliceParagraph(p, c.at, end);
      const node = open(c.m, p, c.at);
      const { heading, text } = splitHeading(piece.text.slice(c.m.length));
      // 总　　则: spaces between Chinese characters in a heading are layout
      node.heading = squeezeCjkSpaces(heading);
      node.text = text;
    });
  });
  checkNumbering(res.sections, diagnostics);
  return res;
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
