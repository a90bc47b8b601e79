// kexie batch on an archive of a few hundred files, good and broken: nothing lost, every bad
// file reported, identical output for any --jobs, a killed run resumed to the same result.
import { execFile, execFileSync, spawn } from "node:child_process";
import {
  chmodSync, cpSync, existsSync, promises as fsp, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { watch } from "node:fs";
import { tempDir } from "./helpers/tmp.js";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { walk } from "../src/batch/walk.js";
import { FIXTURES } from "./helpers/load.js";

const BIN = path.resolve(FIXTURES, "../bin/kexie.js");
const NOTICE = /\.(txt|md|html|docx|ofd)$|^pdf-guangling.*\.pdf$/;

function run(args: string[], as: { uid?: number; gid?: number } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("node", [BIN, ...args], { encoding: "utf8", maxBuffer: 256 << 20, ...as }, (err, stdout, stderr) => {
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
  archive = tempDir("kexie-archive-");
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
  cpSync(path.join(FIXTURES, "pdf-scanned-no-text.pdf"), path.join(archive, "broken", "scan.pdf"));
  writeFileSync(path.join(archive, ".hidden.txt"), "关于隐藏文件的通知");
  expect(good.length).toBeGreaterThan(200);
}, 60_000);

describe("kexie batch", () => {
  let out1: string;
  let out2: string;
  let first: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    out1 = path.join(tempDir("kexie-out1-"), "out");
    out2 = path.join(tempDir("kexie-out2-"), "out");
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

  it("survives being killed mid-run, leaves no partial file, and a re-run finishes the job with the same report", async () => {
    const out = path.join(tempDir("kexie-kill-"), "out");
    // the journal is created first so its growth can be watched: the kill follows the batch's own
    // progress (20 files journaled), not a clock
    const journal = path.join(out, ".kexie", "journal.ndjson");
    mkdirSync(path.dirname(journal), { recursive: true });
    writeFileSync(journal, "");
    const child = spawn("node", [BIN, "batch", archive, "-o", out, "--jobs", "2", "--quiet"], { stdio: "ignore" });
    const exited = new Promise((r) => child.once("exit", r));
    await new Promise<void>((resolve) => {
      const watcher = watch(journal, () => {
        if (readFileSync(journal, "utf8").split("\n").length > 20) stop();
      });
      const stop = () => {
        watcher.close();
        child.kill("SIGKILL");
        resolve();
      };
      void exited.then(stop);
    });
    await exited;
    const left = tree(out);
    expect(left.length).toBeLessThan(good.length);
    expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    for (const f of left.filter((x) => x.endsWith(".json"))) expect(() => JSON.parse(readFileSync(path.join(out, f), "utf8")), f).not.toThrow();

    const again = await run(["batch", archive, "-o", out, "--jobs", "2", "--quiet"]);
    expect(again.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8"));
    expect(report.reused).toBeGreaterThan(0);
    const files = tree(out1).filter((f) => f !== "report.json");
    expect(tree(out).filter((f) => f !== "report.json")).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(out1, f))), f).toBe(true);
    // the report of the resumed run is the uninterrupted run's, times (and how many were reused) aside
    const facts = (r: { reused?: number; totals: Record<string, unknown>; files: Array<Record<string, unknown>> }) => {
      const { reused: _r, ...rest } = r;
      const { seconds: _s, peakRssMB: _p, ...totals } = r.totals;
      return { ...rest, totals, files: r.files.map(({ ms: _ms, ...f }) => f) };
    };
    const uninterrupted = JSON.parse(readFileSync(path.join(out1, "report.json"), "utf8"));
    expect(uninterrupted.totals.warnings).toBeGreaterThan(0);
    expect(facts(report)).toEqual(facts(uninterrupted));
    // a third run has nothing left to do, and still reports the same
    await run(["batch", archive, "-o", out, "--quiet"]);
    const last = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8"));
    expect(last.reused).toBe(good.length);
    expect(facts(last)).toEqual(facts(uninterrupted));
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

/** A small archive of real notices: a.txt, sub/b.txt, sub/c.md. */
function smallArchive(): string {
  const dir = tempDir("kexie-small-");
  mkdirSync(path.join(dir, "sub"));
  cpSync(path.join(FIXTURES, "deep-tree-arabic.txt"), path.join(dir, "a.txt"));
  cpSync(path.join(FIXTURES, "county-edu-signer-inline.txt"), path.join(dir, "sub", "b.txt"));
  cpSync(path.join(FIXTURES, "attachment-is-notice.txt"), path.join(dir, "sub", "c.md"));
  return dir;
}

function readReport(out: string): { reused: number; totals: Record<string, number>; files: Array<{ file: string; status: string; code?: string; reason?: string; exitCode?: number }> } {
  return JSON.parse(readFileSync(path.join(out, "report.json"), "utf8"));
}

const byFile = (out: string) => new Map(readReport(out).files.map((f) => [f.file, f]));

// Root reads through chmod 000, so as root the permission test runs kexie as nobody. That needs
// nobody to reach the CLI where this checkout lives (a clone under a mode-700 home or a mktemp -d
// folder is out of its reach) and the temp dir; when it cannot, the test says why and skips.
const ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const nobodyCannot: string | null = (() => {
  if (!ROOT) return null;
  try {
    execFileSync("node", ["-e", ""], { ...NOBODY, stdio: "ignore" });
  } catch {
    return "cannot run node as nobody (uid 65534)";
  }
  try {
    execFileSync("node", [BIN, "--version"], { ...NOBODY, stdio: "ignore" });
  } catch {
    return `nobody cannot reach the CLI at ${BIN} (a folder above it is not world-searchable)`;
  }
  try {
    execFileSync("node", ["-e", "require('fs').readdirSync(require('os').tmpdir())"], { ...NOBODY, stdio: "ignore" });
  } catch {
    return `nobody cannot read the temp dir ${tmpdir()}`;
  }
  return null;
})();

describe("kexie batch: file-system trouble", () => {
  it("an unreadable folder or file is a failed E_READ entry; the rest is converted", async (ctx) => {
    if (nobodyCannot) {
      process.stderr.write(`skipped "an unreadable folder or file…": running as root, and ${nobodyCannot}\n`);
      ctx.skip(nobodyCannot);
    }
    const src = smallArchive();
    mkdirSync(path.join(src, "locked"));
    writeFileSync(path.join(src, "locked", "d.txt"), "关于印发的通知");
    writeFileSync(path.join(src, "secret.txt"), "关于保密的通知");
    const outParent = tempDir("kexie-perm-");
    for (const d of [src, path.join(src, "sub")]) chmodSync(d, 0o755);
    chmodSync(outParent, 0o777);
    chmodSync(path.join(src, "locked"), 0o000);
    chmodSync(path.join(src, "secret.txt"), 0o000);
    const out = path.join(outParent, "out");
    const r = await run(["batch", src, "-o", out, "--jobs", "1", "--quiet"], ROOT ? NOBODY : {});
    chmodSync(path.join(src, "locked"), 0o755);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const files = byFile(out);
    expect(files.get("locked")).toMatchObject({ status: "failed", code: "E_READ", exitCode: 3, reason: expect.stringMatching(/cannot read the folder \(EACCES\)/) });
    expect(files.get("secret.txt")).toMatchObject({ status: "failed", code: "E_READ", exitCode: 3, reason: expect.stringMatching(/EACCES/) });
    for (const f of ["a.txt", "sub/b.txt", "sub/c.md"]) expect(files.get(f)?.status, f).toMatch(/^(ok|warnings)$/);
  }, 60_000);

  it("a broken link that could be a folder or a notice is reported, not silently dropped", async () => {
    const src = smallArchive();
    symlinkSync(path.join(src, "nowhere"), path.join(src, "gone"), "dir");
    symlinkSync(path.join(src, "nowhere.txt"), path.join(src, "gone.txt"));
    symlinkSync(path.join(src, "nowhere.jpg"), path.join(src, "photo.jpg"));
    const out = path.join(tempDir("kexie-link-"), "out");
    const r = await run(["batch", src, "-o", out, "--jobs", "1", "--quiet"]);
    expect(r.code).toBe(1);
    const files = byFile(out);
    expect(files.get("gone")).toMatchObject({ status: "failed", code: "E_READ", exitCode: 3, reason: expect.stringMatching(/ENOENT/) });
    expect(files.get("gone.txt")).toMatchObject({ status: "failed", code: "E_READ" });
    expect(files.has("photo.jpg")).toBe(false);
    expect(readReport(out).totals).toMatchObject({ files: 5, failed: 2 });
  }, 60_000);

  describe("walk", () => {
    afterEach(() => vi.restoreAllMocks());

    it("goes on past a folder removed mid-walk, listing it in its place", async () => {
      const src = smallArchive();
      mkdirSync(path.join(src, "m-vanished"));
      const readdir = fsp.readdir.bind(fsp);
      vi.spyOn(fsp, "readdir").mockImplementation((async (dir: string) => {
        if (String(dir).endsWith("m-vanished")) throw Object.assign(new Error("ENOENT: gone"), { code: "ENOENT" });
        return readdir(dir);
      }) as typeof fsp.readdir);
      const entries = await walk(src);
      expect(entries.map((e) => [e.rel, e.failure?.code ?? null])).toEqual([
        ["a.txt", null],
        ["m-vanished", "E_READ"],
        ["sub/b.txt", null],
        ["sub/c.md", null],
      ]);
      expect(entries[1]!.failure!.reason).toBe("cannot read the folder (ENOENT)");
    });
  });

  it("an output that cannot be written is E_WRITE naming the output, not an internal error", async () => {
    const src = smallArchive();
    const out = path.join(tempDir("kexie-wr-"), "out");
    mkdirSync(path.join(out, "a.json"), { recursive: true }); // a folder where a.json must go
    const r = await run(["batch", src, "-o", out, "--jobs", "1", "--quiet"]);
    expect(r.code).toBe(1);
    expect(byFile(out).get("a.txt")).toMatchObject({
      status: "failed", code: "E_WRITE", exitCode: 3, reason: expect.stringContaining(path.join(out, "a.json")),
    });
    expect(byFile(out).get("sub/b.txt")?.status).toMatch(/^(ok|warnings)$/);
  }, 60_000);

  it("-o at a regular file, or under one, is one clear line and exit 3", async () => {
    const src = smallArchive();
    const file = path.join(tempDir("kexie-ofile-"), "taken");
    writeFileSync(file, "not a folder");
    for (const out of [file, path.join(file, "sub")]) {
      const r = await run(["batch", src, "-o", out, "--quiet"]);
      expect(r.code, out).toBe(3);
      const lines = r.stderr.trim().split("\n");
      expect(lines, out).toHaveLength(1);
      expect(lines[0]).toContain(out);
      expect(lines[0]).toMatch(/\[E_WRITE\]$/);
      expect(r.stderr).not.toMatch(/internal/);
    }
    expect(readFileSync(file, "utf8")).toBe("not a folder");
  }, 60_000);

  it("an unknown --encoding fails at once with exit 2, before any file", async () => {
    const src = smallArchive();
    const out = path.join(tempDir("kexie-enc-"), "out");
    const r = await run(["batch", src, "-o", out, "-e", "nosuch"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/unknown encoding "nosuch".*\[E_ENCODING\]$/)]);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe("kexie batch: re-runs", () => {
  it("skips a file only when its options and all its outputs are unchanged", async () => {
    const src = smallArchive();
    const out = path.join(tempDir("kexie-rerun-"), "out");
    const mds = ["a.md", "sub/b.md", "sub/c.md"];
    expect((await run(["batch", src, "-o", out, "--quiet"])).code).toBe(0);
    expect(mds.filter((m) => existsSync(path.join(out, m)))).toEqual([]);
    // --to md: the .md files must appear, not "unchanged, skipped"
    await run(["batch", src, "-o", out, "--to", "md", "--quiet"]);
    expect(readReport(out)).toMatchObject({ reused: 0, totals: { files: 3 } });
    expect(mds.filter((m) => existsSync(path.join(out, m)))).toEqual(mds);
    await run(["batch", src, "-o", out, "--to", "md", "--quiet"]);
    expect(readReport(out).reused).toBe(3);
    // an output removed by hand is written again
    rmSync(path.join(out, "sub/b.md"));
    await run(["batch", src, "-o", out, "--to", "md", "--quiet"]);
    expect(readReport(out).reused).toBe(2);
    expect(existsSync(path.join(out, "sub/b.md"))).toBe(true);
    // another --encoding can change every document
    await run(["batch", src, "-o", out, "--to", "md", "-e", "utf-8", "--quiet"]);
    expect(readReport(out).reused).toBe(0);
  }, 60_000);

  it("never walks into OUT inside SRC, so a re-run does not parse its own outputs", async () => {
    const src = smallArchive();
    const out = path.join(src, "out");
    expect((await run(["batch", src, "-o", out, "--to", "md", "--quiet"])).code).toBe(0);
    expect(existsSync(path.join(out, "a.md"))).toBe(true);
    const r = await run(["batch", src, "-o", out, "--to", "md", "--quiet"]);
    expect(r.code).toBe(0);
    expect([...byFile(out).keys()]).toEqual(["a.txt", "sub/b.txt", "sub/c.md"]);
    expect(readReport(out)).toMatchObject({ reused: 3, totals: { files: 3 } });
    // OUT = SRC cannot work at all
    expect((await run(["batch", src, "-o", src, "--quiet"])).code).toBe(2);
  }, 60_000);
});

describe("kexie batch --ndjson", () => {
  it("writes every document once, in file order, when the consumer is slow", async () => {
    const { runBatch } = await import("../dist/batch/run.js");
    const lines: string[] = [];
    const report = await runBatch(archive, {
      out: null, jobs: 4, include: ["region-0/**"], exclude: [], to: [], force: false, ndjson: true, quiet: true, encoding: null,
      write: async (line: string) => {
        lines.push(line);
        await new Promise((r) => setTimeout(r, 5)); // stdout into a slow pipe
      },
    });
    const paths = lines.map((l) => JSON.parse(l).source.path as string);
    const converted = report.files.filter((f: { status: string }) => f.status !== "failed").map((f: { file: string }) => f.file);
    expect(converted.length).toBeGreaterThan(50);
    expect(paths).toEqual(converted);
    // the report holds small records, never a document
    for (const f of report.files) expect(Object.keys(f).sort()).toEqual(["bytes", "file", "ms", "sha256", "status", "warnings"]);
  }, 60_000);
});
