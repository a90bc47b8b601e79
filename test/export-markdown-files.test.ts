// Several notices to Markdown with -o DIR (issue 14): one .md per notice, named after its source
// file, collisions made unique, path tricks in source.path kept inside DIR; -o FILE.md keeps one
// file. Through `kexie export` and `kexie parse --to md`, as a user runs them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { markdownFileNames, safeStem } from "../src/cli/markdown-files.js";
import { toMarkdown } from "../src/export/markdown.js";
import { EXIT } from "../src/model/errors.js";
import type { Notice } from "../src/model/schema.js";
import { runCli } from "./helpers/cli.js";
import { FIXTURES, parseFixture } from "./helpers/load.js";
import { tempDir } from "./helpers/tmp.js";

const A = "seed-chuzhou-2017-task-table.txt";
const B = "seed-yangzhou-2019-work-points.txt";
const C = "county-edu-signer-inline.txt";

let docs: Record<string, Notice>;
beforeAll(async () => {
  docs = Object.fromEntries(await Promise.all([A, B, C].map(async (n) => [n, await parseFixture(n)] as const)));
});

const withPath = (doc: Notice, p: string | null): Notice => ({ ...doc, source: { ...doc.source, path: p } });
const sorted = (dir: string) => readdirSync(dir).sort();

describe("file names", () => {
  it("the stem of the source file, extension dropped; standard input is `notice`", () => {
    expect(safeStem("archive/2019/滁州通知.txt")).toBe("滁州通知");
    expect(safeStem("a.b.docx")).toBe("a.b");
    expect(safeStem(null)).toBe("notice");
  });

  it("path tricks never reach the name", () => {
    expect(safeStem("../../etc/passwd")).toBe("passwd");
    expect(safeStem("C:\\\\Users\\\\x\\\\evil.txt")).toBe("evil");
    expect(safeStem("..")).toBe("notice");
    expect(safeStem("sub/..")).toBe("notice");
    expect(safeStem(".bashrc")).toBe("bashrc");
    expect(safeStem("CON.txt")).toBe("_CON");
    expect(safeStem("a\u202etxt.exe")).toBe("a_txt");
    expect(safeStem("x\u001b[2J<y>|z?.txt")).toBe("x_[2J_y__z_");
    expect(safeStem("tail. . .txt")).toBe("tail");
    for (const s of ["../../etc/passwd", "..", "/", "a/../../b", "\u0000", "...."]) {
      const stem = safeStem(s);
      expect(stem).not.toMatch(/[\\/\u0000]|^\.|^$/);
    }
  });

  it("a very long name is cut to fit the file system", () => {
    const stem = safeStem(`${"长".repeat(400)}.txt`);
    expect(Buffer.byteLength(`${stem}~99.md`)).toBeLessThanOrEqual(255);
    expect(stem.startsWith("长长")).toBe(true);
  });

  it("names that coincide ignoring case get ~2, ~3 in input order", () => {
    const src = (p: string | null) => ({ source: { path: p } }) as Pick<Notice, "source">;
    expect(markdownFileNames([src("x/a.txt"), src("y/A.md"), src("a.docx"), src(null), src(null), src("b.txt")])).toEqual([
      "a.md", "A~2.md", "a~3.md", "notice.md", "notice~2.md", "b.md",
    ]);
  });
});

describe("kexie export --to md -o DIR", () => {
  it("writes one file per notice, each what the notice alone exports to", async () => {
    const dir = tempDir("kexie-mdfiles-");
    const input = path.join(dir, "all.ndjson");
    const list = [withPath(docs[A]!, `x/${A}`), withPath(docs[B]!, `y/${B}`), withPath(docs[C]!, `z/${A.toUpperCase()}`)];
    writeFileSync(input, list.map((d) => JSON.stringify(d)).join("\n") + "\n");
    const out = path.join(dir, "notices");
    const r = await runCli(["export", "--to", "md", "-o", out, input]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const names = ["seed-chuzhou-2017-task-table.md", "seed-yangzhou-2019-work-points.md", "SEED-CHUZHOU-2017-TASK-TABLE~2.md"];
    expect(sorted(out)).toEqual([...names].sort());
    for (const [k, n] of names.entries()) {
      const md = readFileSync(path.join(out, n), "utf8");
      expect(md).toBe(toMarkdown(list[k]!));
      expect(md.match(/^---$/gm)!.length).toBe(2); // one front-matter block: one notice
    }
  });

  it("a folder that exists, or a name with a trailing slash, is a folder even for one notice", async () => {
    const dir = tempDir("kexie-mdfiles-");
    const input = path.join(dir, "one.json");
    writeFileSync(input, JSON.stringify(docs[A]));
    mkdirSync(path.join(dir, "have.md"));
    expect((await runCli(["export", "--to", "md", "-o", path.join(dir, "have.md"), input])).code).toBe(0);
    expect(sorted(path.join(dir, "have.md"))).toEqual(["seed-chuzhou-2017-task-table.md"]);
    expect((await runCli(["export", "--to", "md", "-o", path.join(dir, "new") + "/", input])).code).toBe(0);
    expect(sorted(path.join(dir, "new"))).toEqual(["seed-chuzhou-2017-task-table.md"]);
  });

  it("-o FILE.md keeps one file: one notice, or several one after another as on standard output", async () => {
    const dir = tempDir("kexie-mdfiles-");
    const input = path.join(dir, "two.json");
    writeFileSync(input, JSON.stringify([docs[A], docs[B]]));
    const printed = await runCli(["export", "--to", "md", input]);
    expect((await runCli(["export", "--to", "md", "-o", path.join(dir, "all.md"), input])).code).toBe(0);
    expect(readFileSync(path.join(dir, "all.md"), "utf8")).toBe(printed.stdout);
    expect(printed.stdout.match(/^---$/gm)!.length).toBe(4);
    writeFileSync(input, JSON.stringify(docs[A]));
    expect((await runCli(["export", "--to", "md", "-o", path.join(dir, "one.md"), input])).code).toBe(0);
    expect(readFileSync(path.join(dir, "one.md"), "utf8")).toBe(toMarkdown(docs[A]!));
    expect(sorted(dir)).toEqual(["all.md", "one.md", "two.json"]);
  });

  it("source paths that try to leave the folder stay inside it", async () => {
    const root = tempDir("kexie-mdfiles-");
    const dir = path.join(root, "deep/er");
    mkdirSync(dir, { recursive: true });
    const input = path.join(dir, "tricks.json");
    const tricks = ["../../escaped.txt", "/tmp/abs.txt", "..", "sub/../../up.txt", "C:\\evil\\win.txt", ".hidden.txt", "NUL.txt"];
    writeFileSync(input, JSON.stringify(tricks.map((p) => withPath(docs[C]!, p))));
    const out = path.join(dir, "out");
    const r = await runCli(["export", "--to", "md", "-o", out, input]);
    expect(r.code).toBe(0);
    expect(sorted(out)).toEqual(["_NUL.md", "abs.md", "escaped.md", "hidden.md", "notice.md", "up.md", "win.md"]);
    // nothing written beside or above the folder
    expect(sorted(dir)).toEqual(["out", "tricks.json"]);
    expect(sorted(root)).toEqual(["deep"]);
    expect(existsSync("/tmp/abs.md")).toBe(false);
  });

  it("an -o that is an existing file not ending in .md: one error line, exit 3, the file untouched", async () => {
    const dir = tempDir("kexie-mdfiles-");
    const input = path.join(dir, "two.json");
    writeFileSync(input, JSON.stringify([docs[A], docs[B]]));
    const target = path.join(dir, "notes.txt");
    writeFileSync(target, "keep me");
    const r = await runCli(["export", "--to", "md", "-o", target, input]);
    expect(r.code).toBe(EXIT.io);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/notes\.txt: is a file — with --to md, -o names a folder .*\[E_WRITE\]$/);
    expect(readFileSync(target, "utf8")).toBe("keep me");
  });
});

describe("kexie parse --to md -o DIR", () => {
  it("parses several files into one .md each, the same as export of their JSON", async () => {
    const dir = tempDir("kexie-mdfiles-");
    mkdirSync(path.join(dir, "x"));
    const files = [path.join(FIXTURES, A), path.join(FIXTURES, B), path.join(dir, "x", A)];
    writeFileSync(files[2]!, readFileSync(path.join(FIXTURES, C)));
    const out = path.join(dir, "md");
    const r = await runCli(["parse", ...files, "--to", "md", "-o", out, "-q"]);
    expect(r.code).toBe(0);
    expect(sorted(out)).toEqual(["seed-chuzhou-2017-task-table.md", "seed-chuzhou-2017-task-table~2.md", "seed-yangzhou-2019-work-points.md"]);
    // each file is what `kexie parse FILE --to md` prints for that file alone
    for (const [k, n] of ["seed-chuzhou-2017-task-table.md", "seed-yangzhou-2019-work-points.md", "seed-chuzhou-2017-task-table~2.md"].entries()) {
      const alone = await runCli(["parse", files[k]!, "--to", "md", "-q"]);
      expect(readFileSync(path.join(out, n), "utf8")).toBe(alone.stdout);
    }
  });

  it("one file to -o FILE.md is one Markdown file", async () => {
    const dir = tempDir("kexie-mdfiles-");
    const out = path.join(dir, "n.md");
    expect((await runCli(["parse", path.join(FIXTURES, A), "--to", "md", "-o", out, "-q"])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe((await runCli(["parse", path.join(FIXTURES, A), "--to", "md", "-q"])).stdout);
  });
});
