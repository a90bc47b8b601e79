// No text lost: every character of every non-blank source line lands somewhere in the output,
// and every table cell's characters land in `tables`.
import { describe, expect, it } from "vitest";
import { splitLines, textToBlocks } from "../src/adapters/text.js";
import { fixtureNames, parseFixture, readFixture } from "./helpers/load.js";
import { decodeBytes } from "../src/adapters/decode.js";

// Markup and layout characters that are not content, and the label words of 公文 elements
// whose meaning the schema carries in a field name (抄送 → cc, 印发 → printedBy, ★ → secrecy).
// 。 and ； also end a run-in heading (heading up to the first 。/；), so an item written as
// "（一）具有独立法人资格；" keeps its words but not that closing mark.
// The dot of a numbered 附件说明 item (附件：1．…) lives on as the label 附件1.
const NOT_CONTENT = /[\s*#|\-:：>★。；．]/u;
const LABELS = /抄\s*送|抄\s*报|主\s*送|印\s*发|签发人|附件|附|名词解释|主\s*题\s*词/g;

describe("no text lost", () => {
  for (const name of fixtureNames()) {
    it(name, async () => {
      const { text } = await decodeBytes(readFixture(name));
      const doc = await parseFixture(name);
      const out = new Set([...JSON.stringify(doc, (k, v) => (k === "sha256" ? undefined : v))]);
      const missing: string[] = [];
      splitLines(text).forEach((line, i) => {
        for (const ch of line.replace(LABELS, "")) if (!NOT_CONTENT.test(ch) && !out.has(ch) && !out.has(JSON.stringify(ch).slice(1, -1))) missing.push(`${i + 1}:${ch}`);
      });
      expect(missing).toEqual([]);
    });
  }

  it("keeps every table cell's characters in tables", async () => {
    for (const name of fixtureNames()) {
      const doc = await parseFixture(name);
      const { text } = await decodeBytes(readFixture(name));
      const inTables = new Set([...JSON.stringify(doc.tables)]);
      const tables = textToBlocks(text).filter((b) => b.kind === "table");
      expect(tables.length).toBe(doc.tables.length);
      for (const t of tables) {
        for (const cell of t.rows.flat()) {
          for (const ch of cell.replace(/\s/g, "")) expect(inTables.has(ch), `${name}: ${ch} of "${cell}"`).toBe(true);
        }
      }
    }
  });
});
