// 版头 and the head of the 主体: 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人, 标题, 主送机关.
// Used for the covering notice and again for each part (a speech, a report, an attached notice).
import type { ParagraphBlock } from "../blocks.js";
import type { Diagnostic, DocNumber } from "../schema.js";
import { dateOnly } from "../text/dates.js";
import { splitOrgans, squeezeCjkSpaces } from "../text/organs.js";
import { findDocNumber } from "./docnumber.js";
import { matchMarker } from "./markers.js";
import { docTypeOf, endsWithDocType, isOrganLine, ORGAN_SUFFIX, SECRECY_RE, URGENCY_RE } from "./patterns.js";

export interface HeaderResult {
  copyNumber: string | null;
  secrecy: string | null;
  secrecyPeriod: string | null;
  urgency: string | null;
  masthead: string | null;
  mastheadText: string | null;
  docNumber: DocNumber | null;
  signer: string[];
  title: string | null;
  titleLine: number | null;
  docType: string | null;
  subtitle: string | null;
  author: string | null;
  date: string | null;
  dateText: string | null;
  recipients: string[];
  /** index of the first block after the header */
  next: number;
}

const MAX_HEADER_BLOCKS = 12;

/** Title text: joined, stray spaces between CJK characters and digits removed. */
export function cleanTitle(s: string): string {
  return squeezeCjkSpaces(s.replace(/^[#\s]+/, ""));
}

function isRecipientsLine(s: string): boolean {
  return /[：:]$/.test(s) && [...s].length <= 200 && !/[。；]/.test(s) && !/^(附件|附|抄送|抄报)[：:]/.test(s);
}

/** 签发人：张三 李四 → two names; 签发人：王  明 → one name padded to the width of three. */
function signerNames(s: string): string[] {
  const pieces = s.trim().split(/[\s\u3000]+|[、，,]/).filter(Boolean);
  const out: string[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && [...last].length === 1 && [...p].length === 1) out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

function looksLikeAuthor(s: string): boolean {
  const t = s.replace(/\s+/g, "");
  return /^[\u4e00-\u9fa5·]{2,4}$/.test(t) && !ORGAN_SUFFIX.test(t) && !endsWithDocType(t);
}

export function extractHeader(
  blocks: ParagraphBlock[],
  start: number,
  diagnostics: Diagnostic[],
  opts: { allowUntitled?: boolean } = {},
): HeaderResult {
  const r: HeaderResult = {
    copyNumber: null, secrecy: null, secrecyPeriod: null, urgency: null, masthead: null, mastheadText: null, docNumber: null, signer: [],
    title: null, titleLine: null, docType: null, subtitle: null, author: null, date: null, dateText: null,
    recipients: [], next: start,
  };
  let i = start;
  const limit = Math.min(blocks.length, start + MAX_HEADER_BLOCKS);
  // 版头: everything before the title
  for (; i < limit; i++) {
    const b = blocks[i]!;
    const t = b.text.trim();
    if (/^\d{6}$/.test(t) || /^份号[：:]\s*\d+$/.test(t)) {
      r.copyNumber = t.replace(/^份号[：:]\s*/, "");
      continue;
    }
    const sec = SECRECY_RE.exec(t);
    if (sec && t.length <= 20) {
      r.secrecy = sec[1]!;
      r.secrecyPeriod = sec[2] ? sec[2].replace(/[\s★]+/g, "") || null : null;
      const rest = t.slice(sec[0].length);
      const u = URGENCY_RE.exec(rest);
      if (u) r.urgency = u[1]!;
      continue;
    }
    const urg = URGENCY_RE.exec(t);
    if (urg && t.replace(/\s+/g, "").length <= 4) {
      r.urgency = urg[1]!;
      continue;
    }
    const signer = /签发人[：:]\s*(.+)$/.exec(t);
    const dn = findDocNumber(t);
    if (dn && t.replace(/\s+/g, "").length <= dn.length + 24) {
      r.docNumber = dn.value;
      if (dn.withoutYear) {
        diagnostics.push({
          severity: "warning", code: "doc-number-no-year",
          message: `发文字号 "${dn.value.raw}" has no year in 〔〕 — GB/T 9704 writes 机关代字〔年份〕序号号`,
          line: b.line, column: b.column + dn.index,
        });
      }
      if (signer) r.signer = signerNames(signer[1]!);
      continue;
    }
    if (signer) {
      r.signer = signerNames(signer[1]!);
      continue;
    }
    const bare = t.replace(/\s+/g, "");
    if (/文件$/.test(bare) && bare.length <= 40 && !/[，。；]/.test(bare)) {
      r.masthead = bare.replace(/文件$/, "");
      r.mastheadText = bare;
      continue;
    }
    // an organ name standing above the number (a masthead without 文件, "# 扬州市科协"); after
    // the number an organ line is the first line of a title broken after the organ
    if (!r.masthead && !r.docNumber && isOrganLine(bare) && !endsWithDocType(bare) && i + 1 < blocks.length) {
      const next = blocks[i + 1]!.text;
      if (findDocNumber(next) || endsWithDocType(cleanTitle(next)) || /关于|關於/.test(next)) {
        r.masthead = bare;
        r.mastheadText = bare;
        continue;
      }
    }
    break;
  }
  // 标题: one block or several (a title broken over lines)
  if (i < blocks.length) {
    const b = blocks[i]!;
    const t = b.text.trim();
    const titleish =
      !matchMarker(t) && !isRecipientsLine(t) && [...t].length <= 120 && !/[。；]$/.test(t) && !dateOnly(t);
    if (titleish && (opts.allowUntitled !== true || endsWithDocType(cleanTitle(t)) || b.heading > 0 || [...t].length <= 60)) {
      let title = t;
      let j = i + 1;
      while (
        j < blocks.length && j < i + 3 && !endsWithDocType(cleanTitle(title)) &&
        !/^(——|—|－－|--)/.test(blocks[j]!.text) && !isRecipientsLine(blocks[j]!.text) && !matchMarker(blocks[j]!.text) && !dateOnly(blocks[j]!.text) &&
        [...blocks[j]!.text].length <= 40 && !/[。；]/.test(blocks[j]!.text) &&
        endsWithDocType(cleanTitle(title + blocks[j]!.text))
      ) {
        title += blocks[j]!.text;
        j++;
      }
      r.title = cleanTitle(title);
      r.titleLine = b.line;
      r.docType = docTypeOf(r.title);
      i = j;
    }
  }
  // after the title: 发文字号 (web reposts put it there), ——subtitle, （date）, author
  for (let k = 0; k < 4 && i < blocks.length; k++) {
    const after = blocks[i]!.text.trim();
    const dn2 = !r.docNumber ? findDocNumber(after) : null;
    if (dn2 && after.replace(/\s+/g, "").length <= dn2.length + 24) {
      r.docNumber = dn2.value;
      i++;
      continue;
    }
    const t = blocks[i]!.text.trim();
    if (/^(——|—|－－|--)/.test(t) && !r.subtitle && r.title) {
      r.subtitle = cleanTitle(t.replace(/^(——|—|－－|--)\s*/, ""));
      i++;
      continue;
    }
    const d = /^[（(]/.test(t) ? dateOnly(t) : null;
    if (d && !r.date) {
      r.date = d.iso;
      r.dateText = d.text;
      i++;
      continue;
    }
    if (r.title && !r.author && looksLikeAuthor(t) && (r.date || r.subtitle || blocks[i + 1]?.text.match(/[：:]$/))) {
      r.author = squeezeCjkSpaces(t);
      i++;
      continue;
    }
    break;
  }
  // 主送机关
  if (i < blocks.length && isRecipientsLine(blocks[i]!.text)) {
    r.recipients = splitOrgans(blocks[i]!.text);
    i++;
  }
  r.next = i;
  return r;
}
