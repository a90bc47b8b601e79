// A table of contents (目录) of a plan or 预案: its entries repeat the outline the body prints
// below, so they are kept as a table of one column headed 目录 — read as the outline, each entry
// would become a section and the body's headings would follow them a second time.
import type { Block, ParagraphBlock, TableBlock } from "../model/blocks.js";
import type { Diagnostic } from "../model/schema.js";
import { MARKER_FIRST, matchMarker } from "../lexicon/markers.js";
import { charsAtMost } from "../lexicon/length.js";
import { CONTENTS_HEADING, CONTENTS_PAGE, endsInLeaderPage } from "../lexicon/layout.js";

/** An entry: a short line, no sentence, numbered or ending in its page number */
function isEntry(b: Block): boolean {
  if (b.kind !== "para") return false;
  const t = b.text.trim();
  return t !== "" && charsAtMost(t, 50) && !/[。；;！？]/.test(t) && (matchMarker(t) !== null || CONTENTS_PAGE.test(t));
}

/** An entry as the body prints it again: no spaces, no page number */
const key = (t: string) => t.replace(/\s+/g, "").replace(/[.…·．]{2,}[0-9]{1,3}$/, "");

/** How far below the contents the body's first heading is looked for */
const REPEAT_WITHIN = 400;

/** An entry of a contents list printed without its 目录 heading: an entry, or a short heading line whose number was lost (总则) */
function isBareEntry(b: Block): b is ParagraphBlock {
  // (a length test first: most paragraphs are sentences far longer than any entry)
  if (b.kind !== "para" || b.text.length > 60) return false;
  if (isEntry(b)) return true;
  const t = b.text.trim();
  return t !== "" && charsAtMost(t, 16) && !/[。；;！？，,：:、（）()《》“”]/.test(t);
}

/**
 * An entry without its number and page — what a contents line and the body's heading share (总则 ~
 * 1 总则) — and whether it is numbered.
 */
function bare(t: string): { words: string; numbered: boolean } {
  const k = key(t);
  const m = matchMarker(k);
  return { words: m ? k.slice(m.length) : k, numbered: m !== null };
}

/** Entries of a contents list printed without its heading, at least this many before the body restarts them */
const BARE_ENTRIES_AT_LEAST = 6;

/**
 * Contents lists printed without their 目录 heading (a 预案 page's outline above its body: 总则 /
 * 1.1 编制目的 / … / 8 附则, then 1 总则 / 1.1 编制目的 / its text): runs of entries, one per line,
 * each ending where an entry of the run is printed again as the body's heading (总则 ~ 1 总则). One
 * pass: the first line of each entry seen in the current run, by the entry without number and page.
 * Returns the start of each list → its end.
 */
function bareContents(blocks: Block[]): Map<number, number> {
  const found = new Map<number, number>();
  // (most notices hold no run of short lines long enough, three of them opened by a marker's first
  // character: one pass of length and character tests finds the runs worth reading)
  let from = 0;
  let numbered = 0;
  for (let j = 0; j <= blocks.length; j++) {
    const b = blocks[j];
    const short = b !== undefined && b.kind === "para" && b.text.length <= 60 && !b.text.includes("。");
    if (short) {
      if (MARKER_FIRST[b.text.trimStart().charCodeAt(0)]) numbered++;
      continue;
    }
    if (j - from > BARE_ENTRIES_AT_LEAST && numbered >= 3) listsIn(blocks, from, j, found);
    from = j + 1;
    numbered = 0;
  }
  return found;
}

/** The contents lists among the short lines from..to (BARE_CONTENTS), added to found. */
function listsIn(blocks: Block[], from: number, to: number, found: Map<number, number>): void {
  let seen = new Map<string, number>();
  // numbered entries so far in the run, by index (a prefix count: how many lie between two lines)
  let numbered: number[] = [];
  let runStart = from;
  for (let j = from; j < to; j++) {
    const b = blocks[j]!;
    if (!isBareEntry(b)) {
      seen = new Map();
      numbered = [];
      runStart = j + 1;
      continue;
    }
    const { words: k, numbered: isNumbered } = bare(b.text);
    const count = (numbered[j - runStart - 1] ?? 0) + (isNumbered ? 1 : 0);
    numbered.push(count);
    const i = k ? seen.get(k) : undefined;
    if (i !== undefined && j - i >= BARE_ENTRIES_AT_LEAST && count - (numbered[i - runStart - 1] ?? 0) >= 3) {
      found.set(i, j);
      // the body's headings start a run of their own
      seen = new Map([[k, j]]);
      numbered = [isNumbered ? 1 : 0];
      runStart = j;
      continue;
    }
    if (k && !seen.has(k)) seen.set(k, j);
  }
}

/** Entries in a row that end in leader dots and a page number, at least this many */
const LEADER_ENTRIES_AT_LEAST = 3;

/** A contents entry by its leader dots and page (a digit at its end first: most lines end otherwise) */
function isLeaderEntry(b: Block | undefined): b is ParagraphBlock {
  return b !== undefined && b.kind === "para" && b.text.length <= 80 && endsInLeaderPage(b.text) && !/[。；;！？]/.test(b.text);
}

/** Where a run of leader-dotted entries that starts at i ends, or -1 when it is shorter than a contents list */
function leaderRun(blocks: Block[], i: number): number {
  let j = i;
  while (isLeaderEntry(blocks[j])) j++;
  return j - i >= LEADER_ENTRIES_AT_LEAST ? j : -1;
}

export function contentsAsTable(blocks: Block[], diagnostics: Diagnostic[]): Block[] {
  const out: Block[] = [];
  const bareLists = bareContents(blocks);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // (a character test first: most paragraphs are not the two-character heading)
    if (b.kind !== "para" || !(b.text.includes("目") || b.text.includes("录") || b.text.includes("錄")) || !CONTENTS_HEADING.test(b.text.trim())) {
      // …or a list of entries printed without the heading: the body repeats them, or each ends in
      // leader dots and its page (a Word file's contents, copied without the heading, the body cut off)
      const end = bareLists.get(i) ?? leaderRun(blocks, i);
      if (end < 0) {
        out.push(b);
        continue;
      }
      const entries = blocks.slice(i, end) as ParagraphBlock[];
      const top = entries[0]!;
      out.push({ kind: "table", rows: [[""], ...entries.map((e) => [e.text.trim()])], rowLines: [top.line, ...entries.map((e) => e.line)], line: top.line, column: top.column, layout: "contents" });
      diagnostics.push({
        severity: "info", code: "contents-read",
        message: `a table of contents of ${entries.length} entries without its 目录 heading was read as a table, not as the outline: its first entry "${entries[0]!.text.trim()}" heads the body below`,
        line: top.line, column: top.column,
      });
      i = end - 1;
      continue;
    }
    // the entries run to the first one printed again (the body's first heading), or to a line that is none
    const first = i + 1 < blocks.length && isEntry(blocks[i + 1]!) ? key((blocks[i + 1] as ParagraphBlock).text) : "";
    let j = i + 1;
    while (j < blocks.length && isEntry(blocks[j]!) && (j === i + 1 || key((blocks[j] as ParagraphBlock).text) !== first)) j++;
    const entries = blocks.slice(i + 1, j) as ParagraphBlock[];
    // three entries or more, the first printed again below them as the body's heading — or a page
    // cut inside the contents, the body never reached: the entries run to the text's end, where an
    // entry cut short stands (1.1 编制目的 / … / 9.2) or the entries carry their page numbers
    const repeated = entries.length >= 3 && blocks.slice(j, j + REPEAT_WITHIN).some((x) => x.kind === "para" && key(x.text) === first);
    const last = blocks[j];
    const cutEntry = j === blocks.length - 1 && last?.kind === "para" && charsAtMost(last.text.trim(), 20) && !/[。；;！？]/.test(last.text);
    // (…or, the last entry having taken the cut in, entries of a 预案's decimal outline on both its levels: 1 总则 / 1.1 编制目的)
    const decimal = (re: RegExp) => entries.some((e) => re.test(e.text.trim()));
    const toEnd = entries.length >= 3 && (cutEntry || (j === blocks.length && (entries.every((e) => CONTENTS_PAGE.test(e.text.trim())) || (decimal(/^\d{1,2}[.．]\d/) && decimal(/^\d{1,2}(?![.．\d])/)))));
    if (!repeated && !toEnd) {
      out.push(b);
      continue;
    }
    const table: TableBlock = {
      kind: "table",
      rows: [[b.text.trim()], ...entries.map((e) => [e.text.trim()])],
      rowLines: [b.line, ...entries.map((e) => e.line)],
      line: b.line,
      column: b.column,
      layout: "contents",
    };
    out.push(table);
    diagnostics.push({
      severity: "info", code: "contents-read",
      message: `a table of contents of ${entries.length} entries was read as a table, not as the outline: its first entry "${entries[0]!.text.trim()}" heads the body below`,
      line: b.line, column: b.column,
    });
    i = j - 1;
  }
  return out;
}
