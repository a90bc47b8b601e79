// kexie report in a real headless Chromium (Debian's chromium, driven by playwright-core): the
// page loads from file:// with no console error and no network request, its totals equal
// tasks.csv, the department filter and the search find exactly the right rows, hostile document
// text stays text, and a 1280×800 screenshot lands in test-output/ for review.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { FIXTURES } from "./helpers/load.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";
import type { Notice } from "../src/model/schema.js";
import { watchPage } from "./helpers/page-watch.js";

const CANDIDATES = [process.env.KEXIE_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean) as string[];
const CHROMIUM = CANDIDATES.find((p) => existsSync(p));
const OUTPUT = path.resolve(FIXTURES, "../test-output");
const HOSTILE = `<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=2">javascript:alert(1)`;

if (!CHROMIUM) {
  // CI installs Debian's chromium (.ci/run); a developer machine without one is told why, loudly
  console.warn(`report-browser tests SKIPPED: no chromium binary found (looked at ${CANDIDATES.join(", ")}); apt-get install chromium, or set KEXIE_CHROMIUM`);
}

describe.skipIf(!CHROMIUM)("kexie report in headless Chromium", () => {
  let out = "";
  let docs: Notice[] = [];
  let csvRows: Array<Record<string, string>> = [];
  let context: BrowserContext;
  const pages: Array<{ page: Page; errors: string[]; requests: string[] }> = [];

  beforeAll(async () => {
    const src = tempDir("kexie-report-src-");
    for (const f of readdirSync(FIXTURES).filter((n) => /^seed-.*\.txt$/.test(n))) copyFileSync(path.join(FIXTURES, f), path.join(src, f));
    out = tempDir("kexie-report-out-");
    const b = await runCli(["batch", src, "-o", out, "-q", "-j", "2"]);
    expect(b.code, b.stderr).toBe(0);
    docs = readdirSync(out).filter((f) => f.endsWith(".json") && f !== "report.json").sort().map((f) => JSON.parse(readFileSync(path.join(out, f), "utf8")));
    csvRows = parseCsv(readFileSync(path.join(out, "tasks.csv"), "utf8"), { columns: true, bom: true });
    const r = await runCli(["report", out, "-o", path.join(out, "report.html"), "--today", "2019-07-15"]);
    expect(r.code, r.stderr).toBe(0);
    // the hostile notice: a real notice whose title, task and source path are attacks
    const hostile = structuredClone(docs[0]!);
    hostile.header.title = HOSTILE;
    hostile.tasks[0]!.task = HOSTILE;
    hostile.source.path = "javascript:alert(1)";
    hostile.parts[0]!.sections[0]!.heading = HOSTILE; // the outline is built in the page from the data
    writeFileSync(path.join(out, "hostile.kexie"), JSON.stringify(hostile));
    const r2 = await runCli(["report", path.join(out, "hostile.kexie"), "-o", path.join(out, "hostile.html"), "--lang", "en"]);
    expect(r2.code, r2.stderr).toBe(0);

    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(tempDir("kexie-chromium-profile-"), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  async function open(file: string) {
    const page = await context.newPage();
    const { errors, requests } = watchPage(page);
    await page.goto(pathToFileURL(path.join(out, file)).href, { waitUntil: "load" });
    const entry = { page, errors, requests };
    pages.push(entry);
    return entry;
  }

  const rowCount = (page: Page) => page.locator("#task-rows tr").count();

  it("loads from file:// with no console error and no request but the page itself; totals equal tasks.csv", async () => {
    const { page, errors, requests } = await open("report.html");
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(path.join(out, "report.html")).href]);
    expect(csvRows.length).toBe(51); // the seeds' 51 tasks
    expect(Number(await page.locator("#total-tasks b").textContent())).toBe(csvRows.length);
    expect(Number(await page.locator("#total-notices b").textContent())).toBe(docs.length);
    expect(await rowCount(page)).toBe(csvRows.length);
    expect(Number(await page.locator("#total-targets b").textContent())).toBe(csvRows.filter((r) => r.targets).length);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, "report-1280x800.png") });
    expect(existsSync(path.join(OUTPUT, "report-1280x800.png"))).toBe(true);
  });

  it("filtering by one department shows exactly its tasks, also by clicking its bar", async () => {
    const { page } = await open("report.html");
    const counts = new Map<string, number>();
    for (const d of docs) for (const t of d.tasks) for (const l of t.lead) counts.set(l, (counts.get(l) ?? 0) + 1);
    const [dept, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThan(csvRows.length);
    await page.selectOption("#f-lead", dept);
    expect(await rowCount(page)).toBe(n);
    for (const lead of await page.locator("#task-rows tr td:nth-child(2)").allTextContents()) expect(lead.split("、")).toContain(dept);
    await page.click("#reset");
    expect(await rowCount(page)).toBe(csvRows.length);
    await page.locator(`#chart-lead .bar[data-lead="${dept}"]`).click();
    expect(await rowCount(page)).toBe(n);
  });

  it("search finds the task holding a Chinese phrase, and only tasks holding it", async () => {
    const { page } = await open("report.html");
    await page.fill("#q", "院士与企业对接");
    const tasks = await page.locator("#task-rows tr td:nth-child(1)").allTextContents();
    expect(tasks).toContain("组织院士与企业对接活动不少于2次");
    expect(tasks.length).toBe(csvRows.filter((r) => Object.values(r).some((v) => v.includes("院士与企业对接"))).length);
  });

  it("a hostile title and task render as text and run nothing; --lang en labels the page", async () => {
    const { page, errors, requests } = await open("hostile.html");
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(await page.evaluate("window.__pwned || 0")).toBe(0);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("#task-rows tr").first().locator("td").first().textContent()).toBe(HOSTILE);
    expect(await page.locator("details.notice summary").first().textContent()).toContain(HOSTILE);
    await page.locator("details.notice summary").first().click();
    await page.locator("details.notice details summary").first().click();
    expect(await page.locator("details.notice ul.outline li").allTextContents()).toContainEqual(expect.stringContaining(HOSTILE));
    expect(await page.locator("details.notice dd a").first().getAttribute("href")).toBe("./javascript:alert(1)");
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate("window.__pwned || 0")).toBe(0);
    const href = await page.locator("#task-rows a").first().getAttribute("href");
    expect(href).not.toMatch(/^javascript:/i);
    expect(await page.locator("h1").textContent()).toBe("Task overview");
    const html = readFileSync(path.join(out, "hostile.html"), "utf8");
    expect(html).not.toContain("<img");
    expect(html.match(/<script/g)).toHaveLength(2); // the data block and the page's own script
  });

  it("opening a notice builds its header fields and its nested outline from the data; printing builds them all", async () => {
    const { page, errors } = await open("report.html");
    const i = docs.findIndex((d) => d.parts.some((p) => p.sections.some((s) => s.children.length)));
    const doc = docs[i]!;
    const notice = page.locator(`#notice-${i}`);
    expect(await notice.locator("li").count()).toBe(0); // nothing built until opened
    await notice.locator("summary").first().click();
    await notice.locator("details summary").click();
    const outline = [...doc.sections.map((s) => ({ marker: s.marker ?? "", heading: s.heading, children: s.children })), ...doc.parts.flatMap((p) => (p.title ? [{ marker: p.label ?? "", heading: p.title, children: p.sections }] : p.sections.map((s) => ({ marker: s.marker ?? "", heading: s.heading, children: s.children }))))];
    const count = (ss: Array<{ children: Array<{ children: unknown[] }> }>): number => ss.reduce((n, s) => n + 1 + count(s.children as never), 0);
    expect(await notice.locator("li").count()).toBe(count(outline as never));
    // the top level holds exactly the notice's top-level items, each child nested in its parent
    const top = await notice.locator("details > ul.outline > li").evaluateAll((lis) => lis.map((li) => li.firstChild!.textContent));
    expect(top).toEqual(outline.map((o) => o.marker + o.heading));
    const first = outline.find((o) => o.children.length)!;
    const kids = await notice.locator("details > ul.outline > li").nth(outline.indexOf(first)).locator(":scope > ul > li").evaluateAll((lis) => lis.map((li) => li.firstChild!.textContent));
    expect(kids).toEqual((first.children as Array<{ marker?: string; heading: string }>).map((c) => (c.marker ?? "") + c.heading));
    expect(await notice.locator("dd").allTextContents()).toContain(doc.source.path);
    // before printing, every notice gets its outline
    await page.evaluate("window.dispatchEvent(new Event('beforeprint'))");
    expect(await page.locator("details.notice[data-filled]").count()).toBe(docs.length);
    expect(errors).toEqual([]);
  });

  it("sorts by a column and exports the filtered rows as CSV", async () => {
    const { page } = await open("report.html");
    await page.locator("#tasks th").nth(4).click(); // deadline, ascending
    const asc = await page.locator("#task-rows tr td:nth-child(5)").allTextContents();
    expect(asc).toEqual([...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(asc).size).toBeGreaterThan(2);
    await page.fill("#q", "院士与企业对接");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
    const csv = parseCsv(readFileSync((await download.path())!, "utf8"), { bom: true }) as string[][];
    expect(csv.length - 1).toBe(await rowCount(page));
    expect(csv.slice(1).map((r) => r[0])).toEqual(await page.locator("#task-rows tr td:nth-child(1)").allTextContents());
  });
});
