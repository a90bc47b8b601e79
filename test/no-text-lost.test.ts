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
      // (a page's metadata ruled as a table above the notice is read as its metadata, each row quoted)
      const metadataRows = doc.diagnostics.filter((d) => d.code === "metadata-read");
      const inTables = [...doc.tables.flatMap((t) => [...t.columns, ...t.rows.flat()]), ...metadataRows.map((d) => d.message)].map((c) => c.replace(/\s+/g, "")).join("\u0000");
      const tables = textToBlocks(text).filter((b) => b.kind === "table");
      const asMetadata = (t: (typeof tables)[number]) => metadataRows.some((d) => d.line === t.line);
      // (a table of contents is a table the structure stages make of paragraphs, not the reader's)
      expect(tables.filter((t) => !asMetadata(t)).length).toBe(doc.tables.length - doc.diagnostics.filter((d) => d.code === "contents-read").length);
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

  it("a paragraph a document site's chunks were joined into says every line it spans was cut", async () => {
    // (the fixed-seed fuzz's draw from a real docsite page: 牵头单位： inserted in a heading on the chunk's second line)
    const text = "2022市食品安全重点工作安排的通知.docx\n《2022市食品安全重点工作安排的通知.docx》由会员分享,可在线阅读,更多相关《2022市食品安全重点工作安排的通知.docx(7页珍藏版)》请在淘文阁 - 分享文档赚钱的网站上搜索。\n1、2022市食品安全重点工作安排的通知 市食品平安重点工作支配的通知各区政府,市委宣扬部、市委网信办、市委编办,市发展改革委、教化局、科技局、工业和信息化局、公安局、司法局、财政局、人力资源社会保障局、生态环境局、农业农村局、商务局、卫生健康委、市场监管局、城市管理综合执法局,x海关、黄埔海关:xxxx年x市食品平安重点工作支配已经市政府同意,现印发给你们,请仔细贯彻执行。执行中遇到问题,请径向市食安办(设在市市场监管局)反映。x市食品平安委员会xxxx年xx月x日xxxx年x市食品平安重点工作支配xxxx年,x市食品平安工作要以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届\n2、二中、三中全会精神,仔细落实中共中心 国务院关于深化改革加强食品平安工作的看法以及x省关于食品平安工作的决策部署,围绕市委、市政府中心工作,全面推动实施食品平安战略,不断提高人民群众的获得感、华蜜感、平安感。现就我市xxxx年食品平安重点工作支配如下:一、切实加强食品平安工作制定出台市委、市政府关于深化改革加强食品平安工作的若干措施。(市食安办负责)依据机构改革状况,调整市食品平安委员会以及成员单位食品平安工作职责和工作机制。(市食安办牵头,市食安委各有关成员单位协作)各区参照市的做法,刚好调整区食品平安委员会以及成员单位食品平安工作职责和工作机制。(各区食安办负责)二、深化开展国家食品一牵头单位：。平安示\n3、范城市创建活动";
    const { parseText } = await import("../src/parse.js");
    const doc = parseText(text);
    expect(doc.diagnostics.filter((d) => d.code === "text-resegmented").map((d) => d.line)).toEqual([3, 4, 5]);
    expect(lostRuns(text, doc)).toEqual([]);
  });
});
