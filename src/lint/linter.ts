// The kernel: runs the rules over one loaded file and turns their reports into messages (text in
// the chosen language, the severity the configuration gives, fixes as ranges of the text); applies
// fixes. It knows nothing of files, formats of output or the command line.
import type { Loaded } from "./source.js";
import { offsetOf } from "./locate.js";
import { RULES } from "./rules/index.js";
import type { Fix, Lang, LintMessage, Rule, RuleOptions, Severity } from "./types.js";

export interface LintOptions {
  /** rule id → a level, or "off" (from .kexierc.json) */
  rules?: Record<string, Severity | "off">;
  lang?: Lang;
  dateStyle?: RuleOptions["dateStyle"];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Fill {name} placeholders. */
export function template(text: string, data: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export function runRules(loaded: Loaded, opts: LintOptions = {}, rules: readonly Rule[] = RULES): LintMessage[] {
  const { source, notice, disabled } = loaded;
  const lang = opts.lang ?? "zh";
  const out: LintMessage[] = [];
  for (const rule of rules) {
    const level = opts.rules?.[rule.id];
    if (level === "off") continue;
    const report: Parameters<Rule["check"]>[0]["report"] = (r) => {
      const off = disabled.get(r.line);
      if (!Number.isInteger(r.line) || r.line < 1) throw new Error(`rule ${rule.id} reported line ${r.line}`);
      if (off === null || off?.has(rule.id)) return;
      const text = rule.messages[r.messageId];
      if (!text) throw new Error(`rule ${rule.id} reported an unknown message "${r.messageId}"`);
      let fix: Fix | undefined;
      if (r.fix && source.fixable) {
        const start = offsetOf(source, r.fix.line, r.fix.column);
        fix = { range: [start, start + r.fix.length], text: r.fix.text };
      }
      const map = source.lineMap;
      out.push({
        ruleId: rule.id,
        severity: level ?? r.severity ?? rule.severity,
        message: template(text[lang], r.data),
        line: map ? (map[r.line - 1] ?? r.line) : r.line,
        column: Math.max(1, r.column),
        endColumn: Math.max(1, r.column) + Math.max(1, r.length ?? 1),
        ...(fix ? { fix } : {}),
        ...(map ? { excerpt: source.lines[r.line - 1] ?? "" } : {}),
      });
    };
    try {
      rule.check({ source, notice, options: { dateStyle: opts.dateStyle ?? "arabic" }, report });
    } catch (e) {
      (e as Error).message = `rule ${rule.id}: ${(e as Error).message}`;
      throw e;
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId));
}

/** Apply the fixes that do not overlap (the first one wins); the rest wait for the next pass. */
export function applyFixes(text: string, messages: LintMessage[]): { text: string; applied: number } {
  const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let at = 0;
  let applied = 0;
  for (const f of fixes) {
    if (f.range[0] < at) continue;
    if (text.slice(f.range[0], f.range[1]) === f.text) continue;
    out += text.slice(at, f.range[0]) + f.text;
    at = f.range[1];
    applied++;
  }
  return { text: out + text.slice(at), applied };
}
