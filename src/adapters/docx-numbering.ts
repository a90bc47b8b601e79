// Word automatic numbering (word/numbering.xml). A numbered paragraph stores only numId + ilvl;
// its visible marker (一、 （一） 1.) exists nowhere in document.xml, so it is rebuilt here by
// replaying Word's counters in document order.
//
// Counters live on the abstract definition, not on each w:num: numIds that share an abstract
// continue one sequence (how Word continues a list), and a w:lvlOverride/w:startOverride restarts
// the shared counter the first time its numId is used at that level (how "restart at 1" is saved).
import { formatNumber } from "./docx-numfmt.js";
import type { Styles } from "./docx-styles.js";
import { child, elements, flag, intVal, val, type XmlEl } from "./ooxml.js";

interface Level {
  start: number;
  fmt: string;
  /** w:numFmt w:format, for fmt "custom" */
  custom?: string;
  /** w:lvlText; null when the level shows no text at all */
  text: string | null;
  /** w:lvlRestart: restart when a level with index < this is used; 0 never; undefined any shallower */
  restart?: number;
  isLgl: boolean;
  /** what follows the marker: "tab" (default), "space" or "nothing" */
  suff: string;
  pStyle?: string;
}

interface List {
  /** counter key: the abstract definition that actually holds the levels */
  key: string;
  levels: Array<Level | undefined>;
  starts: Map<number, number>;
}

function parseLevel(lvl: XmlEl): Level {
  // Word 2010+ hides custom formats in mc:AlternateContent with a plain fallback
  const alt = child(child(lvl, "mc:AlternateContent"), "mc:Fallback");
  const numFmt = child(lvl, "w:numFmt") ?? child(alt, "w:numFmt") ?? child(child(child(lvl, "mc:AlternateContent"), "mc:Choice"), "w:numFmt");
  const lvlText = child(lvl, "w:lvlText");
  return {
    // the spec's default start is 0, but generators that omit w:start mean 1
    start: intVal(lvl, "w:start") ?? 1,
    fmt: numFmt?.attrs["w:val"] ?? "decimal",
    custom: numFmt?.attrs["w:format"],
    text: lvlText ? (lvlText.attrs["w:val"] ?? "") : null,
    restart: intVal(lvl, "w:lvlRestart"),
    isLgl: flag(lvl, "w:isLgl"),
    suff: val(lvl, "w:suff") ?? "tab",
    pStyle: val(lvl, "w:pStyle"),
  };
}

function levelsOf(el: XmlEl): Array<Level | undefined> {
  const out: Array<Level | undefined> = [];
  for (const l of elements(el, "w:lvl")) {
    const i = Number(l.attrs["w:ilvl"] ?? out.length);
    if (i >= 0 && i < 9) out[i] = parseLevel(l);
  }
  return out;
}

export class Numbering {
  private readonly abstracts = new Map<string, XmlEl>();
  private readonly nums = new Map<string, XmlEl>();
  private readonly lists = new Map<string, List | null>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  /** numId:ilvl pairs whose startOverride has been applied */
  private readonly overridden = new Set<string>();

  constructor(
    root: XmlEl | null,
    private readonly styles: Styles,
  ) {
    const numbering = root ? child(root, "w:numbering") : undefined;
    for (const a of elements(numbering, "w:abstractNum")) this.abstracts.set(a.attrs["w:abstractNumId"] ?? "", a);
    for (const n of elements(numbering, "w:num")) this.nums.set(n.attrs["w:numId"] ?? "", n);
  }

  /** The abstract definition a numId uses, following w:numStyleLink to the real one. */
  private abstractFor(numId: string): { id: string; el: XmlEl } | null {
    for (let id = numId, hops = 0; hops < 5; hops++) {
      const absId = val(this.nums.get(id), "w:abstractNumId");
      const el = absId === undefined ? undefined : this.abstracts.get(absId);
      if (!el || absId === undefined) return null;
      const link = val(el, "w:numStyleLink");
      const linked = link ? this.styles.numberingStyleNumId(link) : undefined;
      if (!linked || linked === id) return { id: absId, el };
      id = linked;
    }
    return null;
  }

  private list(numId: string): List | null {
    let l = this.lists.get(numId);
    if (l !== undefined) return l;
    const abs = this.abstractFor(numId);
    l = null;
    if (abs) {
      const levels = levelsOf(abs.el);
      const starts = new Map<number, number>();
      for (const o of elements(this.nums.get(numId), "w:lvlOverride")) {
        const i = Number(o.attrs["w:ilvl"]);
        if (!(i >= 0 && i < 9)) continue;
        const lvl = child(o, "w:lvl");
        if (lvl) levels[i] = parseLevel(lvl);
        const s = intVal(o, "w:startOverride");
        if (s !== undefined) starts.set(i, s);
      }
      l = { key: abs.id, levels, starts };
    }
    this.lists.set(numId, l);
    return l;
  }

  /** The level a numbering-linked paragraph style sits at (w:lvl/w:pStyle), if any. */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const i = this.list(numId)?.levels.findIndex((l) => l?.pStyle === styleId) ?? -1;
    return i >= 0 ? i : undefined;
  }

  /**
   * Count one paragraph at numId/ilvl and return its marker text, ready to prepend (a space added
   * after a marker ending in a letter or digit, e.g. "%1" lists); null if it shows no marker.
   */
  next(numId: string, ilvl: number): string | null {
    const list = this.list(numId);
    const lvl = list?.levels[ilvl];
    if (!list || !lvl) return null;
    let counts = this.counters.get(list.key);
    if (!counts) this.counters.set(list.key, (counts = []));

    const key = `${numId}:${ilvl}`;
    const override = list.starts.get(ilvl);
    if (override !== undefined && !this.overridden.has(key)) {
      this.overridden.add(key);
      counts[ilvl] = override;
    } else {
      counts[ilvl] = counts[ilvl] === undefined ? lvl.start : counts[ilvl]! + 1;
    }
    for (let k = ilvl + 1; k < 9; k++) {
      const r = list.levels[k]?.restart;
      if (r === undefined || (r !== 0 && ilvl < r)) counts[k] = undefined;
    }

    // bullets carry a font glyph (often a private-use symbol), not a number a reader would quote
    if (lvl.fmt === "bullet" || lvl.text === null) return null;
    const marker = lvl.text.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const ref = list.levels[k];
      if (!ref) return "";
      return formatNumber(counts[k] ?? ref.start, lvl.isLgl ? "decimal" : ref.fmt, ref.custom);
    });
    if (marker === "") return null;
    return /[A-Za-z0-9]$/.test(marker) && lvl.suff !== "nothing" ? `${marker} ` : marker;
  }
}
