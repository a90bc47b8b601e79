// kexie report without a browser: escaping, the embedded data, the counts the charts draw, and
// the command's input errors. test/report-browser.test.ts drives the page itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "../src/parse.js";
import { renderReport } from "../src/report/html.js";
import { buildData } from "../src/report/data.js";
import { escapeHtml, fileHref, jsonForScript } from "../src/report/escape.js";
import { FIXTURES } from "./helpers/load.js";
import { runCli } from "./helpers/cli.js";

const seed = () => parseText(readFileSync(path.join(FIXTURES, "seed-chuzhou-2017-task-table.txt"), "utf8"), { path: "seed.txt" });

describe("escape", () => {
  it("escapes markup, keeps JSON from closing its script block, and defuses URL-like paths", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe("&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;");
    expect(jsonForScript({ t: "</script><script>x()</script>" })).not.toContain("<");
    expect(JSON.parse(jsonForScript({ t: "</script>\u2028" }))).toEqual({ t: "</script>\u2028" });
    expect(fileHref("javascript:alert(1)")).toBe("./javascript:alert(1)");
    expect(fileHref("data:text/html,x")).toMatch(/^\.\/data:/);
    expect(fileHref("2019/通知.txt")).toBe(encodeURI("2019/通知.txt"));
    expect(fileHref("a#b?c.txt")).toBe("a%23b%3Fc.txt");
  });
});

describe("renderReport", () => {
  it("puts a hostile title and task in the page only as escaped text", () => {
    const doc = seed();
    const evil = `<script>alert(1)</script>"><img src=x onerror=alert(2)>javascript:alert(3)`;
    doc.header.title = evil;
    doc.tasks[0]!.task = evil;
    const html = renderReport([doc], { today: "2019-07-15" });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain(escapeHtml(evil));
    expect(html.match(/<script[\s>]/g)).toHaveLength(2);
  });

  it("counts tasks per lead and per month, overdue before --today's month", () => {
    const doc = seed();
    const d = buildData([doc], null, "2017-07-15");
    expect(d.totals.tasks).toBe(doc.tasks.length);
    expect(d.byLead.reduce((n, [, c]) => n + c, 0)).toBe(doc.tasks.reduce((n, t) => n + t.lead.length, 0));
    for (const [m, due, over] of d.byMonth) expect(m < "2017-07" ? due : over).toBe(0);
    expect(d.totals.withTargets).toBe(doc.tasks.filter((t) => t.targets?.length).length);
    expect(d.totals.withTargets).toBeGreaterThanOrEqual(4);
  });

  it("labels in Chinese by default and in English with lang en", () => {
    expect(renderReport([seed()], { today: "2019-01-01" })).toContain("<h1>任务总览</h1>");
    expect(renderReport([seed()], { today: "2019-01-01", lang: "en" })).toContain("<h1>Task overview</h1>");
  });
});

describe("kexie report (CLI)", () => {
  it("refuses a malformed --today and a missing input with one line each", async () => {
    const bad = await runCli(["report", FIXTURES, "--today", "15/07/2019"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    const missing = await runCli(["report", path.join(FIXTURES, "no-such-folder")]);
    expect(missing.stderr).toContain("no-such-folder");
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.code).not.toBe(0);
  });

  it("reads kexie JSON from standard input", async () => {
    const r = await runCli(["report", "-", "--today", "2019-07-15"], { input: JSON.stringify(seed()) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/id="total-tasks"><b>10</);
  });
});

describe("kexie batch --report", () => {
  it("writes OUT/report.html with the batch's failed files and their messages", async () => {
    const { copyFileSync, writeFileSync, readFileSync: read } = await import("node:fs");
    const { tempDir } = await import("./helpers/tmp.js");
    const src = tempDir("kexie-report-batch-src-");
    copyFileSync(path.join(FIXTURES, "seed-chuzhou-2017-task-table.txt"), path.join(src, "seed.txt"));
    writeFileSync(path.join(src, "empty.txt"), "");
    const out = tempDir("kexie-report-batch-out-");
    const r = await runCli(["batch", src, "-o", out, "-q", "-j", "1", "--report"]);
    expect(r.code).toBe(1); // one file failed
    const html = read(path.join(out, "report.html"), "utf8");
    expect(html).toMatch(/id="total-failed"><b>1</);
    expect(html).toMatch(/<ul class="problems"><li><a href="empty.txt">empty.txt<\/a> — failed: E_/);
    expect(html).toMatch(/id="total-tasks"><b>10</);
  });
});
