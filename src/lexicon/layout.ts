// Characters and lines that are page layout, not notice text; shared by every adapter so they
// all agree on what padding and page furniture look like.

/** Full-width, no-break and zero-width spaces: padding in 公文 layouts. */
export const WIDE_SPACE = /[\u3000\u00a0\u2002-\u200b\ufeff]/g;

/** A page number standing alone: 6, - 6 -, — 6 —. */
export const PAGE_NUMBER_LINE = /^[-—–－\s]*\d{1,3}[-—–－\s]*$/;

/** A line that ends a sentence or a labelled lead-in (。！？；：… or a closing quote/bracket): the next line starts anew */
export const SENTENCE_END = /[。！？!?；;：:…]$|[。！？!?；;][”’」』]$|[）)】]$/;

/**
 * A page number that lost its own line in a text without line breaks (OCR, a PDF viewer's copy):
 * — 5 — between two words (县住房和城乡— 5 —建设局). Dashes on both sides and no digit or dash
 * next to them (checked by gluedPageNumbers), so ranges (2022—2024) and phone numbers stay text.
 */
const PAGE_NUMBER_GLUED = /[—–－][ \u3000]?\d{1,3}[ \u3000]?[—–－]/g;

/** The page numbers glued into a text, each with the spaces around it: [start, end) offsets. */
export function gluedPageNumbers(s: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const m of s.matchAll(PAGE_NUMBER_GLUED)) {
    let start = m.index;
    let end = start + m[0].length;
    if (/[0-9０-９—–－-]/.test(s[start - 1] ?? "") || /[0-9０-９—–－-]/.test(s[end] ?? "")) continue;
    while (start > 0 && /[ \u3000]/.test(s[start - 1]!)) start--;
    while (end < s.length && /[ \u3000]/.test(s[end]!)) end++;
    out.push({ start, end, text: m[0] });
  }
  return out;
}

/**
 * How a complete paragraph ends: a sentence end (。；！？), one inside quotes (…。”), a closing
 * bracket (…负责）, 《…》), a period. Text that stops anywhere else — mid-word, after a comma, after
 * a quoted name (完善“中国科协之声”), on an ellipsis (……) — was cut off.
 */
export const COMPLETE_END = /(?:[。；;！？!?.．]|[。；;！？!?][”’」』"']|[）)】》〉])$/;

/** A labelled field line (联系电话：…, 监督方式：…, 下一篇：…): a short label of words before a colon. */
export const LABEL_LINE = /^[\u4e00-\u9fa5（）()][\u4e00-\u9fa5（）()\s]{0,15}[:：]/;
