// No text lost: every non-blank source line's text lands in the output. Checked line by line:
// each run of content characters of a line (split at punctuation, spaces and 公文 labels) must
// appear in the output's text as a whole run — a dropped line fails even when its characters
// occur elsewhere. Table cells are checked against `tables` the same way.
import { describe, expect, it } from "vitest";
import { splitLines, textToBlocks } from "../src/adapters/text.js";
import { fixtureNames, parseFixture, readFixture } from "./helpers/load.js";
import { decodeBytes } from "../src/adapters/decode.js";
import { lostRuns, outputText, runs } from "./helpers/text-lost.js";

describe("no text lost", () => {
  for (const name of fixtureNames()) {
    it(name, async () => {
      const { text } = await decodeBytes(readFixture(name));
      const doc = await parseFixture(name);
      expect(lostRuns(text, doc)).toEqual([]);
    });
  }

  it("keeps every table cell's text in tables", async () => {
    for (const name of fixtureNames()) {
      const doc = await parseFixture(name);
      const { text } = await decodeBytes(readFixture(name));
      const inTables = doc.tables.flatMap((t) => [...t.columns, ...t.rows.flat()]).map((c) => c.replace(/\s+/g, "")).join("\u0000");
      const tables = textToBlocks(text).filter((b) => b.kind === "table");
      // (a table of contents is a table the structure stages make of paragraphs, not the reader's)
      expect(tables.length).toBe(doc.tables.length - doc.diagnostics.filter((d) => d.code === "contents-read").length);
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
