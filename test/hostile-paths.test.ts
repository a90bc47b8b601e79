// Paths (issue 12): batch does not follow links out of SRC unless --follow-symlinks (reported as
// skipped, with the reason); names that merely start with dots are not hidden; every output path
// is proved to stay inside OUT (../, absolute, case-only differences, 255-byte names).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { outputPath, outputStems } from "../src/batch/convert.js";
import { isHidden, walk } from "../src/batch/walk.js";
import { KexieError } from "../src/model/errors.js";
import { plainNotice, symlinkTree } from "../scripts/make-hostile.mjs";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

type Entry = { file: string; status: string; reason?: string; code?: string };
const report = (out: string): { totals: Record<string, number>; files: Entry[] } => JSON.parse(readFileSync(path.join(out, "report.json"), "utf8"));

/** Every file under dir, relative, the state folder left out. */
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

describe("batch and symbolic links", () => {
  it("skips links out of SRC with the reason, follows links inside, converts ..x.txt, hides only dot-files", async () => {
    const { src } = symlinkTree(tempDir("kexie-links-"));
    const out = path.join(tempDir("kexie-links-out-"), "out");
    const r = await runCli(["batch", src, "-o", out, "--jobs", "1"]);
    expect(r.code).toBe(0);
    const files = new Map(report(out).files.map((f) => [f.file, f]));
    expect([...files.keys()]).toEqual(["...three.txt", "..evil..txt", "a.txt", "abs.txt", "inside-link.txt", "link.txt", "linked-dir"]);
    for (const f of ["abs.txt", "link.txt", "linked-dir"]) {
      expect(files.get(f), f).toMatchObject({ status: "skipped", reason: expect.stringMatching(/outside the source folder — pass --follow-symlinks/) });
      expect(r.stderr, f).toMatch(new RegExp(`kexie: ${f}: skipped: symbolic link to .*outside`));
    }
    for (const f of ["...three.txt", "..evil..txt", "a.txt", "inside-link.txt"]) expect(files.get(f)?.status, f).toBe("ok");
    expect(r.stderr).toMatch(/3 links out of the folder, skipped/);
    // nothing from outside was read into OUT
    const written = tree(out);
    expect(written.filter((f) => f.endsWith(".json") && f !== "report.json")).toEqual(["...three.json", "..evil..json", "a.json", "inside-link.json"]);
    expect(readFileSync(path.join(out, "tasks.csv"), "utf8") + readFileSync(path.join(out, "documents.csv"), "utf8")).not.toMatch(/绝密|外部目录/);
  }, 30_000);

  it("--follow-symlinks converts what the links lead to", async () => {
    const { src } = symlinkTree(tempDir("kexie-links-"));
    const out = path.join(tempDir("kexie-links-out-"), "out");
    const r = await runCli(["batch", src, "-o", out, "--jobs", "1", "--follow-symlinks", "--quiet"]);
    expect(r.code).toBe(0);
    const files = new Map(report(out).files.map((f) => [f.file, f]));
    for (const f of ["abs.txt", "link.txt", "linked-dir/inner.txt"]) expect(files.get(f)?.status, f).toBe("ok");
    expect(JSON.parse(readFileSync(path.join(out, "link.json"), "utf8")).header.title).toBe("关于绝密事项的通知");
  }, 30_000);

  it("walk: dot-files are hidden, names that merely start with dots are not; --include globs match them", async () => {
    expect([".git", ".DS_Store", ".hidden.txt"].map(isHidden)).toEqual([true, true, true]);
    expect(["..evil..txt", "...txt", "a.txt", "..", "x..txt"].map(isHidden)).toEqual([false, false, false, false, false]);
    const { src } = symlinkTree(tempDir("kexie-links-"));
    const entries = await walk(src, { include: ["**/*.txt"] });
    expect(entries.map((e) => e.rel)).toContain("..evil..txt");
    expect(entries.map((e) => e.rel).filter((r) => r.startsWith(".") && !r.startsWith(".."))).toEqual([]);
  });
});

describe("output paths stay inside OUT", () => {
  const OUT = path.resolve("/srv/out");

  it("a stem that climbs out or is absolute is an E_WRITE, never a path outside", () => {
    for (const stem of ["../evil", "a/../../evil", "/etc/passwd", "..", "sub/../../x"]) {
      expect(() => outputPath(OUT, stem, ".json"), stem).toThrow(KexieError);
      try {
        outputPath(OUT, stem, ".json");
      } catch (e) {
        expect((e as KexieError).code).toBe("E_WRITE");
        expect((e as KexieError).message).toMatch(/would leave the output folder/);
      }
    }
    expect(outputPath(OUT, "a/b", ".json")).toBe(path.join(OUT, "a/b.json"));
    expect(outputPath(OUT, "..evil.", ".json")).toBe(path.join(OUT, "..evil..json"));
  });

  it("names differing only in case get outputs that differ beyond case", () => {
    expect(outputStems(["a.txt", "b.md"])).toEqual(["a", "b"]); // the usual case: unchanged
    expect(outputStems(["a.md", "a.txt"])).toEqual(["a.md", "a.txt"]);
    const stems = outputStems(["A.txt", "Notice.md", "a.txt", "notice.txt", "sub/X.txt", "sub/x.txt"]);
    // Notice.md and notice.txt would both be notice.json ignoring case: their full names are used
    expect(stems).toEqual(["A.txt", "Notice.md", "a.txt~2", "notice.txt", "sub/X.txt", "sub/x.txt~2"]);
    expect(new Set(stems.map((s) => s.toLowerCase())).size).toBe(stems.length);
  });

  it("255-byte names are shortened (with a hash of the path) so every output fits the file system", () => {
    const ascii = `${"x".repeat(251)}.txt`;
    const cjk = `${"通".repeat(82)}.txt`;
    const stems = outputStems([ascii, `${"x".repeat(251)}.md`, cjk, `sub/${ascii}`]);
    for (const s of stems) expect(Buffer.byteLength(path.basename(s) + ".tasks.csv"), s).toBeLessThanOrEqual(255);
    expect(new Set(stems).size).toBe(4);
    expect(stems[0]).toMatch(/^x+~[0-9a-f]{8}$/);
    expect(stems[3]!.startsWith("sub/x")).toBe(true);
  });

  it("batch: case-only names, 255-byte names and a linked folder inside OUT — all outputs inside OUT", async () => {
    const src = tempDir("kexie-names-");
    const names = ["Notice.txt", "notice.txt", `${"x".repeat(251)}.txt`, `${"通".repeat(82)}.txt`, "sub/b.txt"];
    mkdirSync(path.join(src, "sub"));
    names.forEach((n, k) => writeFileSync(path.join(src, n), plainNotice(`关于第${k + 1}件事的通知`)));
    const parent = tempDir("kexie-names-out-");
    const out = path.join(parent, "out");
    const elsewhere = path.join(parent, "elsewhere");
    mkdirSync(elsewhere);
    mkdirSync(out);
    symlinkSync(elsewhere, path.join(out, "sub"), "dir"); // OUT/sub leads out of OUT
    const r = await runCli(["batch", src, "-o", out, "--to", "md", "--to", "csv", "--jobs", "1", "--quiet"]);
    expect(r.code).toBe(1);
    const files = new Map(report(out).files.map((f) => [f.file, f]));
    for (const n of names.slice(0, 4)) expect(files.get(n)?.status, n).toBe("ok");
    expect(files.get("sub/b.txt")).toMatchObject({ status: "failed", code: "E_WRITE", reason: expect.stringMatching(/link out of the output folder/) });
    expect(readdirSync(elsewhere)).toEqual([]);
    const written = readdirSync(out).filter((n) => n.endsWith(".json") && n !== "report.json");
    expect(written).toHaveLength(4);
    expect(new Set(written.map((n) => n.toLowerCase())).size).toBe(4);
    for (const n of written) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
    // each output holds its own notice
    const titles = written.map((n) => JSON.parse(readFileSync(path.join(out, n), "utf8")).header.title).sort();
    expect(titles).toEqual(["关于第1件事的通知", "关于第2件事的通知", "关于第3件事的通知", "关于第4件事的通知"]);
    expect(existsSync(path.join(out, "tasks.csv"))).toBe(true);
  }, 30_000);
});
