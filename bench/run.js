// Throughput and start-up benchmark (npm run bench). The machine is shared and noisy, so no
// figure stands alone: every one is ≥ 5 timed runs after a warm-up (min / median / max), taken
// in the same loop as its floor — the least any parser must do with the same bytes — and
// reported as a ratio to that floor. Nothing in the test suite asserts a time.
//
// The corpus is generated from the seed notices (the same text in every format, so formats
// compare): UTF-8 text, GBK text, UTF-16LE text, an HTML page, Markdown and a .docx. It is
// small (a few MB per run) so the whole bench finishes in a few minutes; KEXIE_BENCH_COPIES
// scales it up.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import iconv from "iconv-lite";
import { unzipSync } from "fflate";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { parseNotice, renderReport } from "../dist/index.js";

const RUNS = Math.max(5, Number(process.env.KEXIE_BENCH_RUNS ?? 5));
// the 10,000-notice batch takes about a minute a run on a shared 2-core machine: 3 runs by default
const BATCH_RUNS = Math.max(1, Number(process.env.KEXIE_BENCH_BATCH_RUNS ?? 3));
// which parts to run (default all): throughput,startup,lint,report,batch
const SECTIONS = new Set((process.env.KEXIE_BENCH_ONLY ?? "throughput,startup,lint,report,batch").split(","));
const on = (section) => SECTIONS.has(section);
const FLOOR_REPEAT = 10;
// seconds of parsing between the cold and the warm figure of each format (KEXIE_BENCH_WARM)
const WARM_SECONDS = Math.max(0, Number(process.env.KEXIE_BENCH_WARM ?? 3));
const COPIES = Math.max(1, Number(process.env.KEXIE_BENCH_COPIES ?? 4));
const fixtures = new URL("../fixtures/", import.meta.url);
// KEXIE_BENCH_BIN: time another build's command line (an older checkout) in the start-up and batch rows
const bin = process.env.KEXIE_BENCH_BIN ?? new URL("../bin/kexie.js", import.meta.url).pathname;
const root = mkdtempSync(path.join(os.tmpdir(), "kexie-bench-"));
process.on("exit", () => rmSync(root, { recursive: true, force: true }));

// ---- corpus: each seed in every format, COPIES times with a varied line so no two are equal
const seeds = readdirSync(fixtures)
  .filter((n) => /^seed-.*\.txt$/.test(n))
  .map((n) => ({ name: n.replace(/\.txt$/, ""), text: readFileSync(new URL(n, fixtures), "utf8").replace(/^\uFEFF/, "") }));
const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const FORMATS = {
  text: { ext: "txt", encoding: "utf-8", make: (t) => Buffer.from(t, "utf8") },
  gbk: { ext: "txt", encoding: "gbk", make: (t) => iconv.encode(t, "gbk") },
  "utf-16": { ext: "txt", encoding: "utf-16le", make: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, "utf-16le")]) },
  html: {
    ext: "html",
    encoding: "utf-8",
    make: (t) => Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>通知</title></head><body><div class="article">\n${t.split("\n").map((l) => `<p>${escapeHtml(l)}</p>`).join("\n")}\n</div></body></html>\n`),
  },
  markdown: { ext: "md", encoding: "utf-8", make: (t) => Buffer.from(t.split("\n").join("\n\n"), "utf8") },
  docx: {
    ext: "docx",
    encoding: "utf-8",
    make: async (t) => Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: t.split("\n").map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }))),
  },
};
const corpus = {};
for (const [fmt, spec] of Object.entries(FORMATS)) {
  const dir = path.join(root, fmt);
  mkdirSync(dir, { recursive: true });
  corpus[fmt] = [];
  for (let c = 0; c < COPIES; c++) {
    for (const s of seeds) {
      // a line that differs per copy (hashes differ) and that no stage treats as structure
      const text = s.text.replace(/\n/, `\n（第${c + 1}份）\n`);
      const file = path.join(dir, `${s.name}-${c}.${spec.ext}`);
      writeFileSync(file, await spec.make(text));
      corpus[fmt].push({ file, encoding: spec.encoding, fmt });
    }
  }
}
const bytesOf = (group) => group.reduce((n, f) => n + readFileSync(f.file).length, 0);

// ---- the floor: read + decode + split + one anchored regex per line (docx: + unzip)
const LINE = /^[一二三四五六七八九十]+、/;
function floorOne(f) {
  let bytes = readFileSync(f.file);
  if (f.fmt === "docx") bytes = unzipSync(bytes, { filter: (e) => e.name === "word/document.xml" })["word/document.xml"];
  const text = new TextDecoder(f.encoding).decode(bytes);
  let hits = 0;
  for (const line of text.split(/\r?\n|<\/w:p>/)) if (LINE.test(line)) hits++;
  return hits;
}
const kexieOne = async (f) => parseNotice(readFileSync(f.file), { path: f.file });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const round = (x, d = 2) => Number(x.toFixed(d));
// MB/s figures: min/median/max of throughput (min throughput = slowest run)
const rate = (bytes, secs) => {
  const t = stats(secs);
  return { min: round(bytes / t.max / 1e6), median: round(bytes / t.median / 1e6), max: round(bytes / t.min / 1e6) };
};

/** Interleaved kexie and floor passes over the same files, timed; `runs` of each. */
async function passes(group, runs) {
  const k = [], fl = [];
  for (let r = 0; r < runs; r++) {
    // the floor pass is ~100× shorter than kexie's: repeated so a scheduler hiccup does not
    // swing it tenfold, and divided back to one pass
    let t0 = performance.now();
    for (let k = 0; k < FLOOR_REPEAT; k++) for (const f of group) floorOne(f);
    fl.push((performance.now() - t0) / 1000 / FLOOR_REPEAT);
    t0 = performance.now();
    for (const f of group) await kexieOne(f);
    k.push((performance.now() - t0) / 1000);
  }
  return { k, fl };
}

/**
 * Two figures per group, each beside its floor in the same loop. "cold": the first passes after a
 * single warm-up pass, as a short run sees them (most functions not yet optimised by V8). "warm":
 * after WARM_SECONDS more of parsing, when V8 has optimised the hot code — what a batch of
 * thousands of files runs at, and the figure the targets are read against.
 */
async function measure(group) {
  const bytes = bytesOf(group);
  for (const f of group) { floorOne(f); await kexieOne(f); } // warm-up
  const cold = await passes(group, RUNS);
  const until = performance.now() + WARM_SECONDS * 1000;
  while (performance.now() < until) for (const f of group) await kexieOne(f);
  const warm = await passes(group, RUNS);
  return {
    files: group.length, bytes,
    kexie: rate(bytes, cold.k), floor: rate(bytes, cold.fl), secondsMedian: stats(cold.k).median,
    warm: { kexie: rate(bytes, warm.k), floor: rate(bytes, warm.fl), secondsMedian: stats(warm.k).median },
  };
}

const TARGETS = { text: 50, gbk: 50 / 1.3, "utf-16": 50 / 1.3, html: 30, markdown: 10, docx: 20 };
const results = { date: new Date().toISOString(), node: process.version, cpus: os.availableParallelism(), runs: RUNS, batchRuns: BATCH_RUNS, copies: COPIES, throughput: {}, startup: {}, checks: [], lint: null, report: {}, batch: {} };
const fmtRate = (r) => `${r.median.toFixed(2)} MB/s [${r.min.toFixed(2)}–${r.max.toFixed(2)}]`;
console.log(`corpus: ${seeds.length} seeds × ${COPIES} copies per format; ${RUNS} runs after a warm-up pass (cold), and ${RUNS} more after ${WARM_SECONDS} s of parsing (warm); medians [min–max]`);
if (on("throughput")) {
for (const fmt of Object.keys(FORMATS)) {
  const m = await measure(corpus[fmt]);
  m.ratio = round(m.floor.median / m.kexie.median, 1);
  m.warm.ratio = round(m.warm.floor.median / m.warm.kexie.median, 1);
  m.target = TARGETS[fmt];
  results.throughput[fmt] = m;
  console.log(`  ${fmt.padEnd(9)} cold kexie ${fmtRate(m.kexie).padEnd(30)} floor ${fmtRate(m.floor).padEnd(32)} ${String(m.ratio).padStart(6)}× floor`);
  console.log(`  ${"".padEnd(9)} warm kexie ${fmtRate(m.warm.kexie).padEnd(30)} floor ${fmtRate(m.warm.floor).padEnd(32)} ${String(m.warm.ratio).padStart(6)}× floor; target ≥ ${m.target.toFixed(1)} MB/s`);
}
{
  const mix = Object.keys(FORMATS).flatMap((fmt) => corpus[fmt]);
  const m = await measure(mix);
  m.ratio = round(m.floor.median / m.kexie.median, 1);
  m.warm.ratio = round(m.warm.floor.median / m.warm.kexie.median, 1);
  // the mix's expected rate from its parts: total bytes over the sum of the parts' times
  const parts = Object.values(results.throughput);
  m.expectedFromParts = round(parts.reduce((n, p) => n + p.bytes, 0) / parts.reduce((n, p) => n + p.secondsMedian, 0) / 1e6);
  results.throughput.mix = m;
  console.log(`  ${"mix".padEnd(9)} cold kexie ${fmtRate(m.kexie).padEnd(30)} floor ${fmtRate(m.floor).padEnd(32)} ${String(m.ratio).padStart(6)}× floor; from the parts: ${m.expectedFromParts.toFixed(2)} MB/s`);
  console.log(`  ${"".padEnd(9)} warm kexie ${fmtRate(m.warm.kexie).padEnd(30)} floor ${fmtRate(m.warm.floor).padEnd(32)} ${String(m.warm.ratio).padStart(6)}× floor`);
  // sanity: a mix cannot be faster than every one of its parts (10 % for noise)
  const fastest = Math.max(...parts.map((p) => p.kexie.median));
  const ok = m.kexie.median <= fastest * 1.1;
  results.checks.push({ check: "mix is not faster than its fastest part", ok, mix: m.kexie.median, fastestPart: fastest });
  console.log(`  check: mix ${m.kexie.median} MB/s ≤ fastest part ${fastest} MB/s … ${ok ? "ok" : "FAILED (the measurement is not trustworthy)"}`);
  const fastestWarm = Math.max(...parts.map((p) => p.warm.kexie.median));
  const okWarm = m.warm.kexie.median <= fastestWarm * 1.1;
  results.checks.push({ check: "warm mix is not faster than its fastest warm part", ok: okWarm, mix: m.warm.kexie.median, fastestPart: fastestWarm });
  console.log(`  check: warm mix ${m.warm.kexie.median} MB/s ≤ fastest warm part ${fastestWarm} MB/s … ${okWarm ? "ok" : "FAILED (the measurement is not trustworthy)"}`);
}
{
  const md = results.throughput.markdown.kexie.median, txt = results.throughput.text.kexie.median;
  const mdWarm = results.throughput.markdown.warm.kexie.median, txtWarm = results.throughput.text.warm.kexie.median;
  results.checks.push({ check: "Markdown within 2× of the same text as .txt", ok: txt / md <= 2 && txtWarm / mdWarm <= 2, ratio: round(txt / md, 1), warmRatio: round(txtWarm / mdWarm, 1) });
  console.log(`  Markdown is ${round(txt / md, 1)}× (cold) / ${round(txtWarm / mdWarm, 1)}× (warm) as slow as the same text as .txt (target ≤ 2×)`);
}

}

// ---- start-up: whole processes, node -e "" in the same loop
if (on("startup")) {
const small = { txt: corpus.text[0].file, html: corpus.html[0].file, md: corpus.markdown[0].file, docx: corpus.docx[0].file };
const commands = {
  'node -e ""': ["-e", ""],
  "kexie --help": [bin, "--help"],
  "kexie parse small.txt": [bin, "parse", small.txt],
  "kexie parse small.html": [bin, "parse", small.html],
  "kexie parse small.md": [bin, "parse", small.md],
  "kexie parse small.docx": [bin, "parse", small.docx],
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let r = 0; r <= RUNS; r++) {
  for (const [k, args] of Object.entries(commands)) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (p.status !== 0) throw new Error(`${k} exited with ${p.status}`);
    if (r > 0) times[k].push(performance.now() - t0); // run 0 warms the file cache
  }
}
const nodeMedian = stats(times['node -e ""']).median;
console.log(`start-up, whole processes (ms, median [min–max]; ratio to node -e "" in the same loop):`);
for (const [k, xs] of Object.entries(times)) {
  const s = stats(xs);
  const target = k === 'node -e ""' ? null : /--help|\.txt/.test(k) ? 1.3 : 2;
  results.startup[k] = { min: round(s.min, 0), median: round(s.median, 0), max: round(s.max, 0), ratio: round(s.median / nodeMedian), target };
  console.log(`  ${k.padEnd(24)} ${s.median.toFixed(0).padStart(5)} [${s.min.toFixed(0)}–${s.max.toFixed(0)}]  ${(s.median / nodeMedian).toFixed(2)}×${target ? `  target ≤ ${target}×` : ""}`);
}

}

// ---- kexie lint beside kexie parse on the same UTF-8 text, in the same loop: lint parses, then runs every rule
if (on("lint")) {
  const { lintBytes } = await import("../dist/lint/index.js");
  const group = corpus.text;
  const bytes = bytesOf(group);
  for (const f of group) await lintBytes(readFileSync(f.file), { path: f.file });
  const l = [], p = [];
  for (let r = 0; r < RUNS; r++) {
    let t0 = performance.now();
    for (const f of group) await kexieOne(f);
    p.push((performance.now() - t0) / 1000);
    t0 = performance.now();
    for (const f of group) await lintBytes(readFileSync(f.file), { path: f.file });
    l.push((performance.now() - t0) / 1000);
  }
  results.lint = { lint: rate(bytes, l), parse: rate(bytes, p) };
  console.log(`lint, UTF-8 text: ${fmtRate(results.lint.lint)} beside parse ${fmtRate(results.lint.parse)} in the same loop`);
}

if (on("report")) {
console.log("report:");
// ---- kexie report: generation time and page size for 1,000 and 10,000 notices (the seeds repeated),
// and first paint in headless Chromium when one is installed — figures, never a test's pass mark
{
  const parsed = [];
  for (const s of seeds) parsed.push(await parseNotice(s.text, { path: `${s.name}.txt` }));
  const archive = (n) => Array.from({ length: n }, (_, i) => ({ ...parsed[i % parsed.length], source: { ...parsed[i % parsed.length].source, path: `archive/${i}.txt` } }));
  const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  for (const n of [1000, 10000]) {
    const docs = archive(n);
    const tasks = docs.reduce((s, d) => s + d.tasks.length, 0);
    const xs = [];
    let html = "";
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      html = renderReport(docs, { today: "2019-07-15" });
      xs.push(performance.now() - t0);
    }
    let paint = "no chromium found";
    if (chromium) {
      const dir = mkdtempSync(path.join(root, "report-"));
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
    const t = stats(xs);
    results.report[n] = { tasks, ms: { min: round(t.min, 0), median: round(t.median, 0), max: round(t.max, 0) }, pageMB: round(Buffer.byteLength(html) / 1e6), paint };
    console.log(`  ${n} notices, ${tasks} tasks: generated in ${t.median.toFixed(0)} ms [${t.min.toFixed(0)}–${t.max.toFixed(0)}], page ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB (bar ≤ 2 MB for 1,000), ${paint}`);
  }
}

}

// ---- kexie batch: 1,000 and 10,000 notices (bench/corpus.js: mixed formats and encodings, ~15 KB
// each), --jobs 1 and 2, whole processes, each run into a fresh output folder, in the same loop as
// the floor (bench/batch-floor.js: walk + read + decode + one regex per line + a JSON per file, in
// one process). Peak RSS is the process's own (workers are threads of it), from report.json.
if (on("batch")) {
  const { makeArchive } = await import("./corpus.js");
  console.log(`batch, whole processes (median [min–max]; ${RUNS} runs at 1,000 files, ${BATCH_RUNS} at 10,000 — KEXIE_BENCH_BATCH_RUNS):`);
  const floorScript = new URL("batch-floor.js", import.meta.url).pathname;
  for (const n of [1000, 10000]) {
    const src = path.join(root, `archive-${n}`);
    const bytes = await makeArchive(src, n);
    const out = path.join(root, `batch-out-${n}`);
    const runs = n >= 10000 ? BATCH_RUNS : RUNS;
    const rows = { floor: [], "--jobs 1": [], "--jobs 2": [] };
    const once = (row) => {
      rmSync(out, { recursive: true, force: true });
      const t0 = performance.now();
      const p = row === "floor"
        ? spawnSync(process.execPath, [floorScript, src, out], { encoding: "utf8" })
        : spawnSync(process.execPath, [bin, "batch", src, "-o", out, "--quiet", "--jobs", row.slice(-1)], { encoding: "utf8" });
      const wall = (performance.now() - t0) / 1000;
      if (p.status !== 0) throw new Error(`batch ${row} exited with ${p.status}: ${p.stderr}`);
      const rss = row === "floor" ? JSON.parse(p.stdout).peakRssMB : JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")).totals.peakRssMB;
      return { wall, rss };
    };
    // a warm-up of each at 1,000 files (the file cache, the first start of the bundle)
    if (n === 1000) for (const row of Object.keys(rows)) once(row);
    for (let r = 0; r < runs; r++) for (const row of Object.keys(rows)) rows[row].push(once(row));
    rmSync(out, { recursive: true, force: true });
    const floorWall = stats(rows.floor.map((x) => x.wall)).median;
    results.batch[n] = { files: n, mb: round(bytes / 1e6, 1), runs };
    for (const [row, xs] of Object.entries(rows)) {
      const w = stats(xs.map((x) => x.wall)), m = stats(xs.map((x) => x.rss));
      results.batch[n][row] = {
        seconds: { min: round(w.min), median: round(w.median), max: round(w.max) },
        filesPerSecond: round(n / w.median, 0),
        peakRssMB: m,
        ratio: round(w.median / floorWall, 1),
      };
      const target = n === 10000 && row === "--jobs 2" ? "  target ≤ 15 s, ≤ 250 MB" : "";
      console.log(`  ${String(n).padStart(5)} files (${(bytes / 1e6).toFixed(0)} MB) ${row.padEnd(9)} ${w.median.toFixed(1).padStart(6)} s [${w.min.toFixed(1)}–${w.max.toFixed(1)}]  ${String(round(n / w.median, 0)).padStart(5)} files/s  peak RSS ${m.median} MB [${m.min}–${m.max}]  ${row === "floor" ? "" : `${round(w.median / floorWall, 1)}× floor`}${target}`);
    }
    // --jobs 2 against --jobs 1, run by run (the same load on both)
    const speedup = stats(rows["--jobs 1"].map((x, i) => x.wall / rows["--jobs 2"][i].wall)).median;
    results.batch[n].jobs2Speedup = round(speedup);
    console.log(`  ${String(n).padStart(5)} files: --jobs 2 is ${round(speedup)}× as fast as --jobs 1 (run by run, median)`);
    rmSync(src, { recursive: true, force: true });
  }
  for (const row of ["--jobs 1", "--jobs 2", "floor"]) {
    const growth = results.batch[10000][row].peakRssMB.median / results.batch[1000][row].peakRssMB.median - 1;
    results.batch[`rssGrowth ${row}`] = round(growth * 100, 0);
  }
  const g = results.batch["rssGrowth --jobs 2"];
  results.checks.push({ check: "batch peak RSS within 10 % from 1,000 to 10,000 files (--jobs 2)", ok: Math.abs(g) <= 10, growthPercent: g });
  console.log(`  peak RSS from 1,000 to 10,000 files: --jobs 1 ${results.batch["rssGrowth --jobs 1"]} %, --jobs 2 ${g} %, floor ${results.batch["rssGrowth floor"]} % (target within 10 %)`);
}

// KEXIE_BENCH_OUT: write elsewhere (a partial run, or another build's figures)
const resultsFile = process.env.KEXIE_BENCH_OUT ?? new URL("results.json", import.meta.url).pathname;
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
console.log(`written to ${path.relative(process.cwd(), resultsFile)}`);
