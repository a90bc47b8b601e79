// XML parts of .docx and .ofd packages, read with saxes — a maintained, strictly conformant,
// streaming (SAX) XML parser — into a small tree the adapters walk. What saxes gives here:
// - entities: it never reads a DTD, so an entity a document declares (XXE, "billion laughs") is
//   never defined and its reference stays in the text as written (`&lol9;`), never expanded;
// - nesting: elements are counted as they open, so a part nested deeper than
//   LIMITS.nestingDepth is refused (E_TOO_DEEP) while parsing, before the recursive walkers run;
// - namespaces: prefixes are resolved per element, so code can always ask for "w:p" even when a
//   generator bound the WordprocessingML namespace to another prefix or to the default one.
// Broken structure (a close tag that matches nothing, a part cut short) is refused with its line
// and column, as Word does; lesser faults saxes recovers from (an unknown entity, an unbound
// prefix) are let through, since generators write them and the text is still readable.
import { SaxesParser, type SaxesTagNS, type SaxesTagPlain } from "saxes";
import { KexieError } from "../model/errors.js";
import { LIMITS } from "../model/limits.js";

/** An element: its name (known namespaces under their usual prefix), attributes and children. */
export class XmlEl {
  readonly children: XmlNode[] = [];

  constructor(
    readonly name: string,
    readonly attrs: Record<string, string> = {},
  ) {}
}
export type XmlNode = XmlEl | string;

/** Namespaces code asks for by a fixed prefix, whatever prefix the file binds them to ("" = none). */
const KNOWN_NS: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w", // Strict OOXML
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/package/2006/relationships": "",
};

const XMLNS = "http://www.w3.org/2000/xmlns/";

/** Faults that leave the tree's shape unknown: the part is refused rather than guessed at. */
const STRUCTURAL = /close tag|closing tag|unclosed tag|root element|only one root|unexpected end/;

/** The usual prefix of a known namespace, or undefined (an own key only: a URI "constructor" is no known one). */
const knownPrefix = (uri: string): string | undefined => (Object.hasOwn(KNOWN_NS, uri) ? KNOWN_NS[uri] : undefined);

function qualified(n: { name: string; local: string; uri: string }): string {
  const known = knownPrefix(n.uri);
  if (known === undefined) return n.name;
  return known === "" ? n.local : `${known}:${n.local}`;
}

/**
 * A namespace declaration, xmlns="…" or xmlns:p="…", tried where "xmlns" stands (sticky): an
 * ASCII prefix (an NCName holds no colon, so a run of "xmlns:" cannot backtrack), and a value
 * that crosses no markup and holds no entity.
 */
const XMLNS_DECL = /\bxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])([^"'<>&]*)\2/y;

/**
 * Whether the names as written are the names namespace processing gives: every "xmlns" in the
 * part is a plain declaration, and every known namespace is declared under its usual prefix (w:,
 * mc:, the relationships one as the default), as Word and nearly every generator write them.
 * Anything else — another prefix, an entity in the URI, "xmlns" in text or a comment — answers
 * no, and the namespaces are resolved. Names in unknown namespaces stay as written either way.
 */
export function usualPrefixes(src: string): boolean {
  for (let at = src.indexOf("xmlns"); at >= 0; at = src.indexOf("xmlns", at + 5)) {
    XMLNS_DECL.lastIndex = at;
    const m = XMLNS_DECL.exec(src);
    if (!m) return false;
    const known = knownPrefix(m[3]!);
    if (known !== undefined && (m[1] ?? "") !== known) return false;
  }
  return true;
}

/**
 * Parse a whole part; returns a synthetic "#root" element holding the document element. `part`
 * names it in errors. Throws E_TOO_DEEP past the nesting cap, a plain Error on broken structure.
 * Namespaces are resolved only when a part binds a known one to another prefix: resolving them
 * is a third of saxes' time, and gives the names as written otherwise.
 */
export function parseXml(src: string, part = "the XML part", maxDepth: number = LIMITS.nestingDepth): XmlEl {
  const root = new XmlEl("#root");
  const stack: XmlEl[] = [root];
  const xmlns = !usualPrefixes(src);
  const parser = xmlns ? new SaxesParser({ xmlns: true, position: true }) : new SaxesParser({ xmlns: false, position: true });
  let fatal: Error | null = null;
  parser.on("error", (e) => {
    // saxes goes on after reporting; a structural fault is kept and thrown once write() returns
    if (!fatal && STRUCTURAL.test(e.message)) {
      fatal = new Error(`${part} is not well-formed XML (line ${parser.line}, column ${parser.column}: ${e.message.replace(/^\d+:\d+: /, "").replace(/\.$/, "")})`);
    }
  });
  (parser as SaxesParser<{ xmlns: false; position: true }>).on("opentag", (t: SaxesTagNS | SaxesTagPlain) => {
    if (stack.length > maxDepth) {
      throw new KexieError("E_TOO_DEEP", `${part} nests XML elements more than ${maxDepth} levels deep — refused as a possible attack on the reader`);
    }
    let el: XmlEl;
    if (xmlns) {
      const tag = t as SaxesTagNS;
      const attrs: Record<string, string> = {};
      for (const a of Object.values(tag.attributes)) {
        // unprefixed attributes are in no namespace, whatever the default namespace is
        attrs[a.prefix === "" || a.uri === XMLNS ? a.name : qualified(a)] = a.value;
      }
      el = new XmlEl(qualified(tag), attrs);
    } else el = new XmlEl(t.name, (t as SaxesTagPlain).attributes);
    stack[stack.length - 1]!.children.push(el);
    if (!t.isSelfClosing) stack.push(el);
  });
  parser.on("closetag", (tag: SaxesTagNS | SaxesTagPlain) => {
    if (!tag.isSelfClosing && stack.length > 1) stack.pop();
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1]!;
    // whitespace between tags is layout of the XML file, except inside w:t where it is content
    if (top !== root && (top.name === "w:t" || /\S/.test(text))) top.children.push(text);
  });
  parser.on("cdata", (text) => {
    const top = stack[stack.length - 1]!;
    if (top !== root) top.children.push(text);
  });
  parser.write(src);
  if (!fatal) parser.close();
  if (fatal) throw fatal;
  return root;
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
