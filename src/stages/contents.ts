// A table of contents (目录) of a plan or 预案: its entries repeat the outline the body prints
// below, so they are kept as a table of one column headed 目录 — read as the outline, each entry
// would become a section and the body's headings would follow them a second time.
import type { Block, ParagraphBlock, TableBlock } from "../model/blocks.js";
import type { Diagnostic } from "../model/schema.js";
import { matchMarker } from "../lexicon/markers.js";
import { charsAtMost } from "../lexicon/length.js";
import { CONTENTS_HEADING, CONTENTS_PAGE } from "../lexicon/layout.js";

/** An entry: a short line, no sentence, numbered or ending in its page number */
function isEntry(b: Block): b is ParagraphBlock {
  if (b.kind !== "para") return false;
  const t = b.text.trim();
  return t !== "" && charsAtMost(t, 50) && !/[。；;！？]/.test(t) && (matchMarker(t) !== null || CONTENTS_PAGE.test(t));
}

/** An entry as the body prints it again: no spaces, no page number */
const key = (t: string) => t.replace(/\s+/g, "").replace(/[.…·．]{2,}[0-9]{1,3}$/, "");

/** How far below the contents the body's first heading is looked for */
const REPEAT_WITHIN = 400;

export function contentsAsTable(blocks: Block[], diagnostics: Diagnostic[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // (a character test first: most paragraphs are not the two-character heading)
    if (b.kind !== "para" || !b.text.includes("目") || !CONTENTS_HEADING.test(b.text.trim())) {
      out.push(b);
      continue;
    }
    // the entries run to the first one printed again (the body's first heading), or to a line that is none
    const first = i + 1 < blocks.length && isEntry(blocks[i + 1]!) ? key((blocks[i + 1] as ParagraphBlock).text) : "";
    let j = i + 1;
    while (j < blocks.length && isEntry(blocks[j]!) && (j === i + 1 || key((blocks[j] as ParagraphBlock).text) !== first)) j++;
    const entries = blocks.slice(i + 1, j) as ParagraphBlock[];
    // three entries or more, the first printed again below them as the body's heading
    const repeated = entries.length >= 3 && blocks.slice(j, j + REPEAT_WITHIN).some((x) => x.kind === "para" && key(x.text) === first);
    if (!repeated) {
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
