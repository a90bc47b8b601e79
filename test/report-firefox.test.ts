// kexie report in Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core,
// which downloads no browser): the key checks of report-browser.test.ts again in the other
// engine the page promises to work in — it opens from file://, asks for nothing over the network
// (and its Content-Security-Policy stops a fetch the page did try), the totals equal tasks.csv, a
// department filter shows exactly that department's tasks, a notice's outline is built, and no
// console error. Skipped when no Firefox is installed, except under CI, which must have one.
import { copyFileSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "puppeteer-core";
import { FIXTURES } from "./helpers/load.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";
import type { Notice } from "../src/model/schema.js";
import { watchPage } from "./helpers/page-watch.js";

const CANDIDATES = [process.env.KEXIE_FIREFOX, "/usr/bin/firefox-esr", "/usr/bin/firefox"].filter(Boolean) as string[];
const FIREFOX = CANDIDATES.find((p) => existsSync(p));
const CI = !!process.env.CI && process.env.CI !== "false";

if (!FIREFOX && !CI) {
  // .ci/run installs firefox-esr; a developer machine without one is told why, loudly
  console.warn(`report-firefox tests SKIPPED: no Firefox binary found (looked at ${CANDIDATES.join(", ")}); apt-get install firefox-esr, or set KEXIE_FIREFOX`);
}

describe.runIf(CI && !FIREFOX)("Firefox under CI", () => {
  it("is installed (.ci/run installs firefox-esr)", () => {
    expect(FIREFOX, `no Firefox at ${CANDIDATES.join(", ")}`).toBeDefined();
  });
});

describe.skipIf(!FIREFOX)("kexie report in headless Firefox", () => {
  let out = "";
  let docs: Notice[] = [];
  let csvRows: Array<Record<string, string>> = [];
  let browser: Browser;
  // a local server: it counts what reaches it, so a request the page should not make is seen
  let server: Server;
  const hits: string[] = [];
  let origin = "";

  beforeAll(async () => {
    const src = tempDir("kexie-report-ff-src-");
    for (const f of readdirSync(FIXTURES).filter((n) => /^seed-.*\.txt$/.test(n))) copyFileSync(path.join(FIXTURES, f), path.join(src, f));
    out = tempDir("kexie-report-ff-out-");
    const b = await runCli(["batch", src, "-o", out, "-q", "-j", "2"]);
    expect(b.code, b.stderr).toBe(0);
    docs = readdirSync(out).filter((f) => f.endsWith(".json") && f !== "report.json").sort().map((f) => JSON.parse(readFileSync(path.join(out, f), "utf8")));
    csvRows = parseCsv(readFileSync(path.join(out, "tasks.csv"), "utf8"), { columns: true, bom: true });
    const r = await runCli(["report", out, "-o", path.join(out, "report.html"), "--today", "2019-07-15"]);
    expect(r.code, r.stderr).toBe(0);

    server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.setHeader("content-type", req.url === "/control.html" ? "text/html" : "text/plain");
      res.end(req.url === "/control.html" ? `<p>control</p><img src="/from-control.png">` : "x");
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const { default: puppeteer } = await import("puppeteer-core");
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      userDataDir: tempDir("kexie-firefox-profile-"),
      timeout: 110_000,
      defaultViewport: { width: 1280, height: 800 },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(null)));
  });

  async function open(url: string) {
    const page = await browser.newPage();
    const { errors, requests } = watchPage(page);
    await page.goto(url, { waitUntil: "load" });
    return { page, errors, requests };
  }
  const rowCount = (page: Page) => page.$$eval("#task-rows tr", (rs) => rs.length);
  const text = (page: Page, sel: string) => page.$eval(sel, (e) => e.textContent ?? "");

  it("sees requests: a control page's image reaches the local server and the request listener", async () => {
    const { page, requests } = await open(`${origin}/control.html`);
    expect(hits).toContain("/from-control.png");
    expect(requests).toContain(`${origin}/from-control.png`);
    await page.close();
  });

  it("opens from file:// with no console error and no request; totals equal tasks.csv; a filter shows exactly one department's tasks", async () => {
    // the control page of the test before may still fetch its favicon late: only other hits count
    const CONTROL = new Set(["/control.html", "/from-control.png", "/favicon.ico"]);
    const others = () => hits.filter((h) => !CONTROL.has(h)).length;
    const before = others();
    const url = pathToFileURL(path.join(out, "report.html")).href;
    const { page, errors, requests } = await open(url);
    expect(errors).toEqual([]);
    // data: needs no network: Firefox's own stylesheet (html.css) loads its bullet font, which
    // draws the <summary> disclosure triangles, as a data: URL; http, https, file, blob would count
    expect(requests.filter((u) => u !== url && !u.startsWith("data:"))).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByType("resource").length)).toBe(0);
    expect(others()).toBe(before);

    expect(csvRows.length).toBe(51);
    expect(Number(await text(page, "#total-tasks b"))).toBe(csvRows.length);
    expect(Number(await text(page, "#total-notices b"))).toBe(docs.length);
    expect(Number(await text(page, "#total-targets b"))).toBe(csvRows.filter((r) => r.targets).length);
    expect(await rowCount(page)).toBe(csvRows.length);

    const counts = new Map<string, number>();
    for (const d of docs) for (const t of d.tasks) for (const l of t.lead) counts.set(l, (counts.get(l) ?? 0) + 1);
    const [dept, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(n).toBeLessThan(csvRows.length);
    await page.select("#f-lead", dept);
    expect(await rowCount(page)).toBe(n);
    for (const lead of await page.$$eval("#task-rows tr td:nth-child(2)", (tds) => tds.map((td) => td.textContent ?? ""))) expect(lead.split("、")).toContain(dept);
    await page.click("#reset");
    expect(await rowCount(page)).toBe(csvRows.length);
    await page.click(`#chart-lead .bar[data-lead="${dept}"]`);
    expect(await rowCount(page)).toBe(n);

    // search and a notice's outline, built from the data when it is opened
    await page.click("#reset");
    await page.type("#q", "院士与企业对接");
    expect(await page.$$eval("#task-rows tr td:nth-child(1)", (tds) => tds.map((td) => td.textContent))).toContain("组织院士与企业对接活动不少于2次");
    const i = docs.findIndex((d) => d.parts.some((p) => p.sections.length > 3));
    await page.click(`#notice-${i} > summary`);
    await page.waitForSelector(`#notice-${i} ul.outline li`);
    const first = docs[i]!.parts.find((p) => p.sections.length > 3)!.sections[0]!;
    expect(await page.$$eval(`#notice-${i} ul.outline li`, (lis) => lis.map((li) => li.firstChild?.textContent))).toContain((first.marker ?? "") + first.heading);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the page's Content-Security-Policy stops a fetch made from it", async () => {
    const before = hits.length;
    const { page } = await open(pathToFileURL(path.join(out, "report.html")).href);
    const outcome = await page.evaluate((u) => fetch(u).then(() => "fetched", () => "blocked"), `${origin}/probe`);
    expect(outcome).toBe("blocked");
    expect(hits.slice(before)).toEqual([]);
    await page.close();
  });
});
