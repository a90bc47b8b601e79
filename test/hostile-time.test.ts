// Linear time (issue 12): the inputs that were quadratic or worse — runs of brackets, deep
// Markdown and HTML, notices repeated to megabytes, lines full of targets — take at most ~4× as
// long at 4× the size. Only ratios are asserted, never absolute times. Each size is timed in
// CPU time of this process (other developers' jobs on a shared machine do not count), as the
// best of a few runs; a self-check shows a quadratic function fails the same measure.
import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { withoutPinyin } from "../src/lexicon/traditional.js";
import { findNotes } from "../src/lexicon/notes.js";
import { describe, expect, it } from "vitest";
import { runInCandidates } from "../src/lexicon/markers.js";
import { findTargets } from "../src/lexicon/targets.js";
import { plainMarkdownBlocks } from "../src/adapters/markdown-plain.js";
import { textToBlocks } from "../src/adapters/text.js";
import { parseXml } from "../src/adapters/ooxml.js";
import { parseNotice } from "../src/parse.js";
import { PATHOLOGICAL } from "../scripts/make-hostile.mjs";
import { FIXTURES } from "./helpers/load.js";

const MAX_RATIO = 6;

// a collection before each timed run, so garbage left by earlier runs (or other tests) is not
// charged to the next one (vitest.config.ts passes --expose-gc; set here too for other runners)
if (typeof globalThis.gc !== "function") v8.setFlagsFromString("--expose-gc");
const gc = (globalThis.gc ?? vm.runInNewContext("gc")) as () => void;

/** CPU milliseconds (user + system) of this process: time spent waiting for a core is not counted. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function timed(run: () => unknown): Promise<number> {
  gc();
  const t0 = cpuMs();
  await run();
  return cpuMs() - t0;
}

/**
 * Time at n and at 4n, each the best of five runs taken in turn (so a burst of load from tests
 * running in parallel hits both sizes alike), after a warm-up; returns large / small. n is first
 * doubled until one run takes 30 ms, so the clock's grain and fixed costs do not decide. A ratio
 * over the bound is measured again (up to six times in all, within `budgetMs` of wall time):
 * load on a shared machine can spoil one measurement, while a quadratic algorithm gives ~16×
 * every time.
 */
async function ratio(run: (n: number) => unknown, start: number, maxN = start * 16, budgetMs = 40_000): Promise<number> {
  const began = performance.now();
  let n = start;
  await run(n); // warm up the JIT on the same code paths
  while (n < maxN && (await timed(() => run(n))) < 30) n *= 2;
  let best = Infinity;
  for (let attempt = 0; attempt < 6 && best >= MAX_RATIO && (attempt === 0 || performance.now() - began < budgetMs); attempt++) {
    let small = Infinity;
    let large = Infinity;
    for (let k = 0; k < 5; k++) {
      small = Math.min(small, await timed(() => run(n)));
      large = Math.min(large, await timed(() => run(4 * n)));
    }
    best = Math.min(best, large / Math.max(small, 1));
  }
  return best;
}

async function outcome(text: string, ext: string): Promise<string> {
  try {
    await parseNotice(Buffer.from(text), { path: `x.${ext}` });
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? "thrown";
  }
}

describe("the measure", () => {
  it("fails a quadratic function (so a pass means something)", async () => {
    let sink = 0;
    const quadratic = (n: number) => {
      for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) sink = (sink + i * j) | 0;
    };
    expect(await ratio(quadratic, 500, 500 * 64, 0)).toBeGreaterThan(MAX_RATIO);
    expect(sink).not.toBeNaN();
  }, 120_000);
});

describe("linear time on pathological input", () => {
  it("runInCandidates walks a run of closing brackets once", async () => {
    const inputs = new Map<number, string>();
    const input = (n: number) => inputs.get(n) ?? (inputs.set(n, `。${"）".repeat(n)}一是好`), inputs.get(n)!);
    const r = await ratio((n) => runInCandidates(input(n)), 20_000);
    expect(r).toBeLessThan(MAX_RATIO);
    // the skip over closers still finds the item after them
    expect(runInCandidates("工作。）”一是好").map((c) => c.index)).toEqual([5]);
  });

  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(name, async () => {
      const n = 10_000;
      const { text, ext } = make(n);
      const result = await outcome(text, ext);
      // deep markup is refused before any tree is built; the rest parses
      expect(result).toBe(/Markdown|HTML/.test(name) ? "E_TOO_DEEP" : "ok");
      const inputs = new Map<number, { text: string; ext: string }>();
      // inputs are made outside the timing
      const input = (k: number) => inputs.get(k) ?? (inputs.set(k, make(k)), inputs.get(k)!);
      expect(await ratio((k) => { const x = input(k); return outcome(x.text, x.ext); }, n, 8 * n)).toBeLessThan(MAX_RATIO);
    }, 60_000);
  }

  // the targets patterns (src/lexicon/targets.ts): long runs of digits and of Chinese numerals
  // before a unit, comparator words repeated, and a line of many targets (each one's clause was
  // found by slicing the whole text before it: quadratic)
  const TARGET_INPUTS: Record<string, (n: number) => string> = {
    "a long run of digits": (n) => `${"1".repeat(n)}个`,
    "a long run of Chinese numerals": (n) => `${"一二三四五六七八九十".repeat(Math.ceil(n / 10))}个`,
    "不少于 repeated": (n) => `${"不少于".repeat(n)}1个`,
    "digits, numerals and comparators mixed": (n) => "不少于1一二,3".repeat(Math.ceil(n / 8)),
    "a line of many targets": (n) => "1个".repeat(Math.ceil(n / 2)),
    "many targets after a goal word": (n) => `力争${"1个".repeat(Math.ceil(n / 2))}`,
  };
  for (const [name, make] of Object.entries(TARGET_INPUTS)) {
    it(`targets: ${name}`, async () => {
      const inputs = new Map<number, string>();
      const input = (n: number) => inputs.get(n) ?? (inputs.set(n, make(n)), inputs.get(n)!);
      expect(await ratio((n) => findTargets(input(n)), 20_000)).toBeLessThan(MAX_RATIO);
    }, 120_000);
  }

  // responsibility notes glued to their items on one long line (src/lexicon/notes.ts): each
  // glued label read the whole rest of the line
  it("notes: a long line of items each with a glued 责任单位", async () => {
    const inputs = new Map<number, string>();
    const input = (n: number) => inputs.get(n) ?? (inputs.set(n, "推进工作增长7%以上责任单位：县发改局".repeat(Math.ceil(n / 19))), inputs.get(n)!);
    expect(await ratio((n) => findNotes(input(n)), 20_000)).toBeLessThan(MAX_RATIO);
  }, 120_000);

  // a labelled note glossed with pinyin (責(zé)任單位:) is sought through the masked glosses: a long
  // line of sentences each with a glossed label, and of glossed words before colons
  it("notes: a long line of sentences with glossed labels", async () => {
    const inputs = new Map<number, string>();
    const input = (n: number) => inputs.get(n) ?? (inputs.set(n, "推進(jìn)工作。責(zé)任單位:縣發(fā)改局;".repeat(Math.ceil(n / 30))), inputs.get(n)!);
    expect(await ratio((n) => findNotes(input(n)), 20_000)).toBeLessThan(MAX_RATIO);
  }, 120_000);

  // pinyin glosses (src/lexicon/traditional.ts): a character followed by a long run of glosses,
  // and runs of glosses with no character before them, or an unclosed one
  const GLOSS_INPUTS: Record<string, (n: number) => string> = {
    "pinyin: a run of glosses after one character": (n) => `局${"(ju)".repeat(Math.ceil(n / 4))}`,
    "pinyin: glosses with no character before them": (n) => "1(ju)".repeat(Math.ceil(n / 5)),
    "pinyin: glosses that never close": (n) => `局${"(juju".repeat(Math.ceil(n / 5))}`,
  };
  for (const [name, make] of Object.entries(GLOSS_INPUTS)) {
    it(name, async () => {
      const inputs = new Map<number, string>();
      const input = (n: number) => inputs.get(n) ?? (inputs.set(n, make(n)), inputs.get(n)!);
      expect(await ratio((n) => withoutPinyin(input(n)), 20_000)).toBeLessThan(MAX_RATIO);
    }, 120_000);
  }

  // the plain Markdown reader (src/adapters/markdown-plain.ts) and the namespace check of
  // src/adapters/ooxml.ts: a heading of spaces, space runs inside and at the end of a line, ** runs
  // that pair and that do not, items, indented lines, a root element of many declarations
  const READER_INPUTS: Record<string, (n: number) => string> = {
    "plain Markdown: # and a run of spaces, then #": (n) => `# ${" ".repeat(n)}#`,
    "plain Markdown: a run of spaces inside a line": (n) => `甲${" ".repeat(n)}乙`,
    "plain Markdown: a run of spaces ending a line": (n) => `甲${" ".repeat(n)}\n乙`,
    "plain Markdown: ** runs that pair": (n) => "**甲**乙".repeat(Math.ceil(n / 6)),
    "plain Markdown: ** runs that do not pair": (n) => "甲。**乙".repeat(Math.ceil(n / 5)),
    "plain Markdown: ordered items": (n) => "1. 甲\n".repeat(Math.ceil(n / 5)),
    "plain Markdown: indented lines": (n) => "\t甲\n".repeat(Math.ceil(n / 3)),
    // (each line was tried as the first row of a one-cell-per-line table, rescanning the rest)
    "text: tab-indented lines with no blank line": (n) => "\t甲\n".repeat(Math.ceil(n / 3)),
    // (each paragraph's attempt read every row after it, where one row decides)
    "text: tab-indented paragraphs between blank lines": (n) => "\t甲\n\t乙\n\n".repeat(Math.ceil(n / 7)),
    "plain Markdown: tab-indented paragraphs between blank lines": (n) => "\t甲\n\n".repeat(Math.ceil(n / 4)),
    // (each 序号 line was tried as a flattened table's first cell, its cells read to the end)
    "text: many lone 序号 lines that open no table": (n) => "序号\n\n任务\n\n".repeat(Math.ceil(n / 8)),
    "plain Markdown: many lone 序号 paragraphs that open no table": (n) => "序号\n\n任务\n\n".repeat(Math.ceil(n / 8)),
    "XML: a text of many \"xmlns:\"": (n) => `<w:t xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${"xmlns:".repeat(Math.ceil(n / 6))}</w:t>`,
    "XML: a root of many namespace declarations": (n) => `<w:document ${'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '.repeat(Math.ceil(n / 70))}/>`,
  };
  for (const [name, make] of Object.entries(READER_INPUTS)) {
    it(name, async () => {
      const inputs = new Map<number, string>();
      const input = (n: number) => inputs.get(n) ?? (inputs.set(n, make(n)), inputs.get(n)!);
      const run = name.startsWith("XML")
        ? (n: number) => parseXml(input(n))
        : name.startsWith("text")
          ? (n: number) => textToBlocks(input(n))
          : (n: number) => plainMarkdownBlocks(input(n));
      expect(await ratio(run, 20_000)).toBeLessThan(MAX_RATIO);
    }, 120_000);
  }

  it("targets: a section of many targets, through the whole parser", async () => {
    const texts = new Map<number, string>();
    const text = (n: number) => texts.get(n) ?? (texts.set(n, `关于印发工作要点的通知\n\n一、目标任务\n力争${"新增企业不少于1个，".repeat(n)}\n`), texts.get(n)!);
    // the targets are read, and as many as written
    const doc = await parseNotice(Buffer.from(text(100)), { path: "x.txt" });
    expect(doc.sections[0]!.targets!.length).toBe(100);
    expect(await ratio((n) => outcome(text(n), "txt"), 2_000)).toBeLessThan(MAX_RATIO);
  }, 120_000);

  // (each 一、二年级… paragraph looked ahead for the list's next 一、-style marker through the rest of the notice)
  it("outline: many paragraphs opening 一、二年级…, through the whole parser", async () => {
    const texts = new Map<number, string>();
    const text = (n: number) => texts.get(n) ?? (texts.set(n, `关于开展活动的通知\n\n各学校:\n\n${"一、二年级学生参加活动。\n\n".repeat(n)}`), texts.get(n)!);
    // (numerals listed, no item: nothing follows as 二、)
    const doc = await parseNotice(Buffer.from(text(50)), { path: "x.txt" });
    expect(doc.sections).toEqual([]);
    // (from 8,000 paragraphs, where a rescan from each would outweigh the rest of the parse)
    expect(await ratio((n) => outcome(text(n), "txt"), 8_000, 8_000)).toBeLessThan(MAX_RATIO);
  }, 120_000);

  it("a notice repeated to a megabyte", async () => {
    const notice = readFileSync(path.join(FIXTURES, "seed-yangzhou-2019-work-points.txt"), "utf8");
    const repeated = (kb: number) => notice.repeat(Math.ceil((kb * 1024) / Buffer.byteLength(notice)));
    const texts = new Map<number, string>();
    const text = (kb: number) => texts.get(kb) ?? (texts.set(kb, repeated(kb)), texts.get(kb)!);
    expect(await ratio((kb) => outcome(text(kb), "txt"), 256, 256)).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
