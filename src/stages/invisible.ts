// Invisible characters: format characters (Unicode category Cf — zero-width space U+200B,
// joiners U+200C/D, word joiner U+2060, U+FEFF inside text, soft hyphen U+00AD, bidi controls)
// print nothing, yet one inside 一、 or 〔2019〕 or a heading keeps every pattern from matching.
// Plain text loses them line by line in the text adapter, before its table patterns look (the
// adapter lists what it removed); any other format's paragraphs and table cells lose them here,
// before any other stage runs. Each removal is reported with its line and column
// (invisible-removed) — never dropped silently. Paragraph
// spans are rebuilt so later positions still point into the source.
import type { Block, InvisibleRemoval, ParagraphBlock, Span } from "../model/blocks.js";
import { positionAt } from "../model/blocks.js";
import type { Diagnostic } from "../model/schema.js";
import { hasInvisible, INVISIBLE, invisibleName, junkRuns, PADDED_TEXT, QUESTION_RUN } from "../lexicon/layout.js";

function names(chars: string[]): string {
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([c, n]) => `${invisibleName(c)}${n > 1 ? ` ×${n}` : ""}`).join(", ");
}

function cleanParagraph(b: ParagraphBlock, diagnostics: Diagnostic[]): ParagraphBlock {
  let text = "";
  const spans: Span[] = [];
  // removed characters by source line: where the first one stood, and which they were
  const byLine = new Map<number, { column: number; chars: string[] }>();
  let next = 0; // the next original span to carry over
  let at = 0; // original offset
  for (const ch of b.text) {
    while (next < b.spans.length && b.spans[next]!.offset <= at) {
      const s = b.spans[next++]!;
      spans.push({ ...s, offset: text.length });
    }
    if (INVISIBLE.test(ch)) {
      const pos = positionAt(b, at);
      const seen = byLine.get(pos.line) ?? { column: pos.column, chars: [] };
      seen.chars.push(ch);
      byLine.set(pos.line, seen);
      // what follows keeps its own source column
      const after = positionAt(b, at + ch.length);
      spans.push({ offset: text.length, line: after.line, column: after.column });
    } else text += ch;
    at += ch.length;
  }
  reportInvisible([...byLine].map(([line, r]) => ({ line, ...r })), diagnostics);
  // spans at the same offset: the last one tells where the text there comes from
  const kept = spans.filter((s, k) => spans[k + 1]?.offset !== s.offset);
  return { ...b, text, spans: kept.length ? kept : b.spans.slice(0, 1) };
}

/** One diagnostic per source line an adapter (or this stage) removed invisible characters from. */
export function reportInvisible(removed: InvisibleRemoval[], diagnostics: Diagnostic[]): void {
  for (const { line, column, chars, junk, junkKind } of removed) {
    if (junk !== undefined) {
      diagnostics.push(junkKind === "running" ? runningRemoved(junk, line, column) : jammerRemoved(junk, line, column));
      continue;
    }
    diagnostics.push({
      severity: "info", code: "invisible-removed",
      message: `removed ${chars.length} invisible character${chars.length > 1 ? "s" : ""} from this line: ${names(chars)}`,
      line, column,
    });
  }
}

function runningRemoved(junk: string, line: number, column: number): Diagnostic {
  return { severity: "info", code: "running-header-removed", message: `removed a document site's running header from this line: "${junk}"`, line, column };
}

function jammerRemoved(junk: string, line: number, column: number): Diagnostic {
  return { severity: "info", code: "jammer-removed", message: `removed a forum's anti-copy junk from this line: "${junk}"`, line, column };
}

/** A paragraph without the question marks a mirror left for its first line's indentation (QUESTION_RUN), reported. */
function withoutPadding(b: ParagraphBlock, diagnostics: Diagnostic[]): ParagraphBlock {
  const m = b.text.startsWith("?") || b.text.trimStart().startsWith("?") ? QUESTION_RUN.exec(b.text) : null;
  const marks = m ? [...m[0]].filter((c) => c === "?").length : 0;
  if (!m || marks < 3 || !PADDED_TEXT.test(b.text.slice(m[0].length))) return b;
  const n = m[0].length;
  const at = positionAt(b, n);
  diagnostics.push({
    severity: "info", code: "padding-removed",
    message: `removed ${marks} question marks standing for layout spaces at the start of this line (a mirror's lost no-break spaces)`,
    line: b.line, column: b.column,
  });
  const spans = [{ offset: 0, line: at.line, column: at.column }, ...b.spans.filter((s) => s.offset > n).map((s) => ({ ...s, offset: s.offset - n }))];
  return { ...b, text: b.text.slice(n), column: at.column, spans };
}

/**
 * A paragraph without a forum's anti-copy junk (JAMMER_G) or a document site's running header
 * (DOCSITE_RUNNING_G), each run reported and quoted: no text of the notice, yet glued to a title, a
 * 发文字号 or a signing organ it keeps each from being read.
 */
function withoutJunk(b: ParagraphBlock, diagnostics: Diagnostic[]): ParagraphBlock {
  const found = junkRuns(b.text);
  if (found.length === 0) return b;
  let text = "";
  const spans: Span[] = [];
  let from = 0;
  for (const [start, end, kind] of [...found, [b.text.length, b.text.length, "jammer"] as const]) {
    // (the space before a run goes with it: 国家卫生健康委办公厅 0 }' R% …)
    const cut = start > from && b.text[start - 1] === " " ? start - 1 : start;
    if (cut > from) {
      const at = positionAt(b, from);
      spans.push({ offset: text.length, line: at.line, column: at.column });
      text += b.text.slice(from, cut);
    }
    if (end > start) {
      const at = positionAt(b, start);
      diagnostics.push((kind === "running" ? runningRemoved : jammerRemoved)(b.text.slice(start, end), at.line, at.column));
    }
    from = end;
  }
  return { ...b, text, spans: spans.length ? spans : b.spans.slice(0, 1) };
}

/** The blocks with every invisible format character removed and reported (and a mirror's ? padding, a forum's junk). */
export function removeInvisible(input: Block[], diagnostics: Diagnostic[]): Block[] {
  const blocks = input.map((b) => (b.kind === "para" ? withoutJunk(withoutPadding(b, diagnostics), diagnostics) : b));
  return blocks.flatMap((b): Block[] => {
    if (b.kind === "para") {
      if (!hasInvisible(b.text)) return [b];
      const clean = cleanParagraph(b, diagnostics);
      // a paragraph of invisible characters alone holds no text: reported above, then gone
      return clean.text.trim() === "" ? [] : [clean];
    }
    if (!b.rows.some((r) => r.some(hasInvisible))) return [b];
    const rows = b.rows.map((r, k) =>
      r.map((cell, c) => {
        if (!INVISIBLE.test(cell)) return cell;
        const chars = [...cell].filter((c) => INVISIBLE.test(c));
        diagnostics.push({
          severity: "info", code: "invisible-removed",
          message: `removed ${chars.length} invisible character${chars.length > 1 ? "s" : ""} from the table cell "${[...cell].filter((c) => !INVISIBLE.test(c)).join("")}"${b.cellLines?.[k]?.[c] ? "" : " (a row that starts on this line)"}: ${names(chars)}`,
          line: b.cellLines?.[k]?.[c] ?? b.rowLines[k] ?? b.line, column: 1,
        });
        return [...cell].filter((c) => !INVISIBLE.test(c)).join("");
      }),
    );
    return [{ ...b, rows }];
  });
}
