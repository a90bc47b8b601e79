// OFD adapter (GB/T 33190-2016, the Chinese fixed-layout format): a ZIP of XML parts.
// OFD.xml → DocBody/DocRoot (Doc_0/Document.xml) → Pages/Page/@BaseLoc (Pages/Page_0/Content.xml)
// → Content/Layer → TextObject (Boundary, CTM, Size) → TextCode (X, Y, DeltaX, DeltaY, text).
// Every character is placed at its page position (in millimetres) and the shared layout reader
// (positioned-text.ts) rebuilds lines and paragraphs from those positions. Template pages
// (TemplatePage, shared page furniture) are read with the pages that use them.
import { strFromU8 } from "fflate";
import { KexieError } from "../model/errors.js";
import { unzipParts, type ZipLimits } from "./zip.js";
import iconv from "iconv-lite";
import type { Block } from "../model/blocks.js";
import { parseXml, type XmlEl } from "./ooxml.js";
import { estimateAdvance, hasText, layoutToBlocks, NoTextLayerError, type PositionedPage, type Run } from "./positioned-text.js";

export { NoTextLayerError } from "./positioned-text.js";

/** Element names without their namespace prefix: writers use ofd:, another prefix or none. */
const local = (name: string) => name.slice(name.indexOf(":") + 1);

function kids(el: XmlEl | undefined, name: string): XmlEl[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlEl => typeof c !== "string" && local(c.name) === name);
}

function kid(el: XmlEl | undefined, name: string): XmlEl | undefined {
  return kids(el, name)[0];
}

/** Descendants called `name`, in document order, not looking inside a match. */
function descendants(el: XmlEl | undefined, name: string, out: XmlEl[] = []): XmlEl[] {
  if (!el) return out;
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (local(c.name) === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

const textOf = (el: XmlEl | undefined) => (el ? el.children.filter((c): c is string => typeof c === "string").join("") : "");

function attr(el: XmlEl, name: string): string | undefined {
  for (const [k, v] of Object.entries(el.attrs)) if (local(k) === name) return v;
  return undefined;
}

function numbers(s: string | undefined): number[] {
  return (s ?? "").trim().split(/[\s,]+/).filter(Boolean).map(Number);
}

/** DeltaX / DeltaY: numbers, where "g N v" stands for N times v. */
export function parseDeltas(s: string | undefined): number[] {
  const tokens = (s ?? "").trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === "g") {
      const n = parseInt(tokens[i + 1] ?? "", 10);
      const v = Number(tokens[i + 2]);
      if (Number.isFinite(n) && Number.isFinite(v)) for (let k = 0; k < Math.min(n, 100_000); k++) out.push(v);
      i += 2;
    } else out.push(Number(tokens[i]));
  }
  return out.map((v) => (Number.isFinite(v) ? v : 0));
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.subarray(2)).toString("utf16le");
  const declared = /^(?:\xef\xbb\xbf)?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(Buffer.from(bytes.subarray(0, 200)).toString("latin1"))?.[1];
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) return iconv.decode(Buffer.from(bytes), declared);
  return strFromU8(bytes).replace(/^\ufeff/, "");
}

class Package {
  private readonly names: Map<string, string>;

  constructor(private readonly files: Record<string, Uint8Array>) {
    this.names = new Map(Object.keys(files).map((k) => [k.toLowerCase(), k]));
  }

  xml(name: string): XmlEl | undefined {
    const k = this.names.get(name.toLowerCase());
    if (k === undefined) return undefined;
    try {
      return parseXml(decodeXml(this.files[k]!), k);
    } catch (e) {
      if (e instanceof KexieError) throw e; // E_TOO_DEEP
      throw new Error(`damaged OFD file: ${(e as Error).message} — export it again`);
    }
  }

  /** A location written inside part `from`: absolute from the package root, else relative to it. */
  resolve(from: string, loc: string): string {
    const clean = loc.trim().replace(/\\/g, "/");
    if (clean.startsWith("/")) return normalise(clean.slice(1));
    const rel = normalise([...from.split("/").slice(0, -1), clean].join("/"));
    // some writers give package-root paths without the leading slash
    return this.names.has(rel.toLowerCase()) || !this.names.has(normalise(clean).toLowerCase()) ? rel : normalise(clean);
  }
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** Affine matrix a b c d e f applied to a point. */
type Matrix = [number, number, number, number, number, number];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The characters of one TextObject, each placed on the page. */
function textObjectRuns(obj: XmlEl): Run[] {
  if (/^false$/i.test(attr(obj, "Visible") ?? "")) return [];
  const [bx = 0, by = 0, , bh = 0] = numbers(attr(obj, "Boundary"));
  const ctm = numbers(attr(obj, "CTM"));
  const m: Matrix = ctm.length === 6 ? (ctm as Matrix) : [1, 0, 0, 1, 0, 0];
  // rotated text (diagonal watermarks, stamps) is not part of the lines
  const rotated = m[0] <= 0 || Math.abs(m[1]) > Math.abs(m[0]) * 0.1;
  const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) || 1;
  const size = Number(attr(obj, "Size")) || bh || 3.5;
  const hScale = Number(attr(obj, "HScale")) || 1;
  const runs: Run[] = [];
  // a TextCode without X or Y goes on where the previous one stopped
  let penX = 0;
  let penY = 0;
  for (const code of kids(obj, "TextCode")) {
    const chars = Array.from(textOf(code));
    const x = attr(code, "X");
    const y = attr(code, "Y");
    if (x !== undefined && Number.isFinite(Number(x))) penX = Number(x);
    if (y !== undefined && Number.isFinite(Number(y))) penY = Number(y);
    const dx = parseDeltas(attr(code, "DeltaX"));
    const dy = parseDeltas(attr(code, "DeltaY"));
    chars.forEach((ch, i) => {
      if (i > 0) {
        penX += dx[i - 1] ?? estimateAdvance(chars[i - 1]!, size) * hScale;
        penY += dy[i - 1] ?? 0;
      }
      const [px, py] = apply(m, penX, penY);
      runs.push({ x: bx + px, y: by + py, width: estimateAdvance(ch, size) * hScale * scale, size: size * scale, text: ch, rotated });
    });
    if (chars.length) penX += estimateAdvance(chars[chars.length - 1]!, size) * hScale;
  }
  return runs;
}

/** Visible text objects of a page part (layers, nested page blocks). */
function partRuns(page: XmlEl | undefined): Run[] {
  const content = kid(kid(page, "Page"), "Content");
  return descendants(content, "TextObject").flatMap(textObjectRuns);
}

function box(el: XmlEl | undefined): { width: number; height: number } | null {
  const b = numbers(textOf(kid(el, "PhysicalBox")));
  return b.length === 4 && b[2]! > 0 && b[3]! > 0 ? { width: b[2]!, height: b[3]! } : null;
}

/** Pages of one document (a DocBody's DocRoot), text placed on each. */
function documentPages(pkg: Package, docPath: string): PositionedPage[] {
  const doc = kid(pkg.xml(docPath), "Document");
  if (!doc) throw new Error(`not an OFD document: ${docPath} is missing or has no Document element`);
  const common = kid(doc, "CommonData");
  const defaultBox = box(kid(common, "PageArea")) ?? { width: 210, height: 297 };
  const templates = new Map<string, string>();
  for (const t of kids(common, "TemplatePage")) {
    const id = attr(t, "ID");
    const loc = attr(t, "BaseLoc");
    if (id && loc) templates.set(id, pkg.resolve(docPath, loc));
  }
  const templateRuns = new Map<string, Run[]>();
  const pages: PositionedPage[] = [];
  for (const p of descendants(kid(doc, "Pages"), "Page")) {
    const loc = attr(p, "BaseLoc");
    if (!loc) continue;
    const path = pkg.resolve(docPath, loc);
    const part = pkg.xml(path);
    const pageEl = kid(part, "Page");
    const runs = [...partRuns(part)];
    for (const t of kids(pageEl, "Template")) {
      const tplPath = templates.get(attr(t, "TemplateID") ?? "");
      if (!tplPath) continue;
      if (!templateRuns.has(tplPath)) templateRuns.set(tplPath, partRuns(pkg.xml(tplPath)));
      runs.push(...templateRuns.get(tplPath)!);
    }
    const size = box(kid(pageEl, "Area")) ?? defaultBox;
    pages.push({ ...size, runs });
  }
  return pages;
}

/** Blocks of an .ofd file. Throws a plain Error when the bytes are not an OFD package, NoTextLayerError for a scan. */
export function ofdToBlocks(bytes: Uint8Array, limits?: ZipLimits): Block[] {
  let files: Record<string, Uint8Array>;
  try {
    // fonts and page images can be most of the file: only inflate the XML parts, counting as they inflate
    files = unzipParts(bytes, (name) => /\.xml$/i.test(name), limits);
  } catch (e) {
    if (e instanceof KexieError) throw e;
    throw new Error(`damaged OFD file: cannot read it as a ZIP package (${(e as Error).message}) — export it again`);
  }
  const pkg = new Package(files);
  const root = kid(pkg.xml("OFD.xml"), "OFD");
  if (!root) throw new Error("not an OFD document: OFD.xml is missing from the package");
  const docRoots = kids(root, "DocBody").map((b) => textOf(kid(b, "DocRoot")).trim()).filter(Boolean);
  if (docRoots.length === 0) throw new Error("not an OFD document: OFD.xml names no DocRoot");
  const pages = docRoots.flatMap((d) => documentPages(pkg, pkg.resolve("OFD.xml", d)));
  if (!hasText(pages)) throw new NoTextLayerError("OFD");
  return layoutToBlocks(pages);
}
