// Table blocks → tables: header row as columns, padding removed from short cells (柳  军 → 柳军,
// 重 点 项 目 → 重点项目), a header row repeated after a page break merged away, short rows padded.
import type { TableBlock } from "../model/blocks.js";
import type { Diagnostic, Table } from "../model/schema.js";
import { isOrganLine, spacedOrganNames, squeezeCjkSpaces } from "../lexicon/organs.js";
import { dateOnly } from "../lexicon/dates.js";
import { charsAtMost } from "../lexicon/length.js";

const SHORT_CELL = 16;

export function cleanCell(s: string): string {
  const t = s.replace(/[\u3000\u00a0]/g, " ").trim();
  const bare = t.replace(/\s+/g, "");
  // (organs set apart by a space, 县教体局 各相关乡镇政府, are two names: padding is one character a piece)
  const organs = spacedOrganNames(t);
  if (organs) return organs.join(" ");
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
  let prevFull: string[] | null = null;
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
    // a row short of leading cells that a merged cell above spans (类别 | 14.改扩建… / 15.推进…): its cells
    // stand under the columns they read like in the full row above, so it is padded at its start
    // (a trailing empty cell a closing pipe left is none of the row's)
    let filled = cells.length;
    while (filled > 0 && cells[filled - 1] === "") filled--;
    const short = columns.length - filled;
    // (a row of one cell is a group's heading row, spanning the table: it is not moved)
    const own = cells.slice(0, filled);
    const moved = short > 0 && filled >= 2 && prevFull ? shapeScore(own, prevFull, short) : 0;
    if (moved >= 2 && moved > shapeScore(own, prevFull!, 0)) {
      cells.length = filled;
      cells.unshift(...Array<string>(short).fill(""));
    }
    const full = filled === columns.length;
    while (cells.length < columns.length) cells.push("");
    if (full) prevFull = cells;
    rows.push(cells.length > columns.length && cells.slice(columns.length).every((c) => c === "") ? cells.slice(0, columns.length) : cells);
    rowLines.push(block.rowLines[k + 1] ?? block.line);
  });
  return { caption, columns, rows, line: block.line, rowLines, part };
}

/** What a cell holds, roughly: an item number opening it, an organ, a short name, a date, long text, nothing */
function shape(c: string): string {
  if (c === "") return "empty";
  if (/^[0-9]{1,3}[.．、]/.test(c)) return "numbered";
  if (isOrganLine(c)) return "organ";
  if (dateOnly(c) || /^[0-9]{4}[-年./]/.test(c)) return "date";
  if (/^[\u4e00-\u9fa5]{2,4}$/.test(c)) return "name";
  return charsAtMost(c, 20) ? "short" : "long";
}

/** How many of a row's cells, set `offset` columns to the right, are of the shape of the full row's cells there */
function shapeScore(cells: string[], full: string[], offset: number): number {
  let n = 0;
  cells.forEach((c, i) => {
    const f = full[i + offset];
    if (f !== undefined && c !== "" && shape(c) === shape(f)) n++;
  });
  return n;
}
