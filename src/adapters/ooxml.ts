// A tiny XML reader for Office Open XML parts. WordprocessingML is machine-written (no DTDs, no
// mixed content except inside w:t), so one regex pass over tags into a small tree is enough and
// avoids a parser dependency. Prefixes are normalised from the root's xmlns declarations so that
// code can always ask for "w:p" even when a generator bound the namespace to another prefix.

type Rename = ((n: string) => string) | null;

/** An element; attributes are parsed on first use, since most elements' never are. */
export class XmlEl {
  private parsed: Record<string, string> | undefined;
  readonly children: XmlNode[] = [];

  constructor(
    readonly name: string,
    private readonly raw: string,
    private readonly rename: Rename = null,
  ) {}

  get attrs(): Record<string, string> {
    return (this.parsed ??= parseAttrs(this.raw, this.rename));
  }
}
export type XmlNode = XmlEl | string;

const TOKEN = /<(?:(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|!--[\s\S]*?-->|\?[\s\S]*?\?>|!\[CDATA\[([\s\S]*?)\]\]>|![^>]*>)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const KNOWN_NS: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w", // Strict OOXML
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/package/2006/relationships": "",
};

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITY[e] ?? m;
  });
}

/** Parse a whole part; returns a synthetic "#root" element holding the document element. */
export function parseXml(src: string): XmlEl {
  const root = new XmlEl("#root", "");
  const stack: XmlEl[] = [root];
  let rename: Rename = null;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(src); m; m = TOKEN.exec(src)) {
    const top = stack[stack.length - 1]!;
    // whitespace between tags is layout of the XML file, except inside w:t where it is content
    if (m.index > last && (top.name === "w:t" || /\S/.test(src.slice(last, m.index)))) {
      top.children.push(decodeEntities(src.slice(last, m.index)));
    }
    last = TOKEN.lastIndex;
    if (m[5] !== undefined) {
      top.children.push(m[5]);
      continue;
    }
    if (m[2] === undefined) continue; // comment, processing instruction, doctype
    if (m[1]) {
      // close tag: pop to the matching element (tolerates stray closes)
      const name = rename ? rename(m[2]) : m[2];
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k]!.name === name) {
          stack.length = k;
          break;
        }
      }
      continue;
    }
    if (stack.length === 1 && rename === null) rename = prefixMap(parseAttrs(m[3] ?? "", null));
    const el = new XmlEl(rename ? rename(m[2]) : m[2], m[3] ?? "", rename);
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  return root;
}

function parseAttrs(raw: string, rename: Rename): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!raw) return attrs;
  ATTR.lastIndex = 0;
  for (let a = ATTR.exec(raw); a; a = ATTR.exec(raw)) {
    const k = a[1]!;
    // unprefixed attributes are in no namespace, whatever the default namespace is
    attrs[rename && k.includes(":") && !k.startsWith("xmlns") ? rename(k) : k] = decodeEntities(a[2] ?? a[3] ?? "");
  }
  return attrs;
}

/** Prefix renaming implied by the document element's xmlns declarations; null if none is needed. */
function prefixMap(attrs: Record<string, string>): ((n: string) => string) | null {
  const map = new Map<string, string>();
  for (const [k, uri] of Object.entries(attrs)) {
    const want = KNOWN_NS[uri];
    if (want === undefined) continue;
    const have = k === "xmlns" ? "" : k.startsWith("xmlns:") ? k.slice(6) : null;
    if (have !== null && have !== want && want !== "") map.set(have, want);
  }
  if (map.size === 0) return null;
  return (n) => {
    const i = n.indexOf(":");
    const p = map.get(i < 0 ? "" : n.slice(0, i));
    return p === undefined ? n : `${p}:${i < 0 ? n : n.slice(i + 1)}`;
  };
}

export function elements(el: XmlEl | null | undefined, name?: string): XmlEl[] {
  if (!el) return [];
  const out: XmlEl[] = [];
  for (const c of el.children) if (typeof c !== "string" && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function child(el: XmlEl | null | undefined, name: string): XmlEl | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

/** The w:val of a child element, e.g. val(pPr, "w:pStyle"). */
export function val(el: XmlEl | null | undefined, name: string): string | undefined {
  const c = child(el, name);
  return c ? (c.attrs["w:val"] ?? c.attrs["val"]) : undefined;
}

/** An on/off property (w:vanish, w:isLgl …): present and not explicitly false. */
export function flag(el: XmlEl | null | undefined, name: string): boolean {
  const c = child(el, name);
  if (!c) return false;
  const v = c.attrs["w:val"] ?? c.attrs["val"];
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

export function intVal(el: XmlEl | null | undefined, name: string): number | undefined {
  const v = val(el, name);
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Descendants called `name`, not looking inside a match nor inside any `stop` element
 * (rows of this table but not of a nested one).
 */
export function findAll(el: XmlEl, name: string, stop: ReadonlySet<string> = new Set()): XmlEl[] {
  const out: XmlEl[] = [];
  const walk = (e: XmlEl) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.name === name) out.push(c);
      else if (!stop.has(c.name)) walk(c);
    }
  };
  walk(el);
  return out;
}
