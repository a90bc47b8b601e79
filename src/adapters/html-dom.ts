// Minimal structural view of htmlparser2/domhandler nodes. Declared here rather than imported so
// the adapters do not depend on a transitive package's types (or its string enums).
import type { CheerioOptions } from "cheerio/slim";

/** htmlparser2 source positions; cheerio/slim passes them through though its type omits them */
export const WITH_INDICES = { withStartIndices: true, withEndIndices: true } as unknown as CheerioOptions;

export interface HNode {
  type: string;
  parent: HNode | null;
  startIndex: number | null;
  endIndex: number | null;
}
export interface HText extends HNode {
  data: string;
}
export interface HElement extends HNode {
  name: string;
  attribs: Record<string, string>;
  children: HNode[];
}

export const isElement = (n: HNode): n is HElement => n.type === "tag" || n.type === "script" || n.type === "style";
export const isText = (n: HNode): n is HText => n.type === "text";

/** Han characters: the measure of "how much of the notice is in here". */
const HAN = /\p{Script=Han}/gu;
export const hanCount = (s: string): number => s.match(HAN)?.length ?? 0;

/** Concatenated text of a subtree (no layout, just the characters). */
export function textOf(n: HNode): string {
  if (isText(n)) return n.data;
  if (!isElement(n) || n.type !== "tag") return "";
  let s = "";
  for (const c of n.children) s += textOf(c);
  return s;
}

/** Every element under root in document order. */
export function elementsIn(root: HNode): HElement[] {
  const out: HElement[] = [];
  const visit = (n: HNode) => {
    if (isElement(n)) out.push(n);
    for (const c of (n as HElement).children ?? []) visit(c);
  };
  for (const c of (root as HElement).children ?? []) visit(c);
  return out;
}

/** Han count of every element in one post-order pass (ancestors re-use their children's sums). */
export function hanCounts(root: HNode): Map<HNode, number> {
  const m = new Map<HNode, number>();
  const visit = (n: HNode): number => {
    if (isText(n)) return hanCount(n.data);
    if (!isElement(n) && n.type !== "root") return 0;
    if (n.type === "script" || n.type === "style") return 0;
    let sum = 0;
    for (const c of (n as HElement).children ?? []) sum += visit(c);
    m.set(n, sum);
    return sum;
  };
  visit(root);
  return m;
}

export function contains(outer: HNode, inner: HNode): boolean {
  for (let n: HNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

export function depth(n: HNode): number {
  let d = 0;
  for (let p = n.parent; p; p = p.parent) d++;
  return d;
}

/** Offset → 1-based line/column of the source; base shifts a fragment embedded in another file. */
export type Locate = (offset: number) => { line: number; column: number };

export function locator(src: string, base = { line: 1, column: 1 }): Locate {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = offset - starts[lo]! + 1;
    return lo === 0 ? { line: base.line, column: base.column + column - 1 } : { line: base.line + lo, column };
  };
}
