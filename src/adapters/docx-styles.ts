// Paragraph styles from word/styles.xml: what a paragraph inherits through w:basedOn — its
// heading depth (by style name or w:outlineLvl) and list numbering (w:numPr).
import { child, elements, intVal, val, type XmlEl } from "./ooxml.js";

interface Style {
  name: string;
  basedOn?: string;
  pPr?: XmlEl;
}

/** Built-in names as Word (English, in the file) and WPS (Chinese) write them. */
const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;
const TITLE_NAME = /^(?:title|标题)$/i;

export interface NumRef {
  numId?: string;
  ilvl?: number;
}

export class Styles {
  private readonly byId = new Map<string, Style>();
  /** numbering styles (w:type="numbering") → their numId, for w:numStyleLink */
  private readonly numberingStyles = new Map<string, string>();
  readonly defaultParagraph: string | null = null;

  constructor(root: XmlEl | null) {
    const styles = root ? child(root, "w:styles") : undefined;
    for (const s of elements(styles, "w:style")) {
      const id = s.attrs["w:styleId"];
      if (!id) continue;
      const type = s.attrs["w:type"] ?? "paragraph";
      const pPr = child(s, "w:pPr");
      if (type === "numbering") {
        const numId = val(child(pPr, "w:numPr"), "w:numId");
        if (numId) this.numberingStyles.set(id, numId);
        continue;
      }
      if (type !== "paragraph") continue;
      this.byId.set(id, { name: val(s, "w:name") ?? id, basedOn: val(s, "w:basedOn"), pPr });
      if (/^(1|true|on)$/i.test(s.attrs["w:default"] ?? "")) this.defaultParagraph = id;
    }
  }

  /** The style and its ancestors, nearest first (cycle-safe). */
  private chain(styleId: string | null | undefined): Array<[string, Style]> {
    const out: Array<[string, Style]> = [];
    const seen = new Set<string>();
    // an unknown or missing style id means the default paragraph style, as in Word
    const start = styleId && this.byId.has(styleId) ? styleId : this.defaultParagraph;
    for (let id: string | null | undefined = start; id && !seen.has(id); ) {
      seen.add(id);
      const s = this.byId.get(id);
      if (!s) break;
      out.push([id, s]);
      id = s.basedOn;
    }
    return out;
  }

  /** Heading depth 1–6 from the style name or outline level; 0 for body text. */
  headingDepth(styleId: string | null | undefined): number {
    for (const [, s] of this.chain(styleId)) {
      const h = HEADING_NAME.exec(s.name.trim());
      if (h) return Math.min(6, Number(h[1]));
      if (TITLE_NAME.test(s.name.trim())) return 1;
      const lvl = intVal(s.pPr, "w:outlineLvl");
      if (lvl !== undefined) return outlineDepth(lvl);
    }
    return 0;
  }

  /** numId / ilvl the style chain supplies (nearest definition of each wins). */
  numPr(styleId: string | null | undefined): NumRef {
    const out: NumRef = {};
    for (const [, s] of this.chain(styleId)) {
      const numPr = child(s.pPr, "w:numPr");
      if (!numPr) continue;
      out.numId ??= val(numPr, "w:numId");
      out.ilvl ??= intVal(numPr, "w:ilvl");
    }
    return out;
  }

  numberingStyleNumId(styleId: string): string | undefined {
    return this.numberingStyles.get(styleId);
  }
}

/** w:outlineLvl 0–8 are outline levels 1–9 (capped at 6 like HTML); 9 means body text. */
export function outlineDepth(lvl: number): number {
  return lvl >= 0 && lvl < 9 ? Math.min(6, lvl + 1) : 0;
}
