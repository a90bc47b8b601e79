// kexie lint: each rule's examples, the expected report of the seeds and the lint fixtures, --fix
// (idempotent, touching only what a rule named, in the file's own encoding and line ends), the
// output formats (SARIF checked against the OASIS 2.1.0 schema), configuration and the CLI.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import AjvDraft04 from "ajv-draft-04";
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { lintBytes, RULES, type LintResult } from "../src/lint/index.js";
import { caret, github, json, sarif, stylish } from "../src/lint/formatters/index.js";
import { FIXTURES } from "./helpers/load.js";

// the CLI cases start node several times: slow under a loaded test run
vi.setConfig({ testTimeout: 30_000 });

const LINT = path.join(FIXTURES, "lint");
const EXPECTED = path.join(LINT, "expected");
const BIN = path.resolve(FIXTURES, "../bin/kexie.js");
const tmp = () => mkdtempSync(path.join(tmpdir(), "kexie-lint-"));
const lint = (text: string | Buffer, name = "notice.txt", opts = {}) => lintBytes(typeof text === "string" ? Buffer.from(text) : text, { path: name, ...opts });

function run(args: string[], opts: { cwd?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("node", [BIN, ...args], { encoding: "utf8", cwd: opts.cwd, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin!.end();
  });
}

describe("every rule", () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it("has an id, a clause, a severity, messages in Chinese (此处…，应为…) and English, and examples", () => {
        expect(rule.clause).toMatch(/^(\d+(\.\d+)*(, \d+(\.\d+)*)*|GB\/T \d+-\d{4})$/);
        expect(["error", "warning", "info"]).toContain(rule.severity);
        for (const m of Object.values(rule.messages)) {
          expect(m.zh).toMatch(/^此处.*，应为/);
          expect(m.en.length).toBeGreaterThan(10);
        }
        expect(rule.examples.good.length).toBeGreaterThan(0);
        expect(rule.examples.bad.length).toBeGreaterThan(0);
      });
      for (const ex of rule.examples.good) {
        it(`passes its good example: ${ex.note}`, async () => {
          const r = await lint(ex.text);
          expect(r.messages.filter((m) => m.ruleId === rule.id)).toEqual([]);
        });
      }
      for (const ex of rule.examples.bad) {
        it(`flags its bad example: ${ex.note}`, async () => {
          const r = await lint(ex.text);
          expect(r.messages.filter((m) => m.ruleId === rule.id).length).toBeGreaterThan(0);
        });
      }
    });
  }

  it("the README names every rule with its clause and severity, and kexie lint --help lists every rule", async () => {
    const readme = readFileSync(path.resolve(FIXTURES, "../README.md"), "utf8");
    const help = (await run(["lint", "--help"])).stdout;
    for (const rule of RULES) {
      expect(readme).toMatch(new RegExp(`\\| \`${rule.id}\` \\| ${rule.clause.replace(/[./]/g, "\\$&")} [^|]*\\| ${rule.severity} `));
      expect(help).toMatch(new RegExp(`\\b${rule.id}\\s+${rule.clause.replace(/[./]/g, "\\$&")}\\s+${rule.severity}\\s`));
    }
  });
});

/** The stylish report of a fixture, with its name only (so it does not depend on the checkout folder). */
async function report(dir: string, name: string): Promise<string> {
  const r = await lint(readFileSync(path.join(dir, name)), name);
  return stylish([r], { lang: "zh" });
}

describe("expected reports", () => {
  const seeds = readdirSync(FIXTURES).filter((n) => /^seed-.*\.txt$/.test(n));
  const own = readdirSync(LINT).filter((n) => /\.(txt|md)$/.test(n));
  const cases = [...seeds.map((n) => [FIXTURES, n] as const), ...own.map((n) => [LINT, n] as const)];
  it("covers the five seeds and the lint fixtures", () => {
    expect(seeds).toHaveLength(5);
    expect(own.length).toBeGreaterThanOrEqual(4);
  });
  for (const [dir, name] of cases) {
    it(name, async () => {
      const want = path.join(EXPECTED, name.replace(/\.(txt|md)$/, ".lint.txt"));
      const got = await report(dir, name);
      if (process.env.KEXIE_UPDATE_LINT || !existsSync(want)) writeFileSync(want, got);
      expect(got).toBe(readFileSync(want, "utf8"));
    });
  }

  it("the seeds' real problems are found, and only warnings where the standard is kept", async () => {
    const zz = await lint(readFileSync(path.join(FIXTURES, "seed-zaozhuang-2019-inline-duties.txt")));
    expect(zz.messages[0]).toMatchObject({ ruleId: "doc-number", severity: "error", line: 5, column: 5 });
    for (const clean of ["seed-jiaxing-2019-work-points.txt", "seed-lianyungang-2018-speech-report.txt", "seed-yangzhou-2019-work-points.txt"]) {
      const r = await lint(readFileSync(path.join(FIXTURES, clean)));
      expect(r.messages.filter((m) => m.severity === "error"), clean).toEqual([]);
    }
    const clean = await lint(readFileSync(path.join(LINT, "clean-notice.txt")));
    expect(clean.messages).toEqual([]);
  });
});

describe("every fixture", () => {
  it("lints without crashing, in time linear in its size", async () => {
    const names = readdirSync(FIXTURES).filter((n) => /\.(txt|md|html|docx|doc|pdf|ofd)$/.test(n) && n !== "README.md");
    expect(names.length).toBeGreaterThan(50);
    let bytes = 0;
    const t0 = performance.now();
    for (const n of names) {
      const buf = readFileSync(path.join(FIXTURES, n));
      bytes += buf.length;
      try {
        await lintBytes(buf, { path: n });
      } catch (e) {
        // only a documented refusal (a scanned PDF) may stop a file
        expect((e as { code?: string }).code, `${n}: ${(e as Error).message}`).toBe("E_UNSUPPORTED");
      }
    }
    // a notice four times as long takes at most about four times as long
    const big = readFileSync(path.join(FIXTURES, "seed-lianyungang-2018-speech-report.txt"), "utf8");
    // (each size's best of five runs: a load spike on a shared machine lengthens one run, not all five)
    const time = async (s: string) => {
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const t = performance.now();
        await lint(s);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    await time(big);
    const one = await time(big);
    const four = await time([big, big, big, big].join("\n\n"));
    expect(four).toBeLessThan(one * 10);
    expect(performance.now() - t0).toBeLessThan(60_000 + bytes);
  }, 120_000);
});

describe("--fix", () => {
  const sample = readFileSync(path.join(LINT, "crlf-ascii-punct.txt"));

  it("fixes what the rules name, and nothing else; fixing twice changes nothing", async () => {
    const r = await lint(sample, "a.txt", { fix: true });
    expect(r.fixed).toBeGreaterThan(0);
    const before = sample.toString("utf8");
    const after = Buffer.from(r.output!).toString("utf8");
    expect(after).toBe("关于开展科普日活动的通知\r\n\r\n各县科协：\r\n\r\n请于9月15日（星期日）前报送，联系人：张三。\r\n\r\n引用某科协字〔2019〕1号文件，请遵照执行。\r\n");
    // every changed character lies inside a fix the first lint pass reported
    const first = await lint(sample);
    const ranges = first.messages.flatMap((m) => (m.fix ? [m.fix.range] : []));
    expect(after.length).toBe(before.length);
    for (let i = 0; i < before.length; i++) {
      if (before[i] !== after[i]) expect(ranges.some(([a, b]) => i >= a && i < b), `offset ${i}`).toBe(true);
    }
    const again = await lint(Buffer.from(r.output!), "a.txt", { fix: true });
    expect(again.fixed).toBe(0);
    expect(again.output).toBeUndefined();
    expect(again.messages.filter((m) => m.fix)).toEqual([]);
  });

  it("writes a GBK file back in GBK and keeps CRLF line ends", async () => {
    const gbk = iconv.encode(sample.toString("utf8"), "gbk");
    const r = await lint(gbk, "gbk.txt", { fix: true });
    expect(r.encoding).toBe("gb18030");
    const out = Buffer.from(r.output!);
    expect(iconv.decode(out, "gbk")).toContain("请于9月15日（星期日）前报送，联系人：张三。\r\n");
    expect(out.includes(Buffer.from("\r\n"))).toBe(true);
    expect(out.toString("utf8")).not.toContain("请于"); // not UTF-8
  });

  it("keeps a UTF-8 byte-order mark and a UTF-16 file's encoding", async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample]);
    const r = await lint(bom, "bom.txt", { fix: true });
    expect([...Buffer.from(r.output!).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample.toString("utf8"), "utf16le")]);
    const w = await lint(u16, "u16.txt", { fix: true });
    const out = Buffer.from(w.output!);
    expect([...out.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(out.subarray(2).toString("utf16le")).toContain("联系人：张三");
  });

  it("never fixes HTML, .docx or PDF, and says so", async () => {
    const html = await lint(readFileSync(path.join(FIXTURES, "html-yangzhou-2019-work-points.html")), "a.html", { fix: true });
    expect(html.messages.some((m) => m.fix === undefined)).toBe(true);
    expect(html.output).toBeUndefined();
    const dir = tmp();
    const file = path.join(dir, "web.html");
    writeFileSync(file, "<html><body><p>关于开展科普日活动的通知</p><p>各县科协:</p><p>请于9月15日(星期日)前报送,联系人:张三。</p></body></html>");
    const before = readFileSync(file);
    const r = await run(["lint", "--fix", file]);
    expect(r.stderr).toMatch(/web\.html: html files are linted but never fixed/);
    expect(readFileSync(file)).toEqual(before);
  });
});

describe("output formats", () => {
  const results = async (): Promise<LintResult[]> => [await lint(readFileSync(path.join(LINT, "draft-many-mistakes.txt")), "draft-many-mistakes.txt")];

  it("puts the caret under full-width text by display width", () => {
    const [text, marks] = caret("枣科协字[2019]1号", 5, 11);
    expect(text).toBe("枣科协字[2019]1号");
    expect(marks).toBe("        ^^^^^^");
    const [, under] = caret("请于９月报送", 3, 4);
    expect(under).toBe("    ^^");
    const [t2, m2] = caret("\t抄送:省科协", 4, 5);
    expect(t2).toBe("    抄送:省科协");
    expect(m2).toBe("        ^");
  });

  it("stylish: file:line:col  severity  rule  message, the line and a caret, and a summary", async () => {
    const out = stylish(await results(), { lang: "zh" });
    expect(out).toContain("draft-many-mistakes.txt:3:5  error  doc-number  此处年份用“【】”括入，应为六角括号“〔〕”\n    某科协字【2023】第08号\n            ^^^^^^^^\n");
    expect(out).toMatch(/\n\d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 个提示）/);
  });

  it("messages in English with --lang en", async () => {
    const r = await lint(readFileSync(path.join(LINT, "draft-many-mistakes.txt")), "d.txt", { lang: "en" });
    expect(r.messages[0]!.message).toBe("the year is enclosed in “【】”; expected the hexagonal brackets “〔〕”");
  });

  it("json and github", async () => {
    const parsed = JSON.parse(json(await results()));
    expect(parsed[0]).toMatchObject({ filePath: "draft-many-mistakes.txt", format: "text" });
    expect(parsed[0].errorCount).toBeGreaterThan(5);
    expect(github(await results()).split("\n")[0]).toBe("::error file=draft-many-mistakes.txt,line=3,col=5,endColumn=11,title=doc-number::此处年份用“【】”括入，应为六角括号“〔〕”");
  });

  it("sarif validates against the SARIF 2.1.0 JSON schema", async () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    const Ajv = (AjvDraft04 as unknown as { default?: typeof AjvDraft04 }).default ?? AjvDraft04;
    const ajv = new (Ajv as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } })({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const log = JSON.parse(sarif(await results(), { lang: "zh" }));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 5, endColumn: 11 });
  });
});

describe("configuration and disable comments", () => {
  it("per-line comments switch rules off on the next line", async () => {
    const r = await lint(readFileSync(path.join(LINT, "disable-comments.md")), "d.md");
    expect(r.messages.map((m) => m.line)).toEqual([11]);
  });

  it(".kexierc.json turns rules off and re-levels them; a bad one is a usage error naming the file", async () => {
    const dir = tmp();
    const file = path.join(dir, "n.txt");
    copyFileSync(path.join(LINT, "crlf-ascii-punct.txt"), file);
    expect((await run(["lint", file])).code).toBe(1);
    writeFileSync(path.join(dir, ".kexierc.json"), JSON.stringify({ rules: { "doc-number": "warning", recipients: "off" } }));
    const r = await run(["lint", "--format", "json", file]);
    expect(r.code).toBe(0);
    const msgs = JSON.parse(r.stdout)[0].messages;
    expect(msgs.find((m: { ruleId: string }) => m.ruleId === "doc-number").severity).toBe("warning");
    expect(msgs.some((m: { ruleId: string }) => m.ruleId === "recipients")).toBe(false);
    writeFileSync(path.join(dir, ".kexierc.json"), JSON.stringify({ rules: { "no-such-rule": "off" } }));
    const bad = await run(["lint", file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/\.kexierc\.json: invalid configuration: rules\.no-such-rule: unknown rule/);
  });
});

describe("kexie lint CLI", () => {
  it("exit 1 with errors, 0 with warnings only, 3 for a missing file, 2 for a bad option", async () => {
    expect((await run(["lint", path.join(FIXTURES, "seed-zaozhuang-2019-inline-duties.txt")])).code).toBe(1);
    const warn = await run(["lint", path.join(FIXTURES, "seed-yangzhou-2019-work-points.txt")]);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain("warning  attachment");
    const missing = await run(["lint", "no/such/file.txt"]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe("kexie: no/such/file.txt: no such file — check the path [E_NOT_FOUND]\n");
    expect((await run(["lint", "--format", "xml", "a.txt"])).code).toBe(2);
  });

  it("--fix writes the file back and a second run finds nothing to fix", async () => {
    const dir = tmp();
    const file = path.join(dir, "n.txt");
    copyFileSync(path.join(LINT, "crlf-ascii-punct.txt"), file);
    const first = await run(["lint", "--fix", file]);
    expect(first.code).toBe(0);
    const once = readFileSync(file);
    expect(once.toString("utf8")).toContain("联系人：张三");
    await run(["lint", "--fix", file]);
    expect(readFileSync(file)).toEqual(once);
  });

  it("--format sarif -o writes a SARIF log", async () => {
    const dir = tmp();
    const out = path.join(dir, "r.sarif");
    const r = await run(["lint", "--format", "sarif", "-o", out, path.join(LINT, "draft-many-mistakes.txt")]);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(out, "utf8")).version).toBe("2.1.0");
  });
});
