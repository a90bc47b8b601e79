// The OFD adapter: text codes placed on pages → lines → paragraphs, read back into the same
// notice as the text it was laid out from (fixtures/ofd-guangling-2020-notice.ofd, built by
// scripts/make-ofd-fixture.mjs), plus the OFD details real writers differ in.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { NoTextLayerError, ofdToBlocks, parseDeltas } from "../src/adapters/ofd.js";
import { parseBlocks, parseNotice } from "../src/parse.js";
import { textToBlocks } from "../src/adapters/text.js";
import { PAGE_NUMBER_LINE } from "../src/lexicon/layout.js";
import { paras, texts, essentials } from "./helpers/essentials.js";

const dir = path.resolve(__dirname, "../fixtures");


describe("ofd adapter: the generated 公文", () => {
  const ofd = () => ofdToBlocks(readFileSync(path.join(dir, "ofd-guangling-2020-notice.ofd")));
  const txt = readFileSync(path.join(dir, "guangling-2020-notice-cn-paren.txt"), "utf8");

  it("rebuilds the paragraphs of the text it was laid out from (wrapped lines joined, page breaks mended)", () => {
    const got = texts(ofd()).filter((t) => !PAGE_NUMBER_LINE.test(t));
    // the text keeps the page number of its own layout; the OFD has its own on every page
    const want = texts(textToBlocks(txt)).filter((t) => !PAGE_NUMBER_LINE.test(t));
    expect(got).toEqual(want);
  });

  it("parses to the same notice as the text: header, outline, signature date", async () => {
    const want = await parseNotice(Buffer.from(txt), { path: "fixtures/guangling-2020-notice-cn-paren.txt" });
    const got = parseBlocks(ofd());
    expect(got.header.issuer).toBe("扬州市广陵区教育局");
    expect(got.header.docNumber).toEqual({ raw: "扬广教〔2020〕47号", prefix: "扬广教", year: 2020, serial: 47 });
    expect(got.header.title).toBe("扬州市广陵区教育局关于做好2020年秋季学期中小学幼儿园开学工作的通知");
    expect(got.header.recipients).toEqual(["各街道（镇）中心校", "区直各中小学", "幼儿园", "各民办学校"]);
    expect(got.signature?.date).toBe("2020-08-20");
    expect(got.sections.map((s) => `${s.marker}${s.heading}`)).toEqual([
      "一、提高政治站位，切实加强开学工作组织领导",
      "二、统筹做好常态化疫情防控工作",
      "三、扎实做好教育教学准备工作",
      "四、全面排查整治校园安全隐患",
    ]);
    expect(essentials(got)).toEqual(essentials(want));
  });

  it("numbers lines across pages and maps a paragraph that crosses a page break back to both pages", () => {
    const blocks = paras(ofd());
    const crossing = blocks.find((b) => b.text.startsWith("（二）完善工作预案"))!;
    const footer = blocks.find((b) => b.text === "— 1 —")!;
    // the page number sits between the paragraph's last line on page 1 and its end on page 2
    expect(crossing.spans.map((s) => s.line)).toEqual([14, 15, 16, 18]);
    expect(footer.line).toBe(17);
    expect(blocks.indexOf(footer)).toBe(blocks.indexOf(crossing) + 1);
    expect(crossing.column).toBe(3); // 2-character first-line indent
    expect(crossing.spans.slice(1).every((s) => s.column === 1)).toBe(true);
    const lines = blocks.flatMap((b) => b.spans.map((s) => s.line)).sort((a, b) => a - b);
    expect(lines).toEqual(Array.from({ length: lines.length }, (_, i) => i + 1));
  });

  it("page numbers are dropped downstream and reported, as in text", () => {
    const doc = parseBlocks(ofd());
    expect(doc.diagnostics.filter((d) => d.code === "page-number-removed").map((d) => d.message)).toEqual([
      'removed a stray page number "— 1 —"',
      'removed a stray page number "— 2 —"',
      'removed a stray page number "— 3 —"',
    ]);
  });
});

// --- small OFD packages, written the ways different OFD writers write them ---------------------

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

/** A TextObject holding one line: CJK characters one size apart, Latin ones half a size. */
function line(x: number, y: number, text: string, size = 5): string {
  const adv = Array.from(text).map((c) => (/[\x00-\x7f]/.test(c) ? size / 2 : size));
  const w = adv.reduce((a, b) => a + b, 0);
  return `<ofd:TextObject ID="1" Boundary="${x} ${y - size} ${w} ${size * 1.2}" Font="1" Size="${size}"><ofd:TextCode X="0" Y="${size}" DeltaX="${adv.slice(0, -1).join(" ")}">${text}</ofd:TextCode></ofd:TextObject>`;
}

function pkg(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

const ofdXml = (root = "Doc_0/Document.xml") => `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>${root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>`;

function sample(): Uint8Array {
  // page 1: a paragraph that goes on to page 2; objects written bottom to top
  const page1 = [
    line(30, 30, "第一段的第一行字"),
    line(20, 37, "这是第一段的第二行字"),
    line(20, 44, "这是第一段的第三行字"),
    line(42, 280, "- 1 -"),
  ].reverse();
  // page 2, no namespace prefix at all: the paragraph's last line in two TextCodes (the second
  // goes on where the first stopped), a line drawn through a CTM at half scale, Latin words
  // wrapped between lines, a hanging indent, a line of spread-out characters
  const page2 = `<?xml version="1.0" encoding="UTF-8"?>
<Page xmlns="http://www.ofdspec.org/2016"><Template TemplateID="7" ZOrder="Background"/><Content><Layer ID="2">
  <TextObject ID="3" Boundary="20 25 25 6" Size="5"><TextCode X="0" Y="5" DeltaX="5">最后</TextCode><TextCode DeltaX="g 2 5">一行。</TextCode></TextObject>
  <TextObject ID="4" Boundary="30 32 20 6" Size="10" CTM="0.5 0 0 0.5 0 0"><TextCode X="0" Y="10" DeltaX="g 3 10">第二段。</TextCode></TextObject>
  ${line(30, 65, "第三段英文hello").replace(/ofd:/g, "")}
  ${line(20, 72, "world，完。").replace(/ofd:/g, "")}
  ${line(25, 79, "抄送：甲单位、乙单位、").replace(/ofd:/g, "")}
  ${line(40, 86, "丙单位。").replace(/ofd:/g, "")}
  <TextObject ID="5" Boundary="20 95 60 6" Size="5"><TextCode X="0" Y="5" DeltaX="g 5 10">分散对齐文字</TextCode></TextObject>
  <ImageObject ID="6" Boundary="0 0 10 10" ResourceID="9"/>
</Layer></Content></Page>`;
  const tpl = `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="8">${line(85, 270, "内部资料")}</ofd:Layer></ofd:Content></ofd:Page>`;
  return pkg({
    "OFD.xml": ofdXml("/Doc_0/Document.xml"),
    "Doc_0/Document.xml": `<ofd:Document ${NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:TemplatePage ID="7" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>
      <ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/><ofd:Page ID="2" BaseLoc="/Doc_0/Pages/Page_1/Content.xml"/></ofd:Pages></ofd:Document>`,
    "Doc_0/Pages/Page_0/Content.xml": `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="1">${page1.join("")}</ofd:Layer></ofd:Content></ofd:Page>`,
    "Doc_0/Pages/Page_1/Content.xml": page2,
    "Doc_0/Tpls/Tpl_0/Content.xml": tpl,
  });
}

describe("ofd adapter: reading order from positions", () => {
  it("joins lines into paragraphs by layout: full lines go on, indents, short lines and gaps end them", () => {
    const blocks = paras(ofdToBlocks(sample()));
    expect(blocks.map((b) => [b.text, b.blankBefore])).toEqual([
      ["第一段的第一行字这是第一段的第二行字这是第一段的第三行字最后一行。", true],
      ["- 1 -", true],
      ["第二段。", false],
      ["第三段英文hello world，完。", true],
      ["抄送：甲单位、乙单位、丙单位。", false],
      ["分散对齐文字", true],
      ["内部资料", true],
    ]);
  });

  it("keeps the map back to lines and indents", () => {
    const [first, footer, second] = paras(ofdToBlocks(sample()));
    expect(first!.spans).toEqual([
      { offset: 0, line: 1, column: 3 },
      { offset: 8, line: 2, column: 1 },
      { offset: 18, line: 3, column: 1 },
      { offset: 28, line: 5, column: 1 },
    ]);
    expect(footer!.line).toBe(4);
    expect([second!.line, second!.column]).toEqual([6, 3]);
  });

  it("reads overprinted (fake bold) text once and leaves out rotated watermarks", () => {
    const heading = line(30, 30, "一、领导");
    const watermark = `<ofd:TextObject ID="9" Boundary="60 120 80 80" Size="20" CTM="0.707 -0.707 0.707 0.707 0 0"><ofd:TextCode X="0" Y="20" DeltaX="g 3 20">内部资料</ofd:TextCode></ofd:TextObject>`;
    const bytes = pkg({
      "OFD.xml": ofdXml(),
      "Doc_0/Document.xml": `<ofd:Document ${NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`,
      "Doc_0/Pages/Page_0/Content.xml": `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="1">${heading}${heading.replace('Boundary="30 ', 'Boundary="30.15 ')}${watermark}${line(30, 37, "各单位要高度重视")}${line(20, 44, "切实加强组织领导工作")}${line(20, 51, "确保落实到位到人到岗")}${line(20, 58, "完成。")}</ofd:Layer></ofd:Content></ofd:Page>`,
    });
    expect(texts(ofdToBlocks(bytes))).toEqual(["一、领导", "各单位要高度重视切实加强组织领导工作确保落实到位到人到岗完成。"]);
  });

  it("reads DeltaX abbreviations", () => {
    expect(parseDeltas("g 3 5.5 2 g 2 1")).toEqual([5.5, 5.5, 5.5, 2, 1, 1]);
    expect(parseDeltas(undefined)).toEqual([]);
  });

  it("reads GB18030-encoded parts", () => {
    const content = `<?xml version="1.0" encoding="GB18030"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="1">${line(20, 30, "国标编码的文字")}</ofd:Layer></ofd:Content></ofd:Page>`;
    const bytes = zipSync({
      "OFD.xml": strToU8(ofdXml()),
      "Doc_0/Document.xml": strToU8(`<ofd:Document ${NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`),
      "Doc_0/Pages/Page_0/Content.xml": new Uint8Array(iconv.encode(content, "gb18030")),
    });
    expect(texts(ofdToBlocks(bytes))).toEqual(["国标编码的文字"]);
  });
});

describe("ofd adapter: what it refuses", () => {
  it("bytes that are not a ZIP", () => {
    expect(() => ofdToBlocks(strToU8("not a zip at all"))).toThrow(/damaged OFD file/);
  });

  it("a ZIP without OFD.xml", () => {
    expect(() => ofdToBlocks(pkg({ "word/document.xml": "<w:document/>" }))).toThrow(/OFD\.xml is missing/);
  });

  it("a document part that is missing", () => {
    expect(() => ofdToBlocks(pkg({ "OFD.xml": ofdXml() }))).toThrow(/Doc_0\/Document\.xml is missing/);
  });

  it("a scanned OFD (page images only) needs OCR", () => {
    const scan = pkg({
      "OFD.xml": ofdXml(),
      "Doc_0/Document.xml": `<ofd:Document ${NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`,
      "Doc_0/Pages/Page_0/Content.xml": `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="1"><ofd:ImageObject ID="2" ResourceID="3" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/></ofd:Layer></ofd:Content></ofd:Page>`,
    });
    expect(() => ofdToBlocks(scan)).toThrow(NoTextLayerError);
    expect(() => ofdToBlocks(scan)).toThrow(/no text layer.*OCR/);
  });
});
