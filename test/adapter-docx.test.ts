// The .docx adapter: Word numbering markers rebuilt from numbering.xml, headings from styles,
// merged table cells expanded, and clear errors for packages that are not Word documents.
import { readFileSync } from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Block, ParagraphBlock, TableBlock } from "../src/model/blocks.js";
import { docxToBlocks } from "../src/adapters/docx.js";
import { formatNumber } from "../src/adapters/docx-numfmt.js";
import { textToBlocks } from "../src/adapters/text.js";
import { editDocx, makeDocx, rawDocx } from "./helpers/make-docx.js";

const paras = (blocks: Block[]) => blocks.filter((b): b is ParagraphBlock => b.kind === "para");
const texts = (blocks: Block[]) => paras(blocks).map((b) => b.text);
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === "table");

const notice = () =>
  makeDocx({
    items: [
      { heading: 1, text: "关于做好秋季学期开学工作的通知" },
      "各学校：",
      { level: 0, text: "提高政治站位" },
      { level: 1, text: "压实工作责任。" },
      { level: 2, text: "开展应急演练。" },
      { level: 2, text: "储备防疫物资。" },
      { level: 1, text: "完善工作预案。" },
      { level: 2, text: "修订开学方案。" },
      { level: 0, text: "统筹疫情防控" },
      { level: 1, text: "严格返校要求。" },
      { styled: true, text: "扎实做好教学准备" },
      { lines: ["扬州市广陵区教育局关于做好2020年", "秋季学期开学工作的通知"] },
      {
        table: [
          ["序号", "任务", "牵头单位", "完成时限"],
          [{ text: "1", verticalMerge: "restart" }, "开展应急演练", "各学校", "8月25日前"],
          [{ text: "", verticalMerge: "continue" }, "储备防疫物资", { text: "各学校、区教育局", columnSpan: 2 }],
        ],
      },
      { level: 0, text: "新的清单", instance: 1 },
    ],
  });

describe("docx adapter: Word automatic numbering", () => {
  it("prepends the markers Word would show, restarting deeper levels", async () => {
    const blocks = docxToBlocks(await notice());
    expect(texts(blocks).slice(2, 11)).toEqual([
      "一、提高政治站位",
      "（一）压实工作责任。",
      "1.开展应急演练。",
      "2.储备防疫物资。",
      "（二）完善工作预案。",
      "1.修订开学方案。",
      "二、统筹疫情防控",
      "（一）严格返校要求。",
      "三、扎实做好教学准备", // numbered through its paragraph style only
    ]);
  });

  it("starts a new list instance (w:startOverride) at 1 again", async () => {
    expect(texts(docxToBlocks(await notice())).at(-1)).toBe("一、新的清单");
  });

  it("shares counters between numIds of one abstract list; startOverride restarts them", () => {
    const abstract = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%2"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/></w:lvl></w:abstractNum>`;
    const nums = `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>`;
    const p = (num: number, lvl: number, t: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${num}"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const body = [p(1, 0, "甲"), p(2, 0, "乙"), p(2, 1, "子"), p(2, 1, "丑"), p(1, 2, "寅"), p(3, 0, "丙"), p(3, 0, "丁"), p(3, 1, "戊")].join("");
    expect(texts(docxToBlocks(rawDocx({ body, numbering: abstract + nums })))).toEqual([
      "一、甲", "二、乙", "①子", "②丑", "2.2.1 寅", "十、丙", "十一、丁", "①戊",
    ]);
  });

  it("formats the counters 公文 use", () => {
    const cn = [1, 10, 11, 19, 20, 21, 99, 100, 101, 110].map((n) => formatNumber(n, "chineseCounting"));
    expect(cn).toEqual(["一", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百〇一", "一百一十"]);
    expect(formatNumber(101, "chineseCountingThousand")).toBe("一百零一");
    expect(formatNumber(3, "ideographTraditional")).toBe("丙");
    expect([1, 20, 21].map((n) => formatNumber(n, "decimalEnclosedCircle"))).toEqual(["①", "⑳", "㉑"]);
    expect(formatNumber(2, "decimalEnclosedParen")).toBe("⑵");
    expect(formatNumber(12, "decimalFullWidth")).toBe("１２");
    expect([1, 27].map((n) => formatNumber(n, "lowerLetter"))).toEqual(["a", "aa"]);
    expect(formatNumber(14, "upperRoman")).toBe("XIV");
    expect(formatNumber(11, "chineseLegalSimplified")).toBe("壹拾壹");
  });

  it("keeps text and drops markers when the package has no numbering.xml", async () => {
    const blocks = docxToBlocks(editDocx(await notice(), { "word/numbering.xml": null }));
    expect(texts(blocks)).toContain("提高政治站位");
    expect(texts(blocks)).toContain("压实工作责任。");
  });
});

describe("docx adapter: paragraphs", () => {
  it("gives headings their depth from the style (by name, WPS 标题 n, or outline level)", async () => {
    const blocks = paras(docxToBlocks(await notice()));
    expect(blocks[0]).toMatchObject({ text: "关于做好秋季学期开学工作的通知", heading: 1 });
    expect(blocks[1]).toMatchObject({ text: "各学校：", heading: 0 });

    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/></w:style>
      <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="My sub"/><w:basedOn w:val="2"/></w:style>`;
    const body = `<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>二级</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t>继承</w:t></w:r></w:p>
      <w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>大纲</w:t></w:r></w:p>
      <w:p><w:r><w:t>正文</w:t></w:r></w:p>`;
    expect(paras(docxToBlocks(rawDocx({ body, styles }))).map((b) => [b.text, b.heading])).toEqual([
      ["二级", 2], ["继承", 2], ["大纲", 3], ["正文", 0],
    ]);
  });

  it("joins line breaks, and numbers blocks in document order", async () => {
    const blocks = docxToBlocks(await notice());
    const title = paras(blocks).find((b) => b.text.startsWith("扬州市"))!;
    expect(title.text).toBe("扬州市广陵区教育局关于做好2020年秋季学期开学工作的通知");
    blocks.forEach((b, k) => expect([b.line, b.column]).toEqual([k + 1, 1]));
    expect(title).toMatchObject({ blankBefore: true, softBreakAfter: false, spans: [{ offset: 0, line: title.line, column: 1 }] });
  });

  it("reads only visible text: no deleted, hidden, field-code or tab-stop text, text boxes once", () => {
    const body = `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs><w:ind w:firstLine="640"/></w:pPr>
      <w:r><w:t xml:space="preserve">　　现将</w:t></w:r><w:del w:id="1"><w:r><w:delText>删掉</w:delText></w:r></w:del>
      <w:ins w:id="2"><w:r><w:t>有关</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>事项</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
      <w:r><w:tab/><w:t>通知如下：</w:t></w:r></w:p>
      <w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
      <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>
      <w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>`;
    expect(texts(docxToBlocks(rawDocx({ body })))).toEqual(["现将有关事项 通知如下：", "文本框", "正文"]);
  });
});

describe("docx adapter: tables", () => {
  it("expands vertical merges and column spans", async () => {
    const [t] = tables(docxToBlocks(await notice()));
    expect(t).toMatchObject({ kind: "table", layout: "docx", column: 1 });
    expect(t!.rows).toEqual([
      ["序号", "任务", "牵头单位", "完成时限"],
      ["1", "开展应急演练", "各学校", "8月25日前"],
      ["1", "储备防疫物资", "各学校、区教育局", "各学校、区教育局"],
    ]);
    expect(t!.rowLines).toEqual([t!.line, t!.line, t!.line]);
  });

  it("pads skipped grid columns, flattens nested tables, reads a one-cell frame as paragraphs", () => {
    const tc = (t: string, pr = "") => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}<w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const nested = `<w:tc><w:tbl><w:tr>${tc("甲")}${tc("乙")}</w:tr></w:tbl><w:p/></w:tc>`;
    const body = `<w:tbl><w:tr>${tc("扬州市广陵区教育局文件")}</w:tr></w:tbl>
      <w:tbl><w:tr>${tc("A")}${tc("B")}${tc("C")}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("b")}${nested}</w:tr>
      <w:tr>${tc("x", '<w:vMerge w:val="restart"/>')}${tc("y", '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${tc("", "<w:vMerge/>")}${tc("1")}${tc("2")}</w:tr></w:tbl>`;
    const blocks = docxToBlocks(rawDocx({ body }));
    expect(blocks[0]).toMatchObject({ kind: "para", text: "扬州市广陵区教育局文件", line: 1 });
    expect(blocks[1]).toMatchObject({ kind: "table", line: 2 });
    expect((blocks[1] as TableBlock).rows).toEqual([["A", "B", "C"], ["", "b", "甲\n乙"], ["x", "y", "y"], ["x", "1", "2"]]);
  });
});

describe("docx adapter: errors", () => {
  it("says word/document.xml is missing", async () => {
    const broken = editDocx(await notice(), { "word/document.xml": null });
    expect(() => docxToBlocks(broken)).toThrow(/word\/document\.xml is missing/);
    expect(() => docxToBlocks(zipSync({ "a.txt": new Uint8Array([97]) }))).toThrow(Error);
  });

  it("says a file that is no ZIP package is a damaged Word file", () => {
    expect(() => docxToBlocks(new TextEncoder().encode("一、不是压缩包"))).toThrow(/damaged Word file: cannot read it as a ZIP package/);
  });
});

describe("docx fixture", () => {
  const dir = path.resolve(__dirname, "../fixtures");
  it("docx-guangling-2020-notice.docx reads as the text notice it was built from", () => {
    const docx = docxToBlocks(readFileSync(path.join(dir, "docx-guangling-2020-notice.docx")));
    const txt = texts(textToBlocks(readFileSync(path.join(dir, "guangling-2020-notice-cn-paren.txt"), "utf8")))
      // in Word the page number lives in the footer and the title is one paragraph with a break
      .filter((t) => !/^— \d+ —$/.test(t));
    const title = txt.indexOf("扬州市广陵区教育局关于做好2020年");
    txt.splice(title, 2, txt[title]! + txt[title + 1]!);
    expect(texts(docx)).toEqual(txt);
  });
});
