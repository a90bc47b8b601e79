// The pipeline: bytes → text → blocks → header / parts / closing / sections / tables → tasks →
// one document. Each stage lives in its own module; data flows one way.
import { createHash } from "node:crypto";
import type { Block, ParagraphBlock } from "./model/blocks.js";
import type { Diagnostic, Notice, Part, Section, Table } from "./model/schema.js";
import { SCHEMA_VERSION } from "./model/version.js";
import { textToBlocks } from "./adapters/text.js";
import { KexieError } from "./model/errors.js";
import { detectFormat, type Format } from "./model/formats.js";
import { decodeBytes } from "./adapters/decode.js";
import { findDate } from "./lexicon/dates.js";
import { findDocNumber } from "./lexicon/docnumber.js";
import { repairParagraphs } from "./stages/repair.js";
import { squeezeCjkSpaces } from "./lexicon/organs.js";
import { extractClosing } from "./stages/closing.js";
import { extractGlossary } from "./stages/glossary.js";
import { cleanTitle, extractHeader } from "./stages/header.js";
import { ORGAN_SUFFIX } from "./lexicon/patterns.js";
import { buildSections } from "./stages/sections.js";
import { findParts, quotedTitles } from "./stages/parts.js";
import { buildTable } from "./stages/tables.js";
import { extractTasks } from "./stages/tasks.js";

export interface ParseOptions {
  /** path shown in source.path and in errors; its extension helps choose the format */
  path?: string | null;
  /** force a format instead of sniffing content and extension */
  from?: Format | null;
  /** force a decoder (any name iconv-lite knows) */
  encoding?: string | null;
  /** refuse bytes that only decode with replacement characters instead of reporting them */
  strict?: boolean;
}

function paras(blocks: Block[]): ParagraphBlock[] {
  return blocks.filter((b): b is ParagraphBlock => b.kind === "para");
}

interface Meta {
  path?: string | null;
  format?: Format;
  encoding?: string;
  bytes?: number;
  sha256?: string;
  replacedLines?: number[];
  /** label → value pairs of a government info-disclosure page (索引号, 发文字号 …) */
  metadata?: Record<string, string>;
}

/** Parse already-decoded plain text (or Markdown-ish text). */
export function parseText(text: string, meta: Meta = {}): Notice {
  return parseBlocks(textToBlocks(text), {
    ...meta,
    bytes: meta.bytes ?? Buffer.byteLength(text),
    sha256: meta.sha256 ?? createHash("sha256").update(text).digest("hex"),
  });
}

/** The structure stages, on the blocks of any format adapter. */
export function parseBlocks(adapted: Block[], meta: Meta = {}): Notice {
  const diagnostics: Diagnostic[] = [];
  for (const line of meta.replacedLines ?? []) {
    diagnostics.push({
      severity: "warning", code: "decode-replaced",
      message: `invalid ${meta.encoding ?? ""} bytes replaced by U+FFFD on this line — check the source or pass --encoding`,
      line, column: 1,
    });
  }
  const pageMeta: Record<string, string> = {};
  const blocks = repairParagraphs(adapted, diagnostics, pageMeta);

  // 版头 and 标题 of the covering notice: only paragraphs can form a header
  const firstTable = blocks.findIndex((b) => b.kind === "table");
  const headBlocks = paras(firstTable < 0 ? blocks : blocks.slice(0, firstTable));
  const header = extractHeader(headBlocks, 0, diagnostics);
  const consumed = header.next === 0 ? 0 : blocks.indexOf(headBlocks[header.next - 1]!) + 1;
  const body = blocks.slice(consumed);

  const known = [...quotedTitles(body), ...(header.title ? quotedTitles([{ ...headBlocks[0]!, text: header.title }]) : [])];
  // 附件说明 titles name the parts too
  const attachTitles = body
    .filter((b): b is ParagraphBlock => b.kind === "para")
    .map((b) => /^附件?\s*[0-9]*\s*[：:]\s*(?:[0-9]+[.．、]\s*)?(.+)$/.exec(b.text)?.[1] ?? "")
    .filter(Boolean);
  const segments = findParts(body, [...known, ...attachTitles]);

  const tables: Table[] = [];
  const sectionsByPart: Section[][] = [];
  const glossary: Notice["glossary"] = [];

  // covering notice
  const cover = segments[0]!;
  const coverClosing = extractClosing(body.slice(cover.start, cover.end), diagnostics, header.masthead);
  const coverGloss = extractGlossary(coverClosing.body);
  glossary.push(...coverGloss.glossary);
  const coverSections = buildSections(coverGloss.body, diagnostics, { title: header.title });
  for (const t of coverSections.tables) tables.push(buildTable(t.block as never, t.caption, null, diagnostics));

  const parts: Part[] = [];
  segments.slice(1).forEach((seg, k) => {
    const segBlocks = body.slice(seg.start, seg.end);
    // 附：清单标题 — the label line holds the title: it is both a 附件说明 entry and the part's title
    const inline = seg.inlineTitle ?? null;
    if (inline) coverClosing.attachments.push({ label: seg.label ?? "附", title: squeezeCjkSpaces(inline), line: segBlocks[0]!.line });
    const offset = (seg.titleAt !== null ? seg.titleAt - seg.start : 0) + (inline ? 1 : 0);
    const segParas = paras(segBlocks.slice(offset));
    const firstTableInSeg = segBlocks.slice(offset).findIndex((b) => b.kind === "table");
    const headParas = firstTableInSeg < 0 ? segParas : paras(segBlocks.slice(offset, offset + firstTableInSeg));
    const h = inline
      ? { ...extractHeader([], 0, diagnostics), title: squeezeCjkSpaces(inline), docType: null }
      : extractHeader(headParas, 0, diagnostics, { allowUntitled: true });
    const usedUpTo = h.next === 0 ? offset : segBlocks.indexOf(headParas[h.next - 1]!) + 1;
    const closing = extractClosing(segBlocks.slice(usedUpTo), diagnostics, h.masthead);
    const gl = extractGlossary(closing.body);
    glossary.push(...gl.glossary);
    const built = buildSections(gl.body, diagnostics, { title: h.title });
    for (const t of built.tables) tables.push(buildTable(t.block as never, t.caption, k, diagnostics));
    const first = segBlocks[0]!;
    parts.push({
      label: seg.label,
      title: h.title,
      subtitle: h.subtitle,
      author: h.author,
      date: h.date,
      dateText: h.dateText,
      docNumber: h.docNumber,
      recipients: h.recipients.length ? h.recipients : closing.recipients,
      preamble: built.preamble,
      sections: built.sections,
      signature: closing.signature,
      line: first.line,
    });
    sectionsByPart[k] = built.sections;
    // 版记 lines in an attachment belong to the whole document when the cover has none
    coverClosing.cc.push(...closing.cc.filter((x) => !coverClosing.cc.includes(x)));
    coverClosing.ccUp.push(...closing.ccUp.filter((x) => !coverClosing.ccUp.includes(x)));
    if (!coverClosing.printedBy && closing.printedBy) coverClosing.printedBy = closing.printedBy;
  });

  // 发文机关: masthead, then a title that begins with the organ, then the signature
  let issuer = header.masthead;
  if (!issuer && header.title) {
    const m = /^(.{2,30}?)(关于|關於)/.exec(header.title);
    if (m && ORGAN_SUFFIX.test(m[1]!)) issuer = m[1]!;
    // the title often abbreviates (江苏省科协); the signature spells it out (江苏省科学技术协会)
    const signed = coverClosing.signature?.issuer;
    if (issuer && signed && signed.length > issuer.length && (signed.slice(0, 2) === issuer.slice(0, 2) || signed.endsWith(issuer))) issuer = signed;
  }
  if (!issuer && coverClosing.signature?.issuer) issuer = coverClosing.signature.issuer;
  if (!issuer) {
    diagnostics.push({ severity: "warning", code: "issuer-missing", message: "no 发文机关 found (no masthead, organ in the title or signature)", line: 1, column: 1 });
  }
  if (!header.title) {
    diagnostics.push({ severity: "warning", code: "title-missing", message: "no title (标题) found at the top of the notice", line: blocks[0]?.line ?? 1, column: 1 });
  }

  const notice: Notice = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: meta.path ?? null,
      format: meta.format ?? "text",
      encoding: meta.encoding ?? "utf-8",
      bytes: meta.bytes ?? 0,
      sha256: meta.sha256 ?? createHash("sha256").digest("hex"),
    },
    header: {
      copyNumber: header.copyNumber,
      secrecy: header.secrecy,
      secrecyPeriod: header.secrecyPeriod,
      urgency: header.urgency,
      masthead: header.mastheadText,
      issuer: issuer ? squeezeCjkSpaces(issuer) : null,
      docNumber: header.docNumber,
      signer: header.signer,
      title: header.title ? cleanTitle(header.title) : null,
      docType: header.docType,
      recipients: header.recipients.length ? header.recipients : coverClosing.recipients,
      author: header.author,
    },
    preamble: coverSections.preamble,
    sections: coverSections.sections,
    attachments: coverClosing.attachments,
    // a standalone speech or report is dated under its title: that is its 成文日期
    signature: coverClosing.signature ?? (header.date ? { issuer: null, date: header.date, dateText: header.dateText } : null),
    annotation: coverClosing.annotation,
    cc: coverClosing.cc,
    ccUp: coverClosing.ccUp,
    keywords: coverClosing.keywords,
    printedBy: coverClosing.printedBy,
    parts,
    glossary,
    tables,
    tasks: [],
    diagnostics: [],
  };
  const metadata = { ...pageMeta, ...meta.metadata };
  if (Object.keys(metadata).length) applyMetadata(notice, metadata, diagnostics);
  notice.tasks = extractTasks(notice, diagnostics);
  notice.diagnostics = diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return notice;
}

/** Parse a notice from its bytes in any supported format and encoding. */
export async function parseNotice(input: Uint8Array | string, opts: ParseOptions = {}): Promise<Notice> {
  const path = opts.path ?? null;
  if (typeof input === "string") return parseText(input, { path });
  if (input.length === 0) throw new KexieError("E_EMPTY", "file is empty — nothing to parse", { file: path });
  const format = detectFormat(input, path, opts.from ?? null);
  const base: Meta = { path, format, bytes: input.length, sha256: createHash("sha256").update(input).digest("hex") };
  if (format === "docx") {
    const { docxToBlocks } = await import("./adapters/docx.js");
    let blocks: Block[];
    try {
      blocks = docxToBlocks(input);
    } catch (e) {
      throw new KexieError("E_DECODE", `${(e as Error).message}`, { file: path });
    }
    return parseBlocks(blocks, { ...base, encoding: "utf-8" });
  }
  if (format === "doc") {
    let blocks: Block[];
    try {
      blocks = await (await import("./adapters/doc.js")).docToBlocks(input);
    } catch (e) {
      const err = e as Error;
      // another Office format, Word 6.0/95 or an encrypted file: known, but not readable here
      throw new KexieError(err.name === "UnsupportedDocError" ? "E_UNSUPPORTED" : "E_DECODE", err.message, { file: path });
    }
    return parseBlocks(blocks, { ...base, encoding: "utf-8" });
  }
  if (format === "pdf" || format === "ofd") {
    let blocks: Block[];
    try {
      blocks = format === "pdf"
        ? await (await import("./adapters/pdf.js")).pdfToBlocks(input)
        : (await import("./adapters/ofd.js")).ofdToBlocks(input);
    } catch (e) {
      const err = e as Error;
      // a scan has no text to read: that is a format kexie cannot handle yet (OCR), not bad bytes
      throw new KexieError(err.name === "NoTextLayerError" ? "E_UNSUPPORTED" : "E_DECODE", err.message, { file: path });
    }
    return parseBlocks(blocks, { ...base, encoding: "utf-8" });
  }
  if (format === "html") {
    const html = await import("./adapters/html.js");
    const declared = opts.encoding ?? html.htmlDeclaredCharset(input);
    const decoded = await decodeBytes(input, { encoding: declared, file: path, strict: opts.strict });
    let blocks: Block[];
    try {
      blocks = html.htmlToBlocks(decoded.text);
    } catch (e) {
      // thousands of nested elements exhaust the stack: say so instead of crashing
      if (e instanceof RangeError) throw new KexieError("E_DECODE", "the page is nested too deeply to read — save the article text as .txt", { file: path });
      throw e;
    }
    return parseBlocks(blocks, {
      ...base, encoding: decoded.encoding, replacedLines: decoded.replacedLines, metadata: html.htmlMetadata(decoded.text),
    });
  }
  const decoded = await decodeBytes(input, { encoding: opts.encoding, file: path, strict: opts.strict });
  if (decoded.text.trim() === "") throw new KexieError("E_EMPTY", "file holds only whitespace — nothing to parse", { file: path });
  const meta = { ...base, encoding: decoded.encoding, replacedLines: decoded.replacedLines };
  if (format === "markdown") {
    const { markdownToBlocks } = await import("./adapters/markdown.js");
    return parseBlocks(markdownToBlocks(decoded.text), meta);
  }
  return parseBlocks(textToBlocks(decoded.text), meta);
}

/**
 * Government info-disclosure pages state 发文机关, 发文字号, 成文日期 in a table above the
 * article; they fill what the body itself lacks, and 索引号/发布日期 are kept.
 */
function applyMetadata(notice: Notice, meta: Record<string, string>, diagnostics: Diagnostic[]): void {
  const get = (...keys: string[]) => {
    for (const k of keys) {
      const v = Object.entries(meta).find(([label]) => label.replace(/[\s：:]/g, "") === k)?.[1]?.trim();
      if (v) return v;
    }
    return null;
  };
  const h = notice.header;
  h.indexNumber = get("索引号");
  const published = get("发布日期", "公开日期", "发布时间");
  h.publishedDate = published ? (findDate(published.replace(/(\d{4})-(\d{1,2})-(\d{1,2})/, "$1年$2月$3日"))?.iso ?? null) : null;
  h.subject = get("主题分类", "主题词", "分类");
  const issuer = get("发文机关", "发布机构", "发文单位");
  if (!h.issuer && issuer) h.issuer = issuer;
  const number = get("发文字号", "文号");
  if (!h.docNumber && number) h.docNumber = findDocNumber(number)?.value ?? { raw: number, prefix: null, year: null, serial: null };
  const written = get("成文日期", "印发日期");
  if (written) {
    const d = findDate(written.replace(/(\d{4})-(\d{1,2})-(\d{1,2})/, "$1年$2月$3日"));
    if (d && !notice.signature?.date) notice.signature = { issuer: notice.signature?.issuer ?? null, date: d.iso, dateText: written };
    else if (d && notice.signature?.date && d.iso && d.iso !== notice.signature.date) {
      diagnostics.push({ severity: "warning", code: "metadata-date-mismatch", message: `成文日期 in the page metadata (${written}) differs from the signature date ${notice.signature.date}`, line: 1, column: 1 });
    }
  }
  const title = get("标题", "名称");
  if (!h.title && title) h.title = title;
}
