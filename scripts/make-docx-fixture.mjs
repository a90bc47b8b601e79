// Builds fixtures/docx-guangling-2020-notice.docx from fixtures/guangling-2020-notice-cn-paren.txt
// the way Word would save it: the 一、/（一）/1. markers become real automatic numbering (so
// document.xml holds only the heading text), the wrapped title is one paragraph with a line
// break, and the "— 2 —" page number moves to the footer. Run: node scripts/make-docx-fixture.mjs
import { readFileSync, writeFileSync } from "node:fs";
import {
  AlignmentType, Document, Footer, LevelFormat, LevelSuffix, Packer, PageNumber, Paragraph, TextRun,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const SRC = new URL("../fixtures/guangling-2020-notice-cn-paren.txt", import.meta.url);
const OUT = new URL("../fixtures/docx-guangling-2020-notice.docx", import.meta.url);
const CN = "一二三四五六七八九十";

// the typed marker of each level, and how Word renders that level's counter
const LEVELS = [
  { re: /^([一二三四五六七八九十]+)、/, render: (n) => `${CN[n - 1]}、` },
  { re: /^（([一二三四五六七八九十]+)）/, render: (n) => `（${CN[n - 1]}）` },
  { re: /^(\d+)\./, render: (n) => `${n}.` },
];

// non-blank runs of lines are paragraphs; only the wrapped title spans two lines
const paragraphs = readFileSync(SRC, "utf8")
  .split(/\r?\n\s*\r?\n/)
  .map((p) => p.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
  .filter((p) => p.length > 0);

const counters = [0, 0, 0];
const children = [];
paragraphs.forEach((lines, k) => {
  const text = lines.join("");
  if (/^— \d+ —$/.test(text)) return; // page numbers belong in the footer
  const level = LEVELS.findIndex((l) => l.re.test(text));
  if (level >= 0) {
    counters[level]++;
    counters.fill(0, level + 1);
    const typed = LEVELS[level].re.exec(text)[0];
    // the fixture must only hold markers Word numbering reproduces, or the docx would lie
    if (LEVELS[level].render(counters[level]) !== typed) throw new Error(`marker ${typed} does not follow the numbering`);
    children.push(new Paragraph({ text: text.slice(typed.length), numbering: { reference: "sections", level } }));
    return;
  }
  const head = k < 3; // masthead, number, title
  const signed = /^\d{4}年\d+月\d+日$/.test(text) || /^\d{4}年\d+月\d+日$/.test(paragraphs[k + 1]?.join("") ?? "");
  children.push(
    new Paragraph({
      alignment: head ? AlignmentType.CENTER : signed ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
      indent: head || signed ? undefined : { firstLine: 640 },
      children: lines.map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : undefined, bold: k === 2, size: k === 0 ? 44 : undefined })),
    }),
  );
});

const doc = new Document({
  creator: "kexie fixtures",
  title: "扬州市广陵区教育局关于做好2020年秋季学期中小学幼儿园开学工作的通知",
  styles: { default: { document: { run: { font: "仿宋_GB2312", size: 32 } } } },
  numbering: {
    config: [
      {
        reference: "sections",
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", suffix: LevelSuffix.NOTHING },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", suffix: LevelSuffix.NOTHING },
          { level: 2, format: LevelFormat.DECIMAL, text: "%3.", suffix: LevelSuffix.NOTHING },
        ],
      },
    ],
  },
  sections: [
    {
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })] })] }) },
      children,
    },
  ],
});

// pin timestamps so regenerating the fixture gives identical bytes
const files = unzipSync(await Packer.toBuffer(doc));
const core = "docProps/core.xml";
files[core] = strToU8(strFromU8(files[core]).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "2020-08-20T00:00:00Z"));
const stamped = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: new Date("2020-08-20T00:00:00Z") }]]));
writeFileSync(OUT, zipSync(stamped, { level: 9 }));
console.log(`wrote ${OUT.pathname}: ${children.length} paragraphs`);
