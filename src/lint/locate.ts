// Finding what the parser read back in the source. The parser joins wrapped lines, squeezes
// spaces and drops Markdown emphasis, so a field (a title over two lines, a recipient) is looked
// up in a compact copy of the text without whitespace, `*` and `#`, which maps back to lines.
import type { SourceFile } from "./types.js";

const IGNORED = /[\s\u3000*#]/;

export interface Position {
  line: number;
  column: number;
}

export class Locator {
  private readonly compact: string;
  /** for each char of `compact`: its line (1-based) and column (1-based) */
  private readonly lineOf: Int32Array;
  private readonly colOf: Int32Array;
  private readonly firstOfLine: Int32Array;

  constructor(lines: string[]) {
    const chars: string[] = [];
    const lineOf: number[] = [];
    const colOf: number[] = [];
    const first: number[] = [];
    lines.forEach((l, i) => {
      first.push(chars.length);
      for (let j = 0; j < l.length; j++) {
        const c = l[j]!;
        if (IGNORED.test(c)) continue;
        chars.push(c);
        lineOf.push(i + 1);
        colOf.push(j + 1);
      }
    });
    first.push(chars.length);
    this.compact = chars.join("");
    this.lineOf = Int32Array.from(lineOf);
    this.colOf = Int32Array.from(colOf);
    this.firstOfLine = Int32Array.from(first);
  }

  static squeeze(s: string): string {
    return s.replace(/[\s\u3000*#]/g, "");
  }

  /** Where `needle` (whitespace ignored) first occurs from line `from` on (up to line `to`): its start and end (exclusive). */
  find(needle: string, from = 1, to = Infinity): { start: Position; end: Position } | null {
    const n = Locator.squeeze(needle);
    if (!n) return null;
    const startAt = this.firstOfLine[Math.max(0, from - 1)] ?? this.compact.length;
    const i = this.compact.indexOf(n, startAt);
    if (i < 0) return null;
    const line = this.lineOf[i]!;
    if (line > to) return null;
    const last = i + n.length - 1;
    return {
      start: { line, column: this.colOf[i]! },
      end: { line: this.lineOf[last]!, column: this.colOf[last]! + 1 },
    };
  }
}

/** Offset in the decoded text of a (line, column). */
export function offsetOf(source: SourceFile, line: number, column: number): number {
  return (source.lineStarts[line - 1] ?? source.text.length) + column - 1;
}

/** Han characters (and the compatibility block), the "Chinese characters" of the punctuation rules. */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Full-width punctuation and brackets that sit in Chinese text. */
export const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/;
export const isChinese = (c: string | undefined): boolean => !!c && (HAN.test(c) || CJK_PUNCT.test(c));

/** The line where the covering notice ends: the first appended part (附件, 讲话 …), else the end. */
export function coveringEnd(lines: string[], partLines: number[]): number {
  return partLines.length ? Math.min(...partLines) - 1 : lines.length;
}

/** The lines of `source` (rules' numbering) that hold source line `line` (the parser's numbering). */
export function linesAt(source: SourceFile, line: number): number[] {
  if (!source.lineMap) return [line];
  const out: number[] = [];
  source.lineMap.forEach((l, i) => {
    if (l === line && source.lines[i]) out.push(i + 1);
  });
  return out;
}

export interface Found {
  start: Position;
  end: Position;
  text: string;
}

/**
 * The title: where the parser's header.title is written, or — when the parser found none, as for
 * a title ending in 。 — the first line near the top that reads like one (…关于…).
 */
export function findTitle(source: SourceFile, title: string | null): Found | null {
  const top = source.lines.slice(0, 60);
  if (title) {
    const where = new Locator(top).find(title);
    if (where) return { ...where, text: title };
  }
  for (let i = 0; i < Math.min(top.length, 15); i++) {
    const t = top[i]!.replace(/^[\s\u3000#*]+|[\s\u3000*]+$/g, "");
    if (/^(附件|抄送|主送|各|\d|[一二三四五六七八九十]+、)/.test(t) || t.length > 80) continue;
    if (/关于|關於/.test(t)) {
      const column = top[i]!.indexOf(t) + 1;
      return { start: { line: i + 1, column }, end: { line: i + 1, column: column + t.length }, text: t };
    }
  }
  return null;
}

/** The first line of the recipients: where the parser's first recipient is, else the line after the title ending in a colon. */
export function findRecipients(source: SourceFile, first: string | undefined, title: Found | null): Position | null {
  if (first) return new Locator(source.lines).find(first)?.start ?? null;
  if (!title) return null;
  for (let l = title.end.line + 1; l <= Math.min(source.lines.length, title.end.line + 4); l++) {
    const t = source.lines[l - 1]!;
    if (!t.trim()) continue;
    if (/[：:]\s*$/.test(t) && t.trim().length <= 120) return { line: l, column: t.length - t.trimStart().length + 1 };
    return null;
  }
  return null;
}
