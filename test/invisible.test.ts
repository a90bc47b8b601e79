// Invisible format characters (issue 12): a zero-width space (U+200B) and its kin inside a heading,
// a marker or a table cell are removed before any pattern runs — so 一、 and titles still match —
// and every removal is reported (invisible-removed) with its line and column. Never silently.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNotice, parseText } from "../src/parse.js";
import { hasInvisible, INVISIBLE, invisibleName } from "../src/lexicon/layout.js";
import { fixtureNames, readFixture } from "./helpers/load.js";
import { decodeBytes } from "../src/adapters/decode.js";

const CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e"];
const NOTICE = "关于开展安全教育月活动的通知\n\n各学校：\n\n一、活动时间\n六月全月。\n二、工作要求\n精心组织，确保实效。\n";

describe("INVISIBLE and invisibleName", () => {
  it("matches format characters, not spaces or text", () => {
    for (const c of CHARS) expect(INVISIBLE.test(c), invisibleName(c)).toBe(true);
    for (const c of [" ", "\u3000", "\u00a0", "一", "、", "\t"]) expect(INVISIBLE.test(c)).toBe(false);
  });
  it("the fast test (a table of the BMP's Cf ranges) agrees with \\p{Cf} on every code point", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (hasInvisible(`甲${ch}乙`) !== INVISIBLE.test(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
  it("names a character by code point and, when common, by name", () => {
    expect(invisibleName("\u200b")).toBe("U+200B (zero-width space)");
    expect(invisibleName("\u202e")).toBe("U+202E");
  });
});

describe("invisible characters inside headings and text", () => {
  it.each(CHARS.map((c) => [invisibleName(c), c]))("%s in a title, a marker and a heading: removed, reported, patterns still match", (_, c) => {
    const text = NOTICE.replace("安全教育", `安全${c}教育`).replace("一、", `一${c}、`).replace("工作要求", `工作${c}要求`);
    const doc = parseText(text);
    expect(doc.header.title).toBe("关于开展安全教育月活动的通知");
    expect(doc.sections.map((s) => [s.marker, s.heading])).toEqual([["一、", "活动时间"], ["二、", "工作要求"]]);
    const said = doc.diagnostics.filter((d) => d.code === "invisible-removed");
    // one per line, at the column of the (first) invisible character
    expect(said.map((d) => [d.line, d.column])).toEqual([[1, 7], [5, 2], [7, 5]]);
    for (const d of said) expect(d.message).toContain(invisibleName(c));
    expect(JSON.stringify(doc)).not.toMatch(new RegExp(c));
  });

  it("counts several on one line and keeps later positions pointing into the source", () => {
    const doc = parseText(NOTICE.replace("六月全月。", "六\u200b月\u200b全\u2060月。"));
    const d = doc.diagnostics.find((x) => x.code === "invisible-removed")!;
    expect(d).toMatchObject({ line: 6, column: 2 });
    expect(d.message).toContain("U+200B (zero-width space) ×2");
    expect(d.message).toContain("U+2060 (word joiner)");
    expect(doc.sections[0]!.text).toBe("六月全月。");
  });

  it("a line without them says nothing", () => {
    expect(parseText(NOTICE).diagnostics.map((d) => d.code)).not.toContain("invisible-removed");
  });

  it("in a table cell: removed and reported with the cell's line", () => {
    const table = "序号\t重点任务\t牵头单位\t完成时限\n1\t新增\u200b企业150家\t市科技局\t12月底\n2\t建设研发机构\t市\u00ad财政局\t全年\n";
    const doc = parseText(`${NOTICE}\n${table}`);
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => r[1]! + r[2]!)).toEqual(["新增企业150家市科技局", "建设研发机构市财政局"]);
    expect(doc.diagnostics.filter((d) => d.code === "invisible-removed").map((d) => d.line)).toEqual([11, 12]);
  });

  it("in an HTML heading (&#8203;): removed and reported", async () => {
    const html = "<html><body><h1>关于开展安全&#8203;教育月活动的通知</h1><p>各学校：</p><p>一、活动&#8203;时间</p><p>六月全月。</p></body></html>";
    const doc = await parseNotice(Buffer.from(html), { path: "x.html" });
    expect(doc.header.title).toBe("关于开展安全教育月活动的通知");
    expect(doc.sections[0]).toMatchObject({ marker: "一、", heading: "活动时间" });
    expect(doc.diagnostics.filter((d) => d.code === "invisible-removed").length).toBe(2);
  });

  it("property: invisible characters anywhere in a real notice change nothing but the diagnostics", async () => {
    const names = fixtureNames().filter((n) => readFixture(n).length < 2600).slice(0, 12);
    const texts = await Promise.all(names.map(async (n) => (await decodeBytes(readFixture(n))).text));
    const strip = (doc: ReturnType<typeof parseText>) => JSON.stringify({ ...doc, source: null, diagnostics: doc.diagnostics.filter((d) => d.code !== "invisible-removed") });
    const clean = texts.map((t) => strip(parseText(t)));
    await fc.assert(
      fc.asyncProperty(fc.nat(texts.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CHARS)), { minLength: 1, maxLength: 5 }), async (k, inserts) => {
        let text = texts[k]!;
        const lines = new Set<number>();
        for (const [at, c] of inserts) {
          // inside a line's text, between two printable characters
          const spots = [...text.matchAll(/[\u4e00-\u9fa5](?=[\u4e00-\u9fa5])/g)];
          const spot = spots[at % spots.length]!;
          text = text.slice(0, spot.index + 1) + c + text.slice(spot.index + 1);
        }
        text.split("\n").forEach((l, i) => { if (INVISIBLE.test(l)) lines.add(i + 1); });
        const doc = parseText(text);
        expect(strip(doc)).toBe(clean[k]);
        expect(new Set(doc.diagnostics.filter((d) => d.code === "invisible-removed").map((d) => d.line))).toEqual(lines);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
