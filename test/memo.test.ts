// The lexicon's per-document answers (lexicon/memo.ts): asked once per line and document, forgotten
// between documents and folding modes, read-only — and a parse never depends on what came before.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { forgetAnswers, perDocument } from "../src/lexicon/memo.js";
import { withTraditional } from "../src/lexicon/traditional.js";
import { isOpeningChrome } from "../src/lexicon/chrome.js";
import { metadataPairs } from "../src/lexicon/metadata.js";
import { parseNotice } from "../src/parse.js";

describe("perDocument", () => {
  it("answers each distinct text once until the answers are forgotten", () => {
    let calls = 0;
    const ask = perDocument((s: string) => {
      calls++;
      return s.length;
    });
    expect([ask("一、总体要求"), ask("一、总体要求"), ask("附件"), ask("一、总体要求")]).toEqual([6, 6, 2, 6]);
    expect(calls).toBe(2);
    forgetAnswers();
    ask("一、总体要求");
    expect(calls).toBe(3);
  });

  it("keeps a null answer too", () => {
    let calls = 0;
    const ask = perDocument(() => {
      calls++;
      return null;
    });
    ask("x");
    ask("x");
    expect(calls).toBe(1);
  });

  it("a new folding mode forgets: 返回首頁 is chrome only where Traditional text is folded", () => {
    // asked first without folding, the answer may not be kept for a Traditional document
    expect(withTraditional(false, () => isOpeningChrome("返回首頁"))).toBe(false);
    expect(withTraditional(true, () => isOpeningChrome("返回首頁"))).toBe(true);
    expect(withTraditional(false, () => isOpeningChrome("返回首頁"))).toBe(false);
  });

  it("a shared answer is read-only, its inner arrays too", () => {
    const pairs = metadataPairs("发文字号：京政发〔2024〕1号 成文日期：2024年1月2日");
    expect(pairs).not.toBeNull();
    expect(() => {
      (pairs as Array<[string, string]>)[0]![1] = "changed";
    }).toThrow(TypeError);
    expect(() => (pairs as Array<[string, string]>).push(["a", "b"])).toThrow(TypeError);
  });
});

describe("a parse does not depend on the documents parsed before it", () => {
  const dir = join(__dirname, "..", "fixtures");
  const texts = readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => ({ n, b: readFileSync(join(dir, n)) }));
  // Traditional fixtures among them, so the folding mode changes between documents
  const traditional = texts.filter((t) => /trad/.test(t.n));

  it("parsing B after A gives what parsing B after C gives", async () => {
    expect(traditional.length).toBeGreaterThan(3);
    const pick = fc.constantFrom(...texts, ...traditional);
    await fc.assert(
      fc.asyncProperty(pick, pick, pick, async (a, c, b) => {
        await parseNotice(a.b, { path: a.n });
        const afterA = JSON.stringify(await parseNotice(b.b, { path: b.n }));
        await parseNotice(c.b, { path: c.n });
        const afterC = JSON.stringify(await parseNotice(b.b, { path: b.n }));
        expect(afterC).toBe(afterA);
      }),
      { numRuns: 60, seed: 1301 },
    );
  });
});
