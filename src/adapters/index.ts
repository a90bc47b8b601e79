// The adapters: one per input format, each turning a file's bytes into the shared block
// representation (model/blocks). This registry is the only place that knows which module reads
// which format; heavy readers (htmlparser2, remark, unpdf, word-extractor) are imported only when a
// file of their format arrives. Adapters may import model/ and lexicon/, never stages/.
import type { Block, InvisibleRemoval } from "../model/blocks.js";
import { KexieError } from "../model/errors.js";
import type { Format } from "../model/formats.js";
import { LIMITS, unzippedCap } from "../model/limits.js";
import { decodeBytes } from "./decode.js";
import { frontMatterMetadata, lastLineOpen, textToBlocks } from "./text.js";
import { PARAGRAPH_MARKUP } from "../lexicon/layout.js";

export interface ReadOptions {
  /** shown in errors */
  path: string | null;
  /** force a decoder (any name iconv-lite knows) */
  encoding?: string | null;
  /** refuse bytes that only decode with replacement characters */
  strict?: boolean;
  /** the input size limit (--max-bytes); a package's XML may inflate to twice this */
  maxBytes?: number;
}

const zipLimits = (opts: ReadOptions) => ({ maxBytes: unzippedCap(opts.maxBytes ?? LIMITS.maxBytes), maxEntries: LIMITS.zipEntries });

export interface Adapted {
  blocks: Block[];
  encoding: string;
  /** lines whose bytes decoded only with U+FFFD */
  replacedLines?: number[];
  /** invisible characters removed from source lines before reading them */
  invisible?: InvisibleRemoval[];
  /** label → value pairs of a government info-disclosure page (索引号, 发文字号 …) */
  metadata?: Record<string, string>;
  /** (text) the last line has no line break after it: an excerpt may have been cut inside it */
  lastLineOpen?: boolean;
}

export type Adapter = (bytes: Uint8Array, opts: ReadOptions) => Promise<Adapted>;

/** A reader's own failure as a KexieError naming the file: `unsupported` marks errors that mean "known, but not readable here". */
function failure(e: unknown, path: string | null, unsupported = false): KexieError {
  if (e instanceof KexieError) return e.file || !path ? e : new KexieError(e.code, e.message, { file: path, line: e.line });
  return new KexieError(unsupported ? "E_UNSUPPORTED" : "E_DECODE", (e as Error).message, { file: path });
}

async function decodeText(bytes: Uint8Array, opts: ReadOptions, encoding = opts.encoding) {
  const decoded = await decodeBytes(bytes, { encoding, file: opts.path, strict: opts.strict });
  if (decoded.text.trim() === "") throw new KexieError("E_EMPTY", "file holds only whitespace — nothing to parse", { file: opts.path });
  return decoded;
}

export const ADAPTERS: Record<Format, Adapter> = {
  async text(bytes, opts) {
    const d = await decodeText(bytes, opts);
    const invisible: InvisibleRemoval[] = [];
    let blocks = textToBlocks(d.text, invisible);
    // a page's source saved as text (a law database's <p>…</p><p>…</p> under its metadata lines): the
    // lines that hold paragraph markup are read by the HTML walker (htmlparser2), loaded only then
    // (every form of it holds a <: most texts are ruled out by one search for it)
    if (d.text.includes("<") && PARAGRAPH_MARKUP.test(d.text)) {
      const { checkHtmlDepth } = await import("./html-depth.js");
      // (the file is text already: the advice is to take the tags out)
      checkHtmlDepth(d.text, opts.path, "the HTML markup in this text", "remove the tags, or open the page in a browser and save its text");
      const { fragmentToBlocks } = await import("./html-walk.js");
      blocks = blocks.flatMap((b) => (b.kind === "para" && b.text.includes("<") && PARAGRAPH_MARKUP.test(b.text) ? fragmentToBlocks(b.text, { line: b.line, column: b.column }) : [b]));
    }
    return { blocks, invisible, encoding: d.encoding, replacedLines: d.replacedLines, metadata: frontMatterMetadata(d.text), lastLineOpen: lastLineOpen(d.text) };
  },
  async markdown(bytes, opts) {
    const d = await decodeText(bytes, opts);
    const { checkMarkdownDepth } = await import("./depth.js");
    checkMarkdownDepth(d.text, opts.path); // before remark builds a tree
    const meta = { encoding: d.encoding, replacedLines: d.replacedLines, metadata: frontMatterMetadata(d.text) };
    // paragraphs, # headings and 1. items alone: read without remark (it is most of a Markdown parse)
    const plain = (await import("./markdown-plain.js")).plainMarkdownBlocks(d.text);
    if (plain) return { blocks: plain, ...meta };
    const { markdownToBlocks } = await import("./markdown.js");
    // raw HTML inside Markdown is read by the HTML walker (htmlparser2): loaded only when there can be any
    const html = d.text.includes("<") ? (await import("./html-walk.js")).fragmentToBlocks : null;
    return { blocks: markdownToBlocks(d.text, html), ...meta };
  },
  async html(bytes, opts) {
    const html = await import("./html.js");
    const d = await decodeBytes(bytes, { encoding: opts.encoding ?? html.htmlDeclaredCharset(bytes), file: opts.path, strict: opts.strict });
    // html-depth.js loads htmlparser2: only HTML input pays for it
    const { checkHtmlDepth } = await import("./html-depth.js");
    checkHtmlDepth(d.text, opts.path); // before the tree is built
    try {
      const page = html.readHtml(d.text);
      return { blocks: page.blocks, metadata: page.metadata, encoding: d.encoding, replacedLines: d.replacedLines };
    } catch (e) {
      // thousands of nested elements exhaust the stack: say so instead of crashing
      if (e instanceof RangeError) throw new KexieError("E_TOO_DEEP", "the page is nested too deeply to read — save the article text as .txt", { file: opts.path });
      throw e;
    }
  },
  async docx(bytes, opts) {
    const { docxToBlocks } = await import("./docx.js");
    return binary(opts.path, () => docxToBlocks(bytes, zipLimits(opts)));
  },
  async doc(bytes, opts) {
    const doc = await import("./doc.js");
    // another Office format, Word 6.0/95 or an encrypted file: known, but not readable here
    return binary(opts.path, () => doc.docToBlocks(bytes), (e) => e instanceof doc.UnsupportedDocError);
  },
  async pdf(bytes, opts) {
    const pdf = await import("./pdf.js");
    // a scan has no text to read: that needs OCR, not better bytes
    return binary(opts.path, () => pdf.pdfToBlocks(bytes), (e) => e instanceof pdf.NoTextLayerError);
  },
  async ofd(bytes, opts) {
    const ofd = await import("./ofd.js");
    return binary(opts.path, () => ofd.ofdToBlocks(bytes, zipLimits(opts)), (e) => e instanceof ofd.NoTextLayerError);
  },
};

/** A binary format's blocks (its text is Unicode inside), with the reader's failures typed. */
async function binary(path: string | null, run: () => Block[] | Promise<Block[]>, unsupported: (e: unknown) => boolean = () => false): Promise<Adapted> {
  try {
    return { blocks: await run(), encoding: "utf-8" };
  } catch (e) {
    throw failure(e, path, unsupported(e));
  }
}

/** Read a file's bytes with the adapter of its format. */
export function read(format: Format, bytes: Uint8Array, opts: ReadOptions): Promise<Adapted> {
  return ADAPTERS[format](bytes, opts);
}
