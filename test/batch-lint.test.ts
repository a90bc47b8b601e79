// kexie batch --lint (issue 15): every converted file linted as `kexie lint` lints it; OUT/lint.csv
// one row per finding (through the same CSV writer, formulas neutralised), counts by rule per file
// and in total in report.json; the same bytes for any --jobs; a re-run that skips unchanged files
// keeps their findings. The expected findings are what `kexie lint --format json` reports.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/model/errors.js";
import { BIN } from "./helpers/cli.js";
import { FIXTURES } from "./helpers/load.js";
import { tempDir } from "./helpers/tmp.js";

function run(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("node", [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: "1" } }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

type Row = Record<"file" | "line" | "column" | "severity" | "rule" | "message", string>;
const csvRows = (file: string): Row[] => parse(readFileSync(file), { bom: true, columns: true }) as Row[];
const report = (out: string) => JSON.parse(readFileSync(path.join(out, "report.json"), "utf8"));
/** report.json's files without the times, which differ from run to run */
const files = (r: { files: Array<Record<string, unknown>> }) => r.files.map(({ ms: _ms, ...f }) => f);

/** An archive: the seeds, the lint fixtures (one in a sub-folder), a .docx, an empty file. */
function archive(): string {
  const src = path.join(tempDir("kexie-batch-lint-"), "src");
  mkdirSync(path.join(src, "drafts"), { recursive: true });
  for (const f of ["seed-chuzhou-2017-task-table.txt", "seed-zaozhuang-2019-inline-duties.txt", "seed-yangzhou-2019-work-points.txt", "docx-guangling-2020-notice.docx"]) {
    copyFileSync(path.join(FIXTURES, f), path.join(src, f));
  }
  for (const f of ["draft-many-mistakes.txt", "clean-notice.txt", "crlf-ascii-punct.txt"]) copyFileSync(path.join(FIXTURES, "lint", f), path.join(src, "drafts", f));
  writeFileSync(path.join(src, "empty.txt"), "");
  return src;
}

/** What `kexie lint --format json` reports for each file, as lint.csv rows. */
async function lintRows(src: string, rels: string[], extra: string[] = []): Promise<Row[]> {
  const r = await run(["lint", "--format", "json", ...extra, ...rels], src);
  const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: string; message: string; line: number; column: number }> }>;
  return results.flatMap((f) => f.messages.map((m) => ({ file: f.filePath, line: String(m.line), column: String(m.column), severity: m.severity, rule: m.ruleId, message: m.message })));
}

describe("kexie batch --lint", () => {
  let src: string;
  let out1: string;
  beforeAll(async () => {
    src = archive();
    out1 = path.join(path.dirname(src), "out1");
    const r = await run(["batch", src, "-o", out1, "--lint", "--jobs", "1", "-q"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(EXIT.problems); // empty.txt fails; the rest are converted and linted
  }, 120_000);

  it("lint.csv holds what kexie lint reports for every converted file, in file order", async () => {
    const rows = csvRows(path.join(out1, "lint.csv"));
    const converted = report(out1).files.filter((f: { status: string }) => f.status !== "failed").map((f: { file: string }) => f.file);
    expect(converted).toHaveLength(7);
    expect(rows).toEqual(await lintRows(src, converted));
    // the seeds' real problems are there: 枣科协字[2019]1号 in square brackets
    expect(rows).toContainEqual(expect.objectContaining({ file: "seed-zaozhuang-2019-inline-duties.txt", rule: "doc-number", severity: "error" }));
    // a .docx is linted too (its counts are in report.json); a clean notice gives no row; the failed file none either
    expect(report(out1).files.find((f: { file: string }) => f.file === "docx-guangling-2020-notice.docx").lint).toBeDefined();
    expect(rows.some((r) => r.file === "drafts/clean-notice.txt" || r.file === "empty.txt")).toBe(false);
    expect(readFileSync(path.join(out1, "lint.csv"), "utf8").split("\r\n")[0]).toBe("\ufefffile,line,column,rule,severity,message");
  }, 60_000);

  it("report.json counts the findings by rule and severity, per file and in total", () => {
    const rows = csvRows(path.join(out1, "lint.csv"));
    const r = report(out1);
    const byRule = (rs: Row[]) => {
      const out: Record<string, number> = {};
      for (const x of [...rs].sort((a, b) => a.rule.localeCompare(b.rule))) out[x.rule] = (out[x.rule] ?? 0) + 1;
      return out;
    };
    const count = (rs: Row[], s: string) => rs.filter((x) => x.severity === s).length;
    for (const f of r.files) {
      if (f.status === "failed") {
        expect(f.lint).toBeUndefined();
        continue;
      }
      const mine = rows.filter((x) => x.file === f.file);
      expect(f.lint).toEqual({ errors: count(mine, "error"), warnings: count(mine, "warning"), info: count(mine, "info"), rules: byRule(mine) });
    }
    expect(r.totals.lint).toEqual({
      files: 7, filesWithFindings: new Set(rows.map((x) => x.file)).size,
      errors: count(rows, "error"), warnings: count(rows, "warning"), info: count(rows, "info"), rules: byRule(rows),
    });
    // findings do not change a file's status: that stays the parser's
    expect(r.files.find((f: { file: string }) => f.file === "seed-zaozhuang-2019-inline-duties.txt").status).toBe("ok");
  });

  it("the same bytes with --jobs 3 as with --jobs 1", async () => {
    const out3 = path.join(path.dirname(src), "out3");
    await run(["batch", src, "-o", out3, "--lint", "--jobs", "3", "-q"]);
    expect(readFileSync(path.join(out3, "lint.csv"))).toEqual(readFileSync(path.join(out1, "lint.csv")));
    expect(files(report(out3))).toEqual(files(report(out1)));
    expect(report(out3).totals.lint).toEqual(report(out1).totals.lint);
  }, 120_000);

  it("a re-run skips unchanged files and keeps their findings; a lost findings file is linted again", async () => {
    const out = path.join(path.dirname(src), "resume");
    await run(["batch", src, "-o", out, "--lint", "--jobs", "2", "-q"]);
    const again = await run(["batch", src, "-o", out, "--lint", "--jobs", "2", "-q"]);
    expect(again.code).toBe(EXIT.problems);
    expect(report(out).reused).toBe(7);
    expect(readFileSync(path.join(out, "lint.csv"))).toEqual(readFileSync(path.join(out1, "lint.csv")));
    expect(files(report(out))).toEqual(files(report(out1)));
    rmSync(path.join(out, ".kexie/lint/drafts/draft-many-mistakes.json"));
    await run(["batch", src, "-o", out, "--lint", "-q"]);
    expect(report(out).reused).toBe(6);
    expect(readFileSync(path.join(out, "lint.csv"))).toEqual(readFileSync(path.join(out1, "lint.csv")));
  }, 180_000);

  it("a run without --lint writes no lint.csv and no counts; turning --lint on lints every file", async () => {
    const out = path.join(path.dirname(src), "later");
    await run(["batch", src, "-o", out, "-q"]);
    expect(() => readFileSync(path.join(out, "lint.csv"))).toThrow();
    expect(report(out).totals.lint).toBeUndefined();
    expect(report(out).files.every((f: { lint?: unknown }) => f.lint === undefined)).toBe(true);
    await run(["batch", src, "-o", out, "--lint", "-q"]);
    expect(report(out).reused).toBe(0);
    expect(readFileSync(path.join(out, "lint.csv"))).toEqual(readFileSync(path.join(out1, "lint.csv")));
  }, 180_000);
});

describe("kexie batch --lint: configuration, language, CSV safety, usage", () => {
  it(".kexierc.json nearest to SRC applies; changing it lints again", async () => {
    const src = archive();
    const out = path.join(path.dirname(src), "out");
    writeFileSync(path.join(src, ".kexierc.json"), JSON.stringify({ rules: { "numbering-sequence": "off", "doc-number": "warning" } }));
    await run(["batch", src, "-o", out, "--lint", "-q"]);
    const rows = csvRows(path.join(out, "lint.csv"));
    expect(rows.some((r) => r.rule === "numbering-sequence")).toBe(false);
    expect(rows.filter((r) => r.rule === "doc-number").every((r) => r.severity === "warning")).toBe(true);
    expect(rows.some((r) => r.rule === "doc-number")).toBe(true);
    writeFileSync(path.join(src, ".kexierc.json"), JSON.stringify({ rules: { "doc-number": "off" } }));
    await run(["batch", src, "-o", out, "--lint", "-q"]);
    expect(report(out).reused).toBe(0);
    const after = csvRows(path.join(out, "lint.csv"));
    expect(after.some((r) => r.rule === "doc-number")).toBe(false);
    expect(after.some((r) => r.rule === "numbering-sequence")).toBe(true);
  }, 180_000);

  it("messages in Chinese by default, in English with --lang en (headers in Chinese with --lang zh)", async () => {
    const src = path.join(tempDir("kexie-batch-lint-"), "src");
    mkdirSync(src);
    copyFileSync(path.join(FIXTURES, "seed-zaozhuang-2019-inline-duties.txt"), path.join(src, "z.txt"));
    const dir = path.dirname(src);
    await run(["batch", src, "-o", path.join(dir, "zh"), "--lint", "--lang", "zh", "-q"]);
    await run(["batch", src, "-o", path.join(dir, "en"), "--lint", "--lang", "en", "-q"]);
    await run(["batch", src, "-o", path.join(dir, "default"), "--lint", "-q"]);
    const zh = readFileSync(path.join(dir, "zh/lint.csv"), "utf8");
    expect(zh.split("\r\n")[0]).toBe("\ufeff文件,行,列,规则,级别,说明");
    expect(csvRows(path.join(dir, "default/lint.csv"))).toEqual(await lintRows(src, ["z.txt"]));
    expect(csvRows(path.join(dir, "en/lint.csv"))).toEqual(await lintRows(src, ["z.txt"], ["--lang", "en"]));
    expect(csvRows(path.join(dir, "en/lint.csv"))[0]!.message).toMatch(/[A-Za-z]{4}/);
    expect(csvRows(path.join(dir, "default/lint.csv"))[0]!.message).toMatch(/^此处/);
  }, 120_000);

  it("a file name a spreadsheet would run is neutralised, unless --csv-raw", async () => {
    const src = path.join(tempDir("kexie-batch-lint-"), "src");
    mkdirSync(src);
    const name = "=HYPERLINK(1).txt";
    copyFileSync(path.join(FIXTURES, "seed-zaozhuang-2019-inline-duties.txt"), path.join(src, name));
    const dir = path.dirname(src);
    await run(["batch", src, "-o", path.join(dir, "safe"), "--lint", "-q"]);
    await run(["batch", src, "-o", path.join(dir, "raw"), "--lint", "--csv-raw", "-q"]);
    expect(csvRows(path.join(dir, "safe/lint.csv")).map((r) => r.file)).toContain(`'${name}`);
    expect(csvRows(path.join(dir, "raw/lint.csv")).every((r) => r.file === name)).toBe(true);
  }, 120_000);

  it("--lint with --ndjson is a usage error (exit 2), on one line", async () => {
    const r = await run(["batch", FIXTURES, "--ndjson", "--lint"]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(/--lint writes OUT\/lint\.csv .*\[E_USAGE\]$/);
  });
});
