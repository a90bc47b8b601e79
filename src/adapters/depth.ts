// Nesting depth of HTML and Markdown, measured in one linear pass over the text before any tree
// is built: a page nested a million deep (or 200,000 unclosed <div><span>) or Markdown with
// 100,000 '>' is refused at once with E_TOO_DEEP instead of taking minutes and gigabytes in the
// parser and then exhausting the stack. HTML is measured by htmlparser2's own streaming parser
// (exactly the depth of the tree its DOM handler builds for the adapter); Markdown's containers are counted here,
// over-estimating rather than under-estimating. (The HTML measure is html-depth.ts: it loads
// htmlparser2, which Markdown input does not need.) The cap is far above what real notices use (a
// government page: 20–40 levels; Markdown: a handful).
import { KexieError } from "../model/errors.js";
import { LIMITS } from "../model/limits.js";

const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/y;

/**
 * The deepest container nesting of Markdown: block quotes (>) and list items opened at the start
 * of a line, plus the list levels its indentation could open (one per two columns).
 */
export function markdownDepth(md: string, cap: number = LIMITS.nestingDepth): number {
  let max = 0;
  let start = 0;
  while (start <= md.length && max <= cap) {
    let end = md.indexOf("\n", start);
    if (end < 0) end = md.length;
    let depth = 0;
    let spaces = 0;
    let listed = false;
    let i = start;
    while (i < end && depth <= cap) {
      const c = md[i]!;
      if (c === " ") {
        spaces++;
        i++;
      } else if (c === "\t") {
        spaces += 4;
        i++;
      } else if (c === ">") {
        depth++;
        i++;
      } else {
        LIST_MARKER.lastIndex = i;
        const m = LIST_MARKER.exec(md);
        if (!m || LIST_MARKER.lastIndex > end) break;
        depth++;
        listed = true;
        i = LIST_MARKER.lastIndex;
      }
    }
    max = Math.max(max, depth + (listed || depth > 0 ? Math.floor(spaces / 2) : 0));
    start = end + 1;
  }
  return max;
}

/** `advice` says what to do; by default, save the text as .txt (wrong for a file that already is one) */
export function tooDeep(what: string, file: string | null, advice = "save the text as .txt"): KexieError {
  return new KexieError("E_TOO_DEEP", `${what} is nested more than ${LIMITS.nestingDepth} levels deep — refused before parsing; ${advice}`, { file });
}

/** Throw E_TOO_DEEP when the Markdown nests deeper than the cap. */
export function checkMarkdownDepth(md: string, file: string | null): void {
  const d = markdownDepth(md);
  if (d > LIMITS.nestingDepth) throw tooDeep("the Markdown", file);
}
