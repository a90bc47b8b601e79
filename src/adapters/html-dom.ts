// Minimal structural view of htmlparser2/domhandler nodes. Declared here rather than imported so
// the adapters do not depend on a transitive package's types (or its string enums).
import type { Options } from "htmlparser2";
import { unitTable } from "../lexicon/units.js";

/** htmlparser2's tree with each node's source offsets (for line and column of every block) */
export const WITH_INDICES: Options = { withStartIndices: true, withEndIndices: true };

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

/**
 * Script=Han in the Basic Multilingual Plane, as inclusive code-unit ranges; test/adapter-html.test.ts
 * checks hanCount against \p{Script=Han} of the running Node on every code point.
 */
const HAN_BMP_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5], [0x3005, 0x3005], [0x3007, 0x3007], [0x3021, 0x3029],
  [0x3038, 0x303b], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfa6d], [0xfa70, 0xfad9],
];
const HAN_BMP = unitTable([1, "", HAN_BMP_RANGES]);
/** one character outside the BMP (a surrogate pair): the Unicode pattern decides */
const HAN_ONE = /^\p{Script=Han}$/u;

/**
 * Han characters: the measure of "how much of the notice is in here". A table lookup per code
 * unit: counted for every element of a page three times, a match array of one string per
 * character made this a tenth of an HTML parse.
 */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (HAN_BMP[c]) n++;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d < 0xdc00 || d > 0xdfff) continue;
      if (HAN_ONE.test(s.slice(i, i + 2))) n++;
      i++;
    }
  }
  return n;
}

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
