// 版头 and the head of the 主体: 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人, 标题, 主送机关.
// Used for the covering notice and again for each part (a speech, a report, an attached notice).
import type { ParagraphBlock } from "../model/blocks.js";
import type { Diagnostic, DocNumber } from "../model/schema.js";
import { dateOnly } from "../lexicon/dates.js";
import { splitOrgans, squeezeCjkSpaces } from "../lexicon/organs.js";
import { findDocNumber } from "../lexicon/docnumber.js";
import { matchMarker } from "../lexicon/markers.js";
import { docTypeOf, endsWithDocType, isOrganLine, ORGAN_SUFFIX, SECRECY_RE, URGENCY_RE } from "../lexicon/patterns.js";

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

const ADDRESSEE = /^各|同志|委员|代表|来宾|朋友|们$/;

/** 主送机关 / 称谓: a list of organs or of people addressed, ending in ：. */
function isRecipientsLine(s: string): boolean {
  if (!/[：:]$/.test(s) || [...s].length > 200 || /[。；]/.test(s) || /^(附件|附|抄送|抄报)[：:]/.test(s)) return false;
  if (/如下|通知|公告|决定|报告|要求|意见|事项/.test(s.replace(/[：:]$/, "").slice(-6))) return false;
  const pieces = splitOrgans(s);
  // 同志们： / 各位委员、同志们： address people: a speech's 称谓, not a 主送机关
  if (pieces.every((p) => /同志|委员|代表|来宾|朋友|们$/.test(p) && !isOrganLine(p))) return false;
  return pieces.some((p) => ADDRESSEE.test(p) || isOrganLine(p) || /[校院所局委办厅会部处科室站队司行社]$/.test(p));
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
  // 胡建军, 胡  建  军, or 市委书记　刘建明 (position and name)
  const withPost = /^[\u4e00-\u9fa5]{2,12}[\s\u3000]+[\u4e00-\u9fa5·]{2,4}$/.test(s.trim());
  const t = s.replace(/[\s\u3000]+/g, "");
  return (withPost || /^[\u4e00-\u9fa5·]{2,4}$/.test(t)) && !ORGAN_SUFFIX.test(t) && !endsWithDocType(t);
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
    // joint issuance: organ lines stacked above a line that is just 文件 (or ends in it)
    if (isOrganLine(bare) && !r.masthead && !r.docNumber) {
      let k = i;
      const organs: string[] = [];
      while (k < limit && isOrganLine(blocks[k]!.text)) organs.push(blocks[k++]!.text.replace(/\s+/g, ""));
      const last = blocks[k]?.text.replace(/\s+/g, "");
      if (organs.length >= 2 && last && /^(.*)文件$/.test(last) && (last === "文件" || isOrganLine(last.replace(/文件$/, "")))) {
        if (last !== "文件") organs.push(last.replace(/文件$/, ""));
        r.masthead = organs[0]!;
        r.mastheadText = [...organs, "文件"].join(" ");
        i = k;
        continue;
      }
    }
    if (/文件$/.test(bare) && bare.length <= 40 && !/[，。；]/.test(bare)) {
      // 南通市教育局 南通市财政局文件: several organs on one line; the first one issues
      const organs = t.replace(/文件\s*$/, "").trim().split(/[\s\u3000]+/).filter(Boolean);
      const joint = organs.length > 1 && organs.every(isOrganLine);
      r.masthead = joint ? organs[0]! : bare.replace(/文件$/, "");
      r.mastheadText = joint ? t.trim().replace(/[\s\u3000]+/g, " ") : bare;
      continue;
    }
    // an organ name standing above the number (a masthead without 文件, "# 扬州市科协"); after
    // the number an organ line is the first line of a title broken after the organ
    if (!r.masthead && !r.docNumber && isOrganLine(bare) && !endsWithDocType(bare) && i + 1 < blocks.length) {
      const next = blocks[i + 1]!.text;
      // an organ line right above the 关于… line is the title's first line, not a masthead
      if (findDocNumber(next) || (b.heading > 0 && blocks[i + 1]!.heading > 0)) {
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
      // a title broken over up to four lines: take the shortest run that ends with a 文种
      let title = t;
      let j = i + 1;
      if (!endsWithDocType(cleanTitle(title))) {
        let joined = title;
        for (let k = i + 1; k < Math.min(blocks.length, i + 4); k++) {
          const next = blocks[k]!.text;
          const fits =
            !/^(——|—|－－|--)/.test(next) && !isRecipientsLine(next) && !matchMarker(next) && !dateOnly(next) &&
            !findDocNumber(next) && [...next].length <= 40 && !/[。；]/.test(next);
          if (!fits) break;
          joined += next;
          if (endsWithDocType(cleanTitle(joined))) {
            title = joined;
            j = k + 1;
            break;
          }
        }
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
      r.dateText = t; // as written, brackets included
      i++;
      continue;
    }
    if (r.title && !r.author && looksLikeAuthor(t) && (r.date || r.subtitle || blocks[i + 1]?.text.match(/[：:]$/))) {
      const post = /^([\u4e00-\u9fa5]{2,12})[\s\u3000]+([\u4e00-\u9fa5·]{2,4})$/.exec(t.trim());
      r.author = post && [...t.replace(/[\s\u3000]+/g, "")].length > 5 ? `${post[1]} ${post[2]}` : squeezeCjkSpaces(t);
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
