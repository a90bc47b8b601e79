// No text lost, as a fuzz property (issue 12): real notices mutated the way pastes, scans and
// careless edits break them — lines dropped, duplicated, swapped and joined; CJK characters,
// punctuation, brackets and 公文 markers (附件：, 抄送：, （此件公开发布）, 2019年5月4日 …)
// inserted, and invisible characters (U+200B …) — and every run of every source line must still be in the output (the same per-line
// check as test/no-text-lost.test.ts, test/helpers/text-lost.ts). Small fixtures keep 10,000
// cases in reasonable time; fast-check prints the seed and the shrunk case on failure.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeBytes } from "../src/adapters/decode.js";
import { KexieError } from "../src/model/errors.js";
import type { Notice } from "../src/model/schema.js";
import { parseNotice } from "../src/parse.js";
import { fixtureNames, readFixture } from "./helpers/load.js";
import { lostRuns } from "./helpers/text-lost.js";

// every text and Markdown fixture under 2,600 bytes: headers, closings, tables, parts, encodings —
// except notices on one line (State Grid pastes), whose lines there are none to drop, swap or join:
// test/one-line.test.ts checks what they give
const SMALL = fixtureNames().filter((n) => readFixture(n).length < 2600 && readFixture(n).toString("utf8").trim().split("\n").length > 1);
const TEXTS: string[][] = [];
beforeAll(async () => {
  for (const n of SMALL) TEXTS.push((await decodeBytes(readFixture(n))).text.split("\n"));
});

const MARKERS = ["一、", "（一）", "1.", "（1）", "①", "一是", "第一，", "附件：", "附：", "抄送：", "主送：", "印发", "（此件公开发布）", "牵头单位：", "2019年5月4日", "签发人：", "文件"];
const BRACKETS = ["（", "）", "《", "》", "“", "”", "(", ")", "【", "】", "〔", "〕", "[", "]"];
const PUNCTUATION = ["。", "，", "；", "：", "、", "！", "？", " ", "\u3000", "|", "\t"];
// invisible format characters: removed only with a diagnostic on their line (invisible-removed)
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e"];
const insertion = fc
  .array(fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)), fc.constantFrom(...PUNCTUATION), fc.constantFrom(...BRACKETS), fc.constantFrom(...MARKERS), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 3 })
  .map((a) => a.join(""));

type Edit = { kind: number; at: number; to: number; col: number; text: string };
const EDITS: Array<(l: string[], e: Edit) => void> = [
  (l, e) => void l.splice(e.at % l.length, 1), // drop a line
  (l, e) => void l.splice(e.at % l.length, 0, l[e.at % l.length]!), // duplicate a line
  (l, e) => { const a = e.at % l.length, b = e.to % l.length; [l[a], l[b]] = [l[b]!, l[a]!]; }, // swap two lines
  (l, e) => { const k = e.at % l.length; if (k + 1 < l.length) l.splice(k, 2, l[k]! + l[k + 1]!); }, // join two lines
  (l, e) => { const k = e.at % l.length; const s = l[k]!; const c = e.col % (s.length + 1); l[k] = s.slice(0, c) + e.text + s.slice(c); }, // insert inside a line
  (l, e) => { const k = e.at % l.length; l[k] = e.text + l[k]!; }, // a marker or text opening a line
  (l, e) => void l.splice(e.at % l.length, 0, e.text), // a line of its own
];
const edit = fc.record({ kind: fc.nat(EDITS.length - 1), at: fc.nat(), to: fc.nat(), col: fc.nat(), text: insertion });

const mutated = fc.tuple(fc.nat(SMALL.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([k, edits]) => {
  const lines = [...TEXTS[k]!];
  for (const e of edits) if (lines.length) EDITS[e.kind]!(lines, e);
  return lines.join("\n");
});

async function parse(text: string): Promise<Notice | null> {
  try {
    return await parseNotice(text, { path: "fuzz.txt" });
  } catch (e) {
    // whitespace alone has no text to lose; anything else must parse
    if (e instanceof KexieError && e.code === "E_EMPTY") return null;
    throw e;
  }
}

describe("fuzz: no text lost from mutated notices", () => {
  it("draws from enough real notices", () => {
    expect(SMALL.length).toBeGreaterThanOrEqual(30);
  });

  it("every run of every line is in the output (10,000 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (text) => {
        const doc = await parse(text);
        if (doc) expect(lostRuns(text, doc)).toEqual([]);
      }),
      // a fixed seed, so the suite gives the same answer on every run; KEXIE_FUZZ_SEED explores
      // others (seeds 1, 3 and 42 pass; each class an earlier seed found is a case below; with this stop's
      // fixtures seed 2 draws a mutation that glues a character before a label line's item number,
      // 一牵头单位：  7.1预案演练, which the checker's marker pattern does not read: left for a later stop)
      { numRuns: 10_000, seed: Number(process.env.KEXIE_FUZZ_SEED ?? 1) },
    );
  }, 600_000);

  it("cells glued after a Markdown delimiter row in page metadata are read as metadata (---|---|发布机构 | 政府办 |)", async () => {
    const text = readFileSync(path.join(__dirname, "cases/fuzz-delimiter-row-glued.txt"), "utf8");
    const doc = (await parse(text))!;
    expect(lostRuns(text, doc)).toEqual([]);
    expect(doc.diagnostics.find((d) => d.code === "metadata-read" && d.line === 3)?.message).toContain("发布机构 | 政府办");
  });

  it("a numeral glued before a responsibility label (：一责任单位:…) stays in the text, the note is read", async () => {
    const text = readFileSync(path.join(__dirname, "cases/fuzz-numeral-glued-to-label.txt"), "utf8");
    const doc = (await parse(text))!;
    expect(lostRuns(text, doc)).toEqual([]);
    // the repeated note right below item 2's joins it: one task per item
    expect(doc.tasks.map((t) => [t.line, t.lead[0]])).toEqual([[5, "市疫情防控指挥部办公室"], [7, "市疫情防控指挥部办公室"]]);
  });

  it("a label split by an invisible character (抄\u200b送：) is read as 抄送 and its removal reported: nothing lost", async () => {
    // found by a CI run of the property (seed -359650369): the check did not see the label through the U+200B
    const text = "兴政办发〔2023〕26号\n\n兴化市人民政府办公室关于做好防汛工作的通知\n\n各镇人民政府：\n\n现就有关事项通知如下。\n\n兴化市人民政府办公室\n\n2023年5月18日\n\n抄\u200b送：市委办公室，市人武部。\n";
    const doc = (await parse(text))!;
    expect(doc.cc).toEqual(["市委办公室", "市人武部"]);
    expect(doc.diagnostics.map((d) => d.code)).toContain("invisible-removed");
    expect(lostRuns(text, doc)).toEqual([]);
  });

  it("a 抄送 label before a line of prose (抄送：〕学校…的各类信息,…和转发性信息等。) is no list: the line stays text, 等 and all", async () => {
    // found when the fixtures grew (seed 1): the line was cut into organs and their closing 等 dropped
    const text = "关于规范校园网公告公示发布的通知\n\n各单位、各部门:\n\n现将有关事项通知如下。\n\n一、校园网通知公告的适用范围\n抄送：〕学校通知公告栏目的内容适用于向全校师生或社会发布的各类信息,一般包括周知性信息、发布性信息和转发性信息等。\n\n1、上级文件要求在校园网首页进行通知公告的事项。\n";
    const doc = (await parse(text))!;
    expect(doc.cc).toEqual([]);
    expect(lostRuns(text, doc)).toEqual([]);
    // (a 抄送 list is still one: 抄送：市委办公室，市人大常委会办公室，市政协办公室等。)
    expect((await parse("关于做好工作的通知\n\n各单位：\n\n请认真执行。\n\n某市人民政府\n\n2023年5月18日\n\n抄送：市委办公室，市人大常委会办公室，市政协办公室。\n"))!.cc).toEqual(["市委办公室", "市人大常委会办公室", "市政协办公室"]);
  });

  it("the check fails when a stage drops a line's text (the 附注 of a mutated notice)", async () => {
    const lines = [...TEXTS[SMALL.indexOf("county-edu-signer-inline.txt")]!];
    lines.splice(3, 0, lines[3]!); // a duplicated line, as the property makes them
    const text = lines.join("\n");
    const doc = (await parse(text))!;
    expect(doc.annotation).toBe("（此件公开发布）");
    expect(lostRuns(text, doc)).toEqual([]);
    expect(lostRuns(text, { ...doc, annotation: null })).toEqual([expect.stringMatching(/: 此件公开发布$/)]);
  });
});

describe("classes of loss the fuzzer found, each fixed by a rule", () => {
  const parseOf = async (text: string) => (await parse(text))!;
  const HEAD = "临泽县教育局文件\n\n临教发〔2019〕12号　　签发人：李明\n\n关于开展安全教育月活动的通知\n\n各学校：\n\n现将有关事项通知如下。\n\n";

  it("a second 成文日期 stays in the body; a repeat of the same date adds nothing", async () => {
    const text = `${HEAD}特此通知。\n\n临泽县教育局\n2019年5月20日\n2019年5月4日\n2019年5月20日\n`;
    const doc = await parseOf(text);
    expect(doc.signature).toMatchObject({ issuer: "临泽县教育局", date: "2019-05-20" });
    expect(lostRuns(text, doc)).toEqual([]);
    expect(JSON.stringify(doc.sections) + JSON.stringify(doc.preamble)).toContain("2019年5月4日");
  });

  it("a second 印发 line stays in the body instead of replacing the first", async () => {
    const text = `${HEAD}临泽县教育局\n2019年5月20日\n\n临泽县教育局办公室　　2019年5月20日印发\n抄送：县政府办公室。\n临泽县政府办公室　　2019年5月21日印发\n`;
    const doc = await parseOf(text);
    expect(doc.printedBy?.organ).toBe("临泽县教育局办公室");
    expect(lostRuns(text, doc)).toEqual([]);
  });

  it("主送： before a sentence below the body is body text; 主送 organs in the 版记 join the header's", async () => {
    const text = `${HEAD}主送：为进一步增强师生安全意识，经研究，决定开展活动。\n\n临泽县教育局\n2019年5月20日\n\n主送：县政府办公室、县安委会办公室。\n`;
    const doc = await parseOf(text);
    expect(doc.header.recipients).toEqual(["各学校", "县政府办公室", "县安委会办公室"]);
    expect(lostRuns(text, doc)).toEqual([]);
  });

  it("a part's 附注 (此件公开发布) and 附件说明 reach the document", async () => {
    const text = `${HEAD}临泽县教育局\n2019年5月20日\n\n附件\n\n活动安排表\n\n一、时间安排\n六月全月。\n\n（此件公开发布）\n附件：活动总结报送表\n`;
    const doc = await parseOf(text);
    expect(doc.parts.length).toBe(1);
    expect(doc.annotation).toBe("（此件公开发布）");
    expect(doc.attachments.map((a) => a.title)).toContain("活动总结报送表");
    expect(lostRuns(text, doc)).toEqual([]);
  });

  it("a header line read only in part is reported with its line, column and text (header-text-unread)", async () => {
    for (const [line, unread] of [["临教发〔2019〕12号　　签发人！：李明", "李明"], ["牵头单位：临教发〔2019〕12号", "牵头单位"]] as const) {
      const text = HEAD.replace("临教发〔2019〕12号　　签发人：李明", line);
      const doc = await parseOf(text);
      expect(doc.header.docNumber?.raw).toBe("临教发〔2019〕12号");
      const d = doc.diagnostics.find((x) => x.code === "header-text-unread");
      expect(d).toMatchObject({ line: 3, column: 1 });
      expect(d?.message).toContain(`"${unread}"`);
      expect(lostRuns(text, doc)).toEqual([]);
    }
    // a line read whole says nothing
    expect((await parseOf(HEAD)).diagnostics.map((d) => d.code)).not.toContain("header-text-unread");
  });

  it("a date under the title that a signature overrides is quoted, not dropped", async () => {
    const text = "关于深化城乡社区治理的实施意见\n（2018年7月2日）\n\n各区县：\n\n现提出如下意见。\n\n湖州市人民政府\n2019年5月4日\n";
    const doc = await parseOf(text);
    expect(doc.signature?.date).toBe("2019-05-04");
    expect(doc.diagnostics.find((d) => d.code === "header-text-unread")).toMatchObject({ line: 2, column: 1 });
    expect(lostRuns(text, doc)).toEqual([]);
  });

  it("a flattened table keeps a row's extra cells, and cells after its last row stay text", async () => {
    const table = "序号\n重点任务\n牵头单位\n完成时限\n1\n新增高新技术企业150家\n市科技局\n12月底\n2025年\n2\n建设研发机构30家\n市科技局\n全年\n";
    const text = `${HEAD}${table}`;
    const doc = await parseOf(text);
    expect(doc.tables[0]!.rows[0]).toEqual(["1", "新增高新技术企业150家", "市科技局", "12月底", "2025年"]);
    expect(doc.diagnostics.map((d) => d.code)).toContain("table-extra-cells");
    expect(lostRuns(text, doc)).toEqual([]);
  });

  it("a flattened organ cell of several lines is one cell, and a second item under one number its own row", async () => {
    // 大竹县2016年民生实事目标任务分解表: 县水务局 / 县住建局 / 县护城河指挥部 in one 责任单位 cell;
    // item 5 prints a second task and its time under the same number and organ
    const table = "序号\n民生实事\n责任单位\n完成时限\n1\n启动东柳河综合治理工程。\n县水务局\n县住建局\n县护城河指挥部\n12月底前\n2\n开工建设县老年养护楼。\n县民政局\n5月底前动工\n开工建设老年大学。\n12月底前\n3\n新建2座人行天桥。\n县住建局\n9月投入使用\n";
    const text = `${HEAD}${table}`;
    const doc = await parseOf(text);
    expect(doc.tables[0]!.rows.slice(0, 3)).toEqual([
      ["1", "启动东柳河综合治理工程。", "县水务局、县住建局、县护城河指挥部", "12月底前"],
      ["2", "开工建设县老年养护楼。", "县民政局", "5月底前动工"],
      ["", "开工建设老年大学。", "", "12月底前"],
    ]);
    expect(doc.tasks.map((t) => [t.task, t.lead, t.deadline])).toEqual([
      ["启动东柳河综合治理工程。", ["县水务局", "县住建局", "县护城河指挥部"], "12月底前"],
      ["开工建设县老年养护楼。", ["县民政局"], "5月底前动工"],
      ["开工建设老年大学。", ["县民政局"], "12月底前"],
      ["新建2座人行天桥。", ["县住建局"], "9月投入使用"],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("table-extra-cells");
    expect(lostRuns(text, doc)).toEqual([]);
  });

  it("an organ item beginning with 和 keeps it (和平区 is a place, not a conjunction)", async () => {
    const text = `${HEAD}临泽县教育局\n2019年5月20日\n\n抄送：南开区人民政府，和平区人民政府。\n`;
    const doc = await parseOf(text);
    expect(doc.cc).toEqual(["南开区人民政府", "和平区人民政府"]);
  });
});
