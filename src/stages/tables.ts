// Table blocks → tables: header row as columns, padding removed from short cells (柳  军 → 柳军,
// 重 点 项 目 → 重点项目), a header row repeated after a page break merged away, short rows padded.
import type { TableBlock } from "../model/blocks.js";
import type { Diagnostic, Table } from "../model/schema.js";
import { squeezeCjkSpaces } from "../lexicon/organs.js";

const SHORT_CELL = 16;

export function cleanCell(s: string): string {
  const t = s.replace(/[\u3000\u00a0]/g, " ").trim();
  const bare = t.replace(/\s+/g, "");
  return [...bare].length <= SHORT_CELL ? squeezeCjkSpaces(t) : t.replace(/\s{2,}/g, " ");
}

export function buildTable(
  block: TableBlock,
  caption: string | null,
  part: number | null,
  diagnostics: Diagnostic[],
): Table {
  for (const s of block.skipped ?? []) {
    diagnostics.push({ severity: "info", code: "page-number-removed", message: `removed a page number "${s.text}" inside a table`, line: s.line, column: 1 });
  }
  const [head = [], ...rest] = block.rows;
  const columns = head.map(cleanCell);
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const key = columns.join("\u0001");
  rest.forEach((r, k) => {
    const cells = r.map(cleanCell);
    if (cells.join("\u0001") === key) return; // header repeated after a page break
    if (cells.every((c) => c === "")) return;
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== "")) {
      diagnostics.push({
        severity: "warning", code: "table-extra-cells",
        message: `table row has ${cells.length} cells but the header has ${columns.length}`,
        line: block.rowLines[k + 1] ?? block.line, column: 1,
      });
    }
    while (cells.length < columns.length) cells.push("");
    rows.push(cells.length > columns.length && cells.slice(columns.length).every((c) => c === "") ? cells.slice(0, columns.length) : cells);
    rowLines.push(block.rowLines[k + 1] ?? block.line);
  });
  return { caption, columns, rows, line: block.line, rowLines, part };
}
