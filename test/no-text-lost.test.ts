// No text lost: every non-blank source line's text lands in the output. Checked line by line:
// each run of content characters of a line (split at punctuation, spaces and 公文 labels) must
// appear in the output's text as a whole run — a dropped line fails even when its characters
// occur elsewhere. Table cells are checked against `tables` the same way.
import { describe, expect, it } from "vitest";
import { splitLines, textToBlocks } from "../src/adapters/text.js";
import { fixtureNames, parseFixture, readFixture } from "./helpers/load.js";
import { decodeBytes } from "../src/adapters/decode.js";
import type { Notice } from "../src/model/schema.js";

// Markup, layout and punctuation split a line into runs; runs of one character are not checked
// (a lone 附 or a numeral is a label or a marker whose meaning a field carries).
// The label words of 公文 elements live on as field names (抄送 → cc, 印发 → printedBy).
const SEPARATORS = /[\s*#|\-:：>★。；;．.﹒，,、（）()《》“”"‘’'【】〔〕[\]{}！？!?…—_=~·/\\]+/u;
const LABELS = /抄\s*送|抄\s*报|主\s*送|印\s*发|签发人|附件|名词解释|主\s*题\s*词/g;
// Markers are fields of their own (marker, ordinal): ① ⑴ ⒈ Ⅰ, and the run-in 一是 二要 第三
const MARKERS = /[\u2460-\u249b\u2160-\u216b]|[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十百零〇0-9]+[章节条部分]*/g;

/** Every string value of the output in document order (hashes and paths left out), spaces removed. */
function outputText(doc: Notice): string {
  const out: string[] = [];
  const visit = (v: unknown, key: string) => {
    if (key === "sha256" || key === "path" || key === "style") return;
    if (typeof v === "string") out.push(v.replace(/\s+/g, ""));
    else if (Array.isArray(v)) v.forEach((x) => visit(x, ""));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  visit(doc, "");
  return out.join("\u0000");
}

function runs(line: string): string[] {
  return line.replace(LABELS, " ").replace(MARKERS, " ").split(SEPARATORS).filter((r) => [...r].length >= 2);
}

describe("no text lost", () => {
  for (const name of fixtureNames()) {
    it(name, async () => {
      const { text } = await decodeBytes(readFixture(name));
      const doc = await parseFixture(name);
      const out = outputText(doc);
      const missing: string[] = [];
      splitLines(text).forEach((line, i) => {
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
