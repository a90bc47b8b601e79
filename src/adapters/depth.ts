// Nesting depth of HTML and Markdown, measured in one linear pass over the text before any tree
// is built: a page nested a million deep (or 200,000 unclosed <div><span>) or Markdown with
// 100,000 '>' is refused at once with E_TOO_DEEP instead of taking minutes and gigabytes in the
// parser and then exhausting the stack. The measures over-estimate rather than under-estimate
// (an element the parser would close implicitly may be counted as open), and the cap is far above
// what real notices use (a government page: 20–40 levels; Markdown: a handful).
import { KexieError } from "../model/errors.js";
import { LIMITS } from "../model/limits.js";

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "isindex", "spacer"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"]);
/** an opening tag closes these if one is the innermost open element (htmlparser2 does the same) */
const CLOSES: Record<string, ReadonlySet<string>> = (() => {
  const p = new Set(["p"]);
  const cell = new Set(["td", "th", "p"]);
  const map: Record<string, ReadonlySet<string>> = {
    tr: new Set(["tr", "td", "th", "p"]), td: cell, th: cell, li: new Set(["li", "p"]), option: new Set(["option"]),
    optgroup: new Set(["optgroup", "option"]), dd: new Set(["dt", "dd", "p"]), dt: new Set(["dt", "dd", "p"]),
    rt: new Set(["rt", "rp"]), rp: new Set(["rt", "rp"]), tbody: new Set(["thead", "tbody", "tr", "td", "th"]),
    tfoot: new Set(["thead", "tbody", "tr", "td", "th"]), p,
  };
  for (const t of ["div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "form", "pre", "blockquote", "section", "article", "header", "footer", "nav", "address", "dl", "fieldset", "hr", "figure"]) {
    map[t] ??= p;
  }
  return map;
})();

const TAG_NAME = /[A-Za-z][A-Za-z0-9:_-]*/y;

/** The deepest element nesting of an HTML page, counting stops once it passes `cap`. */
export function htmlDepth(html: string, cap = LIMITS.nestingDepth): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let max = 0;
  const push = (name: string) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    max = Math.max(max, stack.length);
  };
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  let lower: string | null = null;
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length && max <= cap) {
    const next = html[i + 1];
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end < 0) break;
      i = html.indexOf("<", end + 3);
      continue;
    }
    if (next === "!" || next === "?") {
      const end = html.indexOf(">", i);
      if (end < 0) break;
      i = html.indexOf("<", end + 1);
      continue;
    }
    const closing = next === "/";
    TAG_NAME.lastIndex = i + (closing ? 2 : 1);
    const m = TAG_NAME.exec(html);
    if (!m) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const name = m[0].toLowerCase();
    const end = html.indexOf(">", TAG_NAME.lastIndex);
    if (end < 0) break;
    if (closing) {
      // like the parser: close up to the matching open element, ignore a stray close
      if ((open.get(name) ?? 0) > 0) while (stack.length && stack[stack.length - 1] !== name) pop();
      if (stack.length && stack[stack.length - 1] === name) pop();
    } else if (!VOID.has(name)) {
      const closes = CLOSES[name];
      while (closes && stack.length && closes.has(stack[stack.length - 1]!)) pop();
      if (RAW_TEXT.has(name)) {
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${name}`, end + 1);
        if (close < 0) break;
        i = html.indexOf("<", close + 2);
        continue;
      }
      push(name);
    }
    i = html.indexOf("<", end + 1);
  }
  return max;
}

const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/y;

/**
 * The deepest container nesting of Markdown: block quotes (>) and list items opened at the start
 * of a line, plus the list levels its indentation could open (one per two columns).
 */
export function markdownDepth(md: string, cap = LIMITS.nestingDepth): number {
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

function tooDeep(what: string, file: string | null): KexieError {
  return new KexieError("E_TOO_DEEP", `${what} is nested more than ${LIMITS.nestingDepth} levels deep — refused before parsing; save the text as .txt`, { file });
}

/** Throw E_TOO_DEEP when the page nests deeper than the cap. */
export function checkHtmlDepth(html: string, file: string | null): void {
  const d = htmlDepth(html);
  if (d > LIMITS.nestingDepth) throw tooDeep("the page", file);
}

/** Throw E_TOO_DEEP when the Markdown nests deeper than the cap. */
export function checkMarkdownDepth(md: string, file: string | null): void {
  const d = markdownDepth(md);
  if (d > LIMITS.nestingDepth) throw tooDeep("the Markdown", file);
}
