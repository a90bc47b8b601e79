// Characters and lines that are page layout, not notice text; shared by every adapter so they
// all agree on what padding and page furniture look like.

/** Full-width, no-break and zero-width spaces: padding in 公文 layouts. */
export const WIDE_SPACE = /[\u3000\u00a0\u2002-\u200b\ufeff]/g;

/** A page number standing alone: 6, - 6 -, — 6 —. */
export const PAGE_NUMBER_LINE = /^[-—–－\s]*\d{1,3}[-—–－\s]*$/;

/** A line that ends a sentence or a labelled lead-in (。！？；：… or a closing quote/bracket): the next line starts anew */
export const SENTENCE_END = /[。！？!?；;：:…]$|[。！？!?；;][”’」』]$|[）)】]$/;
