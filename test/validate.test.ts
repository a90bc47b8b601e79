// The validator: schema problems with their JSON path, then the rules the schema cannot express.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runValidate } from "../src/cli/validate.js";
import type { Notice } from "../src/model/schema.js";
import { validateNotice } from "../src/validate.js";
import { fixtureNames, parseFixture } from "./helpers/load.js";
import { tempDir } from "./helpers/tmp.js";

let docs: Map<string, Notice>;
beforeAll(async () => {
  docs = new Map(await Promise.all(fixtureNames().map(async (n) => [n, await parseFixture(n)] as const)));
});

/** A JSON copy of a fixture's document, to break on purpose. */
const copy = (name: string): Notice => JSON.parse(JSON.stringify(docs.get(name)!));

describe("validateNotice", () => {
  it("finds nothing wrong with any parsed fixture, beyond a numbering gap the source has and the parser reported", () => {
    for (const [name, doc] of docs) {
      // a real notice may skip a number (r7-shaanxi-2021-local-grid-plan-cc: 二、 then 四、); the
      // parser says so (numbering-gap) and the validator agrees — anything else is a fault
      const quoted = (m: string) => /"([^"]+)"/.exec(m)?.[1];
      const gaps = new Set(doc.diagnostics.filter((d) => d.code === "numbering-gap").map((d) => quoted(d.message)));
      const findings = validateNotice(JSON.parse(JSON.stringify(doc))).filter((f) => !(f.code === "ordinal-gap" && gaps.has(quoted(f.message))));
      expect(findings, name).toEqual([]);
    }
  });

  it("reports a wrong type with its JSON path", () => {
    const doc = copy("guangling-2020-notice-cn-paren.txt") as unknown as { sections: Array<{ children: Array<{ ordinal: unknown }> }> };
    doc.sections[2]!.children[0]!.ordinal = "1";
    expect(validateNotice(doc)).toEqual([
      { path: "sections[2].children[0].ordinal", message: "expected number, received string", code: "invalid_type", severity: "error" },
    ]);
  });

  it("reports a missing field and a value outside an enum", () => {
    const doc = copy("gbk-notice.txt") as unknown as Record<string, Record<string, unknown>>;
    delete doc.header!.title;
    doc.source!.format = "rtf";
    const problems = validateNotice(doc);
    expect(problems).toContainEqual(expect.objectContaining({ path: "header.title", message: "expected string, received undefined" }));
    expect(problems).toContainEqual(expect.objectContaining({ path: "source.format", code: "invalid_value" }));
    expect(validateNotice(null)).toEqual([expect.objectContaining({ path: "", message: "expected object, received null" })]);
  });

  it("warns about a gap in the numbering of siblings, without making the document invalid", () => {
    const doc = copy("guangling-2020-notice-cn-paren.txt");
    doc.sections.splice(1, 1); // 一、 三、 四、
    expect(validateNotice(doc)).toEqual([
      { path: "sections[1].ordinal", message: 'numbering jumps from 1 to 3 ("三、")', code: "ordinal-gap", severity: "warning" },
    ]);
  });

  it("warns about a repeated number", () => {
    const doc = copy("deep-tree-arabic.txt");
    const kids = doc.sections[1]!.children[0]!.children; // ① ② ③
    kids[2] = { ...kids[2]!, marker: "②", ordinal: 2 };
    expect(validateNotice(doc)).toEqual([
      { path: "sections[1].children[0].children[2].ordinal", message: 'number 2 repeats ("②")', code: "ordinal-gap", severity: "warning" },
    ]);
  });

  it("accepts numbering that continues from the previous parent (1、…3、 then 4、…)", () => {
    const doc = copy("seed-zaozhuang-2019-inline-duties.txt");
    expect(doc.parts[0]!.sections[1]!.children[0]!.marker).toBe("4、");
    expect(validateNotice(doc)).toEqual([]);
  });

  it("reports an ordinal that disagrees with its marker", () => {
    const doc = copy("guangling-2020-notice-cn-paren.txt");
    doc.sections[0]!.children[1]!.ordinal = 5; // （二）
    expect(validateNotice(doc)).toContainEqual({
      path: "sections[0].children[1].ordinal", message: 'marker "（二）" reads as chinese-paren 2, not chinese-paren 5', code: "ordinal-marker", severity: "error",
    });
  });

  it("reports a style that disagrees with its marker, and a numbered group node", () => {
    const doc = copy("work-report-restart.txt");
    doc.parts[0]!.sections[0]!.children[0]!.style = "arabic-dot"; // 一、
    doc.parts[0]!.sections[1]!.ordinal = 2; // the group node 2021年工作安排
    const codes = validateNotice(doc).map((p) => `${p.path} ${p.code}`);
    expect(codes).toEqual(["parts[0].sections[0].children[0].ordinal ordinal-marker", "parts[0].sections[1].ordinal group-numbered"]);
  });

  it("reports a level that is not the node's depth in the tree", () => {
    const doc = copy("guangling-2020-notice-cn-paren.txt");
    doc.sections[0]!.children[1]!.level = 3;
    expect(validateNotice(doc)).toEqual([
      { path: "sections[0].children[1].level", message: "level 3 at depth 2 of the tree", code: "level", severity: "error" },
    ]);
  });

  it("reports an ISO date that is no calendar date", () => {
    const doc = copy("gbk-notice.txt");
    doc.signature!.date = "2019-02-30";
    doc.printedBy!.date = "2018-13-01";
    expect(validateNotice(doc)).toEqual([
      { path: "signature.date", message: "2019-02-30 is not a real calendar date", code: "date-invalid", severity: "error" },
      { path: "printedBy.date", message: "2018-13-01 is not a real calendar date", code: "date-invalid", severity: "error" },
    ]);
    const leap = copy("gbk-notice.txt");
    leap.signature!.date = "2020-02-29";
    expect(validateNotice(leap)).toEqual([]);
  });

  it("reports task sources that point nowhere", () => {
    const inline = copy("seed-zaozhuang-2019-inline-duties.txt");
    inline.tasks[0]!.source = { section: "一/9", part: 0 };
    inline.tasks[1]!.source = { section: "一/2", part: null };
    inline.tasks[2]!.source = { section: "一/3", part: 4 };
    const table = copy("seed-chuzhou-2017-task-table.txt");
    table.tasks[0]!.source = { table: 0, row: 99 };
    table.tasks[1]!.source = { table: 3, row: 0 };
    expect([...validateNotice(inline), ...validateNotice(table)]).toEqual([
      { path: "tasks[0].source.section", message: 'no section "一/9" in parts[0]', code: "task-source", severity: "error" },
      { path: "tasks[1].source.section", message: 'no section "一/2" in the covering notice', code: "task-source", severity: "error" },
      { path: "tasks[2].source.part", message: "part 4 does not exist (1 parts)", code: "task-source", severity: "error" },
      { path: "tasks[0].source.row", message: "table 0 has no row 99 (10 rows)", code: "task-source", severity: "error" },
      { path: "tasks[1].source.table", message: "table 3 does not exist (1 tables)", code: "task-source", severity: "error" },
    ]);
  });

  it("resolves a section path through a group node named by its heading", () => {
    const doc = copy("work-report-restart.txt");
    doc.tasks = [{ ...copy("seed-zaozhuang-2019-inline-duties.txt").tasks[0]!, source: { section: "2020年工作回顾/三/（二）", part: 0 } }];
    expect(validateNotice(doc)).toEqual([]);
  });

  it("reports a 发文字号 whose parts disagree with the number as written", () => {
    const doc = copy("seed-yangzhou-2019-work-points.txt"); // 扬科协字〔2019〕30号
    doc.header.docNumber = { raw: "扬科协字〔2019〕30号", prefix: "扬科协", year: 2018, serial: 31 };
    expect(validateNotice(doc)).toEqual([
      { path: "header.docNumber.year", message: 'year 2018 does not appear in "扬科协字〔2019〕30号"', code: "doc-number", severity: "error" },
      { path: "header.docNumber.serial", message: 'serial 31 does not appear in "扬科协字〔2019〕30号"', code: "doc-number", severity: "error" },
    ]);
    doc.header.docNumber = { raw: "扬科协字〔2019〕30号", prefix: "宁科协", year: 2019, serial: 3 };
    expect(validateNotice(doc).map((p) => p.path)).toEqual(["header.docNumber.prefix", "header.docNumber.serial"]);
  });
});

describe("runValidate", () => {
  const out: string[] = [];
  const err: string[] = [];
  const tmp = () => tempDir("kexie-validate-");
  const capture = () => {
    vi.spyOn(process.stdout, "write").mockImplementation(((s: string, cb?: (e?: Error) => void) => (out.push(String(s)), cb?.(), true)) as never);
    vi.spyOn(process.stderr, "write").mockImplementation(((s: string) => (err.push(String(s)), true)) as never);
  };
  afterEach(() => {
    vi.restoreAllMocks();
    out.length = 0;
    err.length = 0;
  });
  function file(dir: string, name: string, content: unknown): string {
    const f = path.join(dir, name);
    writeFileSync(f, typeof content === "string" ? content : JSON.stringify(content));
    return f;
  }

  it("exits 0 and prints nothing for valid documents (a document, an array, NDJSON)", async () => {
    const dir = tmp();
    const a = docs.get("seed-chuzhou-2017-task-table.txt")!;
    const b = docs.get("speech-diyi-items.txt")!;
    const files = [file(dir, "a.json", a), file(dir, "ab.json", [a, b]), file(dir, "ab.ndjson", `${JSON.stringify(a)}\n${JSON.stringify(b)}\n`)];
    capture();
    expect(await runValidate(files, { format: "text" })).toBe(0);
    expect(out.join("")).toBe("");
  });

  it("exits 1 and prints one line per problem: file: path: message", async () => {
    const dir = tmp();
    const bad = copy("guangling-2020-notice-cn-paren.txt") as unknown as { sections: Array<{ children: Array<{ ordinal: unknown }> }> };
    bad.sections[2]!.children[0]!.ordinal = "1";
    const gap = copy("guangling-2020-notice-cn-paren.txt");
    gap.sections.splice(1, 1);
    const f = file(dir, "bad.json", [gap, bad]);
    capture();
    expect(await runValidate([f], { format: "text" })).toBe(1);
    expect(out.join("").split("\n")).toEqual([
      `${f}: [0].sections[1].ordinal: warning: numbering jumps from 1 to 3 ("三、") [ordinal-gap]`,
      `${f}: [1].sections[2].children[0].ordinal: expected number, received string [invalid_type]`,
      "",
    ]);
  });

  it("exits 0 when there are only warnings, and prints JSON with --format json", async () => {
    const dir = tmp();
    const gap = copy("guangling-2020-notice-cn-paren.txt");
    gap.sections.splice(1, 1);
    const f = file(dir, "gap.json", gap);
    capture();
    expect(await runValidate([f], { format: "json" })).toBe(0);
    expect(JSON.parse(out.join(""))).toEqual([
      { file: f, document: null, path: "sections[1].ordinal", message: 'numbering jumps from 1 to 3 ("三、")', code: "ordinal-gap", severity: "warning" },
    ]);
  });

  it("exits 3/4 (as every command) with one line naming a file that cannot be read or is not JSON, and goes on", async () => {
    const dir = tmp();
    const good = file(dir, "good.json", docs.get("gbk-notice.txt")!);
    const notJson = file(dir, "notes.txt", "这不是JSON");
    capture();
    expect(await runValidate([path.join(dir, "missing.json"), notJson, good], { format: "text" })).toBe(4);
    expect(await runValidate([path.join(dir, "missing.json"), good], { format: "text" })).toBe(3);
    err.length = 0;
    expect(await runValidate([path.join(dir, "missing.json"), notJson, good], { format: "text" })).toBe(4);
    const lines = err.join("").trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/missing\.json: no such file/);
    expect(lines[1]).toMatch(/notes\.txt:1:1: not JSON: unexpected character/);
    expect(out.join("")).toBe("");
  });

  it("exits 2 without input", async () => {
    capture();
    expect(await runValidate([], { format: "text" })).toBe(2);
    expect(err.join("")).toMatch(/no input/);
  });
});
