// The pipeline: bytes → format detection → the format's adapter (model/blocks) → the structure
// stages (stages/assemble) → one Notice. Which module reads which format lives in adapters/.
import { createHash } from "node:crypto";
import type { Notice } from "./model/schema.js";
import type { InvisibleRemoval } from "./model/blocks.js";
import { KexieError } from "./model/errors.js";
import { detectFormat, refuseJson, startsLikeJson, type Format } from "./model/formats.js";
import { formatSize, LIMITS } from "./model/limits.js";
import { read } from "./adapters/index.js";
import { frontMatterMetadata, lastLineOpen, textToBlocks } from "./adapters/text.js";
import { assemble, type Meta } from "./stages/assemble.js";

export interface ParseOptions {
  /** path shown in source.path and in errors; its extension helps choose the format */
  path?: string | null;
  /** force a format instead of sniffing content and extension */
  from?: Format | null;
  /** force a decoder (any name iconv-lite knows) */
  encoding?: string | null;
  /** refuse bytes that only decode with replacement characters instead of reporting them */
  strict?: boolean;
  /** refuse a larger input (E_TOO_LARGE); a .docx/.ofd may inflate to twice this. Default 50 MB */
  maxBytes?: number;
}

/** Parse already-decoded plain text (or Markdown-ish text). */
export function parseText(text: string, meta: Meta = {}): Notice {
  const invisible: InvisibleRemoval[] = [];
  return assemble(textToBlocks(text, invisible), {
    invisible,
    metadata: frontMatterMetadata(text),
    lastLineOpen: lastLineOpen(text),
    ...meta,
    bytes: meta.bytes ?? Buffer.byteLength(text),
    sha256: meta.sha256 ?? createHash("sha256").update(text).digest("hex"),
  });
}

/** The structure stages on the blocks of any adapter. */
export const parseBlocks = assemble;

/** Parse a notice from its bytes in any supported format and encoding. */
export async function parseNotice(input: Uint8Array | string, opts: ParseOptions = {}): Promise<Notice> {
  const path = opts.path ?? null;
  const max = opts.maxBytes ?? LIMITS.maxBytes;
  const size = typeof input === "string" ? Buffer.byteLength(input) : input.length;
  if (size > max) throw new KexieError("E_TOO_LARGE", `is ${formatSize(size)}, over the ${formatSize(max)} limit — pass --max-bytes to read larger files`, { file: path });
  // the CLI's rules for a file hold for a string too: nothing to parse, or JSON, is refused
  if (typeof input === "string") {
    if (input.trim() === "") throw new KexieError("E_EMPTY", input ? "text holds only whitespace — nothing to parse" : "text is empty — nothing to parse", { file: path });
    if (!opts.from) refuseJson(input, path);
    return parseText(input, { path });
  }
  if (input.length === 0) throw new KexieError("E_EMPTY", "file is empty — nothing to parse", { file: path });
  const format = detectFormat(input, path, opts.from ?? null);
  // kexie's own output or other JSON (UTF-8 or ASCII, as JSON is), unless the format was forced
  if (format === "text" && !opts.from && startsLikeJson(input)) {
    refuseJson(Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString("utf8"), path);
  }
  const adapted = await read(format, input, { path, encoding: opts.encoding, strict: opts.strict, maxBytes: max });
  return assemble(adapted.blocks, {
    path, format, bytes: input.length, sha256: createHash("sha256").update(input).digest("hex"),
    encoding: adapted.encoding, replacedLines: adapted.replacedLines, invisible: adapted.invisible, metadata: adapted.metadata,
    lastLineOpen: adapted.lastLineOpen,
  });
}
