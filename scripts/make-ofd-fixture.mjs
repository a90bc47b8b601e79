// Builds fixtures/ofd-guangling-2020-notice.ofd from fixtures/guangling-2020-notice-cn-paren.txt,
// laid out on A4 pages the way GB/T 9704 lays out a 公文 and an OFD writer saves it: masthead in
// large red type, 发文字号 and a red rule, the title centred in larger type, 28 characters a line
// and 22 lines a page, 2-character first-line indents, justified wrapped lines (no line starts
// with closing punctuation, no number is split), page breaks wherever the text falls, the
// signature right-aligned over its date, 版记 (抄送) at the foot of the last page between rules
// with a hanging indent, and "— N —" page numbers. Digits and Latin letters are separate text
// objects in a Latin font, as Word-to-OFD converters write them.
//
// layoutNotice() is shared with scripts/make-pdf-fixture.mjs so both fixtures have one layout.
// Run: node scripts/make-ofd-fixture.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";

export const SRC = new URL("../fixtures/guangling-2020-notice-cn-paren.txt", import.meta.url);
const OUT = new URL("../fixtures/ofd-guangling-2020-notice.ofd", import.meta.url);

/** A4 and the GB/T 9704 text area, in millimetres. */
export const PAGE = { width: 210, height: 297, left: 28, top: 37, textWidth: 156, textHeight: 225 };
const CHARS = 28;
const ROWS = 22;
const PITCH = PAGE.textHeight / ROWS;
/** font sizes in mm: 3号 body, 2号 title, 4号 版记 and page numbers, a large masthead */
export const SIZE = { body: 5.5, title: 7.76, small: 4.94, masthead: 12 };
const RIGHT = PAGE.left + PAGE.textWidth;

const NO_LINE_START = /^[，。、；：？！）》”’…—·,.;:?!)\]]/;
const NO_LINE_END = /[（《“‘(\[]$/;

/** Tokens a line may break between: a Latin word or number stays whole, CJK breaks anywhere. */
function tokens(text) {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.%:/-]*|[\s\S]/gu) ?? [];
}

/**
 * Lines of one paragraph: greedy fill to `avail` (first line `first`), never starting a line
 * with closing punctuation nor ending one with opening punctuation (a character moves down).
 */
function wrap(text, size, measure, first, avail) {
  const toks = tokens(text);
  const lines = [];
  let cur = [];
  let width = first;
  for (const t of toks) {
    const w = measure(t, size);
    if (cur.length && measure(cur.join(""), size) + w > width + 0.01) {
      // 避头尾: carry characters down so the new line does not start with closing punctuation
      // and this one does not end with opening punctuation
      const carry = [];
      while (cur.length > 1 && NO_LINE_START.test(carry[0] ?? t)) carry.unshift(cur.pop());
      while (cur.length > 1 && NO_LINE_END.test(cur[cur.length - 1])) carry.unshift(cur.pop());
      lines.push(cur.join(""));
      cur = [...carry];
      width = avail;
    }
    cur.push(t);
  }
  if (cur.length) lines.push(cur.join(""));
  return lines;
}

/** Paragraphs of the text notice: masthead, number, title lines, recipients, body, closing. */
function readNotice() {
  const paras = readFileSync(SRC, "utf8")
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .filter((p) => p.length > 0 && !/^— \d+ —$/.test(p.join(""))); // page numbers are laid out anew
  const [masthead, number, title, recipients, ...rest] = paras;
  const dateAt = rest.findIndex((p) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(p.join("")));
  const body = rest.slice(0, dateAt - 1).map((p) => p.join(""));
  const closing = rest.slice(dateAt + 1).map((p) => p.join(""));
  return {
    masthead: masthead.join(""), number: number.join(""), title, recipients: recipients.join(""), body,
    issuer: rest[dateAt - 1].join(""), date: rest[dateAt].join(""),
    annotation: closing.filter((p) => /^（.*）$/.test(p)),
    cc: closing.filter((p) => /^抄送/.test(p)),
  };
}

/**
 * The notice on pages. measure(text, size) gives the natural advance width in mm. Each line:
 * { text, x, y (baseline), size, font, color, justify (width to spread the line over, or null) }.
 */
export function layoutNotice(measure) {
  const n = readNotice();
  const cell = (size) => (size * PAGE.textWidth) / CHARS / SIZE.body;
  const pages = [];
  const newPage = () => {
    const p = { lines: [], rules: [] };
    pages.push(p);
    return p;
  };
  let page = newPage();
  const centred = (text, y, size, font, color = "black") => {
    page.lines.push({ text, x: PAGE.left + (PAGE.textWidth - measure(text, size)) / 2, y, size, font, color, justify: null });
  };

  // 版头: masthead, 发文字号, red rule; then the title, centred, in the title size
  centred(n.masthead, 62, SIZE.masthead, "title", "red");
  const numberY = 62 + 2 * PITCH;
  centred(n.number, numberY, SIZE.body, "body");
  page.rules.push({ x1: PAGE.left, x2: RIGHT, y: numberY + 5, width: 0.6, color: "red" });
  let y = numberY + 5 + 2 * PITCH;
  for (const t of n.title) {
    centred(t, y, SIZE.title, "title");
    y += PITCH;
  }

  // body rows on the page grid; row r has its baseline at rowY(r)
  const rowY = (r) => PAGE.top + r * PITCH + PITCH * 0.8;
  let row = Math.ceil((y - PAGE.top - PITCH * 0.8) / PITCH) + 1; // one empty row under the title
  const put = (line) => {
    if (row >= ROWS) {
      page = newPage();
      row = 0;
    }
    page.lines.push({ ...line, y: rowY(row) });
    row++;
  };
  const paragraph = (text, indent) => {
    const size = SIZE.body;
    const lines = wrap(text, size, measure, PAGE.textWidth - indent * cell(size), PAGE.textWidth);
    lines.forEach((t, i) => {
      const x = PAGE.left + (i === 0 ? indent * cell(size) : 0);
      put({ text: t, x, size, font: "body", color: "black", justify: i < lines.length - 1 ? RIGHT - x : null });
    });
  };
  paragraph(n.recipients, 0);
  for (const p of n.body) paragraph(p, 2);

  // signature: two empty rows for the seal, issuer centred over the date, the date 4 characters
  // in from the right; 附注 under it; kept together on one page
  const closingRows = 2 + 2 + n.annotation.length;
  if (row + closingRows > ROWS) {
    page = newPage();
    row = 0;
  } else row += 2;
  const dateW = measure(n.date, SIZE.body);
  const dateX = RIGHT - 4 * cell(SIZE.body) - dateW;
  const issuerW = measure(n.issuer, SIZE.body);
  put({ text: n.issuer, x: dateX + (dateW - issuerW) / 2, size: SIZE.body, font: "body", color: "black", justify: null });
  put({ text: n.date, x: dateX, size: SIZE.body, font: "body", color: "black", justify: null });
  for (const a of n.annotation) put({ text: a, x: PAGE.left + 2 * cell(SIZE.body), size: SIZE.body, font: "body", color: "black", justify: null });

  // 版记 at the foot of the page: 4号, one character in from each side, continuation lines
  // aligned after "抄送：", between two rules
  const small = SIZE.small;
  const ccLines = n.cc.flatMap((c) => {
    const label = /^[^：:]+[：:]/.exec(c)?.[0] ?? "";
    const x = PAGE.left + cell(small);
    const hang = x + measure(label, small);
    const right = RIGHT - cell(small);
    const lines = wrap(c, small, measure, right - x, right - hang);
    return lines.map((t, i) => ({ text: t, x: i === 0 ? x : hang, size: small, font: "body", color: "black", justify: i < lines.length - 1 ? right - (i === 0 ? x : hang) : null }));
  });
  const ccPitch = small * 1.45;
  const lastY = PAGE.top + PAGE.textHeight - 3;
  const firstY = lastY - (ccLines.length - 1) * ccPitch;
  if (rowY(row - 1) + PITCH * 1.5 > firstY - small - 2) page = newPage();
  page.rules.push({ x1: PAGE.left, x2: RIGHT, y: firstY - small - 2, width: 0.35, color: "black" });
  ccLines.forEach((l, i) => page.lines.push({ ...l, y: firstY + i * ccPitch }));
  page.rules.push({ x1: PAGE.left, x2: RIGHT, y: lastY + 2.5, width: 0.35, color: "black" });

  // page numbers, 4号, outside edge: right on odd pages, left on even ones, one character in
  pages.forEach((p, k) => {
    const text = `— ${k + 1} —`;
    const w = measure(text, small);
    const x = k % 2 === 0 ? RIGHT - cell(small) - w : PAGE.left + cell(small);
    p.lines.push({ text, x, y: PAGE.top + PAGE.textHeight + 7 + small * 0.88, size: small, font: "body", color: "black", justify: null, pageNumber: true });
  });
  return pages;
}

// ---------------------------------------------------------------------------------------------
// OFD writer

const WIDE = /[\u1100-\u115f\u2014\u2018\u2019\u201c\u201d\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** advances on a character grid: full cell for CJK, half a cell for Latin letters and digits */
const gridMeasure = (text, size) => {
  const cell = (size * PAGE.textWidth) / CHARS / SIZE.body;
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? cell : cell / 2;
  return w;
};

const r3 = (v) => String(Math.round(v * 1000) / 1000);
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** DeltaX with runs of one value written "g N v", as OFD writers do. */
function deltaX(values) {
  const out = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j < values.length && values[j] === values[i]) j++;
    out.push(j - i > 1 ? `g ${j - i} ${values[i]}` : values[i]);
    i = j;
  }
  return out.join(" ");
}

function ofdPackage(pages) {
  const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  const FONT = { body: 2, title: 3, latin: 4 };
  const COLOR = { black: "0 0 0", red: "230 0 0" };
  let id = 10;
  const files = {};
  files["OFD.xml"] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>6b9a1d2e0c3f4a7b8e5d1c2b3a4f5e6d</ofd:DocID><ofd:Title>扬州市广陵区教育局关于做好2020年秋季学期中小学幼儿园开学工作的通知</ofd:Title><ofd:Author>扬州市广陵区教育局</ofd:Author><ofd:CreationDate>2020-08-20</ofd:CreationDate><ofd:Creator>kexie fixtures</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`;
  files["Doc_0/PublicRes.xml"] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Res ${NS} BaseLoc="Res"><ofd:ColorSpaces><ofd:ColorSpace ID="1" Type="RGB" BitsPerComponent="8"/></ofd:ColorSpaces><ofd:Fonts><ofd:Font ID="${FONT.body}" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/><ofd:Font ID="${FONT.title}" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/><ofd:Font ID="${FONT.latin}" FontName="Times New Roman" FamilyName="Times New Roman"/></ofd:Fonts></ofd:Res>`;

  const pageEntries = [];
  pages.forEach((page, k) => {
    const objects = [];
    // page numbers first: writers do not keep reading order, the reader must sort
    const lines = [...page.lines.filter((l) => l.pageNumber), ...page.lines.filter((l) => !l.pageNumber)];
    for (const line of lines) {
      const chars = Array.from(line.text);
      const natural = chars.map((c) => gridMeasure(c, line.size));
      const extra = line.justify !== null && chars.length > 1 ? (line.justify - natural.reduce((a, b) => a + b, 0)) / (chars.length - 1) : 0;
      // split the line into runs of CJK and Latin text: one text object each, Latin in its own font
      let x = line.x;
      let i = 0;
      while (i < chars.length) {
        const latin = /[A-Za-z0-9.%:/-]/.test(chars[i]);
        let j = i;
        while (j < chars.length && /[A-Za-z0-9.%:/-]/.test(chars[j]) === latin) j++;
        const piece = chars.slice(i, j);
        const adv = piece.map((_, m) => natural[i + m] + extra);
        const width = adv.reduce((a, b) => a + b, 0);
        const top = line.y - line.size;
        const font = latin ? FONT.latin : FONT[line.font];
        objects.push(
          `<ofd:TextObject ID="${id++}" Boundary="${r3(x)} ${r3(top)} ${r3(width)} ${r3(line.size * 1.25)}" Font="${font}" Size="${r3(line.size)}">` +
            `<ofd:FillColor Value="${COLOR[line.color]}"/>` +
            `<ofd:TextCode X="0" Y="${r3(line.size)}"${piece.length > 1 ? ` DeltaX="${deltaX(adv.slice(0, -1).map(r3))}"` : ""}>${esc(piece.join(""))}</ofd:TextCode></ofd:TextObject>`,
        );
        x += width;
        i = j;
      }
    }
    for (const r of page.rules) {
      objects.push(
        `<ofd:PathObject ID="${id++}" Boundary="${r3(r.x1)} ${r3(r.y - r.width / 2)} ${r3(r.x2 - r.x1)} ${r3(r.width)}" LineWidth="${r.width}" Stroke="true" Fill="false">` +
          `<ofd:StrokeColor Value="${COLOR[r.color]}"/><ofd:AbbreviatedData>M 0 ${r3(r.width / 2)} L ${r3(r.x2 - r.x1)} ${r3(r.width / 2)}</ofd:AbbreviatedData></ofd:PathObject>`,
      );
    }
    files[`Doc_0/Pages/Page_${k}/Content.xml`] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="${id++}" Type="Body">${objects.join("")}</ofd:Layer></ofd:Content></ofd:Page>`;
    pageEntries.push(`<ofd:Page ID="${id++}" BaseLoc="Pages/Page_${k}/Content.xml"/>`);
  });
  files["Doc_0/Document.xml"] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${PAGE.width} ${PAGE.height}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>${pageEntries.join("")}</ofd:Pages></ofd:Document>`;
  const mtime = new Date("2020-08-20T00:00:00Z");
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])), { level: 9 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = layoutNotice(gridMeasure);
  writeFileSync(OUT, ofdPackage(pages));
  console.log(`wrote ${fileURLToPath(OUT)}: ${pages.length} pages, ${pages.reduce((n, p) => n + p.lines.length, 0)} lines`);
}
