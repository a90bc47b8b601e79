// stylish — compiler/eslint style, for people: `file:line:col  severity  rule-id  message`, the
// source line below it and a caret under the spot. Carets are aligned by display width
// (string-width: a full-width character takes two columns), not by string length.
import stringWidth from "string-width";
import type { LintResult } from "../index.js";
import type { Lang, LintMessage } from "../types.js";

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const NO_PAINT: Paint = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s };

const TAB = "    ";
/** at most this many display columns of context either side of the spot */
const CONTEXT = 36;

/** The line (tabs expanded, cut around the spot when long) and a caret line under [column, endColumn). */
export function caret(line: string, column: number, endColumn: number): [string, string] {
  // columns count UTF-16 units of the raw line: map them onto the expanded characters
  const units: number[] = [];
  let u = 0;
  for (const ch of Array.from(line)) {
    units.push(u);
    u += ch.length;
  }
  const expanded: Array<{ ch: string; unit: number }> = [];
  Array.from(line).forEach((ch, i) => {
    if (ch === "\t") for (const c of TAB) expanded.push({ ch: c, unit: units[i]! });
    else expanded.push({ ch, unit: units[i]! });
  });
  const start = expanded.findIndex((e) => e.unit >= column - 1);
  const from = start < 0 ? expanded.length : start;
  let to = expanded.findIndex((e) => e.unit >= endColumn - 1);
  if (to < 0) to = expanded.length;
  if (to <= from) to = from + 1;
  // a window around the spot
  let lo = from;
  let w = 0;
  while (lo > 0 && w + stringWidth(expanded[lo - 1]!.ch) <= CONTEXT) w += stringWidth(expanded[--lo]!.ch);
  let hi = Math.min(to, expanded.length);
  w = 0;
  while (hi < expanded.length && w + stringWidth(expanded[hi]!.ch) <= CONTEXT) w += stringWidth(expanded[hi++]!.ch);
  const pre = lo > 0 ? "…" : "";
  const text = pre + expanded.slice(lo, hi).map((e) => e.ch).join("") + (hi < expanded.length ? "…" : "");
  const before = stringWidth(pre + expanded.slice(lo, from).map((e) => e.ch).join(""));
  const under = Math.max(1, stringWidth(expanded.slice(from, Math.min(to, expanded.length)).map((e) => e.ch).join("")));
  return [text, " ".repeat(before) + "^".repeat(under)];
}

const LABEL: Record<Lang, Record<string, string>> = {
  zh: { error: "error", warning: "warning", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

export function summary(results: LintResult[], lang: Lang): { errors: number; warnings: number; infos: number; fixable: number; text: string } {
  const all = results.flatMap((r) => r.messages);
  const errors = all.filter((m) => m.severity === "error").length;
  const warnings = all.filter((m) => m.severity === "warning").length;
  const infos = all.filter((m) => m.severity === "info").length;
  const fixable = all.filter((m) => m.fix).length;
  const total = errors + warnings + infos;
  const text = lang === "zh"
    ? `${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）` + (fixable ? `，其中 ${fixable} 个可用 --fix 修正` : "")
    : `${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info)` +
      (fixable ? `, ${fixable} fixable with --fix` : "");
  return { errors, warnings, infos, fixable, text };
}

export function stylish(results: LintResult[], opts: { lang: Lang; paint?: Paint }): string {
  const p = opts.paint ?? NO_PAINT;
  const out: string[] = [];
  const color = (m: LintMessage, s: string) => (m.severity === "error" ? p.red(s) : m.severity === "warning" ? p.yellow(s) : p.blue(s));
  for (const r of results) {
    const name = r.path ?? "<stdin>";
    for (const m of r.messages) {
      out.push(`${p.bold(`${name}:${m.line}:${m.column}`)}  ${color(m, LABEL[opts.lang][m.severity]!)}  ${p.dim(m.ruleId)}  ${m.message}`);
      const line = m.excerpt ?? r.lines[m.line - 1];
      if (line !== undefined && line.trim()) {
        // other formats: the excerpt is the paragraph, and the column counts in it
        const [text, marks] = caret(line, m.column, m.endColumn);
        out.push(`    ${text}`, `    ${color(m, marks)}`);
      }
    }
  }
  const s = summary(results, opts.lang);
  if (s.errors + s.warnings + s.infos > 0) out.push("", (s.errors ? p.red : p.yellow)(s.text));
  return out.length ? out.join("\n") + "\n" : "";
}
