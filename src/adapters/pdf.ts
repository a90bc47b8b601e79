// PDF adapter: the text layer, read with pdf.js (through unpdf, whose bundled build needs no
// worker, canvas or native module). Every text item is placed on its page (pdf.js gives its
// transform; the page viewport turns it into top-down page coordinates) and the shared layout
// reader (positioned-text.ts) rebuilds lines and paragraphs, exactly as for OFD.
// A PDF with no text layer (a scan) is refused with NoTextLayerError: it needs OCR first.
// pdf.js is imported on first use only, so it costs nothing to the other formats.
import type { Block } from "../model/blocks.js";
import { hasText, layoutToBlocks, NoTextLayerError, type PositionedPage, type Run } from "./positioned-text.js";

export { NoTextLayerError } from "./positioned-text.js";

type Matrix = [number, number, number, number, number, number];

/** m1 × m2 for PDF matrices [a b c d e f] (pdf.js Util.transform). */
function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Blocks of a PDF's text layer. Throws NoTextLayerError for a scan, a plain Error for a PDF pdf.js cannot open. */
export async function pdfToBlocks(bytes: Uint8Array): Promise<Block[]> {
  const { getDocumentProxy } = await import("unpdf");
  // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy
  const data = new Uint8Array(bytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(data, { verbosity: 0 });
  } catch (e) {
    const err = e as Error;
    if (err?.name === "PasswordException") throw new Error("this PDF is password-protected — remove the password and try again");
    throw new Error(`not a readable PDF: ${err?.message ?? String(e)}`);
  }
  try {
    const pages: PositionedPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      let page: Awaited<ReturnType<typeof pdf.getPage>>;
      let content: Awaited<ReturnType<typeof page.getTextContent>>;
      try {
        page = await pdf.getPage(n);
        content = await page.getTextContent();
      } catch (e) {
        throw new Error(`not a readable PDF: page ${n}: ${(e as Error)?.message ?? String(e)}`);
      }
      const viewport = page.getViewport({ scale: 1 });
      const runs: Run[] = [];
      for (const item of content.items as Array<TextItemLike | { type: string }>) {
        if (!("str" in item) || item.str === "") continue;
        // text space → top-down page space (handles /Rotate and a CropBox offset)
        const m = multiply(viewport.transform, item.transform);
        const size = Math.hypot(m[2], m[3]) || item.height;
        // item.width is along the baseline in user space; the viewport scale is 1
        const rotated = m[0] <= 0 || Math.abs(m[1]) > Math.abs(m[0]) * 0.1;
        runs.push({ x: m[4], y: m[5], width: item.width, size, text: item.str, rotated });
      }
      pages.push({ width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    if (!hasText(pages)) throw new NoTextLayerError("PDF");
    return layoutToBlocks(pages);
  } finally {
    await pdf.destroy();
  }
}
