// Throughput and start-up benchmark (npm run bench). Times here are noisy, so every number is
// the median of several runs; nothing in the test suite asserts a time.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseNotice } from "../dist/index.js";

const RUNS = Number(process.env.KEXIE_BENCH_RUNS ?? 7);
const dir = new URL("../fixtures/", import.meta.url);
const files = readdirSync(dir)
  .filter((n) => /\.(txt|md|html|docx)$/.test(n) && n !== "README.md")
  .map((n) => ({ name: n, bytes: readFileSync(new URL(n, dir)) }));
const totalBytes = files.reduce((s, f) => s + f.bytes.length, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// warm up the JIT, then time whole passes over the fixture corpus
for (const f of files) await parseNotice(f.bytes, { path: f.name });
const REPEAT = 20;
const passes = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  for (let k = 0; k < REPEAT; k++) for (const f of files) await parseNotice(f.bytes, { path: f.name });
  passes.push((performance.now() - t0) / 1000);
}
const sec = median(passes);
console.log(`corpus: ${files.length} fixtures, ${(totalBytes / 1024).toFixed(1)} KiB; ${RUNS} runs × ${REPEAT} passes`);
console.log(`parse throughput, all formats: ${((totalBytes * REPEAT) / sec / 1e6).toFixed(2)} MB/s, ${((files.length * REPEAT) / sec).toFixed(0)} files/s (median)`);
// kexie lint beside kexie parse, same corpus, same run: lint parses too, then runs every rule
{
  const { lintBytes } = await import("../dist/lint/index.js");
  for (const f of files) await lintBytes(f.bytes, { path: f.name });
  const xs = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (let k = 0; k < REPEAT; k++) for (const f of files) await lintBytes(f.bytes, { path: f.name });
    xs.push((performance.now() - t0) / 1000);
  }
  const s = median(xs);
  console.log(`lint throughput, all formats: ${((totalBytes * REPEAT) / s / 1e6).toFixed(2)} MB/s, ${((files.length * REPEAT) / s).toFixed(0)} files/s (median; parse above: ${((files.length * REPEAT) / sec).toFixed(0)} files/s)`);
}
// per format: plain text is the common case and must stay fastest
const formatOf = (n) => (n.endsWith(".md") ? "markdown" : n.endsWith(".html") ? "html" : n.endsWith(".docx") ? "docx" : "text");
for (const fmt of ["text", "markdown", "html", "docx"]) {
  const group = files.filter((f) => formatOf(f.name) === fmt);
  if (!group.length) continue;
  const bytes = group.reduce((s, f) => s + f.bytes.length, 0);
  const xs = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (let k = 0; k < REPEAT; k++) for (const f of group) await parseNotice(f.bytes, { path: f.name });
    xs.push((performance.now() - t0) / 1000);
  }
  const s = median(xs);
  console.log(`  ${fmt.padEnd(8)} ${group.length} files: ${((bytes * REPEAT) / s / 1e6).toFixed(2)} MB/s, ${((group.length * REPEAT) / s).toFixed(0)} files/s`);
}

const bin = new URL("../bin/kexie.js", import.meta.url).pathname;
const time = (args) => {
  const xs = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    execFileSync("node", [bin, ...args], { stdio: "ignore" });
    xs.push(performance.now() - t0);
  }
  return median(xs).toFixed(0);
};
const seed = new URL("seed-lianyungang-2018-speech-report.txt", dir).pathname;
const nodeOnly = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  execFileSync("node", ["-e", ""], { stdio: "ignore" });
  nodeOnly.push(performance.now() - t0);
}
console.log(`start-up (median ms): node alone ${median(nodeOnly).toFixed(0)}, kexie --help ${time(["--help"])}, kexie parse (40 KB text) ${time(["parse", seed])}`);

// batch: files/s and peak memory on an archive of N and 4N files (memory must stay flat)
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
const notices = readdirSync(dir).filter((n) => /\.(txt|md|html|docx)$/.test(n) && n !== "README.md");
const batchOnce = (copies) => {
  const root = mkdtempSync(path.join(os.tmpdir(), "kexie-bench-"));
  for (let k = 0; k < copies; k++) {
    const d = path.join(root, "src", `c${k}`);
    mkdirSync(d, { recursive: true });
    for (const n of notices) cpSync(new URL(n, dir), path.join(d, n));
  }
  execFileSync("node", [bin, "batch", path.join(root, "src"), "-o", path.join(root, "out"), "--quiet"], { stdio: "ignore" });
  const report = JSON.parse(readFileSync(path.join(root, "out", "report.json"), "utf8"));
  rmSync(root, { recursive: true, force: true });
  return report.totals;
};
for (const copies of [10, 40]) {
  const runs = Array.from({ length: Math.min(RUNS, 3) }, () => batchOnce(copies));
  const files = runs[0].files;
  console.log(
    `batch (${os.availableParallelism()} workers): ${files} files, ${median(runs.map((r) => r.files / r.seconds)).toFixed(0)} files/s, ` +
      `${median(runs.map((r) => r.bytes / r.seconds / 1e6)).toFixed(2)} MB/s, peak RSS ${median(runs.map((r) => r.peakRssMB))} MB (medians)`,
  );
}

// kexie report: generation time and page size for 1,000 and 10,000 notices (the seeds repeated),
// and first paint in headless Chromium when one is installed — figures, never a test's pass mark
{
  const { renderReport } = await import("../dist/index.js");
  const seeds = files.filter((f) => f.name.startsWith("seed-") && f.name.endsWith(".txt"));
  const parsed = [];
  for (const f of seeds) parsed.push(await parseNotice(f.bytes, { path: f.name }));
  const archive = (n) => Array.from({ length: n }, (_, i) => ({ ...parsed[i % parsed.length], source: { ...parsed[i % parsed.length].source, path: `archive/${i}.txt` } }));
  const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  for (const n of [1000, 10000]) {
    const docs = archive(n);
    const tasks = docs.reduce((s, d) => s + d.tasks.length, 0);
    const xs = [];
    let html = "";
    for (let r = 0; r < Math.min(RUNS, 3); r++) {
      const t0 = performance.now();
      html = renderReport(docs, { today: "2019-07-15" });
      xs.push(performance.now() - t0);
    }
    let paint = "no chromium found";
    if (chromium) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "kexie-bench-report-"));
      writeFileSync(path.join(dir, "report.html"), html);
      const { chromium: pw } = await import("playwright-core");
      const ctx = await pw.launchPersistentContext(path.join(dir, "profile"), {
        executablePath: chromium, headless: true, viewport: { width: 1280, height: 800 },
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      });
      const page = await ctx.newPage();
      try {
        await page.goto(pathToFileURL(path.join(dir, "report.html")).href, { waitUntil: "load", timeout: 180_000 });
        const fcp = await page.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime");
        paint = `first contentful paint ${Math.round(fcp)} ms`;
      } catch (e) {
        paint = `page did not load: ${String(e.message ?? e).split("\n")[0]}`;
      }
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`report: ${n} notices, ${tasks} tasks: generated in ${median(xs).toFixed(0)} ms (median), page ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB, ${paint}`);
  }
}
