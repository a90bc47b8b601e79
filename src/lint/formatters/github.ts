// github — GitHub Actions workflow commands: each message becomes an annotation on the pull
// request (`::error file=…,line=…,col=…,endColumn=…,title=rule::message`); info is a notice.
import type { LintResult } from "../index.js";

const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function github(results: LintResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const level = m.severity === "info" ? "notice" : m.severity;
      const file = prop(r.path ?? "<stdin>");
      out.push(`::${level} file=${file},line=${m.line},col=${m.column},endColumn=${m.endColumn},title=${prop(m.ruleId)}::${data(m.message)}`);
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}
