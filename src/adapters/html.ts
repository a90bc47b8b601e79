// HTML adapter: a page saved from a government site → the article's blocks. Site chrome
// (navigation, breadcrumb, print/close buttons, footer) and the info-disclosure metadata table
// are dropped; the article container is found by its usual class names or by where the Chinese
// text is; then it is laid out like a browser would (html-walk.ts).
import { removeElement } from "domutils";
import { parseDocument } from "htmlparser2";
import type { Block } from "../model/blocks.js";
import { WITH_INDICES, contains, depth, elementsIn, hanCounts, textOf, locator, type HElement, type HNode } from "./html-dom.js";
import { metadataBlocks, metadataHits, metadataRecord } from "./html-meta.js";
import { Flow, hidden, plainLines, walk } from "./html-walk.js";

const CHROME_TAGS = new Set(["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe"]);
const CHROME_NAME = /nav|menu|breadcrumb|crumb|footer|header|share|sidebar|toolbar|print|close|copyright|related|comment/i;
const CONTENT_NAME = /content|article|zoom|TRS_Editor|main|detail|text|body/i;
const TITLE_NAME = /title|biaoti/i;

const names = (el: HElement) => `${el.attribs.id ?? ""} ${el.attribs.class ?? ""}`;
// the article box of a page without <body> can be the document itself, which has no name
const tag = (el: HElement) => (el.name ?? "").toLowerCase();

/** The page's tree, as htmlparser2 builds it (browsers' implied closes, entities decoded). */
function parse(html: string): HNode {
  return parseDocument(html, WITH_INDICES) as unknown as HNode;
}

/** Take an element out of the tree (domutils also clears its parent and sibling links). */
const remove = (el: HElement): void => removeElement(el as never);

/**
 * Remove chrome. A guard keeps any element holding over half the page's Chinese text: ASP.NET
 * pages wrap everything in one <form>, and "printArea"/"header-wrap" divs can hold the article.
 * A <header> inside <article> is the article's own title block and stays.
 */
function dropChrome(root: HNode, remove: (el: HElement) => void): void {
  const han = hanCounts(root);
  const total = han.get(root) ?? 0;
  for (const el of elementsIn(root)) {
    const name = tag(el);
    if (name === "html" || name === "body" || name === "head") continue;
    const chrome =
      CHROME_TAGS.has(name) || hidden(el) || (CHROME_NAME.test(names(el)) && !/TRS_Editor/i.test(names(el)));
    if (!chrome) continue;
    if (name === "header" && closest(el, "article")) continue;
    if ((han.get(el) ?? 0) > total / 2 && !["script", "style", "noscript", "template"].includes(name)) continue;
    remove(el);
  }
}

function closest(el: HElement, name: string): HElement | null {
  for (let p = el.parent as HElement | null; p && p.type === "tag"; p = p.parent as HElement | null) if (tag(p) === name) return p;
  return null;
}

/**
 * The article container. Prefer elements named like content (TRS_Editor, zoom, content …) with
 * the most Chinese text; from there descend to the deepest such element still holding 80% of it,
 * so title/metadata/attachment wrappers around the body are left out. Fallback: the element whose
 * direct <p> children hold the most Chinese text.
 */
function findArticle(root: HNode): { box: HNode; wrapper: HNode } {
  const han = hanCounts(root);
  const total = han.get(root) ?? 0;
  const els = elementsIn(root);
  const candidates = els.filter((el) => !["html", "body", "head"].includes(tag(el)) && CONTENT_NAME.test(names(el)));
  let best: HElement | null = null;
  for (const c of candidates) if (!best || (han.get(c) ?? 0) > (han.get(best) ?? 0)) best = c;
  const bestHan = best ? han.get(best) ?? 0 : 0;
  if (best && bestHan >= Math.max(20, total * 0.3)) {
    let box = best;
    for (const c of candidates) {
      if (contains(best, c) && (han.get(c) ?? 0) >= bestHan * 0.8 && depth(c) > depth(box)) box = c;
    }
    return { box, wrapper: best };
  }
  const byParent = new Map<HNode, number>();
  for (const el of els) {
    if (tag(el) !== "p" || !el.parent) continue;
    byParent.set(el.parent, (byParent.get(el.parent) ?? 0) + (han.get(el) ?? 0));
  }
  let box: HNode = els.find((e) => tag(e) === "body") ?? root;
  let most = 0;
  for (const [p, n] of byParent) if (n > most) [box, most] = [p, n];
  return { box, wrapper: box };
}

/**
 * The page title when the container leaves it out: the first h1–h3 or title-named element
 * before the container inside its wrapper, unless the body already starts with that title.
 */
function leadingTitle(box: HNode, wrapper: HNode, root: HNode): HElement | null {
  if (box.startIndex === null) return null;
  const squeeze = (s: string) => s.replace(/\s|\u3000|\u00a0/g, "");
  const isTitle = (el: HElement) => {
    if (contains(el, box) || !(/^h[1-3]$/.test(tag(el)) || TITLE_NAME.test(names(el)))) return false;
    const t = squeeze(textOf(el));
    return t.length >= 4 && t.length <= 150 && /\p{Script=Han}/u.test(t);
  };
  // the title inside the article's wrapper, else the nearest title-like element before the
  // article anywhere on the page (old table layouts put it in a row of its own: td.title)
  let found: HElement | null = null;
  for (const el of elementsIn(wrapper)) {
    if ((el.startIndex ?? Infinity) >= box.startIndex) break;
    if (box !== wrapper && isTitle(el)) {
      found = el;
      break;
    }
  }
  if (!found) {
    for (const el of elementsIn(root)) {
      if ((el.startIndex ?? Infinity) >= box.startIndex) break;
      if (isTitle(el)) found = el;
    }
  }
  if (!found) return null;
  return squeeze(textOf(box)).slice(0, 600).includes(squeeze(textOf(found)).slice(-8)) ? null : found;
}

/** A page's article as blocks, and its info-disclosure label/value pairs (索引号, 发文字号, 成文日期 …), from one parse. */
export function readHtml(html: string): { blocks: Block[]; metadata: Record<string, string> } {
  const root = parse(html);
  // metadata is read from the whole page before chrome is dropped: it often sits in the chrome
  const metadata = metadataRecord(metadataHits(root));
  dropChrome(root, remove);
  for (const el of metadataBlocks(metadataHits(root), hanCounts(root))) remove(el);
  const { box, wrapper } = findArticle(root);
  const flow = new Flow(html, locator(html));
  const title = leadingTitle(box, wrapper, root);
  if (title) {
    const h = /^h([1-6])$/.exec(tag(title));
    walk(flow, [title], h ? 0 : 1);
    flow.block();
  }
  // the article box itself may be a <pre> or a <div> of plain text lines
  const named = typeof (box as HElement).name === "string";
  const lines = named && (tag(box as HElement) === "pre" || plainLines(box as HElement));
  walk(flow, (box as HElement).children ?? [], 0, lines);
  return { blocks: flow.done(), metadata };
}

/** The article of a page as blocks. */
export function htmlToBlocks(html: string): Block[] {
  return readHtml(html).blocks;
}

/** The info-disclosure label/value pairs found anywhere in the page. */
export function htmlMetadata(html: string): Record<string, string> {
  return readHtml(html).metadata;
}

/**
 * The charset a page declares in its first 2 KiB: <meta charset=…> or the http-equiv
 * Content-Type form (…; charset=gbk). Scanned as ASCII, so it works before decoding.
 */
export function htmlDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString("latin1");
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head.replace(/<!--[\s\S]*?-->/g, ""));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_:.+-]+)/i.exec(head);
  const name = (meta?.[1] ?? xml?.[1])?.toLowerCase() ?? null;
  // a page that can be read as ASCII is not UTF-16, whatever it says (WHATWG rule)
  return name && /^utf-16/.test(name) ? "utf-8" : name;
}
