// Is this a notice at all? A file with none of a notice's elements (an archive's README, a stray
// web page, a two-character scrap) still parses to a document; a `not-a-notice` warning says so,
// and batch lists it with that status instead of among the converted notices.
import type { Diagnostic, Notice } from "../model/schema.js";

export function notNotice(n: Omit<Notice, "diagnostics">): Diagnostic | null {
  const h = n.header;
  const structure =
    h.issuer || h.docNumber || h.docType || h.recipients.length || n.signature ||
    n.sections.length || n.parts.length || n.tasks.length || n.attachments.length;
  if (structure) return null;
  return {
    severity: "warning", code: "not-a-notice",
    message: "no notice structure found (no 发文机关, 发文字号, 文种, 主送机关, numbered sections, tasks or signature) — is this a notice?",
    line: 1, column: 1,
  };
}
