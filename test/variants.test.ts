// Acceptance of "every format notices really come in": each seed notice as clean Markdown, as a
// page saved from a government site (UTF-8 and GBK), as a Word document with automatic numbering
// and as GBK text (fixtures/variants/, built by scripts/make-variants.mjs) must parse to the same
// notice as the seed's .txt — header, section outline of the cover and of every part, signature
// date, 抄送/抄报, attachments, glossary terms and tasks. The hand-made variants of earlier issues
// are held to the same standard.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseNotice } from "../src/parse.js";
import type { Notice, Section } from "../src/model/schema.js";
import { FIXTURES } from "./helpers/load.js";

const VARIANTS = path.join(FIXTURES, "variants");

interface Outline {
  marker: string | null;
  heading: string;
  level: number;
  children: Outline[];
}

const outline = (sections: Section[]): Outline[] =>
  sections.map((s) => ({ marker: s.marker, heading: s.heading, level: s.level, children: outline(s.children) }));

/** What every format must agree on. */
function facts(d: Notice) {
  const { issuer, docNumber, title, docType, recipients } = d.header;
  return {
    header: { issuer, docNumber, title, docType, recipients },
    sections: outline(d.sections),
    parts: d.parts.map((p) => ({ title: p.title, sections: outline(p.sections) })),
    signatureDate: d.signature?.date ?? null,
    cc: d.cc,
    ccUp: d.ccUp,
    attachments: d.attachments.map((a) => ({ label: a.label, title: a.title })),
    glossary: d.glossary.map((g) => g.term),
    tasks: d.tasks.map(({ line: _line, source: _source, ...task }) => task),
  };
}
type Facts = ReturnType<typeof facts>;

interface Case {
  /** the variant, relative to fixtures/ */
  file: string;
  /** the text notice it must read as */
  ref: string;
  format: Notice["source"]["format"];
  encoding: string;
  /** facts this variant legitimately has beyond the text, and why */
  extra?: Partial<Facts>;
  why?: string;
}

const SEEDS = [
  "seed-yangzhou-2019-work-points",
  "seed-lianyungang-2018-speech-report",
  "seed-zaozhuang-2019-inline-duties",
  "seed-jiaxing-2019-work-points",
  "seed-chuzhou-2017-task-table",
];

// GBK text carries no label; the decoder names the family it detected by its superset, GB18030
const KINDS: Array<[suffix: string, format: Case["format"], encoding: string]> = [
  [".md", "markdown", "utf-8"],
  [".html", "html", "utf-8"],
  [".gbk.html", "html", "gbk"],
  [".docx", "docx", "utf-8"],
  [".gbk.txt", "text", "gb18030"],
];

const CASES: Case[] = [
  ...SEEDS.flatMap((seed) =>
    KINDS.map(([suffix, format, encoding]): Case => ({ file: `variants/${seed}${suffix}`, ref: `${seed}.txt`, format, encoding })),
  ),
  // hand-made variants of earlier issues
  {
    file: "html-yangzhou-2019-work-points.html", ref: "seed-yangzhou-2019-work-points.txt", format: "html", encoding: "utf-8",
    extra: { signatureDate: "2019-03-04" },
    why: "the page's information-disclosure table states 成文日期 2019-03-04, which the text version lacks",
  },
  { file: "html-chuzhou-2017-gbk.html", ref: "seed-chuzhou-2017-task-table.txt", format: "html", encoding: "gbk" },
  { file: "md-jiaxing-2019-work-points.md", ref: "seed-jiaxing-2019-work-points.txt", format: "markdown", encoding: "utf-8" },
  { file: "docx-guangling-2020-notice.docx", ref: "guangling-2020-notice-cn-paren.txt", format: "docx", encoding: "utf-8" },
];

const parsed = new Map<string, Promise<Notice>>();
function parse(rel: string): Promise<Notice> {
  let p = parsed.get(rel);
  if (!p) parsed.set(rel, (p = parseNotice(readFileSync(path.join(FIXTURES, rel)), { path: rel })));
  return p;
}

describe("every variant of a notice reads as the notice itself", () => {
  it.each(CASES)("$file ≡ $ref", async ({ file, ref, format, encoding, extra }) => {
    const [want, got] = await Promise.all([parse(ref), parse(file)]);
    expect(got.source.format).toBe(format);
    expect(got.source.encoding).toBe(encoding);
    const w: Facts = { ...facts(want), ...extra };
    const g = facts(got);
    // the reference must be worth matching: a notice with a header and numbered sections
    expect(w.header.title).toBeTruthy();
    expect(w.sections.length + w.parts.reduce((n, p) => n + p.sections.length, 0)).toBeGreaterThan(0);
    for (const key of Object.keys(w) as Array<keyof Facts>) expect.soft(g[key], `${file}: ${key}`).toEqual(w[key]);
  });
});

describe("the generated variants are what their names say", () => {
  // seeds with a responsibility table: it must be a Word table
  const TABLES = new Set(["seed-yangzhou-2019-work-points", "seed-chuzhou-2017-task-table"]);
  const MARKER = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、.．]|[\u2488-\u249b])/;
  const paragraphs = (xml: string) =>
    [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => ({
      numbered: p[0].includes("<w:numPr>"),
      text: [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
    }));

  it.each(SEEDS)("%s.docx: section markers come from Word numbering, not typed text; tables are Word tables", (seed) => {
    const files = unzipSync(readFileSync(path.join(VARIANTS, `${seed}.docx`)));
    const document = strFromU8(files["word/document.xml"]!);
    const paras = paragraphs(document);
    expect(paras.filter((p) => p.numbered).length).toBeGreaterThan(3);
    expect(paras.filter((p) => MARKER.test(p.text)).map((p) => p.text.slice(0, 20))).toEqual([]);
    expect(strFromU8(files["word/numbering.xml"]!)).toMatch(/<w:lvlText w:val="%1、"\/>/);
    expect(document.includes("<w:tbl>")).toBe(TABLES.has(seed));
  });

  it.each(SEEDS)("%s: the GBK files are GBK, the page says so", (seed) => {
    const txt = readFileSync(path.join(VARIANTS, `${seed}.gbk.txt`));
    const html = readFileSync(path.join(VARIANTS, `${seed}.gbk.html`));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(txt)).toThrow();
    expect(new TextDecoder("gbk").decode(txt)).toBe(readFileSync(path.join(FIXTURES, `${seed}.txt`), "utf8"));
    expect(html.subarray(0, 1024).toString("latin1")).toContain('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />');
  });
});
