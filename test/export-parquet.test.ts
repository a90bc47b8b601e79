// kexie export --to parquet and kexie batch --to parquet: three tables with real types, read back
// with an independent reader (hyparquet, pure JavaScript, not DuckDB which writes them) and
// compared cell by cell with the CSV rows of the same documents.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { asyncBufferFromFile, parquetMetadata, parquetReadObjects } from "hyparquet";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { FIXTURES, fixtureNames } from "./helpers/load.js";
import { tempDir } from "./helpers/tmp.js";

type Row = Record<string, unknown>;

async function readParquet(file: string): Promise<Row[]> {
  return (await parquetReadObjects({ file: await asyncBufferFromFile(file) })) as Row[];
}

async function columnTypes(file: string): Promise<Record<string, string>> {
  const buf = await asyncBufferFromFile(file);
  const md = parquetMetadata(await buf.slice(0));
  const out: Record<string, string> = {};
  for (const s of md.schema.slice(1)) {
    if (s.name === "list" || s.name === "element") continue;
    out[s.name] = String(s.converted_type ?? s.type);
  }
  return out;
}

/**
 * A Parquet cell as the CSV writes it: lists joined with 、, dates yyyy-mm-dd, NULL empty. A due
 * month is a DATE in Parquet (its first day, or its last for due_to) and `2019-06` in the CSV.
 */
function asCsvCell(key: string, v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join("、");
  if (v instanceof Date) {
    const iso = v.toISOString().slice(0, 10);
    if (key === "due_from") expect(iso.endsWith("-01")).toBe(true);
    if (key === "due_to") expect(new Date(v.getTime() + 86_400_000).getUTCDate()).toBe(1); // the month's last day
    return key.startsWith("due_") ? iso.slice(0, 7) : iso;
  }
  return String(v);
}

const csvRows = (file: string): Row[] => parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { columns: true, record_delimiter: "\r\n" }) as Row[];

function sameRows(parquet: Row[], csv: Row[]): void {
  expect(parquet.length).toBe(csv.length);
  expect(parquet.length).toBeGreaterThan(0);
  parquet.forEach((p, i) => {
    const { sha256: _sha, ...rest } = p;
    expect(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, asCsvCell(k, v)]))).toEqual(csv[i]);
  });
}

describe("kexie export --to parquet", () => {
  let dir: string;
  let docs: Array<{ source: { path: string; sha256: string } }>;
  beforeAll(async () => {
    dir = tempDir();
    const files = fixtureNames(/\.txt$/).map((n) => path.join(FIXTURES, n));
    const parsed = await runCli(["parse", "--ndjson", "-q", ...files]);
    writeFileSync(path.join(dir, "all.ndjson"), parsed.stdout);
    docs = parsed.stdout.trim().split("\n").map((l) => JSON.parse(l));
    const pq = await runCli(["export", "--to", "parquet", "-o", path.join(dir, "pq"), path.join(dir, "all.ndjson")]);
    expect(pq.stderr).toBe("");
    expect(pq.code).toBe(0);
    for (const what of ["tasks", "documents", "sections"]) {
      const csv = await runCli(["export", "--to", "csv", "--csv-raw", "--no-bom", "--what", what, "-o", path.join(dir, `${what}.csv`), path.join(dir, "all.ndjson")]);
      expect(csv.code).toBe(0);
    }
  });

  for (const what of ["tasks", "documents", "sections"]) {
    it(`${what}.parquet holds the rows of the ${what} CSV`, async () => {
      sameRows(await readParquet(path.join(dir, "pq", `${what}.parquet`)), csvRows(path.join(dir, `${what}.csv`)));
    });
  }

  it("has real types: DATE, integers, LIST<VARCHAR>, NULL where a field is absent", async () => {
    expect(await columnTypes(path.join(dir, "pq", "tasks.parquet"))).toMatchObject({
      file: "UTF8", sha256: "UTF8", notice_date: "DATE", seq: "UTF8", due_from: "DATE", due_to: "DATE", lead: "LIST", support: "LIST", extra: "UTF8",
    });
    expect(await columnTypes(path.join(dir, "pq", "documents.parquet"))).toMatchObject({
      year: "INT_32", notice_date: "DATE", recipients: "LIST", cc: "LIST", attachments: "LIST", sections: "INT_32", tasks: "INT_32",
    });
    expect(await columnTypes(path.join(dir, "pq", "sections.parquet"))).toMatchObject({ part: "INT_32", level: "INT_32", lead: "LIST" });
    const tasks = await readParquet(path.join(dir, "pq", "tasks.parquet"));
    expect(tasks.some((t) => t.deadline === null)).toBe(true);
    expect(tasks.some((t) => Array.isArray(t.lead) && (t.lead as string[]).length > 1)).toBe(true);
    expect(tasks.every((t) => t.notice_date === null || t.notice_date instanceof Date)).toBe(true);
    expect(tasks.some((t) => t.due_to instanceof Date)).toBe(true);
  });

  it("has exactly the CSV's columns, with sha256 after file", async () => {
    for (const what of ["tasks", "documents", "sections"] as const) {
      const header = readFileSync(path.join(dir, `${what}.csv`), "utf8").split("\r\n")[0]!.split(",");
      expect(Object.keys((await readParquet(path.join(dir, "pq", `${what}.parquet`)))[0]!)).toEqual([header[0], "sha256", ...header.slice(1)]);
    }
  });

  it("keys every row by file and the document's sha256, so the three tables join", async () => {
    const sha = new Map(docs.map((d) => [d.source.path, d.source.sha256]));
    for (const what of ["tasks", "documents", "sections"]) {
      for (const r of await readParquet(path.join(dir, "pq", `${what}.parquet`))) expect(r.sha256).toBe(sha.get(r.file as string));
    }
  });

  it("a value DuckDB refuses (an impossible date) is one error line naming the table, exit 3, no stack, nothing half-written", async () => {
    const doc = JSON.parse(readFileSync(path.join(dir, "all.ndjson"), "utf8").split("\n")[0]!);
    doc.signature = { ...(doc.signature ?? {}), date: "2017-02-30" };
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify(doc));
    const out = path.join(dir, "pq-bad");
    const r = await runCli(["export", "--to", "parquet", "-o", out, bad]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/tasks\.parquet|documents\.parquet/);
    expect(r.stderr).toMatch(/2017-02-30/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]); // the staging folder is removed and no table is left half-made
  });

  it("needs a folder: without -o it is a usage error", async () => {
    const r = await runCli(["export", "--to", "parquet", path.join(dir, "all.ndjson")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/-o DIR/);
  });
});

describe("kexie batch --to parquet", () => {
  it("writes the three tables in OUT with the rows of the batch's tasks.csv and documents.csv", async () => {
    const out = path.join(tempDir(), "out");
    const r = await runCli(["batch", FIXTURES, "-o", out, "--to", "parquet", "--csv-raw", "--include", "*.txt", "-q", "-j", "2"]);
    expect([0, 1]).toContain(r.code); // some fixtures are meant to fail
    sameRows(await readParquet(path.join(out, "tasks.parquet")), csvRows(path.join(out, "tasks.csv")));
    sameRows(await readParquet(path.join(out, "documents.parquet")), csvRows(path.join(out, "documents.csv")));
    const sections = await readParquet(path.join(out, "sections.parquet"));
    const docs = await readParquet(path.join(out, "documents.parquet"));
    expect(sections.length).toBe(docs.reduce((n, d) => n + (d.sections as number), 0));
  });

  it("refuses --to parquet with --ndjson", async () => {
    const r = await runCli(["batch", FIXTURES, "--ndjson", "--to", "parquet"]);
    expect(r.code).toBe(2);
  });
});
