// kexie batch on an archive of a few hundred files, good and broken: nothing lost, every bad
// file reported, identical output for any --jobs, a killed run resumed to the same result.
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers/load.js";

const BIN = path.resolve(FIXTURES, "../bin/kexie.js");
const NOTICE = /\.(txt|md|html|docx)$/;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("node", [BIN, ...args], { encoding: "utf8", maxBuffer: 256 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Every file under dir (relative paths), the state folder left out. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string, rel: string) => {
    for (const n of readdirSync(d).sort()) {
      if (n === ".kexie") continue;
      const abs = path.join(d, n);
      const r = rel ? `${rel}/${n}` : n;
      if (statSync(abs).isDirectory()) visit(abs, r);
      else out.push(r);
    }
  };
  visit(dir, "");
  return out;
}

const BROKEN = ["broken/binary.txt", "broken/empty.txt", "broken/x.txt", "broken/undecodable.txt", "broken/scan.pdf"];
let archive: string;
let good: string[];

beforeAll(() => {
  archive = mkdtempSync(path.join(tmpdir(), "kexie-archive-"));
  const notices = readdirSync(FIXTURES).filter((n) => NOTICE.test(n) && n !== "README.md");
  good = [];
  // every fixture in every format and encoding, ten times over, in nested folders
  for (let k = 0; k < 10; k++) {
    const dir = path.join(archive, `region-${k % 3}`, `year-${2016 + k}`);
    mkdirSync(dir, { recursive: true });
    for (const n of notices) {
      cpSync(path.join(FIXTURES, n), path.join(dir, n));
      good.push(path.relative(archive, path.join(dir, n)).split(path.sep).join("/"));
    }
  }
  mkdirSync(path.join(archive, "broken", "x.txt"), { recursive: true });
  writeFileSync(path.join(archive, "broken", "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
  writeFileSync(path.join(archive, "broken", "empty.txt"), "");
  writeFileSync(path.join(archive, "broken", "undecodable.txt"), Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0xff : 0xfe) - (i % 5))));
  writeFileSync(path.join(archive, "broken", "scan.pdf"), "%PDF-1.7\n%âãÏÓ\n");
  writeFileSync(path.join(archive, ".hidden.txt"), "关于隐藏文件的通知");
  expect(good.length).toBeGreaterThan(200);
}, 60_000);

describe("kexie batch", () => {
  let out1: string;
  let out2: string;
  let first: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    out1 = path.join(mkdtempSync(path.join(tmpdir(), "kexie-out1-")), "out");
    out2 = path.join(mkdtempSync(path.join(tmpdir(), "kexie-out2-")), "out");
    first = await run(["batch", archive, "-o", out1, "--jobs", "1", "--quiet"]);
    await run(["batch", archive, "-o", out2, "--jobs", "2", "--quiet"]);
  }, 120_000);

  it("converts every good file, lists every bad one with its reason, exits 1", () => {
    expect(first.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(out1, "report.json"), "utf8"));
    const byFile = new Map(report.files.map((f: { file: string }) => [f.file, f]));
    for (const g of good) {
      expect(byFile.get(g), g).toMatchObject({ status: expect.stringMatching(/^(ok|warnings)$/) });
      expect(existsSync(path.join(out1, g.replace(/\.[^.]+$/, "") + ".json")) || existsSync(path.join(out1, `${g}.json`)), g).toBe(true);
    }
    const reasons = Object.fromEntries(BROKEN.map((b) => [b, (byFile.get(b) as { code: string } | undefined)?.code]));
    expect(reasons).toEqual({
      "broken/binary.txt": "E_BINARY",
      "broken/empty.txt": "E_EMPTY",
      "broken/x.txt": "E_IS_DIRECTORY",
      "broken/undecodable.txt": "E_DECODE",
      "broken/scan.pdf": "E_UNSUPPORTED",
    });
    expect(report.totals).toMatchObject({ files: good.length + BROKEN.length, failed: BROKEN.length });
    expect(byFile.has(".hidden.txt")).toBe(false);
  });

  it("writes the archive-wide tasks.csv and documents.csv", () => {
    const docs = readFileSync(path.join(out1, "documents.csv"), "utf8").trim().split("\r\n");
    expect(docs.length).toBe(good.length + 1);
    const tasks = readFileSync(path.join(out1, "tasks.csv"), "utf8");
    expect(tasks.startsWith("\ufefffile,")).toBe(true);
    expect(tasks).toContain("彭国华");
  });

  it("gives byte-identical outputs for --jobs 1 and --jobs 2", () => {
    const files = tree(out1).filter((f) => f !== "report.json");
    expect(tree(out2).filter((f) => f !== "report.json")).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(out2, f)).equals(readFileSync(path.join(out1, f))), f).toBe(true);
  });

  it("survives being killed mid-run, leaves no partial file, and a re-run finishes the job", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "kexie-kill-")), "out");
    const child = spawn("node", [BIN, "batch", archive, "-o", out, "--jobs", "2", "--quiet"], { stdio: "ignore" });
    // kill it once some, but not all, outputs exist
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const n = existsSync(out) ? tree(out).length : 0;
        if (n >= 20 || child.exitCode !== null) {
          clearInterval(poll);
          child.kill("SIGKILL");
          resolve();
        }
      }, 5);
    });
    await new Promise((r) => child.once("exit", r));
    const left = tree(out);
    expect(left.length).toBeLessThan(good.length);
    expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    for (const f of left.filter((x) => x.endsWith(".json"))) expect(() => JSON.parse(readFileSync(path.join(out, f), "utf8")), f).not.toThrow();

    const again = await run(["batch", archive, "-o", out, "--jobs", "2", "--quiet"]);
    expect(again.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8"));
    expect(report.totals.skipped).toBeGreaterThan(0);
    const files = tree(out1).filter((f) => f !== "report.json");
    expect(tree(out).filter((f) => f !== "report.json")).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(out1, f))), f).toBe(true);
    // a third run has nothing left to do
    const third = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8"));
    void third;
    await run(["batch", archive, "-o", out, "--quiet"]);
    const last = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8"));
    expect(last.totals.skipped).toBe(good.length);
  }, 120_000);

  it("streams NDJSON in file order with --ndjson and honours --include/--exclude", async () => {
    const r = await run(["batch", archive, "--ndjson", "--include", "region-0/**/*.txt", "--exclude", "**/enc-*", "--quiet"]);
    expect(r.code).toBe(0);
    const paths = r.stdout.trim().split("\n").map((l) => JSON.parse(l).source.path as string);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths).toEqual([...paths].sort());
    expect(paths.every((p) => p.startsWith("region-0/") && p.endsWith(".txt") && !p.includes("/enc-"))).toBe(true);
  }, 60_000);

  it("usage errors exit 2", async () => {
    expect((await run(["batch", archive])).code).toBe(2);
    expect((await run(["batch", archive, "-o", "/tmp/x", "--jobs", "0"])).code).toBe(2);
    const missing = await run(["batch", "/nonexistent/archive", "-o", "/tmp/x"]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/nonexistent\/archive: no such folder/);
  });
});
