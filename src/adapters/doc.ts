// Word 97-2003 (.doc) adapter: the binary format read by word-extractor (pure JavaScript), turned
// into the same blocks the text and .docx adapters make, so the structure stages need no
// .doc-specific code.
//
// word-extractor reads the OLE compound file, the piece table and revision marks (deleted text
// is dropped) and gives the main text. Its Document.getBody() flattens what matters here, though:
// a table cell mark and a table row mark both become a tab and a row is not a line of its own,
// a paragraph inside a cell and a line break both become a newline. So this adapter extends its
// Word 97 extractor to keep the raw text of the main story with its control characters, and reads
// the paragraph properties (PAPX in the FKPs, and the "huge" PAPX LibreOffice stores in the Data
// stream) to tell which paragraphs are in a table and which mark ends a row. Then:
//   - Word tables become table blocks (a cell's paragraphs joined by newlines, as for .docx);
//     a cell covered by the vertically merged cell above shows that cell's text;
//   - every other Word paragraph is one line, read by the text adapter (textToBlocks), so
//     tab-separated rows typed as text are tables there too, and line = Word paragraph number;
//   - fields show their result, not their code; line breaks join like in .docx.
// Not recovered: Word's automatic numbering (1、 （一） drawn from the list tables, not stored in
// the text), headers and footers, text boxes, footnotes; cells merged across columns keep their
// own count (no grid expansion). A file whose paragraph properties cannot be read falls back to
// word-extractor's flat text.
import type { Block, TableBlock } from "../model/blocks.js";
import { textToBlocks } from "./text.js";
import { WIDE_SPACE } from "../lexicon/layout.js";

/**
 * A compound file kexie knows but cannot read as a Word 97-2003 document: another Office format
 * (.xls, .ppt), a Word 6.0/95 file or an encrypted one. parse.ts maps it to E_UNSUPPORTED; any
 * other Error from docToBlocks means the bytes are damaged (E_DECODE).
 */
export class UnsupportedDocError extends Error {
  override name = "UnsupportedDocError";
}

/** Token characters (private use) standing for Word's structural marks in the flattened text. */
const PARA = "\ue000";
const CELL_PARA = "\ue001";
const CELL = "\ue002";
const ROW = "\ue003";
const BREAK = "\ue004";
const LATIN_BREAK = /(?<=[A-Za-z0-9])\ue004+(?=[A-Za-z0-9])/g;

/** What the paragraph properties say about one paragraph mark. */
interface MarkInfo {
  inTable: boolean;
  /** the mark ends a table row (TTP) of the outermost table */
  rowEnd: boolean;
  /** TC vertMerge of each cell of the row this row-end mark closes: 1 continues the cell above */
  vertMerge?: number[];
}

const STREAM_KIND: Record<string, string> = {
  Workbook: "an Excel workbook", Book: "an Excel workbook", "PowerPoint Document": "a PowerPoint presentation",
  VisioDocument: "a Visio drawing", EncryptedPackage: "a password-protected Office file",
};

/** Walk the sprms of a grpprl; the handler gets each sprm and its operand. */
function eachSprm(buf: Buffer, start: number, handler: (sprm: number, operand: Buffer) => void): void {
  let at = start;
  while (at + 2 <= buf.length) {
    const sprm = buf.readUInt16LE(at);
    at += 2;
    const spra = sprm >> 13;
    let len: number;
    if (spra === 0 || spra === 1) len = 1;
    else if (spra === 2 || spra === 4 || spra === 5) len = 2;
    else if (spra === 3) len = 4;
    else if (spra === 7) len = 3;
    else if (sprm === 0xd608 || sprm === 0xd606) {
      // sprmTDefTable: a two-byte size, counting itself minus one
      if (at + 2 > buf.length) return;
      len = buf.readUInt16LE(at) + 1;
    } else if (sprm === 0xc615 && buf[at] === 255) {
      return; // sprmPChgTabs with a computed size: tab stops only, nothing this adapter needs after it
    } else {
      if (at >= buf.length) return;
      len = buf[at]! + 1;
    }
    if (at + len > buf.length) return;
    handler(sprm, buf.subarray(at, at + len));
    at += len;
  }
}

/** vertMerge of each cell in a TDefTable operand (TC80 array after the column boundaries). */
function vertMerges(operand: Buffer): number[] {
  const itcMac = operand[2] ?? 0;
  const out: number[] = [];
  let at = 3 + 2 * (itcMac + 1);
  for (let k = 0; k < itcMac && at + 2 <= operand.length; k++, at += 20) out.push((operand.readUInt16LE(at) >> 5) & 3);
  return out;
}

let patched = false;

/**
 * word-extractor follows a sector chain until it ends and only notices a sector pointing at
 * itself: a corrupt file whose chain loops (A → B → A) would run until memory is exhausted. The
 * chain is bounded here instead, so such a file fails like any other unreadable one.
 */
function boundSectorChains(AllocationTable: { prototype: { _table?: number[]; getSecIdChain(start: number): number[] } }): void {
  if (patched) return;
  patched = true;
  AllocationTable.prototype.getSecIdChain = function (this: { _table?: number[] }, start: number): number[] {
    const table = this._table ?? [];
    const chain: number[] = [];
    const seen = new Set<number>();
    for (let id = start; id >= 0; id = table[id] ?? -2) {
      if (seen.has(id) || id >= table.length) throw new Error("corrupt compound file: a sector chain loops or leaves the file");
      seen.add(id);
      chain.push(id);
    }
    return chain;
  };
}

async function loadExtractor() {
  const [{ default: WordOleExtractor }, { default: OleCompoundDoc }, { default: BufferReader }, { default: AllocationTable }] = await Promise.all([
    import("word-extractor/lib/word-ole-extractor.js"),
    import("word-extractor/lib/ole-compound-doc.js"),
    import("word-extractor/lib/buffer-reader.js"),
    import("word-extractor/lib/ole-allocation-table.js"),
  ]);
  boundSectorChains(AllocationTable);

  /** word-extractor's Word 97 reader, keeping the raw main text and the table marks. */
  class RawWordReader extends WordOleExtractor {
    data: Buffer = Buffer.alloc(0);
    /** paragraph-mark CP → what its properties say; null when they could not be read */
    marks: Map<number, MarkInfo> | null = null;
    raw = "";

    async read(bytes: Uint8Array) {
      const ole = new OleCompoundDoc(new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
      try {
        await ole.read();
      } catch (e) {
        throw new Error(`not a Word 97-2003 document: cannot read it as an OLE compound file (${(e as Error).message})`);
      }
      const word = await this.streamBuffer(ole.stream("WordDocument"));
      if (word.length < 0x200) {
        const names = Object.keys((ole as unknown as { _rootStorage?: { _dirEntry?: { streams?: object } } })._rootStorage?._dirEntry?.streams ?? {});
        const kind = names.map((n) => STREAM_KIND[n]).find(Boolean);
        throw new UnsupportedDocError(`not a Word document: this OLE file has no WordDocument stream${kind ? ` (it looks like ${kind})` : ""}`);
      }
      const ident = word.readUInt16LE(0);
      const nFib = word.readUInt16LE(2);
      const flags = word.readUInt16LE(0xa);
      if (ident === 0xa5dc || (ident === 0xa5ec && nFib < 0xc0)) {
        throw new UnsupportedDocError("this is a Word 6.0/95 document, which kexie cannot read — re-save it as .docx");
      }
      if (ident !== 0xa5ec) throw new Error(`not a Word 97-2003 document (unknown WordDocument signature ${ident.toString(16)})`);
      if (flags & 0x0100) throw new UnsupportedDocError("this .doc is password-protected (encrypted) — remove the password and re-save it");
      this.data = await this.streamBuffer(ole.stream("Data"));
      try {
        return await this.extractWordDocument(ole, word);
      } catch (e) {
        throw new Error(`not a readable Word 97-2003 document: ${(e as Error).message}`);
      }
    }

    /** Replaces word-extractor's own pass (which only knows inline row-end marks). */
    override writeParagraphProperties(word: Buffer, table: Buffer): void {
      try {
        this.marks = this.readMarks(word, table);
      } catch {
        this.marks = null;
      }
    }

    private readMarks(word: Buffer, table: Buffer): Map<number, MarkInfo> {
      const marks = new Map<number, MarkInfo>();
      const fc = word.readUInt32LE(0x0102);
      const lcb = word.readUInt32LE(0x0106);
      const count = (lcb - 4) / 8;
      if (lcb < 12 || !Number.isInteger(count) || fc + lcb > table.length) throw new Error("no paragraph properties");
      const plc = table.subarray(fc, fc + lcb);
      for (let i = 0; i < count; i++) {
        const pn = plc.readUInt32LE((count + 1) * 4 + i * 4);
        const fkp = word.subarray(pn * 512, pn * 512 + 512);
        if (fkp.length < 512) throw new Error("paragraph properties page out of range");
        const crun = fkp[511]!;
        for (let j = 0; j < crun; j++) {
          const end = fkp.readUInt32LE((j + 1) * 4);
          const info = this.paragraphInfo(fkp, crun, j);
          if (!info.inTable) continue;
          const cp = this.cpOfMark(end);
          if (cp !== null) marks.set(cp, info);
        }
      }
      return marks;
    }

    private paragraphInfo(fkp: Buffer, crun: number, j: number): MarkInfo {
      const info: MarkInfo = { inTable: false, rowEnd: false };
      const bOffset = fkp[(crun + 1) * 4 + j * 13]! * 2;
      if (bOffset === 0) return info;
      const cb = fkp[bOffset]!;
      const grpprl = cb !== 0 ? fkp.subarray(bOffset + 1, bOffset + 2 * cb) : fkp.subarray(bOffset + 2, bOffset + 2 + 2 * fkp[bOffset + 1]!);
      let depth = -1;
      let ttp = false;
      let huge = false;
      const onSprm = (sprm: number, op: Buffer) => {
        switch (sprm) {
          case 0x2416: // sprmPFInTable
            info.inTable = op[0] === 1;
            break;
          case 0x2417: // sprmPFTtp
            ttp = op[0] === 1;
            break;
          case 0x6649: // sprmPItap
            depth = op.readInt32LE(0);
            break;
          case 0xd608: // sprmTDefTable
            info.vertMerge = vertMerges(op);
            break;
          case 0xd62b: // sprmTVertMerge: itc, vertMerge
            if (op.length >= 3 && info.vertMerge) info.vertMerge[op[1]!] = op[2]!;
            break;
          case 0x6646: { // sprmPHugePapx: the properties live in the Data stream (never nested)
            const at = op.readUInt32LE(0);
            if (!huge && at + 2 <= this.data.length) {
              huge = true;
              const size = this.data.readUInt16LE(at);
              eachSprm(this.data.subarray(at + 2, at + 2 + size), 0, onSprm);
            }
            break;
          }
        }
      };
      // the first two bytes are the style index
      eachSprm(grpprl, 2, onSprm);
      if (depth > 0) info.inTable = true;
      if (depth === 0) info.inTable = false;
      // a nested table's rows end with a paragraph mark inside an outer cell: only depth 1 ends rows
      info.rowEnd = info.inTable && ttp && depth <= 1;
      return info;
    }

    /** CP of the paragraph mark that ends at file position `end` (the FKP's run limit). */
    private cpOfMark(end: number): number | null {
      for (const p of this._pieces) {
        if (end > p.startFilePos && end <= p.endFilePos) return p.startCp + (end - p.startFilePos) / p.bpc - 1;
      }
      return null;
    }

    override buildDocument() {
      const doc = super.buildDocument();
      const pieces = [...this._pieces].sort((a, b) => a.startCp - b.startCp);
      this.raw = pieces.map((p) => p.text).join("").slice(0, this._boundaries.ccpText);
      return doc;
    }
  }
  return RawWordReader;
}

/** The main text as one string with structural marks replaced by the PARA … BREAK tokens. */
function tokenize(raw: string, marks: Map<number, MarkInfo>): { text: string; rowMerges: Map<number, number[]> } {
  let out = "";
  const rowMerges = new Map<number, number[]>();
  let rows = 0;
  for (let cp = 0; cp < raw.length; cp++) {
    const ch = raw[cp]!;
    const mark = marks.get(cp);
    switch (ch) {
      case "\r":
        out += mark?.inTable ? CELL_PARA : PARA;
        break;
      case "\x07":
      case "\n":
        if (mark?.rowEnd) {
          if (mark.vertMerge) rowMerges.set(rows, mark.vertMerge);
          rows++;
          out += ROW;
        } else out += mark?.inTable || ch === "\x07" ? CELL : PARA;
        break;
      case "\x0b":
        out += BREAK;
        break;
      case "\x0c": // page or section break
      case "\x0e": // column break
        out += PARA;
        break;
      case "\x1e": // non-breaking hyphen
        out += "-";
        break;
      default:
        out += ch;
    }
  }
  // fields: keep the result (after 0x14), drop the code; innermost first, as nested fields are
  let again = true;
  while (again) {
    again = false;
    out = out.replace(/\x13[^\x13\x14\x15]*\x14?([^\x13\x14\x15]*)\x15/g, (_m, result: string) => {
      again = true;
      return result;
    });
  }
  // deleted text (blanked by word-extractor), pictures, note references, optional hyphens
  out = out.replace(/[\x00-\x08\x13-\x15\x1f]/g, "");
  return { text: out, rowMerges };
}

/** A paragraph's line breaks: dropped between Chinese characters, a space between Latin words (as .docx). */
function joinBreaks(s: string): string {
  return s.replace(LATIN_BREAK, " ").replaceAll(BREAK, "");
}

function cellParagraph(s: string): string {
  return joinBreaks(s).replace(WIDE_SPACE, " ").replace(/\t/g, " ").trim();
}

/** Blocks from the tokenized text: Word tables as table blocks, other paragraphs via the text adapter. */
function toBlocks(text: string, rowMerges: Map<number, number[]>): Block[] {
  const blocks: Block[] = [];
  let line = 1;
  let chunk: string[] = [];
  let chunkStart = 1;
  let cur = "";
  let cellLines: string[] = [];
  let row: string[] = [];
  let table: { rows: string[][]; rowLines: number[]; line: number } | null = null;
  let rowLine = 1;
  let rowIndex = 0;

  const flushChunk = () => {
    if (chunk.length) {
      for (const b of textToBlocks(chunk.join("\n"))) blocks.push(shift(b, chunkStart - 1));
    }
    chunk = [];
  };
  const openTable = () => {
    if (table) return;
    flushChunk();
    table = { rows: [], rowLines: [], line };
    rowLine = line;
  };
  const endRow = (merges?: number[]) => {
    if (!table) return;
    if (cellLines.length) {
      row.push(cellLines.join("\n"));
      cellLines = [];
    }
    const above = table.rows[table.rows.length - 1];
    // a cell continuing a vertical merge shows the text of the merged cell, as in .docx
    if (merges && above) row.forEach((c, k) => (row[k] = merges[k] === 1 && c === "" ? (above[k] ?? "") : c));
    if (row.length) {
      table.rows.push(row);
      table.rowLines.push(rowLine);
    }
    row = [];
  };
  const closeTable = () => {
    if (!table) return;
    if (row.length || cellLines.length) endRow();
    const t: { rows: string[][]; rowLines: number[]; line: number } = table;
    table = null;
    if (t.rows.length) {
      const block: TableBlock = { kind: "table", rows: t.rows, rowLines: t.rowLines, line: t.line, column: 1, layout: "docx" };
      blocks.push(block);
    }
    chunkStart = line;
  };

  for (const ch of text) {
    switch (ch) {
      case PARA:
        closeTable();
        if (!chunk.length) chunkStart = line;
        chunk.push(joinBreaks(cur));
        cur = "";
        line++;
        break;
      case CELL_PARA:
      case CELL: {
        openTable();
        if (!row.length && !cellLines.length) rowLine = line;
        const t = cellParagraph(cur);
        if (t) cellLines.push(t);
        cur = "";
        line++;
        if (ch === CELL) {
          row.push(cellLines.join("\n"));
          cellLines = [];
        }
        break;
      }
      case ROW:
        openTable();
        endRow(rowMerges.get(rowIndex++));
        cur = "";
        break;
      default:
        cur += ch;
    }
  }
  if (table) closeTable();
  if (cur.trim()) {
    if (!chunk.length) chunkStart = line;
    chunk.push(joinBreaks(cur));
  }
  flushChunk();
  return blocks;
}

/** A block of a text chunk moved to the Word paragraph numbers of the whole document. */
function shift(b: Block, by: number): Block {
  if (by === 0) return b;
  if (b.kind === "table") return { ...b, line: b.line + by, rowLines: b.rowLines.map((l) => l + by), skipped: b.skipped?.map((s) => ({ ...s, line: s.line + by })) };
  return { ...b, line: b.line + by, spans: b.spans.map((s) => ({ ...s, line: s.line + by })) };
}

/** Flat text when the paragraph properties cannot be read: cells as tabs, one line per paragraph. */
function flatText(raw: string): string {
  return joinBreaks(tokenize(raw, new Map()).text.replaceAll(PARA, "\n").replaceAll(CELL, "\t").replaceAll(ROW, "\n"));
}

/** Blocks of a Word 97-2003 .doc file. Throws a plain Error when the bytes are not one. */
export async function docToBlocks(bytes: Uint8Array): Promise<Block[]> {
  const Reader = await loadExtractor();
  const reader = new Reader();
  await reader.read(bytes);
  if (!reader.marks) return textToBlocks(flatText(reader.raw));
  const { text, rowMerges } = tokenize(reader.raw, reader.marks);
  return toBlocks(text, rowMerges);
}
