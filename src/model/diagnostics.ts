// Diagnostics: what the parser noticed but could still read past. Every code is listed here once,
// with the sentence the README documents it by (a test checks the README names every code).
// Stages report through `diagnostic()` so each message carries a line and a column.

export const DIAGNOSTICS = {
  "decode-replaced": "bytes that are invalid in the detected encoding were replaced by U+FFFD on this line",
  "invisible-removed": "invisible format characters (zero-width space U+200B, joiners U+200C/D, word joiner U+2060, U+FEFF inside text, soft hyphen U+00AD, bidi controls: Unicode category Cf) were removed from this line; the message names each",
  "padding-removed": "question marks a mirror left for a line's indentation (its no-break spaces lost in a conversion: ????? ?泰州市人民政府) were removed from the start of this line",
  "jammer-removed": "a forum's anti-copy junk (runs of one- and two-character ASCII tokens a page hides between a post's lines: ( _8 M1 x* {3 N# y1 D9 w) was removed from this line; the message quotes it",
  "running-header-removed": "a document site's running header or footer (精选优质文档-----倾情为你奉上, 专心---专注---专业), printed on every page of an uploaded Word file, was removed from this line; the message quotes it",
  "page-number-removed": "a page number (- 6 -) standing between paragraphs was dropped",
  "rule-line-removed": "a rule line (────) of the 版记 was dropped",
  "web-chrome-skipped": "web-page furniture (breadcrumbs, 发布时间, share buttons) was skipped",
  "doc-number-no-year": "the 发文字号 has no year in 〔〕",
  "doc-number-damaged": "the 发文字号 lost a bracket or its final 号 (a scan or paste); it was read as far as it is unambiguous",
  "date-unreadable": "a date-like line could not be read as a calendar date",
  "deadline-unreadable": "a task's deadline names no month kexie can read",
  "numbering-gap": "a numbered list skips a number (一、二、四、)",
  "numbering-repeat": "a number repeats in a list",
  "numbering-start": "a list does not start at 1",
  "numbering-continues": "a list continues numbering from an earlier part",
  "issuer-missing": "no 发文机关 was found (no masthead, organ in the title, or signature)",
  "title-missing": "no title was found at the top of the notice",
  "title-quoted": "the title is the one a news report quotes as issued (…印发《关于…的通知》): in its lead when no title line stands, or in its headline when the headline stood for the title",
  "metadata-date-mismatch": "the page's metadata 成文日期 differs from the signature date",
  "table-extra-cells": "a table row has more cells than its header",
  "header-line-skipped": "a line above the notice (page chrome, a repeated title, an unknown line) was skipped by the header reader",
  "header-text-unread": "a line of the header was read into fields, but part of its text fits none of them (a stray label, a damaged 签发人) or is not kept (a date under the title when a signature dates the notice); the message quotes it",
  "metadata-read": "an information-disclosure metadata line (索引号, 文号, 发布机构 …) above the notice was read into the header",
  "contents-read": "a table of contents (目录) was read as a table of one column, not as the outline: its entries repeat the headings the body prints below",
  "text-resegmented": "a notice that lost its line breaks (one very long line) was cut back into paragraphs",
  "line-split": "a line that runs two parts of the notice together (its title and its 主送: …的通知各县人民政府：) was read as two lines",
  "text-truncated": "the notice stops mid-item (a web excerpt, a truncated file): its last item ends without a sentence end and no signature follows",
  "not-a-notice": "the file has none of a notice's elements (发文机关, 发文字号, 文种, 主送机关, numbered sections, tasks, signature): a README or a stray page?",
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTICS) as [DiagnosticCode, ...DiagnosticCode[]];

/** A positioned diagnostic. */
export function diagnostic(
  severity: "error" | "warning" | "info",
  code: DiagnosticCode,
  message: string,
  line: number,
  column = 1,
): { severity: "error" | "warning" | "info"; code: DiagnosticCode; message: string; line: number; column: number } {
  return { severity, code, message, line, column };
}
