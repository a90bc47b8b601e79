// Build small .docx notices with the `docx` package, the way Word saves them: section markers
// (一、 （一） 1.) come from a real numbering definition, so document.xml never holds them as text.
import {
  Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType,
} from "docx";
import { unzipSync, zipSync } from "fflate";

export const SECTION_NUMBERING = "notice-sections";
/** paragraph style whose numbering lives only in styles.xml (w:pStyle → w:numPr) */
export const NUMBERED_STYLE = "SectionHeading";

export type DocxCell = string | { text: string; columnSpan?: number; verticalMerge?: "restart" | "continue" };

export type DocxItem =
  /** plain body paragraph */
  | string
  /** one paragraph whose pieces are separated by line breaks (w:br) */
  | { lines: string[] }
  | { heading: 1 | 2 | 3; text: string }
  /** automatically numbered: level 0 一、, 1 （一）, 2 1.; a new instance restarts the list */
  | { level: 0 | 1 | 2; text: string; instance?: number }
  /** numbered through its paragraph style (level 0), not through direct w:numPr */
  | { styled: true; text: string }
  | { table: DocxCell[][] };

export interface DocxSpec {
  items: DocxItem[];
}

function cell(c: DocxCell): TableCell {
  const o = typeof c === "string" ? { text: c } : c;
  return new TableCell({
    children: [new Paragraph(o.text)],
    columnSpan: o.columnSpan,
    verticalMerge: o.verticalMerge === undefined ? undefined : o.verticalMerge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
  });
}

function item(it: DocxItem): Paragraph | Table {
  if (typeof it === "string") return new Paragraph(it);
  if ("lines" in it) return new Paragraph({ children: it.lines.map((t, k) => new TextRun({ text: t, break: k > 0 ? 1 : undefined })) });
  if ("heading" in it) {
    const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][it.heading - 1];
    return new Paragraph({ text: it.text, heading });
  }
  if ("level" in it) return new Paragraph({ text: it.text, numbering: { reference: SECTION_NUMBERING, level: it.level, instance: it.instance } });
  if ("styled" in it) return new Paragraph({ text: it.text, style: NUMBERED_STYLE });
  return new Table({ rows: it.table.map((r) => new TableRow({ children: r.map(cell) })) });
}

export async function makeDocx(spec: DocxSpec): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: SECTION_NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、" },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）" },
            { level: 2, format: LevelFormat.DECIMAL, text: "%3." },
          ],
        },
      ],
    },
    styles: {
      paragraphStyles: [
        { id: NUMBERED_STYLE, name: "Section Heading", basedOn: "Normal", paragraph: { numbering: { reference: SECTION_NUMBERING, level: 0 } } },
      ],
    },
    sections: [{ children: spec.items.map(item) }],
  });
  return Packer.toBuffer(doc);
}

/** Rewrite parts of a package: a string replaces the part, null removes it. */
export function editDocx(docx: Uint8Array, parts: Record<string, string | null>): Buffer {
  const files = unzipSync(docx);
  for (const [name, content] of Object.entries(parts)) {
    if (content === null) delete files[name];
    else files[name] = new TextEncoder().encode(content);
  }
  return Buffer.from(zipSync(files));
}

/** A package from raw WordprocessingML, for cases the docx package cannot write. */
export function rawDocx(parts: { body: string; numbering?: string; styles?: string }): Buffer {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const enc = (s: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${s}`);
  const files: Record<string, Uint8Array> = { "word/document.xml": enc(`<w:document ${W}><w:body>${parts.body}</w:body></w:document>`) };
  if (parts.numbering !== undefined) files["word/numbering.xml"] = enc(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) files["word/styles.xml"] = enc(`<w:styles ${W}>${parts.styles}</w:styles>`);
  return Buffer.from(zipSync(files));
}
