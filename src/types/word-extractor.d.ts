// Types for the parts of word-extractor (pure JavaScript, CommonJS, no types of its own) that the
// .doc adapter uses. Besides the documented Document accessors these are its internal modules:
// the OLE compound-file reader and the Word 97 extractor, which the adapter extends to keep the
// control characters (cell and row marks, paragraph marks) that Document.getBody() flattens.
// The version is pinned in package.json for that reason.

declare module "word-extractor/lib/document.js" {
  interface TextOptions {
    /** false keeps typographic quotes and dashes (“ ” — …) instead of ASCII look-alikes */
    filterUnicode?: boolean;
  }
  class WordDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
    getHeaders(options?: TextOptions & { includeFooters?: boolean }): string;
    getFooters(options?: TextOptions): string;
    getAnnotations(options?: TextOptions): string;
    getTextboxes(options?: TextOptions & { includeBody?: boolean; includeHeadersAndFooters?: boolean }): string;
  }
  export = WordDocument;
}

declare module "word-extractor/lib/buffer-reader.js" {
  class BufferReader {
    constructor(buffer: Buffer);
    open(): Promise<void>;
    close(): Promise<void>;
  }
  export = BufferReader;
}

declare module "word-extractor/lib/ole-compound-doc.js" {
  import type { Readable } from "node:stream";
  import type BufferReader from "word-extractor/lib/buffer-reader.js";
  class OleCompoundDoc {
    constructor(reader: BufferReader);
    /** reads header, allocation tables and directory; rejects "Not a valid compound document" */
    read(): Promise<void>;
    /** a stream that ends at once when the compound file has no stream of that name */
    stream(name: string): Readable;
  }
  export = OleCompoundDoc;
}

declare module "word-extractor/lib/word-ole-extractor.js" {
  import type { Readable } from "node:stream";
  import type WordDocument from "word-extractor/lib/document.js";
  import type OleCompoundDoc from "word-extractor/lib/ole-compound-doc.js";

  /** A text piece of the Word 97 piece table (CLX), text decoded, deletions blanked to U+0000. */
  interface Piece {
    startCp: number;
    endCp: number;
    startFilePos: number;
    endFilePos: number;
    /** bytes per character: 2 for UTF-16 pieces, 1 for compressed (cp1252) ones */
    bpc: number;
    text: string;
  }

  class WordOleExtractor {
    _pieces: Piece[];
    _boundaries: { ccpText: number; [k: string]: number };
    extract(reader: unknown): Promise<WordDocument>;
    extractWordDocument(document: OleCompoundDoc, buffer: Buffer): Promise<WordDocument>;
    documentStream(document: OleCompoundDoc, name: string): Promise<Readable>;
    streamBuffer(stream: Readable): Promise<Buffer>;
    writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
    buildDocument(): WordDocument;
  }
  export = WordOleExtractor;
}

declare module "word-extractor/lib/ole-allocation-table.js" {
  class AllocationTable {
    _table?: number[];
    /** sector ids of the chain starting at `start` (the FAT or the mini FAT) */
    getSecIdChain(start: number): number[];
  }
  export = AllocationTable;
}
