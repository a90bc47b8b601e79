// A file as the linter sees it: its decoded text cut into lines (with the offset of each line, so
// a fix is a range of the text), the notice the parser reads from it, and the disable comments.
// Plain text and Markdown are decoded here and parsed from that same text, so a line number of
// the parser is a line number of the file; other formats are read by their adapter and linted on
// its paragraphs (one per line), never fixed.
import { createHash } from "node:crypto";
import type { Notice } from "../model/schema.js";
import { detectFormat, type Format } from "../model/formats.js";
import type { Block } from "../model/blocks.js";
import { read } from "../adapters/index.js";
import { decodeBytes } from "../adapters/decode.js";
import { parseBlocks } from "../parse.js";
import type { SourceFile } from "./types.js";

/** the parser's own line breaks (adapters/text.ts splitLines) */
const EOL = /\r\n|\r|\n|\u2028|\u2029/g;

/** `<!-- kexie-disable-next-line rule-a, rule-b -->` or `// kexie-disable-next-line` (all rules) */
const DIRECTIVE = /^\s*(?:<!--\s*kexie-disable-next-line\b([^>]*?)-->|\/\/\s*kexie-disable-next-line\b(.*))\s*$/;

export interface Loaded {
  source: SourceFile;
  notice: Notice;
  /** line → rule ids switched off on it (null: every rule) */
  disabled: Map<number, Set<string> | null>;
  /** the text had a byte-order mark (kept when writing back) */
  bom: boolean;
  /** bytes that decoded only with replacement characters: such a file is never written back */
  lossy: boolean;
}

export function splitSource(text: string): { lines: string[]; lineStarts: number[] } {
  const lines: string[] = [];
  const lineStarts: number[] = [];
  let start = 0;
  EOL.lastIndex = 0;
  for (let m = EOL.exec(text); m; m = EOL.exec(text)) {
    lines.push(text.slice(start, m.index));
    lineStarts.push(start);
    start = m.index + m[0].length;
  }
  lines.push(text.slice(start));
  lineStarts.push(start);
  return { lines, lineStarts };
}

function directives(lines: string[]): Map<number, Set<string> | null> {
  const out = new Map<number, Set<string> | null>();
  lines.forEach((l, i) => {
    const m = DIRECTIVE.exec(l);
    if (!m) return;
    const ids = (m[1] ?? m[2] ?? "").split(/[\s,，]+/).filter(Boolean);
    out.set(i + 2, ids.length ? new Set(ids) : null);
  });
  return out;
}

export const isDirective = (line: string): boolean => DIRECTIVE.test(line);

/** Lines of a non-text format: each paragraph (or table row) of the adapter on a line of its own, and the source line of each. */
function blockLines(blocks: Block[]): { lines: string[]; lineMap: number[] } {
  const lines: string[] = [];
  const lineMap: number[] = [];
  const put = (line: number, text: string) => {
    lines.push(text);
    lineMap.push(line);
  };
  for (const b of blocks) {
    if (b.kind === "para") put(b.line, b.text);
    else b.rows.forEach((row, i) => put(b.rowLines[i] ?? b.line, row.join("\t")));
  }
  return { lines, lineMap };
}

export async function loadSource(
  bytes: Uint8Array,
  opts: { path?: string | null; from?: Format | null; encoding?: string | null } = {},
): Promise<Loaded> {
  const path = opts.path ?? null;
  const format = detectFormat(bytes, path, opts.from ?? null);
  const meta = { path, format, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
  if (format === "text" || format === "markdown") {
    const decoded = await decodeBytes(bytes, { encoding: opts.encoding, file: path });
    let text = decoded.text;
    const bom = text.charCodeAt(0) === 0xfeff || decoded.encoding === "utf-8-bom" || /^utf-16/.test(decoded.encoding);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const { lines, lineStarts } = splitSource(text);
    const disabled = directives(lines);
    // the parser never sees the disable comments: their lines are blank to it, so numbers hold
    const forParser = lines.map((l) => (DIRECTIVE.test(l) ? "" : l)).join("\n");
    const adapted = await read(format, Buffer.from(forParser, "utf8"), { path, encoding: "utf-8" });
    const notice = parseBlocks(adapted.blocks, { ...meta, encoding: decoded.encoding, replacedLines: decoded.replacedLines });
    return {
      source: { path, format, encoding: decoded.encoding, text, lines, lineStarts, fixable: true, lineMap: null },
      notice,
      disabled,
      bom,
      lossy: decoded.replacedLines.length > 0,
    };
  }
  const adapted = await read(format, bytes, { path, encoding: opts.encoding });
  const notice = parseBlocks(adapted.blocks, { ...meta, encoding: adapted.encoding, replacedLines: adapted.replacedLines, metadata: adapted.metadata });
  const paragraphs = blockLines(adapted.blocks);
  const text = paragraphs.lines.join("\n");
  const { lines, lineStarts } = splitSource(text);
  return {
    source: { path, format, encoding: adapted.encoding, text, lines, lineStarts, fixable: false, lineMap: paragraphs.lineMap },
    notice,
    disabled: new Map(),
    bom: false,
    lossy: false,
  };
}
