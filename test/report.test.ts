// kexie report without a browser: escaping, the embedded data, the counts the charts draw, and
// the command's input errors. test/report-browser.test.ts drives the page itself.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "../src/parse.js";
import { renderReport } from "../src/report/html.js";
import { buildData } from "../src/report/data.js";
import { pack, type Packed } from "../src/report/pack.js";
import type { Notice, Section } from "../src/model/schema.js";
import { escapeHtml, fileHref, jsonForScript } from "../src/report/escape.js";
import { FIXTURES } from "./helpers/load.js";
import { runCli } from "./helpers/cli.js";

const seedFiles = readdirSync(FIXTURES).filter((n) => /^seed-.*\.txt$/.test(n)).sort();
const seeds = () => seedFiles.map((f) => parseText(readFileSync(path.join(FIXTURES, f), "utf8"), { path: f }));
/** an archive of n notices, the seeds repeated with their own paths, as bench/run.js builds it */
const archive = (docs: Notice[], n: number): Notice[] =>
  Array.from({ length: n }, (_, i) => ({ ...docs[i % docs.length]!, source: { ...docs[i % docs.length]!.source, path: `archive/${i}.txt` } }));
const payloadOf = (html: string): Packed & { labels: unknown } =>
  JSON.parse(html.match(/<script type="application\/json" id="kexie-data">([^<]*)<\/script>/)![1]!);

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

describe("page size and the packed data", () => {
  it("a page for 1,000 notices (the seeds repeated) is at most 2 MB", () => {
    const docs = archive(seeds(), 1000);
    const tasks = docs.reduce((n, d) => n + d.tasks.length, 0);
    expect(tasks).toBeGreaterThan(10_000);
    const html = renderReport(docs, { today: "2019-07-15" });
    expect(html).toMatch(new RegExp(`id="total-tasks"><b>${tasks}<`));
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(2_000_000);
  });

  it("text that differs in every notice is in the page once: the page is its bytes plus a little per task and outline item", () => {
    // the seeds repeated can share strings across copies; here every copy's text is its own
    const docs = archive(seeds(), 300).map((d, i) => {
      const c = structuredClone(d);
      const tag = `（${i}）`;
      c.header.title = `${c.header.title ?? ""}${tag}`;
      for (const t of c.tasks) t.task += tag;
      const walk = (ss: Section[]) => ss.forEach((x) => { x.heading += tag; walk(x.children); });
      walk(c.sections);
      for (const p of c.parts) { if (p.title) p.title += tag; walk(p.sections); }
      return c;
    });
    const html = renderReport(docs, { today: "2019-07-15" });
    const p = payloadOf(html);
    const text = Buffer.byteLength(JSON.stringify(p.s));
    for (const d of docs.slice(0, 5)) expect(p.s).toContain(d.tasks[0]?.task ?? d.header.title);
    const items = p.notices.outline.reduce((n, o) => n + o.length / 3, 0);
    const tasks = p.rows.task.length;
    expect(items).toBeGreaterThan(5000);
    // outline HTML shipped beside the data, or row objects with their keys, would add far more
    expect(Buffer.byteLength(html) - text).toBeLessThanOrEqual(40 * (tasks + items));
  });

  it("the packed columns give back every row buildData made, each string stored once", () => {
    const docs = archive(seeds(), 12);
    const data = buildData(docs, null, "2019-07-15");
    const p = payloadOf(renderReport(docs, { today: "2019-07-15" }));
    expect(new Set(p.s).size).toBe(p.s.length);
    expect(p.notices.k.reduce((a, b) => a + b, 0)).toBe(data.rows.length);
    // the page's own unpacking, redone here: rows follow their notice, k[i] of them
    const S = (j: number) => p.s[j]!;
    const rows = [];
    for (let n = 0, i = 0; n < p.notices.k.length; n++)
      for (let c = 0; c < p.notices.k[n]!; c++, i++)
        rows.push({ task: S(p.rows.task[i]!), lead: p.rows.lead[i]!.map(S), support: p.rows.support[i]!.map(S), leader: S(p.rows.leader[i]!), deadline: S(p.rows.deadline[i]!), month: S(p.rows.month[i]!), targets: S(p.rows.targets[i]!), n, line: p.rows.line[i]! });
    expect(rows).toEqual(data.rows);
    expect(p.notices.title.map(S)).toEqual(data.notices.map((n) => n.title));
    expect(p.notices.path.map(S)).toEqual(data.notices.map((n) => n.path));
    // outlines: [depth, marker, heading] triples, depth-first, as the notice's outline
    data.notices.forEach((n, i) => {
      const flat: Array<[number, string, string]> = [];
      const walk = (items: typeof n.outline, depth: number): void => items.forEach((it) => { flat.push([depth, it.marker, it.heading]); walk(it.children, depth + 1); });
      walk(n.outline, 0);
      const got = p.notices.outline[i]!;
      expect(got.length).toBe(flat.length * 3);
      expect(flat.map((_, j) => [got[3 * j], S(got[3 * j + 1]!), S(got[3 * j + 2]!)])).toEqual(flat);
    });
    expect(Math.max(...p.notices.outline.map((o) => o.length / 3))).toBeGreaterThan(20); // deep outlines were compared
  });

  it("an outline heading and a task's text reach the page once, not once per place they are shown", () => {
    const doc = seed();
    const heading = doc.parts.flatMap((p) => p.sections).find((s) => s.children.length)!.heading;
    doc.tasks[0]!.task = `${heading}`; // a task whose text is also a heading
    const html = renderReport([doc, { ...doc, source: { ...doc.source, path: "copy.txt" } }], { today: "2019-07-15" });
    expect(html.split(heading).length - 1).toBe(1);
  });

  it("a source path that is not a plain link gets its own safe href; a plain one is not stored twice", () => {
    const doc = seed();
    const p = payloadOf(renderReport([doc, { ...doc, source: { ...doc.source, path: "javascript:alert(1)" } }, { ...doc, source: { ...doc.source, path: "2019/通知 #1.txt" } }], { today: "2019-07-15" }));
    const hrefs = p.notices.href.map((j, i) => p.s[j || p.notices.path[i]!]);
    expect(hrefs).toEqual([fileHref(doc.source.path!), "./javascript:alert(1)", fileHref("2019/通知 #1.txt")]);
    expect(p.notices.href[0]).toBe(0);
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
