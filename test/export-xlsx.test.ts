// --to xlsx: a real workbook (sheets of tasks, documents, sections; frozen header; widths; dates
// as dates) whose rows are the CSV's rows. Read back three ways: exceljs (the writer's library),
// SheetJS (an independent reader), and LibreOffice headless when it is installed (.ci/run installs
// it; on CI its absence fails the test instead of skipping it).
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import * as XLSX from "xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { documentsCsv, sectionsCsv, tasksCsv } from "../src/export/csv.js";
import { toXlsx } from "../src/export/xlsx.js";
import { COLUMNS } from "../src/export/sheets.js";
import type { Notice } from "../src/model/schema.js";
import { FIXTURES, parseFixture } from "./helpers/load.js";

const BIN = path.resolve(FIXTURES, "../bin/kexie.js");
const NAMES = ["seed-chuzhou-2017-task-table.txt", "seed-zaozhuang-2019-inline-duties.txt", "r3-yueyang-2021-plan-lead-notes.txt", "seed-jiaxing-2019-work-points.txt"];
const tmp = () => mkdtempSync(path.join(tmpdir(), "kexie-xlsx-"));
const csvRows = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: false });

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("node", [BIN, ...args], { encoding: "utf8", maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end();
  });
}

let docs: Notice[];
let book: Buffer;
beforeAll(async () => {
  docs = await Promise.all(NAMES.map(parseFixture));
  book = await toXlsx(docs);
});

/** A SheetJS sheet as text rows, dates written back as ISO (a month as yyyy-mm, as formatted). */
function sheetRows(wb: XLSX.WorkBook, name: string): string[][] {
  const ws = wb.Sheets[name]!;
  const range = XLSX.utils.decode_range(ws["!ref"]!);
  const rows: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
      if (!cell) row.push("");
      else if (cell.t === "d") {
        const iso = (cell.v as Date).toISOString().slice(0, 10);
        row.push(cell.z === "yyyy-mm" ? iso.slice(0, 7) : iso);
      } else row.push(String(cell.v));
    }
    rows.push(row);
  }
  return rows;
}

describe("toXlsx, read back by SheetJS", () => {
  it("has the sheets tasks, documents, sections in that order", () => {
    expect(XLSX.read(book).SheetNames).toEqual(["tasks", "documents", "sections"]);
  });

  it("holds the same rows as the CSV of each view", () => {
    const wb = XLSX.read(book, { cellDates: true, cellNF: true });
    expect(sheetRows(wb, "tasks")).toEqual(csvRows(tasksCsv(docs)));
    expect(sheetRows(wb, "documents")).toEqual(csvRows(documentsCsv(docs)));
    expect(sheetRows(wb, "sections")).toEqual(csvRows(sectionsCsv(docs)));
  });

  it("stores dates as dates: the notice's date, a due month's first day and a span's last day", () => {
    const ws = XLSX.read(book, { cellDates: true, cellNF: true }).Sheets.tasks!;
    const col = (key: string) => XLSX.utils.encode_col(COLUMNS.tasks.findIndex((c) => c.key === key));
    // row 2: the chuzhou notice's first task, 5月底 in 2017
    expect(ws[`${col("notice_date")}2`]).toMatchObject({ t: "d", z: "yyyy-mm-dd" });
    expect((ws[`${col("notice_date")}2`]!.v as Date).toISOString()).toBe("2017-05-04T00:00:00.000Z");
    expect((ws[`${col("due_from")}2`]!.v as Date).toISOString().slice(0, 10)).toBe("2017-05-01");
    expect((ws[`${col("due_to")}2`]!.v as Date).toISOString().slice(0, 10)).toBe("2017-05-31");
    // row 3: 全年 → the whole year
    expect((ws[`${col("due_to")}3`]!.v as Date).toISOString().slice(0, 10)).toBe("2017-12-31");
  });
});

describe("toXlsx, read back by exceljs", () => {
  it("freezes the header row, sets every column's width and bolds the header", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book as unknown as ExcelJS.Buffer);
    for (const [name, view] of [["tasks", "tasks"], ["documents", "documents"], ["sections", "sections"]] as const) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(COLUMNS[view].map((_, i) => ws.getColumn(i + 1).width)).toEqual(COLUMNS[view].map((c) => c.width));
      expect(ws.getRow(1).font?.bold ?? ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.autoFilter).toBeTruthy();
    }
  });

  it("writes Chinese headers and sheet names with lang zh", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(docs, { lang: "zh" })) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["任务", "文件", "章节"]);
    const header = wb.getWorksheet("任务")!.getRow(1).values as unknown[];
    expect(header.slice(1, 11)).toEqual(["文件", "发文字号", "标题", "发文机关", "成文日期", "序号", "任务", "完成时限", "时限起", "时限止"]);
    expect(header).toEqual(expect.arrayContaining(["量化指标", "牵头单位", "配合单位", "分管领导", "责任人"]));
    expect(wb.getWorksheet("任务")!.getRow(2).getCell(header.indexOf("出处")).value).toBe("表1 第1行");
  });
});

function soffice(): string | null {
  for (const bin of ["soffice", "libreoffice"]) {
    try {
      execFileSync("sh", ["-c", `command -v ${bin}`], { stdio: "pipe" });
      return bin;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

describe("LibreOffice opens the workbook", () => {
  const bin = soffice();
  it.skipIf(!bin && !process.env.CI)("converts its first sheet to the same rows as tasks.csv", { timeout: 180_000 }, async () => {
    expect(bin, "LibreOffice (soffice) is installed by .ci/run").not.toBeNull();
    const dir = tmp();
    writeFileSync(path.join(dir, "tasks.xlsx"), book);
    // a profile of its own: a user's running LibreOffice or a root-owned profile cannot interfere
    execFileSync(bin!, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir, path.join(dir, "tasks.xlsx")], { stdio: "pipe", timeout: 170_000 });
    expect(csvRows(readFileSync(path.join(dir, "tasks.csv"), "utf8"))).toEqual(csvRows(tasksCsv(docs)));
  });
});

describe("--to xlsx on the command line", () => {
  it("kexie export --to xlsx -o and kexie parse --to xlsx -o write the same workbook rows", { timeout: 120_000 }, async () => {
    const dir = tmp();
    const files = NAMES.map((n) => path.join(FIXTURES, n));
    expect((await run(["parse", ...files, "--to", "xlsx", "-o", path.join(dir, "p.xlsx"), "-q"])).code).toBe(0);
    writeFileSync(path.join(dir, "all.json"), (await run(["parse", ...files, "-q"])).stdout);
    expect((await run(["export", path.join(dir, "all.json"), "--to", "xlsx", "-o", path.join(dir, "e.xlsx")])).code).toBe(0);
    const a = XLSX.read(readFileSync(path.join(dir, "p.xlsx")));
    const b = XLSX.read(readFileSync(path.join(dir, "e.xlsx")));
    expect(a.SheetNames).toEqual(["tasks", "documents", "sections"]);
    expect(XLSX.utils.sheet_to_csv(a.Sheets.tasks!)).toBe(XLSX.utils.sheet_to_csv(b.Sheets.tasks!));
    expect(XLSX.utils.sheet_to_json(a.Sheets.tasks!)).toHaveLength(docs.reduce((n, d) => n + d.tasks.length, 0));
  });

  it("kexie batch --to xlsx writes a workbook per file and archive.xlsx; --lang zh heads its CSVs in Chinese", { timeout: 120_000 }, async () => {
    const src = tmp();
    const out = tmp();
    for (const n of NAMES) writeFileSync(path.join(src, n), readFileSync(path.join(FIXTURES, n)));
    const r = await run(["batch", src, "-o", out, "--to", "xlsx", "--lang", "zh", "-q", "-j", "2"]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".xlsx")).sort()).toEqual(["archive.xlsx", ...NAMES.map((n) => n.replace(/\.txt$/, ".xlsx"))].sort());
    const wb = XLSX.read(readFileSync(path.join(out, "archive.xlsx")));
    expect(wb.SheetNames).toEqual(["任务", "文件", "章节"]);
    expect(XLSX.utils.sheet_to_json(wb.Sheets["任务"]!)).toHaveLength(docs.reduce((n, d) => n + d.tasks.length, 0));
    expect(readFileSync(path.join(out, "tasks.csv"), "utf8").startsWith("\ufeff文件,发文字号,标题,发文机关,成文日期,序号,任务,完成时限")).toBe(true);
    expect(existsSync(path.join(out, "documents.csv"))).toBe(true);
  });
});

describe("positions and dates in the task rows", () => {
  it("counts tables and rows from one, in English and Chinese", () => {
    const chuzhou = docs[0]!;
    const en = csvRows(tasksCsv([chuzhou]));
    expect(en[1]![en[0]!.indexOf("section")]).toBe("table 1 row 1");
    const zh = csvRows(tasksCsv([chuzhou], { lang: "zh" }));
    expect(zh[1]![zh[0]!.indexOf("出处")]).toBe("表1 第1行");
  });

  it("writes ISO due months and the notice's date as notice_date", () => {
    const rows = parse(tasksCsv([docs[0]!]), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows[0]).toMatchObject({ notice_date: "2017-05-04", deadline: "5月底", due_from: "2017-05", due_to: "2017-05" });
    expect(rows[1]).toMatchObject({ deadline: "全年", due_from: "2017-01", due_to: "2017-12" });
  });
});
