// Builds fixtures/pdf-guangling-2020-notice.pdf from fixtures/guangling-2020-notice-cn-paren.txt
// with the same page layout as the OFD fixture (scripts/make-ofd-fixture.mjs: A4, GB/T 9704 text
// area, 28 characters a line, 22 lines a page, 2-character indents, justified wrapped lines, page
// breaks where the text falls, signature, 版记 and page numbers), set in a real CJK font so the
// PDF has a genuine text layer: pdfkit embeds a subset of the font with a ToUnicode map, as Word's
// "save as PDF" does. Also builds fixtures/pdf-letter-spaced-lines.pdf (lines whose characters
// are set apart: heavy justification, distributed alignment, a padded name) and
// fixtures/pdf-scanned-no-text.pdf: one page that is only an image, like a scanner's output,
// with no text layer at all.
//
// The font is needed only to generate the fixture (the PDF embeds the subset it uses): install
// one with `apt-get install fonts-wqy-microhei` (or fonts-noto-cjk) or pass its path in
// KEXIE_CJK_FONT. Run: node scripts/make-pdf-fixture.mjs
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { layoutNotice, PAGE, SIZE } from "./make-ofd-fixture.mjs";

const OUT = new URL("../fixtures/pdf-guangling-2020-notice.pdf", import.meta.url);
const SCAN = new URL("../fixtures/pdf-scanned-no-text.pdf", import.meta.url);
const SPACED = new URL("../fixtures/pdf-letter-spaced-lines.pdf", import.meta.url);
const FONTS = [
  [process.env.KEXIE_CJK_FONT, process.env.KEXIE_CJK_FONT_NAME],
  ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYiMicroHei"],
  ["/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular"],
  ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"],
];
const PT = 72 / 25.4; // points per millimetre
const STAMP = new Date("2020-08-20T00:00:00Z");
const COLOR = { black: "#000000", red: "#e60000" };

/** pdfkit output made reproducible: fixed dates, a fixed file ID. */
function newDocument() {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: "A4",
    margin: 0,
    compress: true,
    info: { Title: "扬州市广陵区教育局关于做好2020年秋季学期中小学幼儿园开学工作的通知", Author: "扬州市广陵区教育局", Creator: "kexie fixtures", CreationDate: STAMP, ModDate: STAMP },
  });
  return doc;
}

function finish(doc, url) {
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  return new Promise((resolve) => {
    doc.on("end", () => {
      writeFileSync(url, Buffer.concat(chunks));
      resolve(Buffer.concat(chunks).length);
    });
    doc.end();
  });
}

async function notice() {
  const [fontPath, fontName] = FONTS.find(([p]) => p && existsSync(p)) ?? [];
  if (!fontPath) throw new Error("no CJK font found: apt-get install fonts-wqy-microhei, or set KEXIE_CJK_FONT (and KEXIE_CJK_FONT_NAME for a .ttc)");
  const doc = newDocument();
  doc.registerFont("cjk", fontPath, fontName);
  doc.font("cjk");
  const measure = (text, sizeMm) => doc.fontSize(sizeMm * PT).widthOfString(text) / PT;
  const pages = layoutNotice(measure);
  for (const page of pages) {
    doc.addPage({ size: "A4", margin: 0 });
    for (const r of page.rules) {
      doc.save().lineWidth(r.width * PT).strokeColor(COLOR[r.color]).moveTo(r.x1 * PT, r.y * PT).lineTo(r.x2 * PT, r.y * PT).stroke().restore();
    }
    for (const l of page.lines) {
      const n = Array.from(l.text).length;
      const natural = measure(l.text, l.size);
      // justified lines spread the spare width evenly between the characters, as Word does
      const spacing = l.justify !== null && n > 1 ? ((l.justify - natural) / (n - 1)) * PT : 0;
      doc
        .fillColor(COLOR[l.color])
        .fontSize(l.size * PT)
        .text(l.text, l.x * PT, l.y * PT, { lineBreak: false, baseline: "alphabetic", characterSpacing: spacing });
    }
  }
  const bytes = await finish(doc, OUT);
  console.log(`wrote ${fileURLToPath(OUT)}: ${pages.length} pages, ${bytes} bytes, font ${fontName ?? fontPath}`);
}

/**
 * Lines whose characters the text layer writes apart: a justified line stretched a lot (a long
 * number carried to the next line leaves room to spread), a signature in distributed alignment,
 * a name padded with spaces. pdf.js turns such gaps into spaces ("各 学 校 要"); the reader must
 * take them out again but keep the padding inside a name.
 */
async function letterSpaced() {
  const [fontPath, fontName] = FONTS.find(([p]) => p && existsSync(p)) ?? [];
  const doc = newDocument();
  doc.registerFont("cjk", fontPath, fontName);
  doc.font("cjk").addPage({ size: "A4", margin: 0 });
  const size = SIZE.body * PT;
  const left = PAGE.left * PT;
  const right = (PAGE.left + PAGE.textWidth) * PT;
  doc.fontSize(size);
  const spread = (text, x, y, to) => {
    const n = Array.from(text).length;
    const characterSpacing = to === null ? 0 : (to - x - doc.widthOfString(text)) / (n - 1);
    doc.text(text, x, y, { lineBreak: false, baseline: "alphabetic", characterSpacing });
  };
  const pitch = (PAGE.textHeight / 22) * PT;
  let y = PAGE.top * PT + pitch;
  spread("各学校要在开学前组织一次拉网式安全大检查，编号", left + 2 * size, y, right);
  spread("SN-2020-0820-0047-GLJY的检查表须于当日报送。", left, (y += pitch), null);
  spread("联系人：柳  军", left + 2 * size, (y += pitch), null);
  spread("扬州市广陵区教育局", right - 16 * size, (y += 3 * pitch), right - 4 * size);
  await finish(doc, SPACED);
  console.log(`wrote ${fileURLToPath(SPACED)}`);
}

// --- an image-only page -----------------------------------------------------------------------

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A grey-scale PNG of a "scanned page": paper with dark bars where the lines of text would be. */
function scannedPagePng(width, height) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1); // filter byte 0, then one byte a pixel
    const inLine = y > height * 0.12 && y < height * 0.85 && y % 10 < 5;
    for (let x = 0; x < width; x++) {
      const margin = x < width * 0.13 || x > width * (0.87 - ((y * 7) % 23) / 100);
      row[x + 1] = inLine && !margin && (x * 13 + y * 7) % 11 > 1 ? 40 : 235 + ((x * 31 + y * 17) % 13);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grey-scale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function scanned() {
  const doc = newDocument();
  doc.addPage({ size: "A4", margin: 0 });
  doc.image(scannedPagePng(105, 148), 0, 0, { width: PAGE.width * PT, height: PAGE.height * PT });
  const bytes = await finish(doc, SCAN);
  console.log(`wrote ${fileURLToPath(SCAN)}: ${bytes} bytes`);
}

await notice();
await letterSpaced();
await scanned();
