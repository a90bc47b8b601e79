// What a notice must keep when it arrives in another format: header, outline (with text),
// parts, signature, 附注 and 抄送. Shared by the format-adapter tests.
import type { Block, ParagraphBlock, TableBlock } from "../../src/blocks.js";
import type { Notice, Section } from "../../src/schema.js";

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
