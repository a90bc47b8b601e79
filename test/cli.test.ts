// The CLI as a user runs it: output shapes, one-line errors, documented exit codes.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers/load.js";
import { tempDir } from "./helpers/tmp.js";

const BIN = path.resolve(FIXTURES, "../bin/kexie.js");
const SEED = path.join(FIXTURES, "seed-chuzhou-2017-task-table.txt");

function run(args: string[], input?: string | Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("node", [BIN, ...args], { encoding: "utf8", maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin!.end(input);
    else child.stdin!.end();
  });
}

const tmp = () => tempDir("kexie-cli-");

describe("kexie parse", () => {
  it("prints one JSON document for one file", async () => {
    const r = await run(["parse", SEED]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.header.docNumber.raw).toBe("滁科协〔2017〕2号");
    expect(r.stdout.split("\n").length).toBe(2); // compact unless --pretty
  });

  it("prints an array for several files and one line each with --ndjson", async () => {
    const other = path.join(FIXTURES, "seed-jiaxing-2019-work-points.txt");
    const arr = JSON.parse((await run(["parse", SEED, other])).stdout);
    expect(arr.map((d: { header: { title: string } }) => d.header.title)).toHaveLength(2);
    const lines = (await run(["parse", "--ndjson", SEED, other])).stdout.trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual([SEED, other]);
  });

  it("reads standard input with -", async () => {
    const r = await run(["parse", "-", "--pretty"], readFileSync(SEED));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBeNull();
    expect(r.stdout).toContain('\n  "schemaVersion"');
  });

  it("prints only tasks with --tasks; with several files each list names its file", async () => {
    const tasks = JSON.parse((await run(["parse", "--tasks", SEED])).stdout);
    expect(tasks).toHaveLength(10);
    expect(tasks[1]).toMatchObject({ owner: "彭国华", leader: "柳军" });
    const other = path.join(FIXTURES, "seed-zaozhuang-2019-inline-duties.txt");
    const both = JSON.parse((await run(["parse", "--tasks", SEED, other])).stdout);
    expect(both.map((x: { file: string; tasks: unknown[] }) => [x.file, x.tasks.length])).toEqual([[SEED, 10], [other, 15]]);
  });

  it("writes atomically with -o and leaves no temp file", async () => {
    const dir = tmp();
    const out = path.join(dir, "out.json");
    const r = await run(["parse", SEED, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).header.issuer).toBe("滁州市科学技术协会");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("decodes GBK automatically and honours --encoding", async () => {
    const gbk = path.join(FIXTURES, "gbk-notice.txt");
    const auto = JSON.parse((await run(["parse", gbk])).stdout);
    expect(auto.source.encoding).toBe("gb18030");
    expect(auto.header.title).toContain("防汛防台");
    const forced = JSON.parse((await run(["parse", "--encoding", "gbk", gbk])).stdout);
    expect(forced.source.encoding).toBe("gbk");
    expect(forced.header.title).toBe(auto.header.title);
  });
});

describe("errors: one line naming the file, a documented exit code, no stack trace", () => {
  const cases: Array<[string, () => string[], number, RegExp]> = [
    ["a missing file", () => ["parse", "/nonexistent/notice.txt"], 3, /notice\.txt: no such file/],
    ["a directory", () => ["parse", FIXTURES], 3, /is a directory/],
    ["an empty file", () => { const f = path.join(tmp(), "empty.txt"); writeFileSync(f, ""); return ["parse", f]; }, 4, /empty\.txt: file is empty/],
    ["a binary file", () => { const f = path.join(tmp(), "x.txt"); writeFileSync(f, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7])); return ["parse", f]; }, 4, /binary/],
    ["undecodable bytes", () => { const f = path.join(tmp(), "bad.txt"); writeFileSync(f, Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0xfe, 0x30, 0xff, 0x80, 0x80, 0xfe, 0xff])); return ["parse", f]; }, 4, /cannot decode/],
    ["a scanned PDF (no text layer)", () => ["parse", path.join(FIXTURES, "pdf-scanned-no-text.pdf")], 5, /pdf-scanned-no-text\.pdf: this PDF has no text layer/],
    ["a broken PDF", () => { const f = path.join(tmp(), "broken.pdf"); writeFileSync(f, "%PDF-1.7\n..."); return ["parse", f]; }, 4, /broken\.pdf: not a readable PDF/],
    ["a Word 97 .doc", () => { const f = path.join(tmp(), "old.doc"); writeFileSync(f, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])); return ["parse", f]; }, 4, /old\.doc: not a Word 97-2003 document/],
    ["a .doc by extension", () => { const f = path.join(tmp(), "old.doc"); writeFileSync(f, "text"); return ["parse", f]; }, 4, /old\.doc: not a Word 97-2003 \.doc file/],
    ["a .wps", () => { const f = path.join(tmp(), "old.wps"); writeFileSync(f, "text"); return ["parse", f]; }, 5, /unsupported format: WPS/],
    ["an unknown option", () => ["parse", "--bogus"], 2, /unknown option/],
    ["an unknown encoding", () => ["parse", "-e", "nope", SEED], 2, /unknown encoding "nope"/],
    ["no input", () => ["parse"], 2, /no input/],
    ["an HTML page nested 20,000 deep", () => { const f = path.join(tmp(), "deep.html"); writeFileSync(f, `<html><body>${"<div>".repeat(20000)}关于的通知${"</div>".repeat(20000)}</body></html>`); return ["parse", f]; }, 8, /deep\.html: the page is nested more than 256 levels deep .*\[E_TOO_DEEP\]/],
    // a page's source saved as .txt is already text: the advice is to take the tags out, not to save it as .txt
    ["a .txt of page markup nested 20,000 deep", () => { const f = path.join(tmp(), "deep.txt"); writeFileSync(f, `<p>关于的通知</p><p>${"<div>".repeat(20000)}一、总则${"</div>".repeat(20000)}</p>`); return ["parse", f]; }, 8, /deep\.txt: the HTML markup in this text is nested more than 256 levels deep — refused before parsing; remove the tags, or open the page in a browser and save its text \[E_TOO_DEEP\]/],
    ["a whitespace-only file", () => { const f = path.join(tmp(), "blank.txt"); writeFileSync(f, "  \n\u3000\n\t\n"); return ["parse", f]; }, 4, /blank\.txt: file holds only whitespace/],
    ["--strict with a forced encoding", () => ["parse", "--strict", "-e", "utf-8", path.join(FIXTURES, "enc-mixed-invalid-bytes.txt")], 4, /enc-mixed-invalid-bytes\.txt:10: invalid utf-8 bytes/],
  ];
  for (const [what, args, code, message] of cases) {
    it(what, async () => {
      const r = await run(args());
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    });
  }

  it("--debug shows the stack trace", async () => {
    const r = await run(["--debug", "parse", "/nonexistent/x.txt"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it("still prints the good files when one of several fails, exit code of the failure", async () => {
    const r = await run(["parse", SEED, "/nonexistent/x.txt"]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("cannot write the output: exit 3, nothing half-written", async () => {
    const dir = tmp();
    const r = await run(["parse", SEED, "-o", path.join(dir, "missing-dir", "x.json")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot write the output/);
  });
});

describe("kexie schema and help", () => {
  it("prints the published schema", async () => {
    const r = await run(["schema"]);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(path.resolve(FIXTURES, "../schemas/notice.schema.json"), "utf8")));
  });

  it("documents the exit codes and the parse options the README lists", async () => {
    const help = (await run(["--help"])).stdout;
    for (const c of [/0 +success/, /2 +usage error/, /3 +file problem/, /4 +content problem/, /5 +unsupported format/, /130 +interrupted/]) expect(help).toMatch(c);
    const parseHelp = (await run(["parse", "--help"])).stdout;
    const readme = readFileSync(path.resolve(FIXTURES, "../README.md"), "utf8");
    for (const opt of ["--pretty", "--ndjson", "--tasks", "--files-from <list>", "--output <file>", "--encoding <name>", "--from <format>", "--strict", "--quiet"]) {
      expect(parseHelp).toContain(opt);
      expect(readme).toContain(opt);
    }
  });
});

describe("pipelines", () => {
  it("kexie parse notice.txt | kexie export --to csv", async () => {
    const json = (await run(["parse", SEED])).stdout;
    const csv = await run(["export", "--to", "csv"], json);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines).toHaveLength(11);
    expect(lines[2]).toContain("彭国华");
  });

  it("kexie parse --files-from - streams one document per line", async () => {
    const other = path.join(FIXTURES, "seed-jiaxing-2019-work-points.txt");
    const r = await run(["parse", "--files-from", "-", "--ndjson"], `${SEED}\n\n${other}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).source.path)).toEqual([SEED, other]);
  });

  it("kexie validate accepts what kexie parse wrote and rejects a broken document", async () => {
    const json = (await run(["parse", SEED])).stdout;
    expect((await run(["validate"], json)).code).toBe(0);
    const bad = JSON.parse(json);
    bad.sections = [{ ...bad.parts[0].sections[0], ordinal: "一" }];
    const r = await run(["validate", "-"], JSON.stringify(bad));
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toMatch(/sections\[0\]\.ordinal/);
  });
});
