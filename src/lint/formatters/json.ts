// json — one object per file, eslint-like: path, format, encoding, counts and messages (fixes as
// {range, text} of the decoded text).
import type { LintResult } from "../index.js";

export function json(results: LintResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.path,
      format: r.format,
      encoding: r.encoding,
      errorCount: r.messages.filter((m) => m.severity === "error").length,
      warningCount: r.messages.filter((m) => m.severity === "warning").length,
      infoCount: r.messages.filter((m) => m.severity === "info").length,
      fixableCount: r.messages.filter((m) => m.fix).length,
      fixed: r.fixed,
      ...(r.notFixed ? { notFixed: r.notFixed } : {}),
      messages: r.messages,
    })),
    null,
    2,
  ) + "\n";
}
