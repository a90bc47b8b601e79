// .docx adapter: WordprocessingML → the same blocks the text adapter makes, so the structure
// stages need no Word-specific code. Reads the ZIP directly (fflate) and rebuilds what a reader
// sees but document.xml does not hold as text: automatic numbering markers (一、 （一） 1.) and
// merged table cells.
import { strFromU8 } from "fflate";
import type { Block, ParagraphBlock, TableBlock } from "../model/blocks.js";
import { Numbering } from "./docx-numbering.js";
import { outlineDepth, Styles } from "./docx-styles.js";
import { child, elements, findAll, flag, intVal, parseXml, val, type XmlEl } from "./ooxml.js";
import { WIDE_SPACE } from "../lexicon/layout.js";
import { KexieError } from "../model/errors.js";
import { unzipParts, type ZipLimits } from "./zip.js";

/** stands for w:br until the paragraph is complete (its neighbours decide how it joins) */
const BREAK = "\u0000";
const LATIN_BREAK = /(?<=[A-Za-z0-9])\u0000+(?=[A-Za-z0-9])/g;

/** Elements whose content is never visible text (properties, deleted or hidden alternatives). */
const SKIP = new Set([
  "w:pPr", "w:rPr", "w:tblPr", "w:tblGrid", "w:tblPrEx", "w:trPr", "w:tcPr", "w:sectPr", "w:sdtPr", "w:sdtEndPr",
  "w:del", "w:moveFrom", "w:delText", "w:instrText", "w:fldData", "mc:Fallback",
]);
const NOT_INTO_NESTED = new Set(["w:tbl"]);

interface Parts {
  document: XmlEl;
  styles: XmlEl | null;
  numbering: XmlEl | null;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.subarray(2)).toString("utf16le");
  return strFromU8(bytes).replace(/^\ufeff/, "");
}

/** Resolve a relationship target against the folder of the part that owns it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A part's XML tree; broken XML is a damaged file (E_TOO_DEEP passes through as it is). */
function xml(src: string, part: string): XmlEl {
  try {
    return parseXml(src, part);
  } catch (e) {
    if (e instanceof KexieError) throw e;
    throw new Error(`damaged Word file: ${(e as Error).message} — re-save it from Word or WPS`);
  }
}

function relTargets(src: string | undefined, part: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!src) return out;
  for (const r of findAll(xml(src, part), "Relationship")) {
    const type = (r.attrs["Type"] ?? "").replace(/^.*\//, "");
    if (r.attrs["Target"] && r.attrs["TargetMode"] !== "External" && !out.has(type)) out.set(type, resolveTarget(base, r.attrs["Target"]));
  }
  return out;
}

function readPackage(bytes: Uint8Array, limits?: ZipLimits): Parts {
  let files: Record<string, Uint8Array>;
  try {
    // media can be most of the file: only inflate the XML parts, counting as they inflate
    files = unzipParts(bytes, (name) => /\.(xml|rels)$/i.test(name), limits);
  } catch (e) {
    if (e instanceof KexieError) throw e;
    throw new Error(`damaged Word file: cannot read it as a ZIP package (${(e as Error).message}) — re-save it from Word or WPS`);
  }
  // ZIP names are case-sensitive but some writers differ in case from what .rels says
  const names = new Map(Object.keys(files).map((k) => [k.toLowerCase(), k]));
  const text = (name: string | undefined) => {
    const k = name === undefined ? undefined : names.get(name.toLowerCase());
    return k === undefined ? undefined : decode(files[k]!);
  };
  // the main part is usually word/document.xml, but some writers name it document2.xml
  const main = relTargets(text("_rels/.rels"), "_rels/.rels", "").get("officeDocument");
  let mainName = main ?? "word/document.xml";
  let document = text(mainName);
  if (document === undefined && mainName !== "word/document.xml") document = text((mainName = "word/document.xml"));
  if (document === undefined) throw new Error("not a Word document: word/document.xml is missing from the .docx package");
  const relsName = mainName.replace(/([^/]*)$/, "_rels/$1.rels");
  const rels = relTargets(text(relsName), relsName, mainName);
  const part = (type: string, fallback: string) => {
    const name = text(rels.get(type)) === undefined ? fallback : rels.get(type)!;
    const t = text(name);
    return t === undefined ? null : xml(t, name);
  };
  return { document: xml(document, mainName), styles: part("styles", "word/styles.xml"), numbering: part("numbering", "word/numbering.xml") };
}

interface Para {
  text: string;
  heading: number;
  /** text-box contents anchored in the paragraph, read as blocks of their own */
  floats: XmlEl[];
}

class Reader {
  readonly blocks: Block[] = [];
  private readonly numbering: Numbering;

  constructor(private readonly styles: Styles, numbering: XmlEl | null) {
    this.numbering = new Numbering(numbering, styles);
  }

  /** Block-level content: body, content controls, text boxes, one-cell frame tables. */
  container(el: XmlEl): void {
    for (const c of elements(el)) {
      if (c.name === "w:p") this.paragraph(c);
      else if (c.name === "w:tbl") this.table(c);
      else if (!SKIP.has(c.name)) this.container(c);
    }
  }

  private paragraph(p: XmlEl): void {
    const para = this.readPara(p);
    for (const f of para.floats) this.container(f);
    if (para.text === "") return;
    const line = this.blocks.length + 1;
    const block: ParagraphBlock = {
      kind: "para", text: para.text, line, column: 1, spans: [{ offset: 0, line, column: 1 }],
      heading: para.heading, blankBefore: true, softBreakAfter: false,
    };
    this.blocks.push(block);
  }

  /** Marker from automatic numbering, direct w:numPr first, then the style's. */
  private marker(pPr: XmlEl | undefined, styleId: string | undefined): string | null {
    const direct = child(pPr, "w:numPr");
    const inherited = this.styles.numPr(styleId);
    const numId = val(direct, "w:numId") ?? inherited.numId;
    if (!numId || numId === "0") return null; // numId 0 switches numbering off
    const ilvl = intVal(direct, "w:ilvl") ?? inherited.ilvl ?? (styleId ? this.numbering.levelForStyle(numId, styleId) : undefined) ?? 0;
    return this.numbering.next(numId, ilvl);
  }

  private readPara(p: XmlEl): Para {
    const pPr = child(p, "w:pPr");
    const styleId = val(pPr, "w:pStyle");
    // count the marker even for an empty paragraph: Word shows and counts it
    const marker = this.marker(pPr, styleId);
    const parts: string[] = [];
    const floats: XmlEl[] = [];
    this.inline(p, parts, floats);
    const body = parts
      .join("")
      // a line break inside Chinese text joins it; between Latin words it was a space
      .replace(LATIN_BREAK, " ")
      .replaceAll(BREAK, "")
      .replace(WIDE_SPACE, " ")
      .trim();
    const outline = intVal(pPr, "w:outlineLvl");
    return {
      text: marker ? (body ? marker + body : marker.trim()) : body,
      heading: outline !== undefined ? outlineDepth(outline) : this.styles.headingDepth(styleId),
      floats,
    };
  }

  /** Visible text of runs, hyperlinks, fields, insertions and content controls, in order. */
  private inline(el: XmlEl, parts: string[], floats: XmlEl[]): void {
    for (const c of el.children) {
      if (typeof c === "string") continue;
      switch (c.name) {
        case "w:t":
        case "m:t":
          for (const s of c.children) if (typeof s === "string") parts.push(s);
          break;
        case "w:tab":
        case "w:ptab":
          parts.push(" ");
          break;
        case "w:br":
        case "w:cr":
          parts.push(BREAK);
          break;
        case "w:noBreakHyphen":
          parts.push("-");
          break;
        case "w:r":
          if (!flag(child(c, "w:rPr"), "w:vanish")) this.inline(c, parts, floats);
          break;
        case "w:txbxContent":
          floats.push(c);
          break;
        case "mc:AlternateContent": {
          // Choice and Fallback hold the same content twice (e.g. DrawingML and VML text boxes)
          const pick = child(c, "mc:Choice") ?? child(c, "mc:Fallback");
          if (pick) this.inline(pick, parts, floats);
          break;
        }
        default:
          if (!SKIP.has(c.name)) this.inline(c, parts, floats);
      }
    }
  }

  private table(tbl: XmlEl): void {
    const trs = findAll(tbl, "w:tr", NOT_INTO_NESTED);
    const first = trs.length === 1 ? findAll(trs[0]!, "w:tc", NOT_INTO_NESTED) : [];
    if (trs.length === 1 && first.length === 1) {
      // a one-cell table is a frame around text (a boxed masthead or note), not tabular data
      this.container(first[0]!);
      return;
    }
    if (trs.length === 0) return;
    const line = this.blocks.length + 1;
    const rows = this.expand(trs);
    const block: TableBlock = { kind: "table", rows, rowLines: rows.map(() => line), line, column: 1, layout: "docx" };
    this.blocks.push(block);
  }

  /** Rows on the table grid: a spanned cell repeats across its columns, a merged one down its rows. */
  private expand(trs: XmlEl[]): string[][] {
    const out: string[][] = [];
    for (const tr of trs) {
      const trPr = child(tr, "w:trPr");
      const row: string[] = Array.from({ length: intVal(trPr, "w:gridBefore") ?? 0 }, () => "");
      for (const tc of findAll(tr, "w:tc", NOT_INTO_NESTED)) {
        const tcPr = child(tc, "w:tcPr");
        const span = Math.max(1, intVal(tcPr, "w:gridSpan") ?? 1);
        const own = this.cellText(tc);
        const col = row.length;
        const merged = (el: XmlEl | undefined) => !!el && (el.attrs["w:val"] ?? "continue") === "continue";
        // a continuing cell shows the cell it merges into (vMerge: above, legacy hMerge: left)
        const into = merged(child(tcPr, "w:vMerge")) ? out[out.length - 1]?.[col] : merged(child(tcPr, "w:hMerge")) ? row[col - 1] : undefined;
        const text = into === undefined ? own : own && into ? `${into}\n${own}` : into || own;
        for (let k = 0; k < span; k++) row.push(text);
      }
      for (let k = intVal(trPr, "w:gridAfter") ?? 0; k > 0; k--) row.push("");
      out.push(row);
    }
    return out;
  }

  /** A cell's paragraphs, one per line; nested tables and text boxes flattened into it. */
  private cellText(tc: XmlEl): string {
    const lines: string[] = [];
    const walk = (el: XmlEl) => {
      for (const c of elements(el)) {
        if (c.name === "w:p") {
          const para = this.readPara(c);
          para.floats.forEach(walk);
          if (para.text) lines.push(para.text);
        } else if (!SKIP.has(c.name)) walk(c);
      }
    };
    walk(tc);
    return lines.join("\n");
  }
}

/** Blocks of a .docx file. Throws a plain Error when the bytes are not a Word package. */
export function docxToBlocks(bytes: Uint8Array, limits?: ZipLimits): Block[] {
  const parts = readPackage(bytes, limits);
  const body = child(child(parts.document, "w:document"), "w:body");
  if (!body) throw new Error("not a Word document: word/document.xml has no w:body");
  const reader = new Reader(new Styles(parts.styles), parts.numbering);
  reader.container(body);
  return reader.blocks;
}
