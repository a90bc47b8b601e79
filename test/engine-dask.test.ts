// The engine recipe (examples/dask): a LocalCluster of worker processes on 127.0.0.1 runs
// `kexie parse --files-from - --ndjson` per partition; the union of its output equals a local
// `kexie batch` of the same archive, row for row (tasks, documents, failures). Runs when python3
// with Dask distributed is importable (.ci/run installs python3-distributed from Debian).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "./helpers/cli.js";
import { FIXTURES } from "./helpers/load.js";
import { tempDir } from "./helpers/tmp.js";

const SCRIPT = path.resolve(FIXTURES, "../examples/dask/kexie_dask.py");
// Debian's python3-distributed lives in /usr/bin/python3, which another python3 on PATH may shadow
const PYTHON = ["python3", "/usr/bin/python3"].find((p) => spawnSync(p, ["-c", "import distributed, dask"], { stdio: "ignore" }).status === 0);
const hasDask = PYTHON !== undefined;

const sortedRows = (csv: string) =>
  (parseCsv(csv.replace(/^\uFEFF/, ""), { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[]).map((r) => JSON.stringify(r)).sort();

describe.skipIf(!hasDask)("examples/dask: kexie as a worker on Dask distributed", () => {
  it("over ~2,000 files gives the same tasks, documents and failures as a local kexie batch", async () => {
    const dir = tempDir();
    const archive = path.join(dir, "archive");
    const txt = readdirSync(FIXTURES).filter((n) => n.endsWith(".txt")).sort();
    const copies = Math.ceil(2000 / txt.length);
    for (let c = 0; c < copies; c++) {
      const sub = path.join(archive, `batch-${String(c).padStart(2, "0")}`);
      mkdirSync(sub, { recursive: true });
      for (const n of txt) copyFileSync(path.join(FIXTURES, n), path.join(sub, n));
    }
    // files that fail, so failures are compared too
    writeFileSync(path.join(archive, "empty.txt"), "");
    writeFileSync(path.join(archive, "binary.txt"), Buffer.from([0, 1, 2, 0, 255, 0, 0, 7]));
    const out = path.join(dir, "dask-out");
    const run = spawnSync(PYTHON!, [SCRIPT, archive, out, "--workers", "3", "--partition-size", "250", "--kexie", `node ${BIN}`], {
      encoding: "utf8", maxBuffer: 64 << 20, timeout: 1_500_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split("\n").pop()!) as { files: number; partitions: number; ok: number; failed: number };
    expect(summary.files).toBe(copies * txt.length + 2);
    expect(summary.failed).toBeGreaterThanOrEqual(2);
    expect(summary.partitions).toBeGreaterThan(1);

    const local = path.join(dir, "local");
    const batch = await runCli(["batch", archive, "-o", local, "--csv-raw", "-q", "-j", "2"]);
    expect([0, 1]).toContain(batch.code);

    const parts = readdirSync(out).filter((n) => n.startsWith("part-")).sort();
    const docs = parts.map((p) => readFileSync(path.join(out, p, "documents.ndjson"), "utf8")).join("");
    const failures = parts.flatMap((p) => readFileSync(path.join(out, p, "failures.ndjson"), "utf8").split("\n").filter(Boolean))
      .map((l) => JSON.parse(l) as { file: string; error: { code: string } });
    writeFileSync(path.join(dir, "union.ndjson"), docs);
    for (const what of ["tasks", "documents"] as const) {
      const csv = execFileSync("node", [BIN, "export", "--to", "csv", "--csv-raw", "--what", what, path.join(dir, "union.ndjson")], { encoding: "utf8", maxBuffer: 256 << 20 });
      const mine = sortedRows(csv);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine).toEqual(sortedRows(readFileSync(path.join(local, `${what}.csv`), "utf8")));
    }
    const report = JSON.parse(readFileSync(path.join(local, "report.json"), "utf8")) as { files: Array<{ file: string; status: string; code?: string }> };
    const localFailures = report.files.filter((f) => f.status === "failed").map((f) => `${f.file} ${f.code}`).sort();
    expect(failures.map((f) => `${f.file} ${f.error.code}`).sort()).toEqual(localFailures);
    expect(summary.ok + summary.failed).toBe(summary.files);
    // each partition also wrote its Parquet tables
    for (const p of parts) expect(readdirSync(path.join(out, p))).toContain("tasks.parquet");
  }, 1_800_000);
});
