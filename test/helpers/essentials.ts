// What a notice must keep when it arrives in another format: header, outline (with text),
// parts, signature, 附注 and 抄送. Shared by the format-adapter tests.
import type { Block, ParagraphBlock, TableBlock } from "../../src/model/blocks.js";
import type { Notice, Section } from "../../src/model/schema.js";

export const paras = (blocks: Block[]) => blocks.filter((b): b is ParagraphBlock => b.kind === "para");
export const texts = (blocks: Block[]) => paras(blocks).map((b) => b.text);
export const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === "table");

export interface Outline {
  marker: string | null;
  heading: string;
  level: number;
  text: string;
  children: Outline[];
}

export const outlineWithText = (sections: Section[]): Outline[] =>
  sections.map((s) => ({ marker: s.marker, heading: s.heading, level: s.level, text: s.text, children: outlineWithText(s.children) }));

export const essentials = (n: Notice) => ({
  issuer: n.header.issuer,
  masthead: n.header.masthead,
  docNumber: n.header.docNumber,
  title: n.header.title,
  docType: n.header.docType,
  recipients: n.header.recipients,
  preamble: n.preamble,
  outline: outlineWithText(n.sections),
  parts: n.parts.map((p) => ({ label: p.label, title: p.title, outline: outlineWithText(p.sections) })),
  signature: n.signature,
  annotation: n.annotation,
  cc: n.cc,
});

const flat = (s: Section[]): string[] => s.flatMap((x) => [`${x.level}:${x.marker}${x.heading}`, ...flat(x.children)]);

/**
 * The guangling notice read from another format (doc, pdf) against its text fixture: the
 * hand-checked header facts, the same 15-section outline, and the same essentials.
 */
export function expectSameAsGuangling(got: Notice, want: Notice, expect: (v: unknown) => { toBe(x: unknown): void; toEqual(x: unknown): void }): void {
  expect(got.header.issuer).toBe("扬州市广陵区教育局");
  expect(got.header.docNumber).toEqual({ raw: "扬广教〔2020〕47号", prefix: "扬广教", year: 2020, serial: 47 });
  expect(got.header.title).toBe("扬州市广陵区教育局关于做好2020年秋季学期中小学幼儿园开学工作的通知");
  expect(got.header.recipients).toEqual(["各街道（镇）中心校", "区直各中小学", "幼儿园", "各民办学校"]);
  expect(got.signature?.date).toBe("2020-08-20");
  expect(flat(got.sections)).toEqual(flat(want.sections));
  expect(flat(got.sections).length).toBe(15);
  expect(essentials(got)).toEqual(essentials(want));
}
