// Linear time (issue 12): the inputs that were quadratic or worse — runs of brackets, deep
// Markdown and HTML, notices repeated to megabytes — take at most ~4× as long at 4× the size.
// Only ratios are asserted, never absolute times; each size is timed as the best of a few runs.
import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { runInCandidates } from "../src/lexicon/markers.js";
import { parseNotice } from "../src/parse.js";
import { PATHOLOGICAL } from "../scripts/make-hostile.mjs";
import { FIXTURES } from "./helpers/load.js";

const MAX_RATIO = 6;

// a collection before each timed run, so garbage left by earlier runs (or other tests) is not
// charged to the next one (vitest.config.ts passes --expose-gc; set here too for other runners)
if (typeof globalThis.gc !== "function") v8.setFlagsFromString("--expose-gc");
const gc = (globalThis.gc ?? vm.runInNewContext("gc")) as () => void;

async function timed(run: () => unknown): Promise<number> {
  gc();
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/**
 * Time at n and at 4n, each the best of five runs taken in turn (so a burst of load from tests
 * running in parallel hits both sizes alike), after a warm-up; returns large / small. n is first
 * doubled until one run takes 30 ms, so the clock's grain and fixed costs do not decide. A ratio
 * over the bound is measured again (up to six times in all): load on a shared machine can
 * spoil one measurement, while a quadratic algorithm gives ~16× every time.
 */
async function ratio(run: (n: number) => unknown, start: number, maxN = start * 16): Promise<number> {
  let n = start;
  await run(n); // warm up the JIT on the same code paths
  while (n < maxN && (await timed(() => run(n))) < 30) n *= 2;
  let best = Infinity;
  for (let attempt = 0; attempt < 6 && best >= MAX_RATIO; attempt++) {
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

  it("a notice repeated to a megabyte", async () => {
    const notice = readFileSync(path.join(FIXTURES, "seed-yangzhou-2019-work-points.txt"), "utf8");
    const repeated = (kb: number) => notice.repeat(Math.ceil((kb * 1024) / Buffer.byteLength(notice)));
    const texts = new Map<number, string>();
    const text = (kb: number) => texts.get(kb) ?? (texts.set(kb, repeated(kb)), texts.get(kb)!);
    expect(await ratio((kb) => outcome(text(kb), "txt"), 256, 256)).toBeLessThan(MAX_RATIO);
  }, 120_000);
});
