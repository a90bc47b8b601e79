// CSV exports: what a spreadsheet user gets must read back to the same tasks, quoting included.
import { parse } from "csv-parse/sync";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runExport } from "../src/cli/export.js";
import { documentsCsv, sectionsCsv, TASK_COLUMNS, tasksCsv } from "../src/export/csv.js";
import type { Notice, Task } from "../src/model/schema.js";
import { splitBalanced } from "../src/lexicon/organs.js";
import { FIXTURES, fixtureNames, parseFixture } from "./helpers/load.js";
import { tempDir } from "./helpers/tmp.js";

const EXPORTS = path.join(FIXTURES, "exports");
const SEEDS = fixtureNames().filter((n) => n.startsWith("seed-"));

let docs: Map<string, Notice>;
beforeAll(async () => {
  docs = new Map(await Promise.all(fixtureNames().map(async (n) => [n, await parseFixture(n)] as const)));
});

type Row = Record<string, string>;
const readCsv = (csv: string): Row[] => parse(csv, { bom: true, columns: true, skip_empty_lines: false });
const items = (cell: string) => (cell === "" ? [] : splitBalanced(cell, "、"));
const orNull = (cell: string) => (cell === "" ? null : cell);

const month = (iso: string) => Number(/^\d{4}-(\d{2})$/.exec(iso)![1]);

/** A task as its CSV row says it (the row has no line number; positions there count from 1). */
function taskOfRow(r: Row): Omit<Task, "line"> {
  const table = /^table (\d+) row (\d+)$/.exec(r.section!);
  return {
    seq: orNull(r.seq!),
    task: r.task!,
    deadline: orNull(r.deadline!),
    due: r.due_from ? { from: month(r.due_from), to: month(r.due_to!) } : null,
    lead: items(r.lead!),
    support: items(r.support!),
    leader: orNull(r.leader!),
    owner: orNull(r.owner!),
    notes: orNull(r.notes!),
    extra: r.extra ? JSON.parse(r.extra!) : {},
    group: orNull(r.group!),
    // a part's section is prefixed with the part's label, or `part N`
    source: table ? { table: Number(table[1]) - 1, row: Number(table[2]) - 1 } : { section: r.section!.replace(/^(part \d+|附件?\S*) /, ""), part: null },
  };
}

/** The task minus what the CSV does not carry (line; a section source's part; due months without a year, which are no dates). */
function comparable(t: Task): Omit<Task, "line"> {
  // targets are checked on their own columns below: the CSV holds their texts and the first's numbers
  const { line: _line, targets: _targets, ...rest } = t;
  const due = rest.due?.year ? { from: rest.due.from, to: rest.due.to } : null;
  return "section" in rest.source ? { ...rest, due, source: { section: rest.source.section, part: null } } : { ...rest, due };
}

describe("tasksCsv", () => {
  it("reads back with csv-parse to the task list, for every fixture with tasks", () => {
    const withTasks = [...docs].filter(([, d]) => d.tasks.length > 0);
    expect(withTasks.length).toBeGreaterThanOrEqual(5);
    for (const [name, doc] of withTasks) {
      const rows = readCsv(tasksCsv([doc]));
      expect(rows.map(taskOfRow), name).toEqual(doc.tasks.map(comparable));
      rows.forEach((r, i) => {
        const ts = doc.tasks[i]!.targets ?? [];
        expect(r.targets, name).toBe(ts.map((x) => x.text).join("、"));
        expect(r.target_min).toBe(ts[0] ? String(ts[0].min) : "");
        expect(r.target_max).toBe(ts[0] ? String(ts[0].max) : "");
        expect(r.target_unit).toBe(ts[0]?.unit ?? "");
      });
      for (const r of rows) {
        expect(r.file).toBe(`fixtures/${name}`);
        expect(r.issuer).toBe(doc.header.issuer ?? "");
        expect(r.docNumber).toBe(doc.header.docNumber?.raw ?? "");
        expect(r.notice_date).toBe(doc.signature?.date ?? "");
      }
    }
  });

  it("keeps a cell holding a comma, a quote, a newline and a CR intact", () => {
    const doc = structuredClone(docs.get("seed-chuzhou-2017-task-table.txt")!);
    const nasty = '逗号,引号"双"引号\n换行\r\n回车\r结束';
    doc.tasks[0]!.task = nasty;
    doc.tasks[0]!.notes = "=SUM(A1)";
    doc.tasks[0]!.extra = { "列,1": 'v"1', k: "a=b; c" };
    const csv = tasksCsv([doc]);
    const rows = readCsv(csv);
    expect(rows).toHaveLength(doc.tasks.length);
    expect(rows[0]!.task).toBe(nasty);
    // formula-like text is neutralised for spreadsheets (test/hostile-csv.test.ts), raw on request
    expect(rows[0]!.notes).toBe("'=SUM(A1)");
    expect(readCsv(tasksCsv([doc], { raw: true }))[0]!.notes).toBe("=SUM(A1)");
    expect(JSON.parse(rows[0]!.extra!)).toEqual({ "列,1": 'v"1', k: "a=b; c" });
    expect(csv).toContain('"逗号,引号""双""引号\n换行\r\n回车\r结束"');
  });

  it("writes a UTF-8 BOM and CRLF records by default, no BOM with bom: false", () => {
    const doc = docs.get("seed-yangzhou-2019-work-points.txt")!;
    const withBom = tasksCsv([doc]);
    expect(withBom.startsWith(`\ufeff${TASK_COLUMNS.join(",")}\r\n`)).toBe(true);
    const without = tasksCsv([doc], { bom: false });
    expect(without.startsWith(`${TASK_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(without).toBe(withBom.slice(1));
  });

  it("gives several documents one header row", () => {
    const a = docs.get("seed-chuzhou-2017-task-table.txt")!;
    const b = docs.get("seed-zaozhuang-2019-inline-duties.txt")!;
    const records: string[][] = parse(tasksCsv([a, b]), { bom: true });
    expect(records.filter((r) => r[0] === "file")).toHaveLength(1);
    expect(records).toHaveLength(1 + a.tasks.length + b.tasks.length);
    expect(records.at(-1)![0]).toBe(b.source.path);
  });

  it("writes only the header for no tasks", () => {
    expect(tasksCsv([], { bom: false })).toBe(`${TASK_COLUMNS.join(",")}\r\n`);
  });
});

describe("sectionsCsv and documentsCsv", () => {
  it("lists every section with its path, the task sources' paths among them", () => {
    const doc = docs.get("seed-zaozhuang-2019-inline-duties.txt")!;
    const rows = readCsv(sectionsCsv([doc]));
    expect(rows).toHaveLength(20);
    expect(rows[1]).toMatchObject({ part: "1", path: "一/1", level: "2", marker: "1、", heading: "强化对科技工作者的思想政治引领", lead: "组织部", support: "各部室、各直属单位" });
    const paths = new Set(rows.map((r) => r.path));
    for (const t of doc.tasks) if ("section" in t.source) expect(paths).toContain(t.source.section);
  });

  it("names a group node by its heading and leaves part empty for the covering notice", () => {
    const rows = readCsv(sectionsCsv([docs.get("work-report-restart.txt")!, docs.get("guangling-2020-notice-cn-paren.txt")!]));
    expect(rows.find((r) => r.heading === "维权服务扎实有效")?.path).toBe("2020年工作回顾/三");
    expect(rows.find((r) => r.heading === "储备防疫物资")).toMatchObject({ part: "", path: "一/（二）/2", marker: "2." });
  });

  it("summarises each document in one row", () => {
    const names = ["seed-yangzhou-2019-work-points.txt", "seed-jiaxing-2019-work-points.txt", "work-report-restart.txt"];
    const rows = readCsv(documentsCsv(names.map((n) => docs.get(n)!)));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ issuer: "扬州市科学技术协会", docNumber: "扬科协字〔2019〕30号", year: "2019", docType: "通知", tasks: "26", attachments: "2019年扬州市科协重点项目计划" });
    expect(rows[1]).toMatchObject({ docNumber: "", year: "", notice_date: "", cc: "浙江省科协、市委办、孙贤龙副书记、姜波副市长" });
    expect(rows[2]).toMatchObject({ ccUp: "区委、区政府、市妇联", notice_date: "2021-02-02", sections: "12" });
  });
});

describe("committed task CSVs of the seed notices", () => {
  for (const name of SEEDS) {
    it(name, () => {
      const file = path.join(EXPORTS, name.replace(/\.(txt|md)$/, ".tasks.csv"));
      const csv = tasksCsv([docs.get(name)!]);
      // KEXIE_UPDATE_EXPORTS=1 rewrites them; review the diff by eye before committing
      if (process.env.KEXIE_UPDATE_EXPORTS) writeFileSync(file, csv);
      expect(csv).toBe(readFileSync(file, "utf8"));
    });
  }
});

describe("runExport", () => {
  const tmp = () => tempDir("kexie-export-");
  const stderr: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    stderr.length = 0;
  });
  const quietErrors = () =>
    vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (stderr.push(String(s)), true));

  function jsonFile(dir: string, name: string, content: string): string {
    const f = path.join(dir, name);
    writeFileSync(f, content);
    return f;
  }

  it("reads a document, an array and NDJSON, and writes one CSV", async () => {
    const dir = tmp();
    const a = docs.get("seed-chuzhou-2017-task-table.txt")!;
    const b = docs.get("table-markdown-pipe.md")!;
    const c = docs.get("seed-zaozhuang-2019-inline-duties.txt")!;
    const files = [
      jsonFile(dir, "one.json", JSON.stringify(a, null, 2)),
      jsonFile(dir, "many.json", JSON.stringify([b])),
      jsonFile(dir, "lines.ndjson", `${JSON.stringify(c)}\n${JSON.stringify(a)}\n`),
    ];
    const out = path.join(dir, "tasks.csv");
    expect(await runExport(files, { to: "csv", what: "tasks", bom: true, output: out })).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(tasksCsv([a, b, c, a]));
  });

  it("writes Markdown, NDJSON and JSON", async () => {
    const dir = tmp();
    const doc = docs.get("speech-diyi-items.txt")!;
    const f = jsonFile(dir, "d.json", JSON.stringify(doc));
    const out = (n: string) => path.join(dir, n);
    expect(await runExport([f], { to: "md", what: "documents", bom: true, output: out("d.md") })).toBe(0);
    expect(readFileSync(out("d.md"), "utf8")).toMatch(/^---\n[\s\S]*\n# 关于印发王立新同志/);
    expect(await runExport([f, f], { to: "ndjson", what: "documents", bom: true, output: out("d.ndjson") })).toBe(0);
    expect(readFileSync(out("d.ndjson"), "utf8").trim().split("\n").map((l) => JSON.parse(l).header.title)).toEqual([doc.header.title, doc.header.title]);
    expect(await runExport([f], { to: "json", what: "sections", bom: true, output: out("s.json") })).toBe(0);
    const sections = JSON.parse(readFileSync(out("s.json"), "utf8"));
    expect(sections[1]).toMatchObject({ file: doc.source.path, part: 0, path: "一/第一", marker: "第一，" });
    expect(sections[1].children).toBeUndefined();
  });

  const failures: Array<[string, (dir: string) => string, number, RegExp]> = [
    ["a missing file", (dir) => path.join(dir, "nope.json"), 3, /nope\.json: no such file/],
    ["a file that is not JSON", (dir) => jsonFile(dir, "bad.json", "{ not json"), 4, /bad\.json:1:3: not JSON: unexpected character — /],
    ["a pretty-printed file with a syntax error", (dir) => jsonFile(dir, "pretty.json", '{\n  "a": 1,\n  "b": \n}\n'), 4, /pretty\.json:4:1: not JSON: a value expected/],
    ["NDJSON with a broken line", (dir) => jsonFile(dir, "bad.ndjson", '{"a":1}\n{oops\n'), 4, /bad\.ndjson:2:2: not JSON: unexpected character/],
    ["JSON that is not a kexie document", (dir) => jsonFile(dir, "other.json", '{"header": 1}'), 4, /other\.json: not a kexie document: schemaVersion: expected string/],
  ];
  for (const [what, make, code, message] of failures) {
    it(`reports ${what} on one line naming the file (exit ${code})`, async () => {
      const dir = tmp();
      quietErrors();
      const out = path.join(dir, "out.csv");
      expect(await runExport([make(dir)], { to: "csv", what: "tasks", bom: true, output: out })).toBe(code);
      expect(stderr.join("")).toMatch(message);
      expect(stderr.join("").trim().split("\n")).toHaveLength(1);
    });
  }

  it("still exports the good files when one fails", async () => {
    const dir = tmp();
    quietErrors();
    const good = jsonFile(dir, "good.json", JSON.stringify(docs.get("seed-chuzhou-2017-task-table.txt")));
    const out = path.join(dir, "out.csv");
    expect(await runExport([good, path.join(dir, "missing.json")], { to: "csv", what: "tasks", bom: false, output: out })).toBe(3);
    expect(readCsv(readFileSync(out, "utf8"))).toHaveLength(10);
  });

  it("refuses no input as a usage error", async () => {
    quietErrors();
    expect(await runExport([], { to: "csv", what: "tasks", bom: true })).toBe(2);
    expect(stderr.join("")).toMatch(/no input/);
  });
});
