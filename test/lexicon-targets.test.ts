// Quantitative targets (量化指标): what the pattern reads, what it must leave alone, and two
// properties — every target's text is where its span says, and Chinese numerals round-trip.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTargets, readNumber } from "../src/lexicon/targets.js";
import { chineseAmount, toChineseAmount } from "../src/lexicon/numerals.js";

const one = (s: string) => findTargets(s).map(({ text, min, max, unit, comparator }) => ({ text, min, max, unit, comparator }));

describe("findTargets", () => {
  it("reads counts, ranges and comparators as written", () => {
    expect(one("组织100名专家开展创新助力活动")).toEqual([{ text: "100名", min: 100, max: 100, unit: "名", comparator: null }]);
    expect(one("组织院士与企业对接活动不少于2次")).toEqual([{ text: "不少于2次", min: 2, max: 2, unit: "次", comparator: "≥" }]);
    expect(one("新建1-2个社区科普馆")).toEqual([{ text: "1-2个", min: 1, max: 2, unit: "个", comparator: null }]);
    expect(one("新建1—2个社区科普馆")[0]).toMatchObject({ min: 1, max: 2, unit: "个" });
    expect(one("新建一至两个社区科普馆")).toEqual([{ text: "一至两个", min: 1, max: 2, unit: "个", comparator: null }]);
    expect(one("力争今年92户230人脱贫")).toEqual([
      { text: "92户", min: 92, max: 92, unit: "户", comparator: "≈" },
      { text: "230人", min: 230, max: 230, unit: "人", comparator: "≈" },
    ]);
    expect(one("科普经费增长8%以上")).toEqual([{ text: "8%以上", min: 8, max: 8, unit: "%", comparator: "≥" }]);
    expect(one("覆盖率达到95％")).toEqual([{ text: "达到95％", min: 95, max: 95, unit: "%", comparator: "≥" }]);
    expect(one("培训3000人次")).toEqual([{ text: "3000人次", min: 3000, max: 3000, unit: "人次", comparator: null }]);
    expect(one("培训三千人次")[0]).toMatchObject({ min: 3000, unit: "人次" });
    expect(one("完成投资5亿元")).toEqual([{ text: "5亿元", min: 500000000, max: 500000000, unit: "元", comparator: null }]);
    expect(one("安排资金3-5万元")[0]).toMatchObject({ min: 30000, max: 50000, unit: "元" });
    expect(one("受益群众1.5万人")[0]).toMatchObject({ min: 15000, unit: "人" });
    expect(one("将误差控制在5%以内")).toEqual([{ text: "控制在5%以内", min: 5, max: 5, unit: "%", comparator: "≤" }]);
    expect(one("开展海智对接活动1次")).toEqual([{ text: "1次", min: 1, max: 1, unit: "次", comparator: null }]);
  });

  it("leaves years, dates, 发文字号, list numbers, ordinals and idioms alone", () => {
    for (const s of [
      "2017年，滁州市科协将突出抓好重点工作", "5月底前完成", "滁科协〔2017〕5号", "1. 加强组织领导", "（一）总体要求",
      "第2次全体会议", "党的十九届四中全会", "市十三届人大九次会议", "零部件", "打造一批科普基地", "一次性补助", "1个月内完成", "2018—2020年", "十三五期间", "电话：0550-3021234",
    ]) {
      expect(findTargets(s), s).toEqual([]);
    }
  });

  it("every target's text is the substring its span points at, and min ≤ max", () => {
    const piece = fc.constantFrom("组织", "100名", "不少于", "2次", "1-2个", "力争", "92户", "，", "2019年", "5月", "以上", "万元", "三千", "人次", "第", "%", "一至两个", "〔2017〕5号");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((a) => a.join("")), (text) => {
        for (const t of findTargets(text)) {
          expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
          expect(text.includes(t.text)).toBe(true);
          expect(t.min).toBeLessThanOrEqual(t.max);
        }
      }),
    );
  });
});

describe("Chinese numerals", () => {
  it("reads 千/万/亿 amounts", () => {
    expect(chineseAmount("三千")).toBe(3000);
    expect(chineseAmount("两万五千")).toBe(25000);
    expect(chineseAmount("一亿二千万")).toBe(120000000);
    expect(chineseAmount("一百零五")).toBe(105);
    expect(chineseAmount("十二")).toBe(12);
    expect(toChineseAmount(3000)).toBe("三千");
    expect(toChineseAmount(105)).toBe("一百零五");
    expect(toChineseAmount(12)).toBe("十二");
    expect(readNumber("3,000")).toBe(3000);
  });

  it("round-trip: n → Chinese numeral → n, and n → Arabic → n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(chineseAmount(toChineseAmount(n))).toBe(n);
        expect(readNumber(String(n))).toBe(n);
        expect(findTargets(`培训${toChineseAmount(n)}人次`).map((t) => t.min)).toEqual(n <= 1 ? [] : [n]); // a lone 一 or 零 is an idiom, not a target
      }),
    );
  });
});

describe("targets in a parsed notice", () => {
  it("seed chuzhou's ①–⑩ list holds 100名, 不少于2次, 1次, 1-2个, 92户 230人 in the nodes that state them", async () => {
    const { readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { parseText } = await import("../src/parse.js");
    const { FIXTURES } = await import("./helpers/load.js");
    const doc = parseText(readFileSync(path.join(FIXTURES, "seed-chuzhou-2017-task-table.txt"), "utf8"));
    const list = doc.parts[0]!.sections.filter((s) => /^[①-⑩]$/.test(s.marker ?? ""));
    expect(list).toHaveLength(10);
    const of = (m: string) => (list.find((s) => s.marker === m)!.targets ?? []).map((t) => [t.min, t.max, t.unit, t.comparator]);
    expect(of("②")).toEqual([[100, 100, "名", null]]);
    expect(of("③")).toEqual([[2, 2, "次", "≥"]]);
    expect(of("④")).toEqual([[1, 1, "次", null]]);
    expect(of("⑥")).toEqual([[1, 2, "个", null]]);
    expect(of("⑦")).toEqual([[92, 92, "户", "≈"], [230, 230, "人", "≈"]]);
    expect(list.find((s) => s.marker === "①")!.targets).toBeUndefined();
    // every target's text is a substring of its task, in every task of the notice
    for (const t of doc.tasks) for (const x of t.targets ?? []) expect(t.task.slice(x.span[0], x.span[1])).toBe(x.text);
  });
});

describe("targets in every fixture's expected JSON", () => {
  it("each target's text is the substring its span names, in its task or its section", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const path = await import("node:path");
    const { FIXTURES } = await import("./helpers/load.js");
    const { sectionTargetText } = await import("../src/stages/targets.js");
    type S = { heading: string; text: string; targets?: Array<{ text: string; span: [number, number] }>; children: S[] };
    let seen = 0;
    const walk = (ss: S[]) => ss.forEach((s) => {
      for (const x of s.targets ?? []) expect(sectionTargetText(s).slice(x.span[0], x.span[1])).toBe(x.text), seen++;
      walk(s.children);
    });
    for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith(".expected.json"))) {
      const doc = JSON.parse(readFileSync(path.join(FIXTURES, f), "utf8"));
      walk(doc.sections);
      for (const p of doc.parts) walk(p.sections);
      for (const t of doc.tasks) for (const x of t.targets ?? []) expect(t.task.slice(x.span[0], x.span[1]), f).toBe(x.text), seen++;
    }
    expect(seen).toBeGreaterThan(100);
  });
});
