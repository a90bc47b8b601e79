// Errors and exit codes a user meets: JSON given to parse, input that is no notice, one-line
// positioned JSON errors, one table of exit codes behind every command's --help and the README,
// and the library refusing what the CLI refuses.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseNotice } from "../src/parse.js";
import { EXIT_CODES, KexieError, type Command } from "../src/model/errors.js";
import { FIXTURES } from "./helpers/load.js";

const BIN = path.resolve(FIXTURES, "../bin/kexie.js");
const README = readFileSync(path.resolve(FIXTURES, "../README.md"), "utf8");
const EXPECTED = path.join(FIXTURES, "seed-chuzhou-2017-task-table.expected.json");

function run(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("node", [BIN, ...args], { encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: "1" } }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input ?? "");
  });
}
const tmp = () => mkdtempSync(path.join(tmpdir(), "kexie-errors-"));
const oneLine = (s: string) => s.trim().split("\n");

describe("JSON given to kexie parse", () => {
  it("refuses kexie's own output with exit 2, pointing at export and validate", async () => {
    const r = await run(["parse", EXPECTED]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/expected\.json: this is kexie output .*kexie export.*kexie validate.*\[E_USAGE\]$/)]);
  });

  it("refuses kexie NDJSON and arrays on standard input too", async () => {
    const doc = readFileSync(EXPECTED, "utf8");
    const ndjson = JSON.stringify(JSON.parse(doc)) + "\n" + JSON.stringify(JSON.parse(doc)) + "\n";
    expect((await run(["parse", "-"], ndjson)).code).toBe(2);
    expect((await run(["parse", "-"], `[${doc}]`)).code).toBe(2);
  });

  it("refuses other JSON as an unsupported format (exit 5)", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "data.txt"), '{"name": "x", "items": [1, 2]}\n');
    const r = await run(["parse", path.join(dir, "data.txt")]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/data\.txt: unsupported format: JSON/);
  });

  it("still parses a notice that merely starts with a bracket", async () => {
    const dir = tmp();
    const text = "【通知】\n" + readFileSync(path.join(FIXTURES, "seed-chuzhou-2017-task-table.txt"), "utf8");
    writeFileSync(path.join(dir, "n.txt"), "[草稿]\n" + text);
    expect((await run(["parse", path.join(dir, "n.txt"), "-q"])).code).toBe(0);
  });
});

describe("input with no notice structure", () => {
  it("is parsed with one not-a-notice warning (exit 0)", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "hi.txt"), "你好");
    const r = await run(["parse", path.join(dir, "hi.txt")]);
    expect(r.code).toBe(0);
    expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/hi\.txt:1:1: warning: .* \[not-a-notice\]$/)]);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(["not-a-notice"]);
  });

  it("never fires on a real notice", async () => {
    const doc = await parseNotice(readFileSync(path.join(FIXTURES, "seed-jiaxing-2019-work-points.txt")));
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("not-a-notice");
  });

  it("is a batch status of its own in report.json", async () => {
    const src = tmp();
    const out = tmp();
    mkdirSync(path.join(src, "docs"));
    writeFileSync(path.join(src, "docs", "README.md"), "# Archive\n\nScanned in 2019 by the records office.\n");
    writeFileSync(path.join(src, "notice.txt"), readFileSync(path.join(FIXTURES, "seed-chuzhou-2017-task-table.txt")));
    const r = await run(["batch", src, "-o", out, "-q"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8"));
    expect(report.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([["docs/README.md", "not-a-notice"], ["notice.txt", "ok"]]);
    expect(report.totals).toMatchObject({ ok: 1, notNotice: 1, failed: 0 });
  });
});

describe("kexie JSON that is not JSON", () => {
  for (const cmd of ["validate", "export"]) {
    it(`${cmd}: one line, file:line:column: not JSON, exit 4`, async () => {
      const dir = tmp();
      const f = path.join(dir, "bad.json");
      writeFileSync(f, '{\n  "schemaVersion": "1",\n  "header": {,\n}\n');
      const r = await run([cmd, f]);
      expect(r.code).toBe(4);
      expect(oneLine(r.stderr)).toEqual([`kexie: ${f}:3:14: not JSON: a value expected — expected kexie JSON (the output of kexie parse) [E_JSON]`]);
    });
  }

  it("a missing file is exit 3 for every command", async () => {
    const missing = path.join(tmp(), "missing.json");
    for (const cmd of ["parse", "validate", "export"]) expect((await run([cmd, missing])).code, cmd).toBe(3);
  });
});

describe("exit codes", () => {
  const commands: Command[] = ["parse", "batch", "export", "validate", "lint", "schema", "completion"];
  for (const cmd of commands) {
    it(`kexie ${cmd} --help lists exactly its own exit codes`, async () => {
      const help = (await run([cmd, "--help"])).stdout;
      const listed = [...help.slice(help.indexOf("Exit codes:")).matchAll(/^ {2}(\d+) +\S/gm)].map((m) => Number(m[1]));
      expect(listed).toEqual(EXIT_CODES.filter((e) => cmd in e.commands).map((e) => e.code));
    });
  }

  it("batch --help includes 130 (interrupted)", async () => {
    expect((await run(["batch", "--help"])).stdout).toMatch(/^ {2}130 +stopped after the files in progress/m);
  });

  it("the README's table is the same table", () => {
    for (const e of EXIT_CODES) {
      const cmds = Object.entries(e.commands).map(([c, w]) => (w ? `\`${c}\`: ${w}` : `\`${c}\``)).join("; ");
      expect(README).toContain(`| ${e.code} | ${e.meaning} | ${cmds} |`);
    }
  });
});

describe("the library refuses what the CLI refuses", () => {
  for (const [what, input] of [["an empty string", ""], ["whitespace", " \n\t\n"], ["empty bytes", new Uint8Array()]] as const) {
    it(`parseNotice(${what}) throws E_EMPTY`, async () => {
      await expect(parseNotice(input)).rejects.toMatchObject({ code: "E_EMPTY" });
    });
  }

  it("parseNotice of kexie JSON throws E_USAGE, as kexie parse exits 2", async () => {
    const err = await parseNotice(readFileSync(EXPECTED, "utf8")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KexieError);
    expect(err).toMatchObject({ code: "E_USAGE", exitCode: 2 });
  });
});
