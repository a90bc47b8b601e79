// Characters and lines that are page layout, not notice text; shared by every adapter so they
// all agree on what padding and page furniture look like.

/** Full-width, no-break and en/em/thin spaces: padding in 公文 layouts (zero-width ones are INVISIBLE). */
export const WIDE_SPACE = /[\u3000\u00a0\u2002-\u200a]/g;

/**
 * Invisible format characters (Unicode category Cf): zero-width space U+200B, joiners U+200C/D,
 * word joiner U+2060, U+FEFF inside text, soft hyphen U+00AD, bidi controls U+202A–E, U+2066–9.
 * They print nothing; stages/invisible.ts removes and reports them. Not global: safe with test().
 */
export const INVISIBLE = /\p{Cf}/u;

const INVISIBLE_NAMES: Record<string, string> = {
  "\u200b": "zero-width space", "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner", "\u2060": "word joiner",
  "\ufeff": "zero-width no-break space, BOM", "\u00ad": "soft hyphen", "\u200e": "left-to-right mark", "\u200f": "right-to-left mark",
};

/** U+200B (zero-width space): the code point, and its name when it is a common one. */
export function invisibleName(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = INVISIBLE_NAMES[ch];
  return name ? `${code} (${name})` : code;
}

/** A page number standing alone: 6, - 6 -, — 6 —. */
export const PAGE_NUMBER_LINE = /^[-—–－\s]*\d{1,3}[-—–－\s]*$/;

/** A line that ends a sentence or a labelled lead-in (。！？；：… or a closing quote/bracket): the next line starts anew */
export const SENTENCE_END = /[。！？!?；;：:…]$|[。！？!?；;][”’」』]$|[）)】]$/;
