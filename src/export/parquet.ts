// Parquet for analysts: tasks.parquet, documents.parquet and sections.parquet, the CSV tables with
// real types (DATE, INTEGER, LIST<VARCHAR>, NULL where a field is absent) plus each document's
// sha256 beside its file, so the three join on either. Written by DuckDB (@duckdb/node-api, its
// engine shipped as an npm package, loaded only when Parquet is asked for): rows are streamed to
// NDJSON files as documents arrive, then one COPY per table reads them with a fixed schema and
// writes Parquet — memory stays flat however many documents, and the types never depend on what
// the first rows happened to hold.
import { createWriteStream, promises as fs, type WriteStream } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { KexieError } from "../model/errors.js";
import type { Notice } from "../model/schema.js";
import { COLUMNS, dateCell, rowsOf, type Cell, type DateCell, type View } from "./sheets.js";

const TEXT = "VARCHAR";
const INT = "INTEGER";
const LIST = "VARCHAR[]";
const DATE = "DATE";
const NUM = "DOUBLE"; // targets: 1.5亿元, 92.5%

/**
 * Column → DuckDB type, in the order written: the CSV's columns (src/export/sheets.ts) with sha256
 * after file. A test checks these are exactly the CSV columns, so the two never drift apart.
 */
export const PARQUET_TABLES = {
  tasks: {
    file: TEXT, sha256: TEXT, docNumber: TEXT, title: TEXT, issuer: TEXT, notice_date: DATE, seq: TEXT, task: TEXT, deadline: TEXT,
    due_from: DATE, due_to: DATE, targets: LIST, target_min: NUM, target_max: NUM, target_unit: TEXT, lead: LIST, support: LIST, leader: TEXT, owner: TEXT, notes: TEXT, group: TEXT, section: TEXT, extra: TEXT,
  },
  documents: {
    file: TEXT, sha256: TEXT, issuer: TEXT, docNumber: TEXT, year: INT, title: TEXT, docType: TEXT, recipients: LIST, notice_date: DATE,
    cc: LIST, ccUp: LIST, attachments: LIST, sections: INT, tasks: INT, diagnostics: INT,
  },
  sections: {
    file: TEXT, sha256: TEXT, part: INT, path: TEXT, level: INT, marker: TEXT, heading: TEXT, text: TEXT, lead: LIST, support: LIST,
  },
} as const satisfies Record<View, Record<string, string>>;

type Table = keyof typeof PARQUET_TABLES;

/** A month (`2019-06`) as a DATE: its first day, or its last when it ends a span (due_to). */
function isoDate(c: DateCell): string {
  if (c.date.length > 7) return c.date;
  const [y, m] = c.date.split("-").map(Number) as [number, number];
  const day = c.end ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1;
  return `${c.date}-${String(day).padStart(2, "0")}`;
}

/** A sheet cell as a JSON value DuckDB reads into the column's type; "" is absent (NULL). */
function value(c: Cell): string | number | readonly string[] | null {
  const d = dateCell(c);
  if (d) return isoDate(d);
  if (c === "") return null;
  return c as string | number | readonly string[] | null;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function loadDuckDb(): Promise<typeof import("@duckdb/node-api")> {
  try {
    return await import("@duckdb/node-api");
  } catch {
    throw new KexieError("E_UNSUPPORTED", "Parquet output needs the @duckdb/node-api package, which is not installed here — reinstall kexie with its dependencies");
  }
}

export interface ParquetWriter {
  add(doc: Notice): Promise<void>;
  /** Write the three .parquet files (each atomically) and remove the staging files. */
  close(): Promise<void>;
}

/** Stage rows of the documents added, then write OUT/tasks.parquet, documents.parquet, sections.parquet. */
export async function openParquet(outDir: string, opts: { tmpDir?: string } = {}): Promise<ParquetWriter> {
  const duckdb = await loadDuckDb();
  const stage = await fs.mkdtemp(path.join(opts.tmpDir ?? outDir, ".kexie-parquet-")).catch((e: NodeJS.ErrnoException) => {
    throw new KexieError("E_WRITE", `cannot write Parquet here (${e.code ?? "error"})`, { file: outDir });
  });
  const tables = Object.keys(PARQUET_TABLES) as Table[];
  const streams = Object.fromEntries(tables.map((t) => [t, createWriteStream(path.join(stage, `${t}.ndjson`))])) as Record<Table, WriteStream>;
  const write = (s: WriteStream, text: string) => new Promise<void>((resolve, reject) => s.write(text, (e) => (e ? reject(e) : resolve())));
  return {
    async add(doc) {
      for (const t of tables) {
        const lines = rowsOf(t, [doc]).map((r) => {
          const row: Record<string, unknown> = { sha256: doc.source.sha256 };
          for (const c of COLUMNS[t]) row[c.key] = value(r[c.key] ?? null);
          return JSON.stringify(row) + "\n";
        });
        if (lines.length) await write(streams[t], lines.join(""));
      }
    },
    async close() {
      await Promise.all(tables.map((t) => new Promise<void>((resolve, reject) => streams[t].end((e?: Error | null) => (e ? reject(e) : resolve())))));
      const instance = await duckdb.DuckDBInstance.create(":memory:");
      const con = await instance.connect();
      try {
        // all three are made in the staging folder first, then renamed: a failure leaves none half-made
        const made: Array<[string, string]> = [];
        for (const t of tables) {
          const cols = PARQUET_TABLES[t];
          const spec = Object.entries(cols).map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`).join(", ");
          const select = Object.keys(cols).map((k) => `"${k}"`).join(", ");
          const target = path.join(outDir, `${t}.parquet`);
          const tmp = path.join(stage, `${t}.${randomBytes(4).toString("hex")}.parquet`);
          await con
            .run(
              `COPY (SELECT ${select} FROM read_json(${sqlString(path.join(stage, `${t}.ndjson`))}, format = 'newline_delimited', columns = {${spec}})) ` +
                `TO ${sqlString(tmp)} (FORMAT parquet)`,
            )
            .catch((e: Error) => {
              // DuckDB's own words (a value it cannot store, disk full) name the cause; not a kexie bug
              throw new KexieError("E_WRITE", `cannot write Parquet (${e.message.split("\n")[0]})`, { file: target });
            });
          made.push([tmp, target]);
        }
        for (const [tmp, target] of made) {
          await fs.rename(tmp, target).catch((e: NodeJS.ErrnoException) => {
            throw new KexieError("E_WRITE", `cannot write the file (${e.code ?? "error"})`, { file: target });
          });
        }
      } finally {
        con.closeSync();
        instance.closeSync();
        await fs.rm(stage, { recursive: true, force: true });
      }
    },
  };
}

/** The three tables of `docs` as .parquet files in `outDir`. */
export async function writeParquet(docs: Notice[], outDir: string): Promise<void> {
  const w = await openParquet(outDir);
  for (const d of docs) await w.add(d);
  await w.close();
}
