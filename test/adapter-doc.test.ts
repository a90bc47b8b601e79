// The Word 97-2003 (.doc) adapter: binary .doc files saved by LibreOffice (scripts/make-doc-fixture.sh)
// read back into the same notice as the text they were made from — Word tables as tables, cells
// merged vertically filled, line breaks and fields as a reader sees them — and clear errors for
// OLE files that are not Word documents.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { docToBlocks, UnsupportedDocError } from "../src/adapters/doc.js";
import { parseBlocks, parseNotice } from "../src/parse.js";
import type { Notice } from "../src/model/schema.js";
import { textToBlocks } from "../src/adapters/text.js";
import { paras, texts, tables, essentials, expectSameAsGuangling } from "./helpers/essentials.js";

const dir = path.resolve(__dirname, "../fixtures");
const fixture = (name: string) => readFileSync(path.join(dir, name));

/** tasks without their source line (a .doc numbers Word paragraphs, the text its lines) */
const tasks = (n: Notice) => n.tasks.map(({ line: _line, ...t }) => t);

// ---- compound-file surgery for the error cases ------------------------------------------------
const u16 = (b: Buffer, at: number) => b.readUInt16LE(at);
/** the directory entry of a stream, found by its UTF-16 name */
function dirEntry(file: Buffer, name: string): number {
  const at = file.indexOf(Buffer.from(name, "utf16le"));
  if (at < 0 || u16(file, at + 64) !== (name.length + 1) * 2) throw new Error(`no ${name} entry`);
  return at;
}
const sectorSize = (file: Buffer) => 1 << u16(file, 0x1e);
/** file offset of the first sector of the WordDocument stream (it holds the FIB) */
function fibOffset(file: Buffer): number {
  const start = file.readInt32LE(dirEntry(file, "WordDocument") + 116);
  return (start + 1) * sectorSize(file);
}
function edited(name: string, edit: (b: Buffer) => void): Buffer {
  const b = Buffer.from(fixture(name));
  edit(b);
  return b;
}

describe("doc adapter: a notice saved as Word 97-2003", () => {
  const bytes = () => fixture("doc-guangling-2020-notice.doc");
  const txt = readFileSync(path.join(dir, "guangling-2020-notice-cn-paren.txt"), "utf8");

  it("is a real Word 97 binary file: an OLE compound file with a Word 97 WordDocument stream", () => {
    const b = bytes();
    expect(b.subarray(0, 8).toString("hex")).toBe("d0cf11e0a1b11ae1");
    const fib = fibOffset(b);
    expect(u16(b, fib)).toBe(0xa5ec); // wIdent of Word 97 and later
    expect(u16(b, fib + 2)).toBeGreaterThanOrEqual(0xc1); // nFib
  });

  it("reads every paragraph of the text it was saved from, one block per Word paragraph", async () => {
    const blocks = await docToBlocks(bytes());
    expect(texts(blocks)).toEqual(texts(textToBlocks(txt)));
    expect(tables(blocks)).toEqual([]);
    // line = the Word paragraph number; the fixture has no empty paragraphs
    expect(paras(blocks).map((b) => b.line)).toEqual(paras(blocks).map((_, k) => k + 1));
    expect(paras(blocks)[1]).toMatchObject({ text: "扬广教〔2020〕47号", line: 2, column: 1, heading: 0 });
  });

  it("parses to the same notice as the text: header, outline, signature date", async () => {
    const want = await parseNotice(Buffer.from(txt), { path: "fixtures/guangling-2020-notice-cn-paren.txt" });
    expectSameAsGuangling(parseBlocks(await docToBlocks(bytes())), want, expect);
  });

  it("keeps typographic quotes and dashes (word-extractor's ASCII filter is off)", async () => {
    const all = texts(await docToBlocks(bytes())).join("\n");
    expect(all).toContain("做到“一校一案”");
    expect(all).toContain("— 2 —");
  });

  it("leaves the caller's bytes alone", async () => {
    const b = new Uint8Array(bytes());
    const copy = Buffer.from(b);
    await docToBlocks(b);
    expect(Buffer.from(b).equals(copy)).toBe(true);
  });
});

describe("doc adapter: a Word table (滁州 2017 重点工作任务表)", () => {
  const bytes = () => fixture("doc-chuzhou-2017-task-table.doc");
  const seedPath = path.join(dir, "seed-chuzhou-2017-task-table.txt");

  it("reads the Word table as one table block, a row per Word row", async () => {
    const [table, ...rest] = tables(await docToBlocks(bytes()));
    expect(rest).toEqual([]);
    expect(table!.layout).toBe("docx");
    expect(table!.rows[0]).toEqual(["序号", "重点工作内容", "责任人", "责任部室", "分管领导", "完成时间", "备注"]);
    expect(table!.rows.length).toBe(11);
    expect(table!.rows.every((r) => r.length === 7)).toBe(true);
    expect(table!.rows[10]).toEqual(["10", "制订《滁州市科协系统信息工作考核方案》，组建全市科协系统信息员队伍", "柏春艳", "办公室", "张家水", "全  年", ""]);
    // rows are numbered by the Word paragraph their first cell starts at (7 cells + the row mark)
    expect(table!.rowLines.slice(0, 3)).toEqual([table!.line, table!.line + 7, table!.line + 14]);
  });

  it("joins a title wrapped with a line break (not a paragraph break) into one paragraph", async () => {
    expect(texts(await docToBlocks(bytes()))).toContain("关于印发《滁州市科协2017年工作要点》的通知");
  });

  it("gives the same tasks, header and outline as the seed text", async () => {
    const want = await parseNotice(readFileSync(seedPath), { path: seedPath });
    const got = parseBlocks(await docToBlocks(bytes()));
    expect(got.tasks.length).toBe(10);
    expect(tasks(got)).toEqual(tasks(want));
    expect(got.tasks[1]).toMatchObject({ seq: "2", lead: ["学会部"], leader: "柳军", owner: "彭国华", deadline: "全年" });
    expect(essentials(got)).toEqual(essentials(want));
  });

  it("gives the same tasks as the .docx it was converted from", async () => {
    const docx = fixture("variants/seed-chuzhou-2017-task-table.docx");
    expect(tasks(parseBlocks(await docToBlocks(bytes())))).toEqual(tasks(await parseNotice(docx, { path: "x.docx" })));
  });
});

describe("doc adapter: what the binary format encodes besides plain paragraphs", () => {
  it("line breaks, fields, multi-paragraph and vertically merged cells", async () => {
    const blocks = await docToBlocks(fixture("doc-table-merged-cells.doc"));
    expect(blocks.map((b) => (b.kind === "para" ? b.text : b.rows))).toEqual([
      "关于印发重点任务分解表的通知",
      "第一行第二行", // a line break between Chinese characters joins
      "Hello World", // between Latin words it was a space
      "第1页", // a PAGE field: its result, not its code
      [
        ["序号", "任务", "牵头单位"],
        ["1", "任务甲", "办公室"],
        ["2", "任务乙\n第二段", "学会部"],
        ["3", "任务丙", "学会部"], // merged into the cell above: shows its text, as .docx does
      ],
      "结束",
    ]);
    const [table] = tables(blocks);
    // the second row's first cell is paragraph 8; the two-paragraph cell makes row 3 one longer
    expect(table).toMatchObject({ line: 5, rowLines: [5, 8, 11, 15] });
    expect(paras(blocks).at(-1)!.line).toBe(18);
  });
});

describe("doc adapter: files that are not Word 97-2003 documents", () => {
  const notWord = /^not a (readable )?Word( 97-2003)? document/;

  it("refuses an OLE file without a WordDocument stream (an .xls) and says what it looks like", async () => {
    const xls = edited("doc-guangling-2020-notice.doc", (b) => {
      const at = dirEntry(b, "WordDocument");
      b.fill(0, at, at + 64);
      b.write("Workbook", at, "utf16le");
      b.writeUInt16LE(18, at + 64);
    });
    await expect(docToBlocks(xls)).rejects.toThrow(/no WordDocument stream \(it looks like an Excel workbook\)/);
    // a format kexie knows it cannot read (E_UNSUPPORTED), not a damaged file (E_DECODE)
    await expect(docToBlocks(xls)).rejects.toBeInstanceOf(UnsupportedDocError);
  });

  it("refuses random bytes behind the OLE signature", async () => {
    let seed = 7;
    const junk = Buffer.alloc(4096).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16);
    const bytes = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), junk]);
    await expect(docToBlocks(bytes)).rejects.toThrow(notWord);
    await expect(docToBlocks(bytes)).rejects.not.toBeInstanceOf(UnsupportedDocError);
    await expect(docToBlocks(Buffer.from("d0cf11e0a1b11ae1", "hex"))).rejects.toThrow(notWord);
  });

  it("refuses a truncated file and a .docx", async () => {
    await expect(docToBlocks(fixture("doc-guangling-2020-notice.doc").subarray(0, 3000))).rejects.toThrow(notWord);
    await expect(docToBlocks(fixture("docx-guangling-2020-notice.docx"))).rejects.toThrow(notWord);
  });

  it("stops on a sector chain that loops instead of running out of memory", async () => {
    const looped = edited("doc-guangling-2020-notice.doc", (b) => {
      const fat = (b.readInt32LE(0x4c) + 1) * sectorSize(b); // first FAT sector (DIFAT[0])
      const s0 = b.readInt32LE(dirEntry(b, "WordDocument") + 116);
      const s1 = b.readInt32LE(fat + 4 * s0);
      b.writeInt32LE(s0, fat + 4 * s1); // s0 → s1 → s0 → …
    });
    await expect(docToBlocks(looped)).rejects.toThrow(/sector chain loops/);
  });

  it("names Word 6.0/95 files and password-protected ones", async () => {
    const word6 = edited("doc-guangling-2020-notice.doc", (b) => b.writeUInt16LE(0xa5dc, fibOffset(b)));
    await expect(docToBlocks(word6)).rejects.toThrow(/Word 6\.0\/95/);
    await expect(docToBlocks(word6)).rejects.toBeInstanceOf(UnsupportedDocError);
    const encrypted = edited("doc-guangling-2020-notice.doc", (b) => {
      const at = fibOffset(b) + 0xa;
      b.writeUInt16LE(u16(b, at) | 0x0100, at);
    });
    await expect(docToBlocks(encrypted)).rejects.toThrow(/password-protected/);
    await expect(docToBlocks(encrypted)).rejects.toBeInstanceOf(UnsupportedDocError);
  });

  it("falls back to the flat text when the paragraph properties cannot be read", async () => {
    const bare = edited("doc-guangling-2020-notice.doc", (b) => b.writeUInt32LE(0, fibOffset(b) + 0x106)); // lcbPlcfBtePapx
    const txt = readFileSync(path.join(dir, "guangling-2020-notice-cn-paren.txt"), "utf8");
    expect(texts(await docToBlocks(bare))).toEqual(texts(textToBlocks(txt)));
  });
});
