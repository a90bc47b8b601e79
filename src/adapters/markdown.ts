// Markdown adapter: mdast (remark-parse + GFM) → blocks. A paragraph is one block with its
// soft/hard line breaks joined without a separator (Chinese has no spaces between words);
// emphasis is dropped to plain text; list items keep the marker as written (3. …) so numbered
// sections survive; GFM tables become pipe TableBlocks; raw HTML goes through the HTML walker.
// A paragraph or code block holding a table the text reader recognises (tab-separated rows, one
// cell per line, 序号 columns flattened to lines …) is read by the text reader instead, so a
// notice saved as .md loses nothing that the same text saved as .txt keeps.
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Block, TableBlock } from "../model/blocks.js";
import { addTextNode, columnIn, finish, Inline, markdownSource, sourceLines, textTable, textTableFrom } from "./markdown-inline.js";
import type { fragmentToBlocks } from "./html-walk.js";
import { WIDE_SPACE } from "../lexicon/layout.js";

/** The HTML walker (htmlparser2) for raw HTML blocks: the adapter loads it only for text holding a "<". */
export type HtmlFragmentReader = typeof fragmentToBlocks;

interface Ctx {
  html: HtmlFragmentReader | null;
  src: string;
  lines: string[];
  out: Block[];
  /** list marker waiting for the item's first paragraph */
  marker: { text: string; line: number; column: number } | null;
}

function collect(nodes: PhrasingContent[], acc: Inline, ctx: Ctx): void {
  for (const n of nodes) {
    const pos = n.position?.start;
    switch (n.type) {
      case "text": {
        const raw = pos && n.position!.end.offset !== undefined ? ctx.src.slice(pos.offset, n.position!.end.offset) : "";
        // an escaped \* is a literal star: that text is left alone
        addTextNode(acc, ctx.lines, n.value, pos?.line ?? 1, pos?.column ?? 1, raw.includes("\\*"));
        break;
      }
      case "break":
        acc.lineBreak();
        break;
      case "html":
        if (/^<br\b/i.test(n.value)) acc.lineBreak();
        break;
      case "inlineCode":
        acc.add(n.value, pos?.line ?? 1, (pos?.column ?? 0) + 1);
        break;
      case "delete": {
        // GFM reads 1~3月和5~7月 as strikethrough; put the tildes back as written
        const tildes = pos ? /^~+/.exec(ctx.src.slice(pos.offset))?.[0] ?? "~" : "~";
        acc.add(tildes, pos?.line ?? 1, pos?.column ?? 1);
        collect(n.children, acc, ctx);
        const end = n.position?.end;
        acc.add(tildes, end?.line ?? 1, Math.max(1, (end?.column ?? 1) - tildes.length));
        break;
      }
      case "image":
      case "imageReference":
      case "footnoteReference":
        break;
      default:
        if ("children" in n) collect(n.children as PhrasingContent[], acc, ctx);
        else if ("value" in n) acc.add(String((n as { value: unknown }).value), pos?.line ?? 1, pos?.column ?? 1);
    }
  }
}

function para(ctx: Ctx, children: PhrasingContent[], heading: number, node: Nodes): void {
  const acc = new Inline();
  const start = node.position?.start ?? { line: 1, column: 1 };
  if (ctx.marker) {
    acc.add(ctx.marker.text, ctx.marker.line, ctx.marker.column);
    ctx.marker = null;
  }
  collect(children, acc, ctx);
  const block = finish(acc, heading, start.line, start.column);
  if (block) ctx.out.push(block);
}

function table(ctx: Ctx, node: Table): TableBlock {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (const row of node.children) {
    rows.push(row.children.map((cell) => {
      const acc = new Inline();
      collect(cell.children, acc, ctx);
      return acc.text.replace(WIDE_SPACE, " ").trim();
    }));
    rowLines.push(row.position?.start.line ?? 1);
  }
  const pos = node.position?.start ?? { line: 1, column: 1 };
  return { kind: "table", rows, rowLines, line: pos.line, column: pos.column, layout: "pipe" };
}

/** "3." / "1)" exactly as the source wrote it, with one space when the source has one. */
function listMarker(ctx: Ctx, item: Parent): string {
  const start = item.position?.start.offset;
  if (start === undefined) return "";
  const m = /^(\d{1,9}[.)])([ \t]*)/.exec(ctx.src.slice(start));
  return m ? m[1]! + (m[2] ? " " : "") : "";
}

/** textTableFrom over remark's top-level nodes. */
function textTableAt(ctx: Ctx, nodes: RootContent[], k: number): { blocks: Block[]; until: number } | null {
  return textTableFrom(ctx.lines, nodes.map((n) => ({ start: n.position?.start.line ?? Infinity, end: n.position?.end.line ?? Infinity })), k);
}

function block(ctx: Ctx, node: RootContent): void {
  switch (node.type) {
    case "heading":
      para(ctx, node.children, node.depth, node);
      break;
    case "paragraph": {
      const read = !ctx.marker && node.position ? textTable(ctx.lines, node.position.start.line, node.position.end.line) : null;
      if (read) ctx.out.push(...read);
      else para(ctx, node.children, 0, node);
      break;
    }
    case "list":
      for (const item of node.children) {
        const text = node.ordered ? listMarker(ctx, item) : "";
        const pos = item.position?.start ?? { line: 1, column: 1 };
        ctx.marker = text ? { text, line: pos.line, column: pos.column } : null;
        for (const child of item.children) block(ctx, child);
        ctx.marker = null;
      }
      break;
    case "table":
      ctx.out.push(table(ctx, node));
      break;
    case "html": {
      const pos = node.position?.start ?? { line: 1, column: 1 };
      // (an HTML node begins with "<", so a text without one never gets here without the walker)
      if (!ctx.html) throw new Error("markdownToBlocks: raw HTML needs the HTML walker (pass html-walk's fragmentToBlocks)");
      ctx.out.push(...ctx.html(node.value, pos).map((b) => (b.kind === "para" ? { ...b, blankBefore: true } : b)));
      break;
    }
    case "code": {
      // indented text is a code block to CommonMark, but in a notice it is just indented text
      const start = node.position?.start.line ?? 1;
      const fenced = /^\s*(`{3,}|~{3,})/.test(ctx.lines[start - 1] ?? "");
      const first = fenced ? start + 1 : start;
      const last = (node.position?.end.line ?? first) - (fenced && /^\s*(`{3,}|~{3,})\s*$/.test(ctx.lines[(node.position?.end.line ?? 1) - 1] ?? "") ? 1 : 0);
      const read = last >= first ? textTable(ctx.lines, first, last) : null;
      if (read) {
        ctx.out.push(...read.map((b) => (b.kind === "para" ? { ...b, blankBefore: true } : b)));
        break;
      }
      node.value.split("\n").forEach((text, k) => {
        const t = text.replace(WIDE_SPACE, " ").trim();
        if (!t) return;
        const line = first + k;
        const column = columnIn(ctx.lines, line, t);
        ctx.out.push({ kind: "para", text: t, line, column, spans: [{ offset: 0, line, column }], heading: 0, blankBefore: true, softBreakAfter: false });
      });
      break;
    }
    case "thematicBreak":
    case "definition":
      break;
    default:
      if ("children" in node) for (const c of node.children as RootContent[]) block(ctx, c);
  }
}

// built once: configuring the processor costs more than parsing a short notice
let processor: ReturnType<typeof makeProcessor> | null = null;
function makeProcessor() {
  return unified().use(remarkParse).use(remarkGfm).freeze();
}

export function markdownToBlocks(md: string, html: HtmlFragmentReader | null = null): Block[] {
  const src = markdownSource(md);
  processor ??= makeProcessor();
  const tree: Root = processor.parse(src);
  const ctx: Ctx = { html, src, lines: sourceLines(src), out: [], marker: null };
  let until = 0;
  tree.children.forEach((node, k) => {
    if ((node.position?.start.line ?? Infinity) <= until) return; // read with a text table above
    const read = node.type === "paragraph" && node.position ? textTableAt(ctx, tree.children, k) : null;
    if (read) {
      ctx.out.push(...read.blocks);
      until = read.until;
    } else block(ctx, node);
  });
  return ctx.out;
}
