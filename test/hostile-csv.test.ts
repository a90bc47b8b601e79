// Spreadsheet safety (issue 12): every CSV kexie writes neutralises cells a spreadsheet would run
// as a formula (OWASP: a leading ' before = + - @ tab CR); --csv-raw writes them as they are.
import { parse } from "csv-parse/sync";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentsCsv, neutraliseCell, sectionsCsv, tasksCsv } from "../src/export/csv.js";
import { parseText } from "../src/parse.js";
import { CSV_INJECTION_CELLS, csvInjectionNotice } from "../scripts/make-hostile.mjs";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

type Row = Record<string, string>;
const readCsv = (csv: string): Row[] => parse(csv, { bom: true, columns: true, relax_column_count: false });
const cells = (rows: Row[]) => rows.flatMap((r) => Object.values(r));
const DANGEROUS = /^[=+\-@\t\r]/;

describe("CSV formula injection", () => {
  const doc = parseText(csvInjectionNotice(), { path: "=evil.txt" });

  it("the crafted notice really carries formula-like text into tasks and the title", () => {
    expect(doc.tasks.map((t) => t.task)).toEqual([CSV_INJECTION_CELLS[0], CSV_INJECTION_CELLS[2]]);
    expect(doc.tasks.flatMap((t) => t.lead)).toEqual([CSV_INJECTION_CELLS[1], CSV_INJECTION_CELLS[3]]);
    expect(doc.header.title).toMatch(/^=HYPERLINK/);
  });

  for (const [name, csv] of [["tasks", tasksCsv], ["sections", sectionsCsv], ["documents", documentsCsv]] as const) {
    it(`${name}: every formula-like cell reads back through csv-parse with a leading '`, () => {
      const rows = readCsv(csv([doc]));
      expect(rows.length).toBeGreaterThan(0);
      expect(cells(rows).filter((c) => DANGEROUS.test(c))).toEqual([]);
      const raw = readCsv(csv([doc], { raw: true }));
      // the same table, cell for cell, once the apostrophe is taken off again
      expect(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.replace(/^'(?=[=+\-@\t\r])/, "")])))).toEqual(raw);
    });
  }

  it("neutralises exactly the OWASP set, numbers untouched", () => {
    for (const c of ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"]) expect(neutraliseCell(c)).toBe(`'${c}`);
    for (const c of ["1", "a=b", "—", "'quoted", "", "（一）"]) expect(neutraliseCell(c)).toBe(c);
    const rows = readCsv(tasksCsv([doc]));
    expect(rows.map((r) => r.task)).toEqual([`'${CSV_INJECTION_CELLS[0]}`, `'${CSV_INJECTION_CELLS[2]}`]);
    expect(rows.map((r) => r.lead)).toEqual([`'${CSV_INJECTION_CELLS[1]}`, `'${CSV_INJECTION_CELLS[3]}`]);
    expect(rows.map((r) => r.file)).toEqual(["'=evil.txt", "'=evil.txt"]);
    expect(rows.map((r) => r.seq)).toEqual(["1", "2"]);
  });

  it("--csv-raw leaves the cells live, in parse --to csv and export", async () => {
    const dir = tempDir("kexie-csv-");
    const notice = path.join(dir, "notice.txt");
    writeFileSync(notice, csvInjectionNotice());
    const safe = await runCli(["parse", notice, "--to", "csv"]);
    expect(safe.code).toBe(0);
    expect(readCsv(safe.stdout).map((r) => r.task)).toEqual([`'${CSV_INJECTION_CELLS[0]}`, `'${CSV_INJECTION_CELLS[2]}`]);
    const raw = await runCli(["parse", notice, "--to", "csv", "--csv-raw"]);
    expect(readCsv(raw.stdout).map((r) => r.task)).toEqual([CSV_INJECTION_CELLS[0], CSV_INJECTION_CELLS[2]]);

    const json = path.join(dir, "notice.json");
    writeFileSync(json, (await runCli(["parse", notice])).stdout);
    for (const what of ["tasks", "sections", "documents"]) {
      const out = await runCli(["export", json, "--to", "csv", "--what", what]);
      expect(out.code, what).toBe(0);
      expect(cells(readCsv(out.stdout)).filter((c) => DANGEROUS.test(c)), what).toEqual([]);
    }
    const exported = await runCli(["export", json, "--csv-raw"]);
    expect(readCsv(exported.stdout).map((r) => r.lead)).toEqual([CSV_INJECTION_CELLS[1], CSV_INJECTION_CELLS[3]]);
  }, 60_000);

  it("batch: tasks.csv, documents.csv and each .tasks.csv are neutralised; --csv-raw turns it off", async () => {
    const src = tempDir("kexie-csv-src-");
    mkdirSync(path.join(src, "sub"));
    writeFileSync(path.join(src, "sub", "=1+1.txt"), csvInjectionNotice());
    const out = path.join(tempDir("kexie-csv-out-"), "out");
    const r = await runCli(["batch", src, "-o", out, "--to", "csv", "--quiet", "--jobs", "1"]);
    expect(r.code).toBe(0);
    for (const f of ["tasks.csv", "documents.csv", "sub/=1+1.tasks.csv"]) {
      const rows = readCsv(readFileSync(path.join(out, f), "utf8"));
      expect(rows.length, f).toBeGreaterThan(0);
      expect(cells(rows).filter((c) => DANGEROUS.test(c)), f).toEqual([]);
    }
    expect(readCsv(readFileSync(path.join(out, "tasks.csv"), "utf8"))[0]!.task).toBe(`'${CSV_INJECTION_CELLS[0]}`);
    // --csv-raw changes the per-file CSV, so it is written again, not skipped as unchanged
    const again = await runCli(["batch", src, "-o", out, "--to", "csv", "--csv-raw", "--quiet", "--jobs", "1"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")).reused).toBe(0);
    for (const f of ["tasks.csv", "sub/=1+1.tasks.csv"]) {
      expect(readCsv(readFileSync(path.join(out, f), "utf8"))[0]!.task, f).toBe(CSV_INJECTION_CELLS[0]);
    }
  }, 60_000);
});
