// HTML nesting is measured by htmlparser2's streaming parser before its DOM handler builds the tree
// (issue 14: no hand-written tokenizer): the measure is the depth of the tree the adapter reads —
// implied closes, void and raw-text elements included — and a page past the cap stops the count.
import { parseDocument } from "htmlparser2";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlDepth } from "../src/adapters/html-depth.js";

/** Depth of the element tree htmlparser2 builds from the page (what src/adapters/html.ts walks). */
function treeDepth(html: string): number {
  const walk = (n: { type: string; children?: unknown[] }): number =>
    (n.type === "tag" || n.type === "script" || n.type === "style" ? 1 : 0) + Math.max(0, ...((n.children ?? []) as Array<{ type: string; children?: unknown[] }>).map(walk));
  return Math.max(0, ...(parseDocument(html).children as unknown as Array<{ type: string; children?: unknown[] }>).map(walk));
}

describe("htmlDepth", () => {
  it("is the depth of the tree htmlparser2 builds, for markup that closes implicitly", () => {
    for (const html of [
      "<html><body><div><p>a<p>b<table><tr><td>x<td>y</table><br><img></div>",
      "<ul><li>a<li>b<ul><li>c</ul></ul>",
      "<p>a<div>b</div></p>",
      "<script><div><div><div></script><p>x",
      "<div></span></div><div><div></br></div>",
      "<svg><g><rect/></g></svg><select><option>a<option>b</select>",
    ]) {
      expect(htmlDepth(html), html).toBe(treeDepth(html));
    }
  });

  it("agrees with the tree on generated markup", () => {
    const tag = fc.constantFrom("div", "p", "span", "li", "ul", "td", "tr", "table", "br", "img", "b", "script", "option", "dd", "dt");
    const piece = fc.oneof(tag.map((t) => `<${t}>`), tag.map((t) => `</${t}>`), fc.constantFrom("x", "文", " "));
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const html = parts.join("");
      expect(htmlDepth(html)).toBe(treeDepth(html));
    }), { numRuns: 500 });
  });

  it("stops counting once past the cap", () => {
    expect(htmlDepth("<div>".repeat(100_000), 256)).toBe(257);
    expect(htmlDepth("<div><span>".repeat(100_000), 10)).toBe(11);
    expect(htmlDepth("<div>".repeat(5), 256)).toBe(5);
  });
});
