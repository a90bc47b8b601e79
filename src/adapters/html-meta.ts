// Government info-disclosure metadata (政府信息公开: 索引号, 发文字号, 成文日期 …). Pages lay it out
// as label/value table cells, <li><b>label：</b>value, dt/dd or "label：value" in one cell.
import { contains, elementsIn, hanCount, isElement, textOf, type HElement, type HNode } from "./html-dom.js";

const LABELS = [
  "信息索引号", "索引号", "发文机关", "发布机构", "发布机关", "发文单位", "制发机关", "发文字号", "文件编号", "文号",
  "成文日期", "成文时间", "生成日期", "发布日期", "公开日期", "印发日期", "生效日期", "施行日期", "废止日期", "有效性", "时效性",
  "主题分类", "主题词", "体裁分类", "组配分类", "服务对象分类", "信息分类", "信息类别", "公开方式", "公开范围", "公开形式",
  "公开时限", "信息来源", "文件名称", "名称", "标题", "关键词", "内容概述",
].sort((a, b) => b.length - a.length);
/** labels that only a metadata block carries; two of them mark the block to exclude from the body */
const CORE = new Set(["信息索引号", "索引号", "发文机关", "发布机构", "发布机关", "发文单位", "发文字号", "文号", "文件编号", "成文日期", "发布日期", "主题分类", "公开方式", "公开范围", "信息分类", "体裁分类", "组配分类", "有效性"]);

const SP = "[\\s\\u3000\\u00a0]*";
// labels are often letter-spaced to align (索 引 号：, 标　　题：)
const ALT = LABELS.map((l) => [...l].join(SP)).join("|");
const LABEL_ONLY = new RegExp(`^${SP}(${ALT})${SP}[：:]?${SP}$`);
const LABEL_INLINE = new RegExp(`^${SP}(${ALT})${SP}[：:]([\\s\\S]*)$`);
const NEXT_LABEL = new RegExp(`${SP}(?:${ALT})${SP}[：:]`);
const CELL = new Set(["td", "th", "span", "b", "strong", "label", "dt", "em", "font", "div", "li", "p", "i"]);

export interface MetaHit {
  el: HElement;
  label: string;
  value: string;
}

const key = (label: string) => label.replace(/[\s\u3000\u00a0]/g, "");
const isLabelText = (t: string) => LABEL_ONLY.test(t) || LABEL_INLINE.test(t);

/** where an inline value ends: the next label, any "点击数："-like label after a gap, or 【…】 */
const VALUE_END = new RegExp(`${NEXT_LABEL.source}|[\\s\\u3000\\u00a0]+\\p{Script=Han}{2,6}[：:]|[\\s\\u3000\\u00a0]*【`, "u");

function clean(v: string): string {
  const cut = v.search(VALUE_END);
  const s = cut > 0 ? v.slice(0, cut) : v;
  return s.replace(/[\u00a0\u3000]/g, " ").replace(/\s+/g, " ").trim().replace(/^[：:]\s*/, "");
}

/** Text after a label element up to the next label among its siblings. */
function following(el: HElement): string {
  const sibs = (el.parent as HElement | null)?.children ?? [];
  let v = "";
  for (const s of sibs.slice(sibs.indexOf(el) + 1)) {
    const t = textOf(s);
    if (isElement(s) && isLabelText(t)) break;
    v += t;
  }
  return clean(v);
}

export function metadataHits(root: HNode): MetaHit[] {
  const hits: MetaHit[] = [];
  for (const el of elementsIn(root)) {
    if (!CELL.has(el.name.toLowerCase())) continue;
    const t = textOf(el);
    if (t.length > 300) continue;
    const only = LABEL_ONLY.exec(t);
    // a bare 名称/标题 cell is as likely a table header as a label; only core labels go without ：
    if (only && (/[：:]/.test(t) || CORE.has(key(only[1]!)))) {
      hits.push({ el, label: key(only[1]!), value: following(el) });
      continue;
    }
    const inline = LABEL_INLINE.exec(t);
    // <li><b>索引号：</b>0123</li>: the <b> is the label; the <li> is not a second hit
    if (inline && !el.children.some((c) => isElement(c) && isLabelText(textOf(c)))) {
      hits.push({ el, label: key(inline[1]!), value: clean(inline[2]!) });
    }
  }
  return hits;
}

/** Label → value, first non-empty value per label. */
export function metadataRecord(hits: MetaHit[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of hits) if (h.value && !(h.label in out)) out[h.label] = h.value;
  return out;
}

/**
 * The elements holding the metadata: for each hit, the nearest table/list/div that holds two or
 * more distinct core labels and little else (so a wrapper that also holds the article is kept).
 */
export function metadataBlocks(hits: MetaHit[], han: Map<HNode, number>): HElement[] {
  const core = hits.filter((h) => CORE.has(h.label));
  const out = new Set<HElement>();
  for (const h of core) {
    for (let p = h.el.parent as HElement | null; p && p.type === "tag"; p = p.parent as HElement | null) {
      const name = p.name.toLowerCase();
      if (name === "body" || name === "html") break;
      if (!["table", "ul", "ol", "dl", "div", "section"].includes(name)) continue;
      const inside = hits.filter((x) => contains(p!, x.el));
      if (new Set(inside.filter((x) => CORE.has(x.label)).map((x) => x.label)).size < 2) continue;
      const own = inside.reduce((n, x) => n + hanCount(x.label + x.value), 0);
      if ((han.get(p) ?? 0) <= own * 1.5 + 30) out.add(p);
      break;
    }
  }
  return [...out];
}
