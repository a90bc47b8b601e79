// Invariants over generated inputs (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "../src/parse.js";
import { NoticeSchema } from "../src/model/schema.js";
import { chineseToInt, chineseYear } from "../src/lexicon/numerals.js";
import { findDate } from "../src/lexicon/dates.js";
import { splitBalanced, splitOrgans, squeezeCjkSpaces } from "../src/lexicon/organs.js";
import { matchMarker } from "../src/lexicon/markers.js";
import { parseDue } from "../src/lexicon/due.js";
import { moreThanNonSpace } from "../src/lexicon/length.js";
import iconv from "iconv-lite";
import { decodeBytes } from "../src/adapters/decode.js";

const CN = "〇一二三四五六七八九";
function toChinese(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN[tens]}十${ones ? CN[ones] : ""}`;
}

// pieces real notices are made of, so generated text reaches the interesting code paths
const piece = fc.constantFrom(
  "一、", "（二）", "3.", "4、", "⒌", "（1）", "①", "一是", "二要", "第一，", "附件：", "附：", "抄送：", "抄报：",
  "关于印发", "的通知", "科协", "〔2019〕", "30号", "2019年5月4日", "二〇一九年五月四日", "。", "；", "：", "，",
  "\n", "\n\n", "\t", "  ", "**", "# ", "（", "）", "《", "》", "牵头部门：", "配合部门：", "序号\t任务\t牵头单位\n",
);
const noticeLike = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(""));

describe("properties", () => {
  it("the counted test of non-space characters agrees with removing \\s+ and measuring", () => {
    const spacey = fc.array(fc.oneof(fc.constantFrom(" ", "\u3000", "\t", "\u00a0", "\u2009", "\ufeff", "\n", "年", "1", "（"), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((a) => a.join(""));
    fc.assert(fc.property(spacey, fc.nat(20), (s, max) => moreThanNonSpace(s, max) === s.replace(/\s+/g, "").length > max), { numRuns: 2000 });
  });
  it("a forced UTF-8 decode without iconv-lite gives iconv-lite's text, bad bytes and BOMs included", async () => {
    const bytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0x80, 0xc0, 0xff)), { minLength: 1, maxLength: 40 }).map((a) => new Uint8Array(a));
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        const ours = await decodeBytes(b, { encoding: "UTF-8" });
        let theirs = iconv.decode(Buffer.from(b), "UTF-8");
        if (theirs.charCodeAt(0) === 0xfeff) theirs = theirs.slice(1);
        return ours.text === theirs && ours.encoding === "utf-8";
      }),
      { numRuns: 3000 },
    );
  });
  it("the detected decoding of a file does not depend on the files decoded before it (the strict decoders are shared)", async () => {
    // a GBK or broken file makes the shared UTF-8 decoder throw midway; the next file must decode as if it were the first
    const cjk = fc.string({ unit: fc.constantFrom(..."关于印发通知各单位一二三、：。年月日ABC12"), minLength: 1, maxLength: 30 });
    const file = fc.oneof(
      cjk.map((t) => ({ bytes: new Uint8Array(Buffer.from(t, "utf8")), text: t })),
      cjk.map((t) => ({ bytes: new Uint8Array(iconv.encode(t, "gbk")), text: null as string | null })),
      fc.constantFrom({ bytes: Uint8Array.from([0xe4, 0xb8]), text: null as string | null }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 6 }), async (files) => {
        for (const f of files) {
          const got = await decodeBytes(f.bytes).catch(() => null);
          if (f.text !== null && (got?.text !== f.text || got.encoding !== "utf-8")) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
  it("splitting by slices gives what splitting a code point at a time gives", () => {
    const oracle = (s: string, seps: string) => {
      const out: string[] = [];
      let depth = 0;
      let cur = "";
      for (const ch of s) {
        if ("（(《〈「『“【［[".includes(ch)) depth++;
        else if ("）)》〉」』”】］]".includes(ch)) depth = Math.max(0, depth - 1);
        if (depth === 0 && seps.includes(ch)) {
          out.push(cur);
          cur = "";
        } else cur += ch;
      }
      out.push(cur);
      return out.map((x) => x.trim()).filter((x) => x !== "");
    };
    const text = fc.array(fc.constantFrom("、", "，", ",", "；", "（", "）", "《", "》", "“", "”", "[", "]", " ", "市局", "科协", "😀", "\ud83d"), { maxLength: 20 }).map((a) => a.join(""));
    fc.assert(fc.property(text, fc.constantFrom("、", "，,；;", "，,；;。"), (s, seps) => JSON.stringify(splitBalanced(s, seps)) === JSON.stringify(oracle(s, seps))), { numRuns: 3000 });
  });
  it("squeezing spaces in one pass gives what the three look-behind patterns give", () => {
    const oracle = (s: string) =>
      s.replace(/[\u3000\u00a0]/g, " ").replace(/(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])/g, "").replace(/(?<=[^\x00-\x7f])\s+(?=[0-9])/g, "").replace(/(?<=[0-9])\s+(?=[^\x00-\x7f])/g, "").trim();
    const text = fc.array(fc.constantFrom(" ", "  ", "\u3000", "\u00a0", "\t", "\n", "\u2003", "\u202f", "柳", "军", "1", "9", "a", "Z", "、", "（", "😀"), { maxLength: 24 }).map((a) => a.join(""));
    fc.assert(fc.property(text, (s) => squeezeCjkSpaces(s) === oracle(s)), { numRuns: 5000 });
  });
  it("the first-character table lets every marker family through (matchMarker is gated by it)", () => {
    const examples = ["一、", "十二.", "第一部分", "第一章", "第三条", "（一）", "二）", "(1)", "1）", "1.", "１．", "12、", "1﹒", "Ⅰ、", "①", "⑴", "⒈", "一是", "十要", "第一，"];
    for (const m of examples) expect(matchMarker(`${m}加强管理`), m).not.toBeNull();
  });
  it("parsing never throws and always yields a schema-valid document", () => {
    fc.assert(
      fc.property(noticeLike, (text) => {
        const doc = parseText(text);
        const r = NoticeSchema.safeParse(JSON.parse(JSON.stringify(doc)));
        if (!r.success) throw new Error(JSON.stringify(r.error.issues.slice(0, 3)));
        for (const d of doc.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it("every section line points at a source line that holds its marker", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("一、", "（一）", "1.", "一是"), fc.string({ unit: fc.constantFrom("工", "作", "要", "点", "。"), minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 10 }), (items) => {
        const text = items.map(([m, t]) => `${m}${t}`).join("\n\n");
        const lines = text.split("\n");
        const walk = (ss: ReturnType<typeof parseText>["sections"]) => {
          for (const s of ss) {
            if (s.marker) expect(lines[s.line - 1]!.slice(s.column - 1)).toContain(s.marker);
            walk(s.children);
          }
        };
        walk(parseText(text).sections);
      }),
    );
  });

  it("Chinese numerals round-trip 1–99", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (n) => chineseToInt(toChinese(n)) === n));
  });

  it("markers of every family give back their ordinal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (n) => {
        expect(matchMarker(`${toChinese(n)}、标题`)?.ordinal).toBe(n);
        expect(matchMarker(`（${toChinese(n)}）标题`)?.ordinal).toBe(n);
        expect(matchMarker(`${n}.标题`)?.ordinal).toBe(n);
        expect(matchMarker(`（${n}）标题`)?.ordinal).toBe(n);
        expect(matchMarker(`${String.fromCodePoint(0x2460 + n - 1)}标题`)?.ordinal).toBe(n);
        expect(matchMarker(`${String.fromCodePoint(0x2488 + n - 1)}标题`)?.ordinal).toBe(n);
      }),
    );
  });

  it("dates written in Arabic or Chinese numerals read the same", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }), (d) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const iso = d.toISOString().slice(0, 10);
        const zero = fc.sample(fc.constantFrom("〇", "○", "O", "零"), 1)[0]!;
        const cy = [...String(y)].map((c) => (c === "0" ? zero : CN[Number(c)])).join("");
        expect(findDate(`${y}年${m}月${day}日`)?.iso).toBe(iso);
        expect(findDate(`${cy}年${toChinese(m)}月${toChinese(day)}日`)?.iso).toBe(iso);
        expect(chineseYear(cy)).toBe(y);
      }),
    );
  });

  it("organ lists: no empty items, nothing invented, brackets balanced", () => {
    const organ = fc.constantFrom("市委", "市政府", "各县（市、区）科协", "市级学会（协会、研究会）", "办公室", "组织部");
    fc.assert(
      fc.property(fc.array(organ, { minLength: 1, maxLength: 6 }), fc.constantFrom("、", "，", "；"), (organs, sep) => {
        expect(splitOrgans(organs.join(sep) + "。")).toEqual(organs);
      }),
    );
  });

  it("a due range never runs backwards and stays within the year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (a, b) => {
        const due = parseDue(`${Math.min(a, b)}-${Math.max(a, b)}月`);
        expect(due).toEqual({ from: Math.min(a, b), to: Math.max(a, b) });
      }),
    );
  });
});
