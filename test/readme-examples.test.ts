// Every shell example in the README runs as written and prints what it promises. The commands are
// taken from the README's ```sh blocks; each must have an expectation below, so an example added
// to the README without one (or changed so it no longer matches) fails here.
//
// They run with bash -o pipefail in a sandbox that holds the names the examples use (notice.txt,
// archive/ with a sub-folder, fixtures/), with `kexie` on PATH (bin/kexie.js), jq and GNU parallel
// from Debian (installed by .ci/run), and `duckdb` — a stand-in running the same engine from the
// npm package @duckdb/node-api, since the DuckDB CLI is on neither npm nor Debian.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { FIXTURES } from "./helpers/load.js";

const ROOT = path.resolve(FIXTURES, "..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");

/** The commands of the README's sh blocks, comments stripped, one per line. */
function readmeCommands(): string[] {
  const out: string[] = [];
  for (const m of README.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
    for (const line of m[1]!.split("\n")) {
      const cmd = line.replace(/\s+#\s.*$/, "").trim();
      if (cmd && !cmd.startsWith("#")) out.push(cmd);
    }
  }
  return out;
}

// npm's own commands are the install and test steps CI itself runs (.ci/run: npm ci, npm test);
// the rest of such a line runs after them, in the checkout
const NPM_STEP = /^npm (install|ci|test|run \S+)$/;
function splitNpmSteps(cmd: string): { npm: string[]; rest: string } {
  const parts = cmd.split(" && ");
  const npm: string[] = [];
  while (parts.length && NPM_STEP.test(parts[0]!)) npm.push(parts.shift()!);
  return { npm, rest: parts.join(" && ") };
}

// the sandbox: a notice with a task table, an archive of several notices in two folders
const NOTICE = "seed-chuzhou-2017-task-table.txt";
const ARCHIVE_TOP = ["seed-yangzhou-2019-work-points.txt", "seed-zaozhuang-2019-inline-duties.txt"];
const ARCHIVE_SUB = ["seed-jiaxing-2019-work-points.txt", "seed-chuzhou-2017-task-table.txt"];

function sandbox(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kexie-readme-"));
  const bin = path.join(dir, ".bin");
  mkdirSync(bin);
  symlinkSync(path.join(ROOT, "bin/kexie.js"), path.join(bin, "kexie"));
  symlinkSync(path.join(ROOT, "test/helpers/bin/duckdb"), path.join(bin, "duckdb"));
  symlinkSync(FIXTURES, path.join(dir, "fixtures"));
  cpSync(path.join(FIXTURES, NOTICE), path.join(dir, "notice.txt"));
  mkdirSync(path.join(dir, "archive/2019"), { recursive: true });
  for (const f of ARCHIVE_TOP) cpSync(path.join(FIXTURES, f), path.join(dir, "archive", f));
  for (const f of ARCHIVE_SUB) cpSync(path.join(FIXTURES, f), path.join(dir, "archive/2019", f));
  return dir;
}

function sh(cmd: string, cwd: string, bin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: "1" };
    const child = execFile("bash", ["-o", "pipefail", "-c", cmd], { cwd, env, encoding: "utf8", maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end();
  });
}

const titleOf = (f: string) => JSON.parse(readFileSync(path.join(FIXTURES, f.replace(/\.txt$/, ".expected.json")), "utf8")).header.title as string;
const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");
const ALL = [...ARCHIVE_TOP, ...ARCHIVE_SUB];

interface Ran {
  stdout: string;
  dir: string;
}
/** What each README command must produce, by the command exactly as written there. */
const EXPECT: Record<string, (r: Ran) => void | Promise<void>> = {
  "npx kexie parse fixtures/seed-yangzhou-2019-work-points.txt --pretty": ({ stdout }) => {
    expect(JSON.parse(stdout).header.title).toBe(titleOf("seed-yangzhou-2019-work-points.txt"));
    expect(stdout).toContain('\n  "header"');
  },
  "kexie parse notice.txt > notice.json": ({ dir }) => {
    expect(JSON.parse(readFileSync(path.join(dir, "notice.json"), "utf8")).header.title).toBe(titleOf(NOTICE));
  },
  "kexie parse --tasks fixtures/seed-chuzhou-2017-task-table.txt": ({ stdout }) => {
    const tasks = JSON.parse(stdout);
    expect(tasks).toHaveLength(10);
    expect(tasks[1]).toMatchObject({ owner: "彭国华", leader: "柳军" });
  },
  "cat notice.txt | kexie parse - --pretty": ({ stdout }) => {
    expect(JSON.parse(stdout).header.title).toBe(titleOf(NOTICE));
  },
  "kexie parse archive/*.txt --ndjson | jq -r '.header.title'": ({ stdout }) => {
    expect(lines(stdout)).toEqual(ARCHIVE_TOP.map(titleOf));
  },
  "kexie parse notice.txt | kexie export --to csv > tasks.csv": ({ dir }) => {
    const csv = readFileSync(path.join(dir, "tasks.csv"), "utf8");
    expect(csv.startsWith("\ufefffile,")).toBe(true);
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 10);
  },
  "kexie parse notice.txt | kexie export --to xlsx --lang zh -o tasks.xlsx": ({ dir }) => {
    const wb = XLSX.read(readFileSync(path.join(dir, "tasks.xlsx")));
    expect(wb.SheetNames).toEqual(["任务", "文件", "章节"]);
    expect(XLSX.utils.sheet_to_json(wb.Sheets["任务"]!)).toHaveLength(10);
  },
  "find archive -name '*.txt' | kexie parse --files-from - --ndjson > all.ndjson": ({ dir }) => {
    const titles = lines(readFileSync(path.join(dir, "all.ndjson"), "utf8")).map((l) => JSON.parse(l).header.title);
    expect(titles.sort()).toEqual(ALL.map(titleOf).sort());
  },
  "kexie batch archive/ -o out/ -q && kexie report out/ -o report.html": ({ dir }) => {
    const page = readFileSync(path.join(dir, "report.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>/i);
    for (const f of ALL) expect(page).toContain(titleOf(f)); // every notice's title reaches the page as data
  },
  "kexie parse fixtures/seed-chuzhou-2017-task-table.txt --ndjson | kexie export --to parquet -o tables/": async ({ dir }) => {
    for (const t of ["tasks", "documents", "sections"]) expect(existsSync(path.join(dir, "tables", `${t}.parquet`))).toBe(true);
    const tasks = await parquetReadObjects({ file: await asyncBufferFromFile(path.join(dir, "tables", "tasks.parquet")) });
    expect(tasks).toHaveLength(10);
    expect(tasks[1]).toMatchObject({ owner: "彭国华", leader: "柳军" });
  },
  "kexie parse fixtures/seed-chuzhou-2017-task-table.txt fixtures/seed-yangzhou-2019-work-points.txt --to md -o notices/ && ls notices": ({ stdout, dir }) => {
    const names = ["seed-chuzhou-2017-task-table.md", "seed-yangzhou-2019-work-points.md"];
    expect(lines(stdout)).toEqual(names);
    for (const n of names) {
      const md = readFileSync(path.join(dir, "notices", n), "utf8");
      // one notice per file: one front-matter block, its own title
      expect(md.match(/^---$/gm)).toHaveLength(2);
      expect(md).toContain(`title: ${JSON.stringify(titleOf(n.replace(/\.md$/, ".txt")))}`);
    }
  },
  "kexie batch archive/ -o out/ --lint -q && jq -c '.totals.lint.rules' out/report.json": async ({ stdout, dir }) => {
    const rules = JSON.parse(stdout) as Record<string, number>;
    expect(Object.keys(rules)).toEqual(Object.keys(rules).sort());
    // the seeds' real problems: 枣科协字[2019]1号's square brackets, among others
    expect(rules["doc-number"]).toBeGreaterThan(0);
    const { parse } = await import("csv-parse/sync");
    const rows = parse(readFileSync(path.join(dir, "out/lint.csv")), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.values(rules).reduce((a, b) => a + b, 0)).toBe(rows.length);
    expect(rows.some((r) => r.file === "seed-zaozhuang-2019-inline-duties.txt" && r.rule === "doc-number")).toBe(true);
  },
  "kexie batch archive/ -o out/ --jobs 4": ({ dir }) => {
    const report = JSON.parse(readFileSync(path.join(dir, "out/report.json"), "utf8"));
    expect(report.totals.files).toBe(ALL.length);
    expect(report.totals.failed).toBe(0);
    expect(existsSync(path.join(dir, "out/2019/seed-jiaxing-2019-work-points.json"))).toBe(true);
    expect(readdirSync(path.join(dir, "out"))).toEqual(expect.arrayContaining(["tasks.csv", "documents.csv", "report.json"]));
  },
  "kexie batch archive/ --ndjson | duckdb -csv -c \"select header.issuer as issuer, header.title as title, len(tasks) as tasks from read_json('/dev/stdin', format = 'newline_delimited')\"":
    ({ stdout }) => {
      const rows = lines(stdout);
      expect(rows[0]).toBe("issuer,title,tasks");
      expect(rows).toHaveLength(1 + ALL.length);
      expect(rows).toContain("滁州市科学技术协会,关于印发《滁州市科协2017年工作要点》的通知,10");
    },
  "find archive -name '*.txt' -print | parallel -j4 -N200 --pipe kexie parse --files-from - --ndjson > all.ndjson": ({ dir }) => {
    expect(lines(readFileSync(path.join(dir, "all.ndjson"), "utf8"))).toHaveLength(ALL.length);
  },
};

describe("README shell examples", () => {
  const commands = readmeCommands();

  it("are all known to this test (each has an expectation)", () => {
    const runnable = commands.map((c) => splitNpmSteps(c).rest).filter(Boolean);
    expect(runnable.length).toBeGreaterThan(5);
    expect(runnable.filter((c) => !(c in EXPECT))).toEqual([]);
    expect(Object.keys(EXPECT).filter((c) => !runnable.includes(c))).toEqual([]);
  });

  for (const cmd of commands) {
    const { rest } = splitNpmSteps(cmd);
    if (!rest || !(rest in EXPECT)) continue;
    it(`runs: ${rest}`, { timeout: 120_000 }, async () => {
      const dir = sandbox();
      // npx resolves kexie from the checkout it runs in; the other examples use the sandbox
      const cwd = rest.startsWith("npx kexie") ? ROOT : dir;
      const r = await sh(rest, cwd, path.join(dir, ".bin"));
      expect(r.stderr.split("\n").filter((l) => /error|not found|unsupported/i.test(l))).toEqual([]);
      expect(r.code).toBe(0);
      await EXPECT[rest]!({ stdout: r.stdout, dir });
    });
  }
});
