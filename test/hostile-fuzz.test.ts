// Fuzzing (issue 12): over 10,000 generated inputs per run — random Unicode, random bytes under
// every extension, and small real notices mutated (lines dropped, duplicated, swapped, markers
// and unbalanced brackets inserted, lines re-encoded in GBK) — parsing never throws anything but
// a typed KexieError and otherwise yields a schema-valid document. Cases are kept small so the
// whole file runs in seconds; fast-check's seed is printed on failure to replay it.
import fc from "fast-check";
import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KexieError } from "../src/model/errors.js";
import { NoticeSchema } from "../src/model/schema.js";
import { parseNotice, parseText } from "../src/parse.js";
import { FIXTURES } from "./helpers/load.js";

// a fixed seed, so the suite gives the same answer on every run; KEXIE_FUZZ_SEED explores others (each
// class another seed found is a case below)
const SEED = Number(process.env.KEXIE_FUZZ_SEED ?? 20261207);

/** Parse, then check: a schema-valid document, or a KexieError (anything else is a bug). */
async function survives(input: Uint8Array | string, file: string): Promise<void> {
  let doc;
  try {
    doc = typeof input === "string" ? parseText(input, { path: file }) : await parseNotice(input, { path: file });
  } catch (e) {
    if (e instanceof KexieError) return;
    throw e;
  }
  const r = NoticeSchema.safeParse(JSON.parse(JSON.stringify(doc)));
  if (!r.success) throw new Error(`schema: ${JSON.stringify(r.error.issues.slice(0, 3))}`);
}

const MARKERS = ["一、", "（一）", "1.", "（1）", "①", "一是", "第一，", "附件：", "抄送：", "（此件公开发布）", "牵头单位：", "2019年5月4日"];
const BRACKETS = ["（", "）", "《", "》", "“", "”", "(", ")", "【", "〔"];

// small notices keep each case cheap
const SMALL = ["county-edu-signer-inline.txt", "flattened-table-no-indent.txt", "r5-haimen-2023-colon-subitems.txt", "r2-ningdu-2022-appointment-decision.txt", "r5-taicang-2023-request-contact-table.txt"]
  .map((n) => readFileSync(path.join(FIXTURES, n), "utf8").split("\n"));

type Mutation = (lines: string[], rnd: (n: number) => number) => void;
const MUTATIONS: Mutation[] = [
  (l, r) => void l.splice(r(l.length), 1), // drop a line
  (l, r) => { const k = r(l.length); l.splice(k, 0, l[k] ?? ""); }, // duplicate
  (l, r) => { const a = r(l.length), b = r(l.length); [l[a], l[b]] = [l[b] ?? "", l[a] ?? ""]; }, // swap
  (l, r) => { const k = r(l.length); l[k] = MARKERS[r(MARKERS.length)]! + (l[k] ?? ""); }, // a marker
  (l, r) => { const k = r(l.length); const s = l[k] ?? ""; const at = r(s.length + 1); l[k] = s.slice(0, at) + BRACKETS[r(BRACKETS.length)]! + s.slice(at); }, // a bracket
  (l, r) => { const k = r(l.length); l[k] = (l[k] ?? "").repeat(1 + r(4)); }, // a longer line
];

const mutated = fc
  .tuple(fc.integer({ min: 0, max: SMALL.length - 1 }), fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.infiniteStream(fc.nat())), { maxLength: 6 }), fc.array(fc.boolean(), { maxLength: 80 }))
  .map(([k, ops, gbk]) => {
    const lines = [...SMALL[k]!];
    for (const [m, stream] of ops) {
      const it = stream[Symbol.iterator]();
      MUTATIONS[m]!(lines, (n) => (n <= 0 ? 0 : it.next().value! % n));
    }
    // encodings mixed: some lines in GBK, the rest UTF-8
    return Buffer.concat(lines.map((l, i) => (gbk[i] ? iconv.encode(l + "\n", "gbk") : Buffer.from(l + "\n"))));
  });

const EXT = fc.constantFrom("txt", "md", "html", "docx", "doc", "pdf", "ofd", "wps", "bin");

describe("fuzz: no uncaught exception, a schema-valid document or a typed error", () => {
  it("random Unicode text (5,000 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: "grapheme", maxLength: 120 }), fc.string({ unit: "binary", maxLength: 120 }), fc.array(fc.constantFrom(...MARKERS, ...BRACKETS, "\n", "\t", "。", "：", " "), { maxLength: 60 }).map((a) => a.join(""))), async (s) => {
        await survives(s, "fuzz.txt");
      }),
      { numRuns: 5000, seed: SEED },
    );
  }, 60_000);

  it("random bytes under every extension (4,000 cases)", async () => {
    const magic = fc.constantFrom(new Uint8Array(), Buffer.from("PK\u0003\u0004"), Buffer.from("%PDF-1.4\n"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.from("<html><body>"), Buffer.from("\ufeff"), Buffer.from([0xff, 0xfe]));
    await fc.assert(
      fc.asyncProperty(magic, fc.uint8Array({ maxLength: 200 }), EXT, async (head, body, ext) => {
        await survives(Buffer.concat([head, body]), `fuzz.${ext}`);
      }),
      { numRuns: 4000, seed: SEED },
    );
  }, 60_000);

  it("mutated real notices, some lines in GBK (1,000 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(mutated, fc.constantFrom("txt", "md"), async (bytes, ext) => {
        await survives(bytes, `fuzz.${ext}`);
      }),
      { numRuns: 1000, seed: SEED },
    );
  }, 60_000);

  it("a page with no <body> (found by this fuzzer: an internal error before) parses", async () => {
    for (const page of [" ", "<html></html>", "<p></p>", "x", "\ufeff"]) await survives(Buffer.from(page), "page.html");
    await survives(Buffer.from([0xff, 0xfe]), "page.html");
  });

  it("a notice whose quoted title, broken over two lines, is cut apart by another part's start (found by this fuzzer: an internal error before) parses", async () => {
    // fixtures/flattened-table-no-indent.txt mutated: 附件：…分解表 / 一、附件 / …分解表 — the second line of a title the
    // header had read as two opens a part of its own
    const mutated = Buffer.from(
      "5rGf6Zi05biC56eR5a2m5oqA5pyv5bGA5paH5Lu2CgrmvoTnp5Hlj5HjgJQyMDIx44CVN+WPtwoK5YWz5LqO5Y2w5Y+R44CKMjAy" +
      "MeW5tOWFqOW4guenkeaKgOW3peS9nOmHjeeCueS7u+WKoeWIhuino+ihqOOAi+eahOmAmuefpQoK5ZCE6ZWH5Lq65rCR5pS/5bqc" +
      "44CB6KGX6YGT5Yqe5LqL5aSE77yM5biC5ZCE5pyJ5YWz6YOo6Zeo77yaCgrnjrDlsIbjgIoyMDIx5bm05YWo5biC56eR5oqA5bel" +
      "5L2c6YeN54K55Lu75Yqh5YiG6Kej6KGo44CL5Y2w5Y+R57uZ5L2g5Lus77yM6K+35ZCE6LSj5Lu75Y2V5L2N5a+554Wn5YiG6Kej" +
      "6KGo77yM57uG5YyW5bel5L2c5Li+5o6q77yM5piO56Gu5pe26Ze06IqC54K577yM56Gu5L+d5ZCE6aG55Lu75Yqh5oyJ5pyf5a6M" +
      "5oiQ44CC5q+P5a2j5bqm5pyrNeaXpeWJjeWwhuS7u+WKoeaOqOi/m+aDheWGteaKpeW4guenkeaKgOWxgOe7vOWQiOenkeOAggoK" +
      "MjAyMeW5tDPmnIgxMuaXpQoK5rGf6Zi05biC56eR5a2m5oqA5pyv5bGACgrpmYTku7bvvJoyMDIx5bm05YWo5biC56eR5oqA5bel" +
      "5L2c6YeN54K55Lu75Yqh5YiG6Kej6KGoCgrkuIDjgIHpmYTku7YKCjIwMjHlubTlhajluILnp5HmioDlt6XkvZzph43ngrnku7vl" +
      "iqHliIbop6PooagKCuW6j+WPtwrph43ngrnku7vliqEK54m15aS05Y2V5L2NCumFjeWQiOWNleS9jQrlrozmiJDml7bpmZAKMQrm" +
      "lrDlop7pq5jmlrDmioDmnK/kvIHkuJoxNTDlrrbku6XkuIoK5biC56eR5oqA5bGACuWQhOmVh+ihl+OAgemrmOaWsOWMugoxMuac" +
      "iOW6lQoyCuW7uuiuvuecgee6p+S7peS4iueglOWPkeacuuaehDMw5a62CuW4guenkeaKgOWxgArluILnp5HmioDlsYAK5biC5bel" +
      "5L+h5bGA44CB5biC5Y+R5pS55aeUCuWFqOW5tAozCue7hOe7h+WunuaWvemHjeeCueeglOWPkeiuoeWIkumhueebrjIw6aG5CuW4" +
      "guenkeaKgOWxgArluILotKLmlL/lsYAK56ys5LiJ5a2j5bqmCgrigJQgMiDigJQKCjQK5byA5bGV56eR5oqA5Z6L5Lit5bCP5LyB" +
      "5Lia6K+E5Lu35YWl5bqT5bel5L2c77yM5YWl5bqT5LyB5Lia6L6+5YiwMTIwMOWutgrluILnp5HmioDlsYAK5ZCE6ZWH6KGXCuS4" +
      "iuWNiuW5tAoKCuaKhOmAge+8muaXoOmUoeW4guenkeaKgOWxgO+8jOW4guaUv+W6nOWKnuWFrOWupOOAggoK5rGf6Zi05biC56eR" +
      "5a2m5oqA5pyv5bGA5Yqe5YWs5a6k44CA44CA44CA44CA44CA44CAMjAyMeW5tDPmnIgxMuaXpeWNsOWPkQoK",
      "base64",
    );
    await survives(mutated, "notice.txt");
  });

  it("a typed error is what it says: KexieError with a code and an exit code", async () => {
    const e = await parseNotice(Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]), { path: "x.txt" }).catch((x) => x);
    expect(e).toBeInstanceOf(KexieError);
    expect(e).toMatchObject({ code: "E_BINARY", exitCode: 4, file: "x.txt" });
  });
});
