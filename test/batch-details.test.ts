// Batch details a user meets: --include matching names at any depth and leaving what it does not
// reach alone, report.json telling the size of refused files and why a Word file failed, warnings
// kept when a re-run skips a file.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers/load.js";

const BIN = path.resolve(FIXTURES, "../bin/kexie.js");
const tmp = () => mkdtempSync(path.join(tmpdir(), "kexie-batch-details-"));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("node", [BIN, ...args], { encoding: "utf8", maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

interface Entry {
  file: string;
  status: string;
  bytes: number;
  warnings: number;
  reason?: string;
}
const report = (out: string) => JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")) as { files: Entry[]; totals: Record<string, number> };

describe("--include", () => {
  it("a glob without a slash matches names at any depth, as in .gitignore", { timeout: 60_000 }, async () => {
    const src = tmp();
    const out = tmp();
    mkdirSync(path.join(src, "2019/q1"), { recursive: true });
    cpSync(path.join(FIXTURES, "seed-chuzhou-2017-task-table.txt"), path.join(src, "top.txt"));
    cpSync(path.join(FIXTURES, "seed-jiaxing-2019-work-points.txt"), path.join(src, "2019/q1/deep.txt"));
    cpSync(path.join(FIXTURES, "seed-jiaxing-2019-work-points.txt"), path.join(src, "2019/q1/deep.md"));
    expect((await run(["batch", src, "-o", out, "--include", "*.txt", "-q"])).code).toBe(0);
    expect(report(out).files.map((f) => f.file)).toEqual(["2019/q1/deep.txt", "top.txt"]);
  });

  it("trouble outside the included folders is not the run's: a broken link elsewhere fails nothing", { timeout: 60_000 }, async () => {
    const src = tmp();
    const out = tmp();
    mkdirSync(path.join(src, "seeds"));
    mkdirSync(path.join(src, "other"));
    cpSync(path.join(FIXTURES, "seed-chuzhou-2017-task-table.txt"), path.join(src, "seeds/a.txt"));
    symlinkSync(path.join(src, "gone"), path.join(src, "other/broken"));
    symlinkSync(path.join(src, "gone"), path.join(src, "broken-top"));
    const r = await run(["batch", src, "-o", out, "--include", "seeds/**"]);
    expect(r.code).toBe(0);
    expect(report(out).files.map((f) => [f.file, f.status])).toEqual([["seeds/a.txt", "ok"]]);
    // without --include the same links are reported: they could have been folders of notices
    const all = await run(["batch", src, "-o", tmp(), "-q"]);
    expect(all.code).toBe(1);
  });
});

describe("report.json", () => {
  it("gives a refused file's size, and calls a corrupt .docx a damaged Word file", { timeout: 60_000 }, async () => {
    const src = tmp();
    const out = tmp();
    cpSync(path.join(FIXTURES, "pdf-scanned-no-text.pdf"), path.join(src, "scan.pdf"));
    // a .docx cut short: a ZIP whose central directory is gone
    writeFileSync(path.join(src, "cut.docx"), readFileSync(path.join(FIXTURES, "docx-guangling-2020-notice.docx")).subarray(0, 3000));
    writeFileSync(path.join(src, "renamed.docx"), Buffer.from("PK\u0003\u0004 a zip with nothing of Word in it", "latin1"));
    const r = await run(["batch", src, "-o", out, "-q"]);
    expect(r.code).toBe(1);
    const files = Object.fromEntries(report(out).files.map((f) => [f.file, f]));
    expect(files["scan.pdf"]!.bytes).toBe(statSync(path.join(FIXTURES, "pdf-scanned-no-text.pdf")).size);
    expect(files["cut.docx"]).toMatchObject({ status: "failed", bytes: 3000, reason: expect.stringMatching(/^damaged Word file/) });
    expect(files["renamed.docx"]!.reason).toMatch(/^damaged Word file: a ZIP package without word\/document\.xml/);
  });

  it("keeps a file's warnings when a re-run skips it", { timeout: 60_000 }, async () => {
    const src = tmp();
    const out = tmp();
    cpSync(path.join(FIXTURES, "r2-chenzhou-2020-standalone-speech.txt"), path.join(src, "warned.txt"));
    await run(["batch", src, "-o", out, "-q"]);
    const first = report(out).files[0]!;
    expect(first.warnings).toBeGreaterThan(0);
    await run(["batch", src, "-o", out, "-q"]);
    const again = report(out) as ReturnType<typeof report> & { reused: number };
    expect(again.reused).toBe(1);
    expect(again.files[0]).toMatchObject({ status: first.status, warnings: first.warnings });
  });
});

describe("--jobs default", () => {
  it("leaves one core to the main thread: 1 worker on 1 or 2 cores, 7 on 8", async () => {
    const { defaultJobs } = await import("../src/cli/batch.js");
    expect([1, 2, 4, 8].map(defaultJobs)).toEqual([1, 1, 3, 7]);
  });
});
