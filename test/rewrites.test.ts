// Code written for speed in place of a plain pattern must answer exactly as the pattern does:
// each rewrite is checked against its plain definition on generated text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { withoutStrayMarkEnd } from "../src/stages/closing.js";

// the characters that matter to each rewrite, and ordinary ones
const piece = fc.constantFrom("?", "？", "|", "。", " ", "\u3000", "\t", "\u00a0", "二○一○年", "12月2日", "日", "a", "𠀀", "，");
const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(""));

describe("withoutStrayMarkEnd", () => {
  it("equals the pattern it replaces, read from the end", () => {
    fc.assert(fc.property(text, (t) => withoutStrayMarkEnd(t) === t.replace(/\s*(?:[?？]+|\|+|。)$/, "")), { numRuns: 5000 });
  });

  it("takes a whole run of ? or |, one 。 and the spaces before it", () => {
    expect(withoutStrayMarkEnd("二○○八年八月二十六日 ??")).toBe("二○○八年八月二十六日");
    expect(withoutStrayMarkEnd("二○一○年十二月二日 ||")).toBe("二○一○年十二月二日");
    expect(withoutStrayMarkEnd("2020年6月3日。。")).toBe("2020年6月3日。");
    expect(withoutStrayMarkEnd("2020年6月3日?|")).toBe("2020年6月3日?");
    expect(withoutStrayMarkEnd("2020年6月3日")).toBe("2020年6月3日");
  });
});
