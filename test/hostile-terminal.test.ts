// Terminal safety (issue 12): control characters from documents and file names never reach the
// terminal raw — warnings, errors, batch failures and summaries show them escaped (\x1b); the
// JSON output keeps the text as it is (JSON escapes it).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { escapeTerminal, escapeTerminalLines } from "../src/model/terminal.js";
import { ESC_SEQUENCES, escapeMetadataPage } from "../scripts/make-hostile.mjs";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

/** Any control character but the line feed ending each line. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const SHOWN = "\\x1b[2J\\x1b[31m\\x1b]0;pwned\\x07\\x9b1m";
const ESC_NAME = "\u001b[2J\u001b]0;owned\u0007名单\u202e.txt";

describe("escapeTerminal", () => {
  it("shows C0, C1, DEL and bidi controls escaped and leaves text alone", () => {
    expect(escapeTerminal(ESC_SEQUENCES)).toBe(SHOWN);
    expect(escapeTerminal("a\nb\rc\td\u007fe\u0085f\u202eg\u2028")).toBe("a\\nb\\rc\\td\\x7fe\\x85f\\u202eg\\u2028");
    expect(escapeTerminal("关于印发《工作要点》的通知（2019）—— ①②")).toBe("关于印发《工作要点》的通知（2019）—— ①②");
    expect(escapeTerminalLines("a\u001b\nb\n")).toBe("a\\x1b\nb\n");
  });
});

describe("the CLI never prints raw control characters", () => {
  it("a warning quoting page metadata shows the escapes; the JSON keeps the text", async () => {
    const dir = tempDir("kexie-term-");
    const page = path.join(dir, "page.html");
    writeFileSync(page, escapeMetadataPage());
    const r = await runCli(["parse", page]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`(2019年5月4日${SHOWN})`);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    // the JSON is unaffected: JSON.stringify shows C0 as \u001b (C1 stays as it is: it is data)
    expect(r.stdout.trimEnd()).not.toMatch(/[\u0000-\u001f]/);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { message: string }) => d.message).join("")).toContain(ESC_SEQUENCES);
  }, 30_000);

  it("an error naming a file shows the escapes in its name (E_NOT_FOUND, E_EMPTY)", async () => {
    const dir = tempDir("kexie-term-");
    const missing = await runCli(["parse", path.join(dir, ESC_NAME)]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain("\\x1b[2J\\x1b]0;owned\\x07名单\\u202e.txt: no such file");
    expect(missing.stderr).not.toMatch(RAW_CONTROL);
    writeFileSync(path.join(dir, ESC_NAME), "");
    const empty = await runCli(["parse", path.join(dir, ESC_NAME)]);
    expect(empty.code).toBe(4);
    expect(empty.stderr).toMatch(/\\x1b\[2J.*\[E_EMPTY\]\n$/);
    expect(empty.stderr).not.toMatch(RAW_CONTROL);
  }, 30_000);

  it("an unknown option with escapes is shown escaped by the usage error", async () => {
    const r = await runCli(["parse", "--\u001b[2Jx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--\\x1b[2Jx");
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it("batch: failure lines, the summary and the progress lines show names escaped", async () => {
    const src = tempDir("kexie-term-src-");
    mkdirSync(path.join(src, "\u001b[31mred"));
    writeFileSync(path.join(src, "\u001b[31mred", ESC_NAME), ""); // empty: fails with its name
    writeFileSync(path.join(src, "ok.html"), escapeMetadataPage());
    const out = path.join(tempDir("kexie-term-out-"), "out\u001b[2J");
    const r = await runCli(["batch", src, "-o", out, "--jobs", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("kexie: \\x1b[31mred/\\x1b[2J\\x1b]0;owned\\x07名单\\u202e.txt: file is empty");
    expect(r.stderr).toContain("out\\x1b[2J/report.json");
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  }, 30_000);

  it("validate's text report shows names and messages escaped", async () => {
    const dir = tempDir("kexie-term-");
    const file = path.join(dir, `${ESC_NAME}.json`);
    writeFileSync(file, JSON.stringify({ schemaVersion: "\u001b[2J" }));
    const r = await runCli(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("\\x1b[2J\\x1b]0;owned");
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
  });
});
