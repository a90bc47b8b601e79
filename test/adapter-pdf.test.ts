// The PDF adapter: pdf.js text items placed on pages → lines → paragraphs, read back into the
// same notice as the text it was laid out from (fixtures/pdf-guangling-2020-notice.pdf, built by
// scripts/make-pdf-fixture.mjs with an embedded CJK font subset), spread-out characters read
// back without the spaces pdf.js puts between them, and scans refused for OCR.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NoTextLayerError, pdfToBlocks } from "../src/adapters/pdf.js";
import { parseBlocks, parseNotice } from "../src/parse.js";
import { textToBlocks } from "../src/adapters/text.js";
import { PAGE_NUMBER_LINE } from "../src/lexicon/layout.js";
import { paras, texts, expectSameAsGuangling } from "./helpers/essentials.js";

const dir = path.resolve(__dirname, "../fixtures");


/**
 * A one-page PDF written by hand in Courier (every character 0.6 em wide), lines drawn in the
 * order given (x, y from the top, in points); a line marked full is justified to the right
 * margin at 380 pt by stretching its word spaces (Tw), as Latin text is justified.
 */
function latinPdf(lines: Array<[number, number, string, "full"?]>): Uint8Array {
  const size = 10;
  const ops = lines.map(([x, y, t, full]) => {
    const spaces = t.split(" ").length - 1;
    const tw = full && spaces ? (380 - x - t.length * 0.6 * size) / spaces : 0;
    return `BT /F1 ${size} Tf ${tw.toFixed(3)} Tw 1 0 0 1 ${x} ${300 - y} Tm (${t}) Tj ET`;
  });
  const content = ops.join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, "latin1"));
}

describe("pdf adapter: the generated 公文", () => {
  const bytes = () => readFileSync(path.join(dir, "pdf-guangling-2020-notice.pdf"));
  const txt = readFileSync(path.join(dir, "guangling-2020-notice-cn-paren.txt"), "utf8");

  it("is a real text-layer PDF: an embedded CJK font subset with a ToUnicode map", () => {
    const raw = bytes().toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/ToUnicode/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+/); // a subset
  });

  it("rebuilds the paragraphs of the text it was laid out from (wrapped lines joined, page breaks mended)", async () => {
    const got = texts(await pdfToBlocks(bytes())).filter((t) => !PAGE_NUMBER_LINE.test(t));
    const want = texts(textToBlocks(txt)).filter((t) => !PAGE_NUMBER_LINE.test(t));
    expect(got).toEqual(want);
  });

  it("parses to the same notice as the text: header, outline, signature date", async () => {
    const want = await parseNotice(Buffer.from(txt), { path: "fixtures/guangling-2020-notice-cn-paren.txt" });
    expectSameAsGuangling(parseBlocks(await pdfToBlocks(bytes())), want, expect);
  });

  it("numbers lines across pages; a paragraph crossing a page break keeps both pages' lines", async () => {
    const blocks = paras(await pdfToBlocks(bytes()));
    const crossing = blocks.find((b) => b.text.startsWith("（二）完善工作预案"))!;
    expect(crossing.spans.map((s) => s.line)).toEqual([14, 15, 16, 18]);
    expect(blocks[blocks.indexOf(crossing) + 1]).toMatchObject({ text: "— 1 —", line: 17 });
    expect(crossing.column).toBe(3);
  });

  it("leaves the caller's bytes alone (pdf.js may detach the buffer it is given)", async () => {
    const b = new Uint8Array(bytes());
    await pdfToBlocks(b);
    expect(b.length).toBe(bytes().length);
  });
});

describe("pdf adapter: reading order from positions", () => {
  it("sorts text drawn out of order and joins Latin words wrapped between lines with a space", async () => {
    const pdf = latinPdf([
      [20, 92, "words of the first paragraph."],
      [40, 60, "One paragraph whose first line is", "full"],
      [20, 76, "indented and whose second line wraps", "full"],
      [40, 124, "Second paragraph."],
      [20, 140, "A line at the margin that runs full", "full"],
      [20, 156, "and the line after it goes on."],
    ]);
    const blocks = paras(await pdfToBlocks(pdf));
    expect(texts(blocks)).toEqual([
      "One paragraph whose first line is indented and whose second line wraps words of the first paragraph.",
      "Second paragraph.",
      "A line at the margin that runs full and the line after it goes on.",
    ]);
    expect(blocks.map((b) => b.blankBefore)).toEqual([true, true, false]);
  });
});

describe("pdf adapter: characters set apart", () => {
  it("takes out the spaces pdf.js writes between spread-out characters, keeps a name's padding", async () => {
    const blocks = paras(await pdfToBlocks(readFileSync(path.join(dir, "pdf-letter-spaced-lines.pdf"))));
    expect(texts(blocks)).toEqual([
      // a heavily justified line (its next line starts with an unbreakable code) joins its continuation
      "各学校要在开学前组织一次拉网式安全大检查，编号SN-2020-0820-0047-GLJY的检查表须于当日报送。",
      "联系人：柳 军",
      "扬州市广陵区教育局", // distributed alignment
    ]);
  });
});

describe("pdf adapter: what it refuses", () => {
  it("a scanned PDF (an image, no text layer) needs OCR", async () => {
    const scan = readFileSync(path.join(dir, "pdf-scanned-no-text.pdf"));
    await expect(pdfToBlocks(scan)).rejects.toThrow(NoTextLayerError);
    await expect(pdfToBlocks(scan)).rejects.toThrow(/no text layer \(a scanned image\?\).*OCR/);
  });

  it("bytes that only start like a PDF", async () => {
    await expect(pdfToBlocks(Buffer.from("%PDF-1.7\n%âãÏÓ\n", "latin1"))).rejects.toThrow(/not a readable PDF/);
  });
});
