// sarif — SARIF 2.1.0 (OASIS), which code-scanning dashboards read: one run, the rules as
// reportingDescriptors (id, clause, default level), each message a result with its region
// (columns in UTF-16 code units) and, when it can be fixed, a fix as an artifact change.
import path from "node:path";
import type { Log, ReportingDescriptor, Result } from "sarif";
import { VERSION } from "../../model/version.js";
import type { LintResult } from "../index.js";
import { RULES } from "../rules/index.js";
import type { Lang, Severity } from "../types.js";

const LEVEL: Record<Severity, Result.level> = { error: "error", warning: "warning", info: "note" };

/** a relative, forward-slashed, percent-encoded URI reference for a path */
function uri(p: string | null, cwd: string): string {
  if (!p) return "stdin";
  const rel = path.isAbsolute(p) ? path.relative(cwd, p) : p;
  return encodeURI(rel.split(path.sep).join("/"));
}

export function sarif(results: LintResult[], opts: { lang: Lang; cwd?: string }): string {
  const cwd = opts.cwd ?? process.cwd();
  const rules: ReportingDescriptor[] = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description[opts.lang] },
    fullDescription: { text: `GB/T 9704-2012 ${r.clause} ${r.element}: ${r.description.en}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { clause: r.clause, element: r.element, fixable: r.fixable },
  }));
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "kexie", version: VERSION, semanticVersion: VERSION, rules } },
        columnKind: "utf16CodeUnits",
        results: results.flatMap((r) =>
          r.messages.map((m): Result => {
            const location = { uri: uri(r.path, cwd) };
            const region = { startLine: m.line, startColumn: m.column, endColumn: m.endColumn };
            return {
              ruleId: m.ruleId,
              ruleIndex: index.get(m.ruleId) ?? -1,
              level: LEVEL[m.severity],
              message: { text: m.message },
              locations: [{ physicalLocation: { artifactLocation: location, region } }],
              ...(m.fix
                ? {
                    fixes: [
                      {
                        artifactChanges: [
                          { artifactLocation: location, replacements: [{ deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] }, insertedContent: { text: m.fix.text } }] },
                        ],
                      },
                    ],
                  }
                : {}),
            };
          }),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
