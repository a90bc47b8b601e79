// No text lost: every non-blank source line's text lands in the output. Checked line by line:
// each run of content characters of a line (split at punctuation, spaces and 公文 labels) must
// appear in the output's text as a whole run — a dropped line fails even when its characters
// occur elsewhere. Table cells are checked against `tables` the same way.
import { describe, expect, it } from "vitest";
import { splitLines, textToBlocks } from "../src/adapters/text.js";
import { fixtureNames, parseFixture, readFixture } from "./helpers/load.js";
import { decodeBytes } from "../src/adapters/decode.js";
import { outputText, runs } from "./helpers/text-lost.js";

describe("no text lost", () => {
  for (const name of fixtureNames()) {
    it(name, async () => {
      const { text } = await decodeBytes(readFixture(name));
      const doc = await parseFixture(name);
      const out = outputText(doc);
      const missing: string[] = [];
      // a line the parser cut into paragraphs (a notice that lost its line breaks) has fields glued
      // together with no punctuation between them: its runs are checked as the characters they
      // are made of, every one of which must be in the output as often as in the line
      const cut = new Set(doc.diagnostics.filter((d) => d.code === "text-resegmented").map((d) => d.line));
      const have = new Map<string, number>();
      if (cut.size) for (const ch of out) have.set(ch, (have.get(ch) ?? 0) + 1);
      splitLines(text).forEach((line, i) => {
        if (cut.has(i + 1)) {
          const need = new Map<string, number>();
          for (const ch of runs(line).join("")) need.set(ch, (need.get(ch) ?? 0) + 1);
          for (const [ch, n] of need) if ((have.get(ch) ?? 0) < n) missing.push(`${i + 1}: ${ch} ×${n - (have.get(ch) ?? 0)}`);
          return;
        }
        for (const run of runs(line)) if (!out.includes(run)) missing.push(`${i + 1}: ${run}`);
      });
      expect(missing).toEqual([]);
    });
  }

  it("keeps every table cell's text in tables", async () => {
    for (const name of fixtureNames()) {
      const doc = await parseFixture(name);
      const { text } = await decodeBytes(readFixture(name));
      const inTables = doc.tables.flatMap((t) => [...t.columns, ...t.rows.flat()]).map((c) => c.replace(/\s+/g, "")).join("\u0000");
      const tables = textToBlocks(text).filter((b) => b.kind === "table");
      expect(tables.length).toBe(doc.tables.length);
      for (const t of tables) {
        for (const cell of t.rows.flat()) {
          expect(inTables.includes(cell.replace(/\s+/g, "")), `${name}: "${cell}"`).toBe(true);
        }
      }
    }
  });

  it("fails when a line is dropped, even if its characters occur elsewhere", async () => {
    const name = fixtureNames()[0]!;
    const doc = await parseFixture(name);
    const out = outputText({ ...doc, preamble: [], sections: [] });
    const { text } = await decodeBytes(readFixture(name));
    const lost = splitLines(text).flatMap(runs).filter((r) => !out.includes(r));
    expect(lost.length).toBeGreaterThan(0);
  });
});
