// A page's metadata table above the notice (| 标题: | 关于…的通知 | / |---|---| / | 索引号: | … | 文号: | |),
// ruled as a Markdown table: the header reads such rows when they stand unruled, label by value,
// so a ruled one is handed to it as the same rows — not left a table that ends the header before
// it begins (the title, 主送 and 发文字号 below it would go unread).
import type { Block, ParagraphBlock, TableBlock } from "../model/blocks.js";
import { metadataPairs } from "../lexicon/metadata.js";

/** How far into the text a metadata table may stand: below a line or two of page furniture. */
const OPENING_BLOCKS = 4;

/** Whether every row of a table is label/value pairs (its first cell a metadata label). */
function isMetadataTable(t: TableBlock): boolean {
  if (t.layout !== "pipe" || t.rows.length === 0) return false;
  return t.rows.every((r) => r.every((c) => c.trim() === "") || (metadataPairs(rowText(r))?.length ?? 0) > 0);
}

const rowText = (r: string[]): string => `| ${r.join(" | ")} |`;

/** The blocks with a metadata table at the top given as one line a row. */
export function metadataTableRows(blocks: Block[]): Block[] {
  const at = blocks.findIndex((b, k) => k < OPENING_BLOCKS && b.kind === "table");
  const table = at >= 0 ? (blocks[at] as TableBlock) : null;
  if (!table || !isMetadataTable(table)) return blocks;
  const rows: ParagraphBlock[] = table.rows
    .map((r, k) => ({ r, line: table.rowLines[k] ?? table.line }))
    .filter(({ r }) => r.some((c) => c.trim() !== ""))
    .map(({ r, line }, k) => ({
      kind: "para", text: rowText(r), line, column: table.column, spans: [{ offset: 0, line, column: table.column }],
      heading: 0, blankBefore: k === 0, softBreakAfter: false,
    }));
  return [...blocks.slice(0, at), ...rows, ...blocks.slice(at + 1)];
}
