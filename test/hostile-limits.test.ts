// Limits (issue 12): --max-bytes per input (default 50 MB), and a cap on what a .docx/.ofd may
// inflate to and how many entries it may hold, checked while inflating. Each is a typed error
// with its own code and exit code. The crafted packages come from scripts/make-hostile.mjs.
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unzipParts } from "../src/adapters/zip.js";
import { EXIT, KexieError } from "../src/model/errors.js";
import { LIMITS, parseSize } from "../src/model/limits.js";
import { parseNotice } from "../src/parse.js";
import { docxBomb, docxManyEntries, docxOf, ofdBomb, plainNotice, repeatedNotice } from "../scripts/make-hostile.mjs";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

/** One line on stderr, naming the file, ending in the code. */
function oneLine(stderr: string, file: string, code: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(new RegExp(`\\[${code}\\]$`));
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("zip bombs", () => {
  const dir = tempDir("kexie-bomb-");
  // a small heap: the refusal must come long before memory runs out
  const node = ["--max-old-space-size=192"];

  it("a .docx whose document.xml inflates to 3 GiB is refused with E_ZIP_LIMIT (exit 7)", async () => {
    const file = path.join(dir, "bomb.docx");
    const bomb = docxBomb();
    expect(bomb.length).toBeLessThan(LIMITS.maxBytes); // small enough to pass --max-bytes
    writeFileSync(file, bomb);
    const r = await runCli(["parse", file], { node });
    expect(r.code).toBe(EXIT.zipLimit);
    oneLine(r.stderr, file, "E_ZIP_LIMIT");
    expect(r.stderr).toMatch(/expands to more than 100 MB \(at word\/document\.xml\) — refused as a possible zip bomb/);
  }, 60_000);

  it("400 MB of numbered paragraphs (the out-of-memory case) and an .ofd bomb: the same", async () => {
    for (const [name, bytes] of [["paragraphs.docx", docxBomb(400 * 1024 ** 2, true)], ["bomb.ofd", ofdBomb()]] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const r = await runCli(["parse", file], { node });
      expect(r.code, name).toBe(EXIT.zipLimit);
      oneLine(r.stderr, file, "E_ZIP_LIMIT");
    }
  }, 60_000);

  it("a package with more entries than the cap is refused before they are read", async () => {
    const file = path.join(dir, "many.docx");
    writeFileSync(file, docxManyEntries(LIMITS.zipEntries + 10));
    const r = await runCli(["parse", file]);
    expect(r.code).toBe(EXIT.zipLimit);
    oneLine(r.stderr, file, "E_ZIP_LIMIT");
    expect(r.stderr).toMatch(/more than 10000 entries/);
    // one entry fewer than the cap is read normally
    expect((await parseNotice(docxManyEntries(LIMITS.zipEntries - 1), { path: "ok.docx" })).preamble.join("")).toMatch(/第1段/);
  }, 60_000);

  it("the inflate cap is counted while inflating and follows --max-bytes (twice it)", async () => {
    // stops at the budget: never more than the cap is produced, whatever the entry declares
    expect(() => unzipParts(docxBomb(), () => true, { maxBytes: 1024 * 1024, maxEntries: 10 })).toThrow(/expands to more than 1 MB/);
    const file = path.join(dir, "three-mb.docx");
    writeFileSync(file, docxOf(3 * 1024 * 1024)); // 3 MB of XML, far less on disk
    expect(readFileSync(file).length).toBeLessThan(1024 * 1024);
    const refused = await runCli(["parse", file, "--max-bytes", "1MB"]);
    expect(refused.code).toBe(EXIT.zipLimit);
    expect(refused.stderr).toMatch(/more than 2 MB/);
    const allowed = await runCli(["parse", file, "--max-bytes", "2MB"]);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).source.format).toBe("docx");
  }, 60_000);

  it("batch lists a bomb as a failed E_ZIP_LIMIT entry and converts the rest", async () => {
    const src = tempDir("kexie-bomb-src-");
    writeFileSync(path.join(src, "bomb.docx"), docxBomb());
    writeFileSync(path.join(src, "a.txt"), plainNotice());
    const out = path.join(tempDir("kexie-bomb-out-"), "out");
    const r = await runCli(["batch", src, "-o", out, "--jobs", "1", "--quiet"], { node });
    expect(r.code).toBe(1);
    const files = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")).files;
    expect(files).toEqual([
      expect.objectContaining({ file: "a.txt", status: "ok" }),
      expect.objectContaining({ file: "bomb.docx", status: "failed", code: "E_ZIP_LIMIT", exitCode: EXIT.zipLimit }),
    ]);
  }, 60_000);
});

describe("--max-bytes", () => {
  it("refuses a file over the default 50 MB before reading it (E_TOO_LARGE, exit 6)", async () => {
    const dir = tempDir("kexie-big-");
    const file = path.join(dir, "big.txt");
    writeFileSync(file, "");
    truncateSync(file, 200 * 1024 * 1024); // sparse: 200 MB long, nothing on disk
    const r = await runCli(["parse", file]);
    expect(r.code).toBe(EXIT.tooLarge);
    oneLine(r.stderr, file, "E_TOO_LARGE");
    expect(r.stderr).toMatch(/is 200 MB, over the 50 MB limit — pass --max-bytes/);
  });

  it("takes a size, applies to files, standard input and batch; a bad size is a usage error", async () => {
    const dir = tempDir("kexie-big-");
    const notice = plainNotice() + "各部门要认真落实。\n".repeat(2000); // ~50 KB
    const file = path.join(dir, "n.txt");
    writeFileSync(file, notice);
    expect((await runCli(["parse", file, "--max-bytes", "1MB"])).code).toBe(0);
    const over = await runCli(["parse", file, "--max-bytes", "10k"]);
    expect(over.code).toBe(EXIT.tooLarge);
    oneLine(over.stderr, file, "E_TOO_LARGE");
    const piped = await runCli(["parse", "-", "--max-bytes", "10k"], { input: notice });
    expect(piped.code).toBe(EXIT.tooLarge);
    oneLine(piped.stderr, "<stdin>", "E_TOO_LARGE");
    expect((await runCli(["parse", file, "--max-bytes", "lots"])).code).toBe(EXIT.usage);

    const src = path.join(dir, "src");
    mkdirSync(src);
    writeFileSync(path.join(src, "big.txt"), notice);
    writeFileSync(path.join(src, "small.txt"), plainNotice());
    const out = path.join(dir, "out");
    const r = await runCli(["batch", src, "-o", out, "--max-bytes", "10k", "--jobs", "1", "--quiet"]);
    expect(r.code).toBe(1);
    const files = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")).files;
    expect(files).toEqual([
      expect.objectContaining({ file: "big.txt", status: "failed", code: "E_TOO_LARGE", exitCode: EXIT.tooLarge }),
      expect.objectContaining({ file: "small.txt", status: "ok" }),
    ]);
    expect((await runCli(["batch", src, "-o", out, "--max-bytes", "0"])).code).toBe(EXIT.usage);
  }, 60_000);

  it("a device with no size (/dev/zero) is cut off at the limit, not read forever", async () => {
    const r = await runCli(["parse", "/dev/zero", "--max-bytes", "1MB"]);
    expect(r.code).toBe(EXIT.tooLarge);
    oneLine(r.stderr, "/dev/zero", "E_TOO_LARGE");
  });

  it("the library refuses too much input too", async () => {
    await expect(parseNotice(Buffer.from(plainNotice()), { maxBytes: 10 })).rejects.toMatchObject({ code: "E_TOO_LARGE" });
    await expect(parseNotice(plainNotice(), { maxBytes: 10 })).rejects.toBeInstanceOf(KexieError);
    expect(parseSize("50MB")).toBe(50 * 1024 * 1024);
    expect(parseSize("512k")).toBe(512 * 1024);
    expect(parseSize("1.5 GB")).toBe(1.5 * 1024 ** 3);
    expect([parseSize("0"), parseSize("-1"), parseSize("ten")]).toEqual([null, null, null]);
  });
});

describe("batch --timeout", () => {
  it("stops a file over its time budget (E_TIMEOUT, exit code 9 in the report) and goes on with a fresh worker", async () => {
    const src = tempDir("kexie-timeout-");
    // 30 MB of notices take far longer than a second to parse; the small ones take milliseconds
    writeFileSync(path.join(src, "a-huge.txt"), repeatedNotice(30 * 1024 * 1024));
    writeFileSync(path.join(src, "b.txt"), plainNotice());
    writeFileSync(path.join(src, "c.txt"), plainNotice("关于第三件事的通知"));
    const out = path.join(tempDir("kexie-timeout-out-"), "out");
    const r = await runCli(["batch", src, "-o", out, "--jobs", "1", "--timeout", "1"]);
    expect(r.code).toBe(1);
    const files = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")).files;
    expect(files).toEqual([
      expect.objectContaining({ file: "a-huge.txt", status: "failed", code: "E_TIMEOUT", exitCode: EXIT.timeout, reason: expect.stringMatching(/took longer than 1 s/) }),
      expect.objectContaining({ file: "b.txt", status: "ok" }),
      expect.objectContaining({ file: "c.txt", status: "ok" }),
    ]);
    expect(r.stderr).toMatch(/kexie: a-huge\.txt: took longer than 1 s .*\[E_TIMEOUT\]/);
    expect((await runCli(["batch", src, "-o", out, "--timeout", "soon"])).code).toBe(EXIT.usage);
  }, 60_000);
});
